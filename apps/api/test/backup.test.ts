import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../src/app.js';
import { exportDatabase, importDatabase, TRANSIENT_TABLES, type BackupHeader } from '../src/db/backup.js';
import { openDatabase, type Database } from '../src/db/data-source.js';
import { createServer } from '../src/server.js';
import { createFixtureGroup, LEICS_ADMIN, NATIONAL, signIn } from './helpers/auth.js';
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from './helpers/database.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * Backups: export the whole catalogue with its history, restore it into an empty database,
 * export again: the same file (but for the time it was made). On the engine the suite runs
 * on: PGlite by default, PostgreSQL with TEST_DATABASE_URL.
 */
const TRICKY = ['Ünïcødé — “quotes” \'single\' `back`', 'line\nbreak\ttab \\ backslash', 'עברית العربية', '👩🏽‍⚕️ zero\u200Bwidth\u200Djoiner', '<script>alert(1)</script> & %_ ; DROP TABLE "group";--'];

async function exportToString(db: Database): Promise<{ text: string; header: BackupHeader }> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const header = await exportDatabase(db.dataSource, sink, db.engine);
  sink.end();
  return { text: Buffer.concat(chunks).toString('utf8'), header };
}

/** The file but for its one line that must differ: when it was made. */
function withoutTime(text: string): string {
  const [head, ...rest] = text.split('\n');
  const { exportedAt: _t, engine: _e, ...header } = JSON.parse(head);
  return [JSON.stringify(header), ...rest].join('\n');
}

/** An empty database of the suite's engine: no schema, no rows. */
async function emptyDatabase(): Promise<{ db: Database; testDb?: TestDatabase; close(): Promise<void> }> {
  if (!testDatabaseUrl) {
    const db = await openDatabase({ dataDir: 'memory://', poolMax: 1 });
    return { db, close: () => db.close() };
  }
  const testDb = await createTestDatabase();
  const db = await openDatabase({ url: testDb.env.DATABASE_URL, dataDir: testDb.env.DATA_DIR, poolMax: 2 });
  return { db, testDb, close: async () => (await db.close(), await testDb.drop()) };
}

