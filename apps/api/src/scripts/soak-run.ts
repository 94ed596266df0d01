/**
 * A bounded soak of the built API (`node dist/main.js`), over loopback only: a mix of reads and
 * writes from several concurrent clients for a fixed time (and at most a fixed number of
 * requests), then three verdicts:
 *   - no unexpected error: every answer is HTTP 200 without errors, but for CONFLICT on a write
 *     that raced another (expected: the client reads again and retries, as the portal does);
 *   - memory flat: the server's resident set (VmRSS of /proc/<pid>/status) at the end is within
 *     a stated margin of what it was once warmed up;
 *   - the pool back to idle afterwards: on PostgreSQL every connection of the API
 *     (application_name 'network-atlas' in pg_stat_activity) is idle, none active or idle in a
 *     transaction, and no more than DATABASE_POOL_MAX; on PGlite (one connection) /readyz
 *     answers at once.
 * Used by `npm run soak` (src/scripts/soak.ts) and by test/soak.test.ts (a short run).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_PASSWORD } from '../modules/user/demo-users.js';

export interface SoakOptions {
  /** How long the load runs. */
  durationSeconds: number;
  /** Clients sending requests at once. */
  concurrency: number;
  /** Upper bound on requests, whatever the duration. */
  maxRequests: number;
  /** A PostgreSQL URL of a database the soak may connect to and create its own database from; unset: PGlite. */
  adminDatabaseUrl?: string;
  poolMax: number;
  /** Seconds of load before the warmed-up RSS is taken (default: a fifth of the run, at most 60 s, at least 3 s). */
  warmUpSeconds?: number;
  /** Allowed growth of the heap kept after full collections, early against late in the run: the larger of these two. */
  heapMarginMb: number;
  heapMarginPercent: number;
  /** Allowed RSS growth from warmed-up to the end: the larger of these two. */
  rssMarginMb: number;
  rssMarginPercent: number;
  /**
   * Keep the response cache of public answers on (as deployed). Off by default: it is an LRU of
   * up to 64 MiB of answers that fills over many minutes under writes, which a time-boxed memory
   * verdict cannot tell from a leak (docs/reliability.md has a run with it on).
   */
  responseCache?: boolean;
  /** More environment for the server (e.g. LOG_LEVEL=info). */
  serverEnv?: Record<string, string>;
  /** Progress lines (one every ~10 s); silent when unset. */
  log?: (line: string) => void;
}

export const DEFAULT_SOAK: SoakOptions = {
  durationSeconds: 300,
  concurrency: 8,
  maxRequests: 2_000_000,
  poolMax: 10,
  rssMarginMb: 96,
  rssMarginPercent: 30,
  heapMarginMb: 16,
  heapMarginPercent: 15,
};

interface OpStats {
  count: number;
  conflicts: number;
  latencies: number[];
}

export interface SoakReport {
  ok: boolean;
  failures: string[];
  engine: 'postgres' | 'pglite';
  responseCache: boolean;
  node: string;
  durationSeconds: number;
  concurrency: number;
  requests: number;
  requestsPerSecond: number;
  reads: number;
  writes: number;
  expectedConflicts: number;
  unexpectedErrors: number;
  errorSamples: string[];
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  operations: Record<string, { count: number; conflicts: number; p50: number; p95: number }>;
  rssMb: { beforeLoad: number; warmedUp: number; end: number; peak: number; growth: number; allowed: number; warmUpSeconds: number; every5s: number[] };
  /** The V8 heap after each full (mark-compact) collection, from the server's --trace-gc: what is really kept. */
  heapAfterGcMb: { fullGcs: number; early: number | null; late: number | null; growth: number | null; allowed: number | null };
  pool: { max: number; connections: number; idle: number; busy: number; idleAfterMs: number | null; note: string };
  exitCode: number | string | null;
}

/** The built server, found the same from src/scripts (tests) and dist/scripts (npm run soak). */
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
}

