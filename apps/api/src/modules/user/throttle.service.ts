import type { DataSource } from 'typeorm';

/**
 * Failures allowed before each further attempt must wait; then the wait doubles up to a cap.
 * An address gets more than an account: many people may share one address.
 */
export const FREE_FAILURES = { email: 3, ip: 20 } as const;
const MAX_WAIT_SECONDS = 15 * 60;

export interface ThrottleKey {
  key: string;
  free: number;
}

export const throttleKeys = (email: string, ip: string): ThrottleKey[] => [
  { key: `email:${email}`, free: FREE_FAILURES.email },
  { key: `ip:${ip}`, free: FREE_FAILURES.ip },
];

/** Seconds the caller must still wait before trying any of these keys again (0: go ahead). */
export async function secondsBlocked(ds: DataSource, keys: ThrottleKey[]): Promise<number> {
  const rows: { wait: number | null }[] = await ds.query(
    `SELECT ceil(extract(epoch FROM max(blocked_until) - now()))::int AS wait
       FROM sign_in_throttle WHERE key = ANY($1) AND blocked_until > now()`,
    [keys.map((k) => k.key)],
  );
  return rows[0]?.wait ?? 0;
}

/** Counts one more failure against each key and blocks them for the growing wait. */
export async function recordFailure(ds: DataSource, keys: ThrottleKey[]): Promise<void> {
  // At `free` failures the key waits 2 s, then 4 s, 8 s, … up to the cap; one statement for all keys.
  await ds.query(
    `INSERT INTO sign_in_throttle AS t (key, failures, blocked_until, updated_at)
     SELECT k.key, 1, NULL, now() FROM unnest($1::text[], $2::int[]) AS k(key, free)
     ON CONFLICT (key) DO UPDATE SET
       failures = t.failures + 1,
       updated_at = now(),
       blocked_until = (
         SELECT CASE WHEN t.failures + 1 >= k.free
           THEN now() + make_interval(secs => least(power(2, t.failures + 2 - k.free), $3))
           ELSE NULL END
         FROM unnest($1::text[], $2::int[]) AS k(key, free) WHERE k.key = t.key)`,
    [keys.map((k) => k.key), keys.map((k) => k.free), MAX_WAIT_SECONDS],
  );
}

export async function clearFailures(ds: DataSource, key: string): Promise<void> {
  await ds.query(`DELETE FROM sign_in_throttle WHERE key = $1`, [key]);
}