async function tableCount(db: Database): Promise<number> {
  const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()`);
  return n;
}

let source: TestServer;
beforeAll(async () => {
  source = await startTestServer();
  // History worth keeping: edits by two users, with text that must survive byte for byte.
  const national = await signIn(source, NATIONAL);
  const leics = await signIn(source, LEICS_ADMIN);
  const g = await createFixtureGroup(source, national, 'leicestershire', 'Backup fixture');
  const saved = await source.gql(
    `mutation ($id: ID!, $v: Int!, $i: GroupInput!) { updateGroup(id: $id, version: $v, input: $i) { version } }`,
    {
      id: g.id,
      v: g.version,
      i: {
        aims: TRICKY,
        topics: ['menopause'],
        description: TRICKY.join(' | '),
        formerNames: [{ name: 'Old name', until: 2020 }],
        fees: [{ amountPence: 2358, period: 'MONTH', appliesFrom: '2020-09-01', note: TRICKY[0] }],
      },
    },
    leics,
  );
  expect(saved.errors).toBeUndefined();
  const force = await source.gql(`{ force(id: "wiltshire") { version } }`);
  const profile = await source.gql(
    `mutation ($v: Int!, $i: ForceProfileInput!) { updateForceProfile(forceId: "wiltshire", version: $v, input: $i) { version } }`,
    { v: force.data!.force.version, i: { equalityObjectives: TRICKY, memberships: ['Stonewall', 'Business Disability Forum'] } },
    national,
  );
  expect(profile.errors).toBeUndefined();
});
afterAll(async () => {
  await source?.close();
});

describe('db:export and db:import', () => {
  let first: { text: string; header: BackupHeader };
  let target: Awaited<ReturnType<typeof emptyDatabase>>;
  beforeAll(async () => {
    first = await exportToString(source.db);
    target = await emptyDatabase();
  });
  afterAll(async () => {
    await target?.close();
  });

  it('writes every table but the transient ones, parents before children, with the schema version and the sequences', async () => {
    const tables: { tablename: string }[] = await source.db.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`);
    const expected = tables.map((t) => t.tablename).filter((t) => t !== 'migration' && !TRANSIENT_TABLES.includes(t));
    expect(first.header.tables.map((t) => t.name).sort()).toEqual(expected.sort());
    const names = first.header.tables.map((t) => t.name);
    expect(names.indexOf('region')).toBeLessThan(names.indexOf('force'));
    expect(names.indexOf('force')).toBeLessThan(names.indexOf('group'));
    expect(names.indexOf('group')).toBeLessThan(names.indexOf('membership_fee'));
    expect(first.header.migrations).toEqual(source.db.dataSource.migrations.map((m) => m.name));
    const audit = first.header.tables.find((t) => t.name === 'audit_event')!;
    const [{ n }] = await source.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(audit.rows).toBe(n);
    expect(n).toBeGreaterThanOrEqual(3);
    expect(first.header.sequences.map((s) => s.name)).toContain('audit_event_id_seq');
    expect(first.text.split('\n').filter(Boolean)).toHaveLength(1 + first.header.tables.length + first.header.tables.reduce((s, t) => s + t.rows, 0));
  });

  it('restores into an empty database, and exporting that gives the same file', async () => {
    expect(await tableCount(target.db)).toBe(0);
    const report = await importDatabase(target.db.dataSource, Readable.from([first.text]));
    expect(report.tables).toEqual(first.header.tables);
    const second = await exportToString(target.db);
    expect(withoutTime(second.text)).toBe(withoutTime(first.text));
    // Text byte for byte, straight from the tables.
    const [row] = await target.db.dataSource.query(`SELECT aims, description FROM "group" WHERE name = 'Backup fixture'`);
    expect(row).toEqual({ aims: TRICKY, description: TRICKY.join(' | ') });
  });

  it('keeps the sequences where they were: the next audit event follows the restored ones', async () => {
    const [{ max }] = await target.db.dataSource.query(`SELECT max(id)::text AS max FROM audit_event`);
    const [{ next }] = await target.db.dataSource.query(`SELECT nextval('audit_event_id_seq')::text AS next`);
    expect(BigInt(next)).toBe(BigInt(max) + 1n);
  });

  it('serves the restored catalogue through the API: same groups, same history, users sign in', async () => {
    const app = await createServer(source.env, target.db);
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
      const restored = { url, gql: source.gql } as TestServer; // signIn uses only the url
      const national = await signIn(restored, NATIONAL);
      const query = `{ groups(first: 100, filter: { statuses: [DRAFT, PUBLISHED] }) { totalCount nodes { id name aims history { action actorEmail changes { field after } } } } }`;
      const ask = async (base: string, headers: Record<string, string>) =>
        (await (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) })).json()) as any;
      const before = await ask(source.url, await signIn(source, NATIONAL));
      const after = await ask(url, national);
      expect(after.errors).toBeUndefined();
      expect(after.data).toEqual(before.data);
    } finally {
      await app.close();
    }
  });

  // Across engines: needs both, so it runs in the PostgreSQL pass of the suite.
  it.skipIf(!testDatabaseUrl)('moves a catalogue between PGlite and PostgreSQL, both ways, identically', async () => {
    // PostgreSQL → PGlite
    const lite = await openDatabase({ dataDir: 'memory://', poolMax: 1 });
    try {
      await importDatabase(lite.dataSource, Readable.from([first.text]));
      expect(withoutTime((await exportToString(lite)).text)).toBe(withoutTime(first.text));
    } finally {
      await lite.close();
    }
    // PGlite → PostgreSQL
    const seeded = await prepareDatabase({ ...source.env, DATABASE_URL: undefined, DATA_DIR: 'memory://' });
    let fromLite: string;
    try {
      fromLite = (await exportToString(seeded)).text;
    } finally {
      await seeded.close();
    }
    const pgTarget = await emptyDatabase();
    try {
      await importDatabase(pgTarget.db.dataSource, Readable.from([fromLite]));
      expect(withoutTime((await exportToString(pgTarget.db)).text)).toBe(withoutTime(fromLite));
    } finally {
      await pgTarget.close();
    }
  }, 60_000);

  it('refuses a database that is not empty, and changes nothing in it', async () => {
    const counts = async () => (await target.db.dataSource.query(`SELECT (SELECT count(*) FROM "group")::int AS g, (SELECT count(*) FROM audit_event)::int AS a`))[0];
    const before = await counts();
    await expect(importDatabase(target.db.dataSource, Readable.from([first.text]))).rejects.toThrow(/not empty/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a backup of another schema version, and one that is cut short, leaving the empty database empty', async () => {
    const fresh = await emptyDatabase();
    try {
      const [head, ...rest] = first.text.split('\n');
      const other = JSON.stringify({ ...JSON.parse(head), migrations: [...first.header.migrations, 'Future1999999999999'] });
      await expect(importDatabase(fresh.db.dataSource, Readable.from([[other, ...rest].join('\n')]))).rejects.toThrow(/schema version is Future1999999999999/);
      const cut = first.text.split('\n').slice(0, -10).join('\n');
      await expect(importDatabase(fresh.db.dataSource, Readable.from([cut]))).rejects.toThrow(/incomplete|rows read/);
      // One transaction: not even the schema the import began to create is left.
      expect(await tableCount(fresh.db)).toBe(0);
      await expect(importDatabase(fresh.db.dataSource, Readable.from(['not a backup']))).rejects.toThrow(/backup header/);
    } finally {
      await fresh.close();
    }
  });
});