function rssMb(pid: number): number | undefined {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** Runs the soak and reports; never throws for a failed verdict (see `ok` and `failures`). */
export async function runSoak(options: Partial<SoakOptions> = {}): Promise<SoakReport> {
  const o: SoakOptions = { ...DEFAULT_SOAK, ...options };
  const log = o.log ?? (() => {});
  const failures: string[] = [];

  // A database of its own: a fresh PostgreSQL database, or a PGlite folder in a temp dir.
  let databaseUrl: string | undefined;
  let dbName: string | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-soak-'));
  if (o.adminDatabaseUrl) {
    dbName = `atlas_soak_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: o.adminDatabaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(o.adminDatabaseUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const engine = databaseUrl ? 'postgres' : 'pglite';

  // --trace-gc: each full collection prints the heap kept, the truest sign of a leak.
  const child = spawn(process.execPath, ['--trace-gc', MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      SEED_DEMO_USERS: 'true',
      DATABASE_POOL_MAX: String(o.poolMax),
      SHUTDOWN_GRACE_SECONDS: '10',
      // The soak measures the API, not its rate limits: one address sends everything here.
      RATE_LIMIT_ANON_PER_MIN: '1000000',
      RATE_LIMIT_KEY_PER_MIN: '1000000',
      RATE_LIMIT_USER_PER_MIN: '1000000',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: join(dataDir, 'pglite') }),
      ...(o.responseCache ? {} : { RESPONSE_CACHE_SECONDS: '0' }),
      ...o.serverEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let loadStarted = 0;
  const fullGcs: { t: number; mb: number }[] = [];
  let partial = '';
  child.stdout!.on('data', (d: Buffer) => {
    const text = partial + d.toString();
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const gc = line.match(/Mark-Compact[^\d]*[\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/);
      if (gc) {
        if (loadStarted) fullGcs.push({ t: Date.now() - loadStarted, mb: Number(gc[1]) });
      } else if (!/^\[\d+:0x[0-9a-f]+\]/.test(line)) output += line + '\n';
    }
  });
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));

  const cleanup = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    if (dbName && o.adminDatabaseUrl) {
      const admin = new pg.Client({ connectionString: o.adminDatabaseUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not start within 90 s:\n${output}`)), 90_000);
      child.stdout!.on('data', () => {
        const m = output.match(/GraphQL API\s+(http:\/\/\S+)\/graphql/);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      void exited.then((code) => reject(new Error(`the server exited (${code}):\n${output}`)));
    });
    const pid = child.pid!;

    const gql = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
      return { status: res.status, ...body, headers: res.headers };
    };
    const signIn = async (email: string) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }', variables: { e: email, p: DEMO_PASSWORD } }),
      });
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('atlas_session='));
      if (!cookie) throw new Error(`sign-in failed for ${email}: ${await res.text()}`);
      return { cookie: cookie.split(';')[0] };
    };
    const national = await signIn('national.admin@demo.network-atlas.test');
    const admins = {
      leicestershire: await signIn('leicestershire.admin@demo.network-atlas.test'),
      wiltshire: await signIn('wiltshire.admin@demo.network-atlas.test'),
    };
    const groupIds: Record<'leicestershire' | 'wiltshire', string[]> = { leicestershire: [], wiltshire: [] };
    for (const forceId of ['leicestershire', 'wiltshire'] as const) {
      for (let i = 1; i <= 3; i++) {
        const res = await gql(
          'mutation ($f: ID, $i: GroupInput!) { createGroup(forceId: $f, input: $i) { id } }',
          { f: forceId, i: { name: `Soak ${forceId} ${i}`, kind: 'STAFF_NETWORK', characteristics: ['AGE'] } },
          national,
        );
        if (res.errors) throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
        groupIds[forceId].push(res.data.createGroup.id);
      }
    }
    const commitmentId = (await gql('{ force(id: "leicestershire") { commitments { id } } }')).data.force.commitments[0]?.id as string | undefined;
    const anyGroup = (await gql('{ groups(first: 100) { nodes { id } } }')).data.groups.nodes.map((n: { id: string }) => n.id) as string[];

    // --- the operations: reads (most) and writes, as partners and the portal send them
    const stats = new Map<string, OpStats>();
    const errorSamples: string[] = [];
    let unexpected = 0;
    let requests = 0;
    let figureDay = 0;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)];
    const CHARS = ['AGE', 'DISABILITY', 'RACE', 'RELIGION_OR_BELIEF', 'SEX', 'SEXUAL_ORIENTATION'];
    const KINDS = ['STAFF_NETWORK', 'STAFF_ASSOCIATION', 'TRADE_UNION', 'SUPPORT_GROUP', 'PEER_SUPPORT'];

    type Op = { name: string; write: boolean; weight: number; run: () => Promise<{ status: number; errors?: { extensions?: { code?: string } }[] }> };
    const appendAim = async (forceId: 'leicestershire' | 'wiltshire') => {
      const id = pick(groupIds[forceId]);
      const headers = Math.random() < 0.5 ? admins[forceId] : national;
      const read = await gql('query ($id: ID!) { group(id: $id) { version aims } }', { id }, headers);
      requests++;
      if (read.errors) return read;
      const aims = [...read.data.group.aims, `aim ${Date.now()}`].slice(-10);
      return gql('mutation ($id: ID!, $v: Int!, $i: GroupInput!) { updateGroup(id: $id, version: $v, input: $i) { version } }', { id, v: read.data.group.version, i: { aims } }, headers);
    };
    const ops: Op[] = [
      { name: 'groups(filter)', write: false, weight: 25, run: () => gql('query ($f: GroupFilter) { groups(filter: $f, first: 20) { totalCount nodes { id name kind force { name } nationalBody { name } } } }', { f: { characteristics: [pick(CHARS)], kinds: Math.random() < 0.3 ? [pick(KINDS)] : undefined, search: Math.random() < 0.3 ? pick(['network', 'police', 'support', 'a']) : undefined } }) },
      { name: 'coverage', write: false, weight: 15, run: () => gql('{ coverage(forceIds: ["leicestershire", "wiltshire"]) { rows { force { name } cells { characteristic covered groups { name } } } } }') },
      { name: 'group+counterparts', write: false, weight: 15, run: () => gql('query ($id: ID!) { group(id: $id) { name aims topics formerNames { name until } fees { amountPence } counterparts { name force { name } } sources { title } } }', { id: pick(anyGroup) }) },
      { name: 'regions+forces', write: false, weight: 10, run: () => gql('{ regions { name forces { id name groups { id } } } }') },
      { name: 'signed-in reads', write: false, weight: 10, run: () => gql('query ($id: ID!) { me { user { email } } group(id: $id) { name status history { action actorEmail changes { field } } } }', { id: pick(groupIds.leicestershire) }, admins.leicestershire) },
      { name: 'updateGroup', write: true, weight: 15, run: () => appendAim(pick(['leicestershire', 'wiltshire'] as const)) },
      {
        name: 'updateForceProfile',
        write: true,
        weight: 5,
        run: async () => {
          const forceId = pick(['leicestershire', 'wiltshire'] as const);
          const read = await gql('query ($id: ID!) { force(id: $id) { version } }', { id: forceId });
          requests++;
          return gql('mutation ($v: Int!, $i: ForceProfileInput!) { updateForceProfile(version: $v, input: $i) { version } }', { v: read.data.force.version, i: { description: `Soak description ${Date.now()}` } }, admins[forceId]);
        },
      },
      {
        name: 'recordCommitmentFigure',
        write: true,
        weight: commitmentId ? 5 : 0,
        run: () => {
          const start = new Date(Date.UTC(1900, 0, 1) + figureDay++ * 2 * 86_400_000).toISOString().slice(0, 10);
          return gql('mutation ($c: ID!, $i: CommitmentFigureInput!) { recordCommitmentFigure(commitmentId: $c, input: $i) { id } }', { c: commitmentId, i: { periodStart: start, periodEnd: start, total: 100, part: 30, source: 'soak' } }, admins.leicestershire);
        },
      },
    ];
    const totalWeight = ops.reduce((s, op) => s + op.weight, 0);
    const choose = () => {
      let r = Math.random() * totalWeight;
      for (const op of ops) if ((r -= op.weight) < 0) return op;
      return ops[0];
    };

    // --- RSS sampling
    const samples: { t: number; mb: number }[] = [];
    const beforeLoad = rssMb(pid) ?? 0;
    const started = Date.now();
    loadStarted = started;
    const deadline = started + o.durationSeconds * 1000;
    const sampler = setInterval(() => {
      const mb = rssMb(pid);
      if (mb !== undefined) samples.push({ t: Date.now() - started, mb });
    }, 500);
    let lastLog = started;
    const progress = setInterval(() => {
      if (Date.now() - lastLog < 10_000) return;
      lastLog = Date.now();
      const rss = samples.at(-1)?.mb.toFixed(0) ?? '?';
      log(`  ${Math.round((Date.now() - started) / 1000)} s: ${requests} requests, ${unexpected} unexpected errors, RSS ${rss} MB`);
    }, 1000);

    const worker = async () => {
      while (Date.now() < deadline && requests < o.maxRequests) {
        const op = choose();
        const t0 = performance.now();
        let outcome: string | undefined;
        let conflict = false;
        try {
          const res = await op.run();
          const codes = (res.errors ?? []).map((e) => e.extensions?.code);
          if (op.write && codes.length === 1 && codes[0] === 'CONFLICT') conflict = true;
          else if (res.status !== 200 || codes.length) outcome = `${op.name}: HTTP ${res.status} ${JSON.stringify(res.errors ?? '').slice(0, 300)}`;
        } catch (error) {
          outcome = `${op.name}: ${(error as Error).message}`;
        }
        requests++;
        const s = stats.get(op.name) ?? { count: 0, conflicts: 0, latencies: [] };
        s.count++;
        if (conflict) s.conflicts++;
        s.latencies.push(performance.now() - t0);
        stats.set(op.name, s);
        if (outcome) {
          unexpected++;
          if (errorSamples.length < 10) errorSamples.push(outcome);
        }
      }
    };
    await Promise.all(Array.from({ length: o.concurrency }, worker));
    const elapsed = (Date.now() - started) / 1000;
    clearInterval(sampler);
    clearInterval(progress);

    // --- memory: warmed up (the samples after the first fifth, at least 3 s) against the end
    const warmFrom = (o.warmUpSeconds ?? Math.max(3, Math.min(60, elapsed / 5))) * 1000;
    const window = Math.max(2000, Math.min(30_000, elapsed * 100)); // a tenth of the run, 2 to 30 s
    const warm = samples.filter((s) => s.t >= warmFrom && s.t < warmFrom + window).map((s) => s.mb);
    const end = samples.filter((s) => s.t >= elapsed * 1000 - window).map((s) => s.mb);
    const warmedUp = median(warm);
    const endRss = median(end);
    const growth = endRss - warmedUp;
    const allowed = Math.max(o.rssMarginMb, (warmedUp * o.rssMarginPercent) / 100);
    if (!samples.length) failures.push('could not read the server’s RSS (/proc/<pid>/status)');
    else if (growth > allowed) failures.push(`memory grew ${growth.toFixed(1)} MB (warmed up ${warmedUp.toFixed(1)} MB, end ${endRss.toFixed(1)} MB): more than the ${allowed.toFixed(1)} MB allowed`);

    // The heap kept after full collections: early in the run (after the warm-up) against its last third.
    const afterWarm = fullGcs.filter((g) => g.t >= warmFrom);
    const third = (elapsed * 1000 - warmFrom) / 3;
    const early = afterWarm.filter((g) => g.t < warmFrom + third).map((g) => g.mb);
    const late = afterWarm.filter((g) => g.t >= elapsed * 1000 - third).map((g) => g.mb);
    const heap: SoakReport['heapAfterGcMb'] = { fullGcs: fullGcs.length, early: null, late: null, growth: null, allowed: null };
    if (early.length && late.length) {
      heap.early = Math.round(median(early) * 10) / 10;
      heap.late = Math.round(median(late) * 10) / 10;
      heap.growth = Math.round((heap.late - heap.early) * 10) / 10;
      heap.allowed = Math.round(Math.max(o.heapMarginMb, (heap.early * o.heapMarginPercent) / 100) * 10) / 10;
      if (heap.growth > heap.allowed) failures.push(`the heap kept after full collections grew ${heap.growth} MB (${heap.early} → ${heap.late} MB): more than the ${heap.allowed} MB allowed`);
    }

    if (unexpected) failures.push(`${unexpected} unexpected errors, e.g. ${errorSamples[0]}`);

    // --- the pool back to idle
    const pool: SoakReport['pool'] = { max: databaseUrl ? o.poolMax : 1, connections: 0, idle: 0, busy: 0, idleAfterMs: null, note: '' };
    const idleStart = Date.now();
    if (databaseUrl) {
      const c = new pg.Client({ connectionString: databaseUrl, application_name: 'atlas-soak-check' });
      await c.connect();
      for (;;) {
        const { rows } = await c.query(
          `SELECT state, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'network-atlas' GROUP BY state`,
        );
        pool.connections = rows.reduce((s, r) => s + r.n, 0);
        pool.idle = rows.find((r) => r.state === 'idle')?.n ?? 0;
        pool.busy = pool.connections - pool.idle;
        if (pool.busy === 0) {
          pool.idleAfterMs = Date.now() - idleStart;
          break;
        }
        if (Date.now() - idleStart > 5000) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await c.end();
      pool.note = 'pg_stat_activity: the API’s connections (application_name network-atlas) by state';
      if (pool.busy) failures.push(`${pool.busy} connections still busy 5 s after the load`);
      if (pool.connections > o.poolMax) failures.push(`${pool.connections} connections, more than DATABASE_POOL_MAX ${o.poolMax}`);
    } else {
      const t0 = Date.now();
      const ready = await fetch(`${url}/readyz`);
      pool.connections = 1;
      pool.idle = ready.status === 200 ? 1 : 0;
      pool.busy = 1 - pool.idle;
      pool.idleAfterMs = Date.now() - t0;
      pool.note = 'PGlite: one connection; /readyz answering at once shows it free';
      if (ready.status !== 200 || pool.idleAfterMs > 1000) failures.push(`/readyz after the load: HTTP ${ready.status} in ${pool.idleAfterMs} ms`);
    }

    child.kill('SIGTERM');
    const exitCode = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('no exit within 15 s'), 15_000))]);
    if (exitCode !== 0) failures.push(`the server exited with ${exitCode} after SIGTERM:\n${output.slice(-2000)}`);

    const all = [...stats.values()].flatMap((s) => s.latencies).sort((a, b) => a - b);
    const operations = Object.fromEntries(
      [...stats.entries()].map(([name, s]) => {
        const sorted = [...s.latencies].sort((a, b) => a - b);
        return [name, { count: s.count, conflicts: s.conflicts, p50: percentile(sorted, 50), p95: percentile(sorted, 95) }];
      }),
    );
    const writes = ops.filter((op) => op.write).reduce((n, op) => n + (stats.get(op.name)?.count ?? 0), 0);
    const conflicts = [...stats.values()].reduce((n, s) => n + s.conflicts, 0);
    return {
      ok: failures.length === 0,
      failures,
      engine,
      responseCache: !!o.responseCache,
      node: process.version,
      durationSeconds: Math.round(elapsed * 10) / 10,
      concurrency: o.concurrency,
      requests,
      requestsPerSecond: Math.round(requests / elapsed),
      reads: requests - writes,
      writes,
      expectedConflicts: conflicts,
      unexpectedErrors: unexpected,
      errorSamples,
      latencyMs: { p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99), max: percentile(all, 100) },
      operations,
      rssMb: {
        beforeLoad: Math.round(beforeLoad * 10) / 10,
        warmedUp: Math.round(warmedUp * 10) / 10,
        end: Math.round(endRss * 10) / 10,
        peak: Math.round(Math.max(0, ...samples.map((s) => s.mb)) * 10) / 10,
        growth: Math.round(growth * 10) / 10,
        allowed: Math.round(allowed * 10) / 10,
        warmUpSeconds: Math.round(warmFrom / 100) / 10,
        every5s: samples.filter((_, i) => i % 10 === 0).map((s) => Math.round(s.mb)),
      },
      heapAfterGcMb: heap,
      pool,
      exitCode,
    };
  } finally {
    await cleanup();
  }
}
