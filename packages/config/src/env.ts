import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting the API reads from the environment, with its default. */
export const apiEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** PostgreSQL connection string. Unset: the embedded PGlite database in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Where the embedded database keeps its files; `memory://` keeps nothing. */
  DATA_DIR: z.string().min(1).default('.data/pglite'),
  /** Largest number of pooled PostgreSQL connections. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  /** Longest wait for a pooled connection (pool busy or database unreachable) before a request fails with SERVICE_UNAVAILABLE. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(10_000),
  /** Longest any one SQL statement may run (lock waits included); 0 turns the limit off. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  /** A transaction left idle this long is ended by the database and its locks freed; 0 turns it off. */
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  /** Seed the reference catalogue when the database is empty (always idempotent). */
  SEED_ON_START: bool.default(true),
  /** Folder of the built portal to serve at `/`; empty turns it off. */
  ADMIN_DIST: z.string().optional(),
  /** Report the SQL statements of each request in an `x-sql-statements` header. */
  SQL_STATS: bool.optional(),
  /** Mark the session cookie Secure (HTTPS only). Default: on in production. */
  COOKIE_SECURE: bool.optional(),
  /**
   * Create one demo account per role. Default: on for the embedded database, off when
   * DATABASE_URL is set (a real database gets demo accounts only when asked).
   */
  SEED_DEMO_USERS: bool.optional(),
  /** Seconds to let in-flight requests finish after SIGTERM. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(10),

  // The partner API: rate limits, the shared response cache, Redis (docs/partners.md).
  /** Redis for rate-limit counters and the response cache, shared by every API process. Unset: kept in memory per process. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  /** Prefix of every Redis key this API writes (several deployments may share one Redis). */
  REDIS_PREFIX: z.string().min(1).max(100).default('atlas:'),
  /** The window rate limits count requests over, in seconds (the `_PER_MIN` limits are per window: per minute by default). */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Requests per window from one address without credentials. */
  RATE_LIMIT_ANON_PER_MIN: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /** Requests per window with one API key. */
  RATE_LIMIT_KEY_PER_MIN: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /** Requests per window for one signed-in portal user. */
  RATE_LIMIT_USER_PER_MIN: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  /** Seconds public (anonymous and API-key) query answers are cached and may be cached by HTTP caches; 0 turns caching off. */
  RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /**
   * The bound of the in-process response cache, in MiB of answer text (without Redis; Redis has
   * its own maxmemory). An answer larger than it is never kept: the catalogue of the 43 forces
   * is 11 KB, that of 4,300 forces 13 MB. Answers of older generations wait for eviction, so
   * the process grows by about this much over its first minutes (docs/reliability.md).
   */
  RESPONSE_CACHE_MAX_MB: z.coerce.number().positive().max(4096).default(8),
  /**
   * Which proxies in front of the API to believe about the caller's address (X-Forwarded-For), for
   * per-address limits: `true` (all), a number of hops, or a comma-separated list of addresses/CIDRs.
   * Unset: none; the address is the connecting peer's.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'must be true, false, a hop count or a comma-separated list of addresses')
    .optional(),
});

export type ApiEnv = z.infer<typeof apiEnvSchema>;

export class EnvError extends Error {
  constructor(public readonly issues: { name: string; reason: string }[]) {
    super(
      'Invalid configuration:\n' +
        issues.map((i) => `  ${i.name}: ${i.reason}`).join('\n'),
    );
    this.name = 'EnvError';
  }
}

/** Parses the environment; a wrong value throws an EnvError naming each variable and why. */
export function parseEnv<S extends z.ZodObject>(
  schema: S,
  source: Record<string, string | undefined> = process.env,
): z.infer<S> {
  // An empty variable means "not set", as shells and compose files commonly write it.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((i) => ({
        name: i.path.join('.') || '(environment)',
        reason: i.message,
      })),
    );
  }
  return result.data;
}
