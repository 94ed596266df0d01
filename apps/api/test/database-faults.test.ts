import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureGroup, LEICS_ADMIN, NATIONAL, signIn } from './helpers/auth.js';
import { testDatabaseUrl } from './helpers/database.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy.js';

/**
 * Database faults against the real server and a real PostgreSQL: backends terminated under a
 * request, the database refusing sessions, the database server stopping hard (through a
 * loopback proxy), a pool with more slow requests than connections, a statement that runs
 * too long. Each request fails fast and masked with SERVICE_UNAVAILABLE (HTTP 503), the
 * process stays up, and the API recovers by itself when the database is back.
 */
const pgOnly = describe.skipIf(!testDatabaseUrl);
if (!testDatabaseUrl) {
  console.warn('database-faults.test.ts: SKIPPED — these tests need a real PostgreSQL; set TEST_DATABASE_URL (.ci/run does).');
}

const UPDATE = `mutation ($id: ID!, $v: Int!, $i: GroupInput!) { updateGroup(id: $id, version: $v, input: $i) { id version name } }`;
const REGIONS = '{ regions { id } }';

async function client(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => {}); // a terminated helper connection must not crash the test
  await c.connect();
  return c;
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits until a backend of the API (application_name network-atlas) waits on a lock. */
function lockWaiters(admin: pg.Client, n = 1) {
  return until(`${n} API statement(s) waiting on a lock`, async () => {
    const { rows } = await admin.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'network-atlas' AND wait_event_type = 'Lock'`,
    );
    return rows[0].n >= n;
  });
}

/** Holds the row lock of a group (as another session editing it would), until released. */
async function lockGroups(url: string, ids: string[]) {
  const c = await client(url);
  await c.query('BEGIN');
  await c.query(`SELECT id FROM "group" WHERE id = ANY($1) FOR UPDATE`, [ids]);
  return { release: async () => void (await c.query('COMMIT').catch(() => {}), await c.end().catch(() => {})) };
}

async function timed<T>(p: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await p;
  return { value, ms: performance.now() - start };
}

function expectServiceUnavailable(res: { status: number; errors?: { message: string; extensions?: Record<string, any> }[]; data?: unknown; headers: Headers }) {
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('5');
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors!;
  // Masked: nothing of the database, the SQL or the driver reaches the client; the request id does.
  expect(error.message).toBe('The service is temporarily unavailable; try again shortly');
  expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfter: 5, requestId: expect.any(String) });
  expect(JSON.stringify(res.errors)).not.toMatch(/terminat|ECONN|pg_|\bSELECT\b|\bUPDATE\b|stacktrace/);
}

async function groupRow(server: TestServer, id: string) {
  const [row] = await server.db.dataSource.query(`SELECT version, name FROM "group" WHERE id = $1`, [id]);
  const [{ n }] = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'Group' AND entity_id = $1`, [id]);
  return { ...row, auditEvents: n };
}

pgOnly('database faults (PostgreSQL)', () => {
  let server: TestServer;
  let proxy: TcpProxy;
  let national: Record<string, string>;
  let leics: Record<string, string>;
  let dbUrl: string; // the test database, directly (not through the proxy)

  beforeAll(async () => {
    const target = new URL(testDatabaseUrl!);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    server = await startTestServer(
      { DATABASE_POOL_MAX: '3', DATABASE_CONNECT_TIMEOUT_MS: '5000', DATABASE_STATEMENT_TIMEOUT_MS: '3000', LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' },
      {
        databaseUrl: (url) => {
          const u = new URL(url);
          u.hostname = '127.0.0.1';
          u.port = String(proxy.port);
          return u.toString();
        },
      },
    );
    dbUrl = new URL(server.env.DATABASE_URL!).pathname.slice(1);
    const direct = new URL(testDatabaseUrl!);
    direct.pathname = `/${dbUrl}`;
    dbUrl = direct.toString();
    national = await signIn(server, NATIONAL);
    leics = await signIn(server, LEICS_ADMIN);
  });
  afterAll(async () => {
    await server?.close();
    await proxy?.close();
  });

  it('answers a mutation whose connection is terminated mid-request with SERVICE_UNAVAILABLE, changes nothing, and serves the next request', async () => {
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Terminated fixture');
    const lock = await lockGroups(dbUrl, [g.id]);
    const pending = timed(server.gql(UPDATE, { id: g.id, v: g.version, i: { name: 'Never saved' } }, leics));
    const admin = await client(dbUrl);
    await lockWaiters(admin);
    // The database goes away under the request: every other backend of this database is terminated.
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    const { value: res, ms } = await pending;
    expectServiceUnavailable(res);
    expect(ms).toBeLessThan(2500);
    await lock.release();
    await admin.end();

    // Recovers by itself: the pool drops the dead connections and opens new ones.
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(await groupRow(server, g.id)).toEqual({ version: g.version, name: 'Terminated fixture', auditEvents: 1 });
    const again = await server.gql(UPDATE, { id: g.id, v: g.version, i: { name: 'Saved after recovery' } }, leics);
    expect(again.errors).toBeUndefined();
    expect(again.data!.updateGroup).toMatchObject({ version: g.version + 1, name: 'Saved after recovery' });
    expect(await groupRow(server, g.id)).toEqual({ version: g.version + 1, name: 'Saved after recovery', auditEvents: 2 });
  });

  it('while the database refuses sessions: /readyz is 503, requests fail fast, /healthz stays up; then it recovers by itself', async () => {
    const dbName = new URL(dbUrl).pathname.slice(1);
    const admin = await client(testDatabaseUrl!); // connected to another database, to switch this one off and on
    await admin.query(`ALTER DATABASE ${dbName} ALLOW_CONNECTIONS false`);
    try {
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [dbName]);
      await until('the API sessions to end', async () => {
        const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [dbName]);
        return rows[0].n === 0;
      });

      const ready = await timed(fetch(`${server.url}/readyz`));
      expect(ready.value.status).toBe(503);
      expect(await ready.value.json()).toEqual({ status: 'unavailable', database: 'postgres' });
      expect(ready.ms).toBeLessThan(3000);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      const read = await timed(server.gql(REGIONS));
      expectServiceUnavailable(read.value);
      expect(read.ms).toBeLessThan(2500); // refused at once: no wait for the 5 s connect timeout

      // Signed in: the session lookup itself meets the fault (the context, before any resolver).
      const write = await timed(server.gql(UPDATE, { id: 'leicestershire-anything', v: 1, i: { name: 'No' } }, leics));
      expectServiceUnavailable(write.value);
      expect(write.ms).toBeLessThan(2500);
    } finally {
      await admin.query(`ALTER DATABASE ${dbName} ALLOW_CONNECTIONS true`);
      await admin.end();
    }

    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const read = await server.gql(REGIONS);
    expect(read.status).toBe(200);
    expect(read.data!.regions.length).toBeGreaterThan(0);
    const g = await createFixtureGroup(server, national, 'leicestershire', 'After refusal fixture');
    expect(g.version).toBe(1);
  });

  it('when the database server stops hard: requests in flight and new ones fail fast with SERVICE_UNAVAILABLE; it recovers when the server is back', async () => {
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Server stop fixture');
    const lock = await lockGroups(dbUrl, [g.id]);
    const pending = timed(server.gql(UPDATE, { id: g.id, v: g.version, i: { name: 'Never saved either' } }, leics));
    const admin = await client(dbUrl);
    await lockWaiters(admin);

    await proxy.stop(); // every connection of the API reset, new ones refused
    const inFlight = await pending;
    expectServiceUnavailable(inFlight.value);
    expect(inFlight.ms).toBeLessThan(2500);
    await lock.release();

    const ready = await timed(fetch(`${server.url}/readyz`));
    expect(ready.value.status).toBe(503);
    const read = await timed(server.gql(REGIONS));
    expectServiceUnavailable(read.value); // ECONNREFUSED, at once
    expect(read.ms).toBeLessThan(2500);
    const write = await server.gql(UPDATE, { id: g.id, v: g.version, i: { name: 'Nor this' } }, leics);
    expectServiceUnavailable(write);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await proxy.start();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    // The backend cut off under the mutation rolled back: nothing half-written.
    await until('the cut-off backend to end', async () => {
      const { rows } = await admin.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'network-atlas' AND state <> 'idle'`,
      );
      return rows[0].n === 0;
    });
    await admin.end();
    expect(await groupRow(server, g.id)).toEqual({ version: g.version, name: 'Server stop fixture', auditEvents: 1 });
    const saved = await server.gql(UPDATE, { id: g.id, v: g.version, i: { name: 'Saved once the server is back' } }, leics);
    expect(saved.data!.updateGroup.version).toBe(g.version + 1);
  });

  it('stops a statement that runs past DATABASE_STATEMENT_TIMEOUT_MS (3 s here) and rolls its transaction back', async () => {
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Timeout fixture');
    const lock = await lockGroups(dbUrl, [g.id]);
    try {
      const { value: res, ms } = await timed(server.gql(UPDATE, { id: g.id, v: g.version, i: { name: 'Too late' } }, leics));
      expectServiceUnavailable(res);
      expect(ms).toBeGreaterThan(2900);
      expect(ms).toBeLessThan(6000);
    } finally {
      await lock.release();
    }
    expect(await groupRow(server, g.id)).toEqual({ version: g.version, name: 'Timeout fixture', auditEvents: 1 });
    const saved = await server.gql(UPDATE, { id: g.id, v: g.version, i: { name: 'In time' } }, leics);
    expect(saved.data!.updateGroup.version).toBe(g.version + 1);
  });
});

pgOnly('pool exhaustion (PostgreSQL)', () => {
  let server: TestServer;
  let national: Record<string, string>;
  let leics: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer({ DATABASE_POOL_MAX: '2', DATABASE_CONNECT_TIMEOUT_MS: '1000', DATABASE_STATEMENT_TIMEOUT_MS: '20000' });
    national = await signIn(server, NATIONAL);
    leics = await signIn(server, LEICS_ADMIN);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lets requests beyond the pool wait DATABASE_CONNECT_TIMEOUT_MS (1 s here), then fail clearly; those holding connections finish', async () => {
    const a = await createFixtureGroup(server, national, 'leicestershire', 'Pool fixture A');
    const b = await createFixtureGroup(server, national, 'leicestershire', 'Pool fixture B');
    const lock = await lockGroups(server.env.DATABASE_URL!, [a.id, b.id]);
    const admin = await client(server.env.DATABASE_URL!);
    // Two slow saves hold both connections of the pool.
    const slow = [a, b].map((g) => server.gql(UPDATE, { id: g.id, v: g.version, i: { name: `${g.id} saved` } }, leics));
    await lockWaiters(admin, 2);
    expect(server.db.poolStats()).toMatchObject({ total: 2, idle: 0 });

    const extra = await Promise.all([timed(server.gql(REGIONS)), timed(server.gql(REGIONS)), timed(fetch(`${server.url}/readyz`))]);
    for (const { value, ms } of extra.slice(0, 2)) {
      expectServiceUnavailable(value as Awaited<ReturnType<TestServer['gql']>>);
      expect(ms).toBeGreaterThan(900);
      expect(ms).toBeLessThan(4000);
    }
    expect((extra[2].value as Response).status).toBe(503);

    await lock.release();
    const saved = await Promise.all(slow);
    expect(saved.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(saved.map((r) => r.data!.updateGroup.version)).toEqual([a.version + 1, b.version + 1]);
    await admin.end();

    // Back to idle: nothing waits, every connection is idle again, reads succeed.
    expect(server.db.poolStats()).toMatchObject({ waiting: 0 });
    expect(server.db.poolStats().idle).toBe(server.db.poolStats().total);
    const read = await server.gql(REGIONS);
    expect(read.status).toBe(200);
  });
});