describe('npm run db:export / db:import (the built scripts)', () => {
  const dist = fileURLToPath(new URL('../dist/scripts/', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'atlas-backup-'));
  const made: TestDatabase[] = [];
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const d of made) await d.drop();
  });

  /** Where a script finds its database: a PGlite data folder, or a PostgreSQL database of its own. */
  async function location(name: string): Promise<Record<string, string>> {
    if (!testDatabaseUrl) return { DATA_DIR: join(dir, name) };
    const d = await createTestDatabase();
    made.push(d);
    return { DATABASE_URL: d.env.DATABASE_URL! };
  }

  function run(script: 'db-export' | 'db-import', env: Record<string, string>, file: string): Promise<{ code: number | null; out: string }> {
    const child = spawn(process.execPath, [join(dist, `${script}.js`), file], { env: { PATH: process.env.PATH, INIT_CWD: dir, ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    return new Promise((resolve) => child.on('close', (code) => (clearTimeout(timer), resolve({ code, out }))));
  }

  it('round-trips a database through a file, and refuses to import over data', async () => {
    const from = await location('source');
    // A first start: migrated and seeded, as the API leaves it.
    const env = { ...source.env, DATABASE_URL: from.DATABASE_URL, DATA_DIR: from.DATA_DIR ?? 'memory://', SEED_DEMO_USERS: true };
    const db = await prepareDatabase(env);
    await db.close();

    const exported = await run('db-export', from, 'one.ndjson'); // relative to where npm ran (INIT_CWD)
    expect(exported.out).toMatch(/Exported \d+ rows of \d+ tables/);
    expect(exported.code).toBe(0);
    const to = await location('restored');
    const imported = await run('db-import', to, join(dir, 'one.ndjson'));
    expect(imported.out).toMatch(/Imported \d+ rows/);
    expect(imported.code).toBe(0);
    expect((await run('db-export', to, 'two.ndjson')).code).toBe(0);
    expect(withoutTime(readFileSync(join(dir, 'two.ndjson'), 'utf8'))).toBe(withoutTime(readFileSync(join(dir, 'one.ndjson'), 'utf8')));

    const again = await run('db-import', to, join(dir, 'one.ndjson'));
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/Import failed, nothing was changed: the database is not empty/);
    expect(await run('db-import', to, join(dir, 'missing.ndjson'))).toMatchObject({ code: 66, out: expect.stringMatching(/No such file/) });
  }, 180_000); // four processes, each opening the embedded database: slow on a busy machine

  // PostgreSQL serves many sessions; the guard is for the embedded database.
  it.skipIf(!!testDatabaseUrl)('refuses an embedded database another process has open', async () => {
    const dataDir = join(dir, 'busy');
    const db = await openDatabase({ dataDir, poolMax: 1 });
    try {
      const r = await run('db-export', { DATA_DIR: dataDir }, 'busy.ndjson');
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/open in another process/);
    } finally {
      await db.close();
    }
  }, 60_000);
});
