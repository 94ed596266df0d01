import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureGroup, LEICS_ADMIN, NATIONAL, signIn } from './helpers/auth.js';
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from './helpers/database.js';
import { gqlAt, startServerProcess, type ServerProcess } from './helpers/process.js';
import type { TestServer } from './helpers/server.js';

/**
 * SIGTERM to the built server (`node dist/main.js`) on PostgreSQL while a mutation is in
 * flight. The mutation is made slow deterministically: another session holds the group's row
 * lock, so the save waits inside its transaction. Whatever happens, the save is whole: it
 * commits with its audit event, or nothing of it is left.
 */
const pgOnly = describe.skipIf(!testDatabaseUrl);
if (!testDatabaseUrl) {
  console.warn('shutdown.test.ts: SKIPPED — holding a row lock from another session needs a real PostgreSQL; set TEST_DATABASE_URL (.ci/run does).');
}

const GRACE_SECONDS = 5;
const UPDATE = `mutation ($id: ID!, $v: Int!, $i: GroupInput!) { updateGroup(id: $id, version: $v, input: $i) { id version name } }`;

async function until(what: string, probe: () => Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

pgOnly('graceful shutdown (PostgreSQL)', () => {
  let testDb: TestDatabase;
  let admin: pg.Client;
  let run: ServerProcess | undefined;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    admin = new pg.Client({ connectionString: testDb.env.DATABASE_URL });
    admin.on('error', () => {});
    await admin.connect();
  });
  afterEach(async () => {
    if (run && run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
    run = undefined;
  });
  afterAll(async () => {
    await admin?.end();
    await testDb?.drop();
  });

  async function start() {
    run = await startServerProcess({
      DATABASE_URL: testDb.env.DATABASE_URL!,
      SEED_DEMO_USERS: 'true',
      SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
      LOG_LEVEL: 'info',
    });
    const server = { url: run.url, gql: (q: string, v?: Record<string, unknown>, h?: Record<string, string>) => gqlAt(run!.url, q, v, h) } as unknown as TestServer;
    const national = await signIn(server, NATIONAL);
    const leics = await signIn(server, LEICS_ADMIN);
    return { run, server, national, leics };
  }

  /** Starts a save of `g` that waits on a row lock held by another session. */
  async function slowSave(url: string, leics: Record<string, string>, g: { id: string; version: number }, name: string) {
    const locker = new pg.Client({ connectionString: testDb.env.DATABASE_URL });
    locker.on('error', () => {});
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query(`SELECT id FROM "group" WHERE id = $1 FOR UPDATE`, [g.id]);
    const save = gqlAt(url, UPDATE, { id: g.id, v: g.version, i: { name } }, leics).then(
      (r) => ({ ok: true as const, ...r }),
      (error: Error) => ({ ok: false as const, error }),
    );
    await until('the save to wait on the lock', async () => {
      const { rows } = await admin.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'network-atlas' AND wait_event_type = 'Lock'`,
      );
      return rows[0].n > 0;
    });
    return { save, release: async () => void (await locker.query('COMMIT'), await locker.end()) };
  }

  async function stored(id: string) {
    const [row] = (await admin.query(`SELECT version, name FROM "group" WHERE id = $1`, [id])).rows;
    const { rows } = await admin.query(`SELECT action FROM audit_event WHERE entity_type = 'Group' AND entity_id = $1 ORDER BY id`, [id]);
    return { ...row, audit: rows.map((r) => r.action) };
  }

  /** After SIGTERM: a new request is refused (connection refused, or 503 on a kept-alive connection). */
  async function expectRefused(url: string) {
    const outcome = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      (e: Error & { cause?: { code?: string } }) => e.cause?.code ?? e.message,
    );
    expect([503, 'ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET']).toContain(outcome);
  }

  it('lets a mutation in flight finish whole, refuses new requests, and exits 0 within the grace period', async () => {
    const { run, server, national, leics } = await start();
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Shutdown finish fixture');
    const { save, release } = await slowSave(run.url, leics, g, 'Saved during shutdown');

    const signalled = Date.now();
    run.child.kill('SIGTERM');
    await until('the server to begin shutting down', async () => run.output().includes('shutting down'));
    await new Promise((r) => setTimeout(r, 100));
    await expectRefused(run.url);

    await release();
    const res = await save;
    expect(res.ok && res.status).toBe(200);
    expect(res.ok && res.errors).toBeUndefined();
    expect(res.ok && res.data!.updateGroup).toMatchObject({ version: g.version + 1, name: 'Saved during shutdown' });
    expect(await run.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(GRACE_SECONDS * 1000);
    expect(await stored(g.id)).toEqual({ version: g.version + 1, name: 'Saved during shutdown', audit: ['CREATE', 'UPDATE'] });
  });

  it('when the grace period runs out, exits anyway and the unfinished mutation leaves nothing behind', async () => {
    const { run, server, national, leics } = await start();
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Shutdown abandon fixture');
    const { save, release } = await slowSave(run.url, leics, g, 'Never saved');

    const signalled = Date.now();
    run.child.kill('SIGTERM');
    await until('the server to begin shutting down', async () => run.output().includes('shutting down'));
    await new Promise((r) => setTimeout(r, 100));
    await expectRefused(run.url);

    expect(await run.exited).toBe(1); // the grace period ran out with the save still waiting
    const took = Date.now() - signalled;
    expect(took).toBeGreaterThanOrEqual(GRACE_SECONDS * 1000 - 100);
    expect(took).toBeLessThan(GRACE_SECONDS * 1000 + 2000);
    expect(run.output()).toMatch(/grace period over/);
    const res = await save;
    expect(res.ok).toBe(false); // the connection closed without an answer

    // The lock goes; the orphaned backend finds its client gone and rolls back.
    await release();
    await until('the server’s backends to end', async () => {
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'network-atlas'`);
      return rows[0].n === 0;
    });
    expect(await stored(g.id)).toEqual({ version: g.version, name: 'Shutdown abandon fixture', audit: ['CREATE'] });
  });
});
