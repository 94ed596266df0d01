/**
 * The SQL statements one request runs are constant: the same at 43 forces and at 430
 * (synthetic forces added), for every operation the benchmark measures, and equal to the
 * figures pinned below. Not timed. Needs PostgreSQL: TEST_DATABASE_URL, or the machine's
 * postgres://postgres@127.0.0.1:5432/test; skipped, saying so, when it is not reachable.
 *
 * A change that makes an operation run more (or fewer) statements fails here: if it is
 * intended and still constant across scales, update PINNED.
 *
 * "Constant" means: the same for answers of the same shape, whatever their size. A loader
 * with nothing to load runs nothing (a page whose groups have no national body skips that
 * statement), so the operations are chosen to have every relation filled at both scales.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../src/lib/operations.mjs';
import { growTo } from '../src/lib/synthetic.mjs';
import { API_MAIN, probe, requestFor, ROOT, startApi } from '../src/lib/targets.mjs';
import { editableGroups, signIn, updateAvailability, updateBody } from '../src/lib/update.mjs';

/** Statements per request, by operation (see bench/README.md for what each one asks). */
const PINNED: Record<string, number> = {
  catalogue: 1, // forces with their regions and groups, the groups with their national bodies
  coverage: 1, // the same, for the forces of a region
  counterparts: 1, // the group and its counterparts, each with its national body and force
  search: 1, // the page with its total, national bodies and forces
  update: 15, // session, the write with its audit event in one transaction, the answer
};

const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

const available = await reachable();
if (!available) console.warn(`\n  ⚠ SKIPPED bench/test/sql-count.test.ts: PostgreSQL is not reachable at ${adminUrl.replace(/\/\/[^@]*@/, '//')} (set TEST_DATABASE_URL)\n`);

describe.skipIf(!available)('SQL statements per request', () => {
  const name = `atlas_sqlcount_${randomBytes(5).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  let db: pg.Client | undefined;
  let cookie: string | undefined;
  let updateReason = '';
  const counts: Record<number, Record<string, number>> = {};

  async function admin(sql: string) {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  }

  async function countAll(scale: number) {
    await growTo(db!, scale);
    const out: Record<string, number> = {};
    for (const op of OPERATIONS) {
      if (op.id === 'update') {
        if (!cookie) continue;
        const [group] = await editableGroups(db!);
        const r = await probe('api', api!.url, {
          url: `${api!.url}/graphql`,
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: updateBody(group, `sql-count ${scale}`),
        });
        expect(r.json?.errors, `(e) at ${scale} forces`).toBeUndefined();
        out[op.id] = r.statements;
        continue;
      }
      const req = requestFor('api', api!.url, op)!;
      const r = await probe('api', api!.url, req);
      expect(r.status, `${op.title} at ${scale} forces`).toBe(200);
      expect(r.json?.errors, `${op.title} at ${scale} forces`).toBeUndefined();
      expect(Number.isInteger(r.statements), 'the API sends x-sql-statements (SQL_STATS=true)').toBe(true);
      out[op.id] = r.statements;
    }
    counts[scale] = out;
  }

  beforeAll(async () => {
    if (!existsSync(API_MAIN)) {
      execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: join(ROOT, 'apps/api'), stdio: 'inherit' });
    }
    await admin(`CREATE DATABASE ${name}`);
    // The response cache off: every request computes its answer (a cached one runs no SQL).
    api = await startApi({ databaseUrl: url.toString(), env: { SEED_DEMO_USERS: 'true', RESPONSE_CACHE_SECONDS: '0', SQL_STATS: 'true' } });
    db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    const availability = await updateAvailability(api.url);
    updateReason = availability.reason;
    if (availability.available) cookie = await signIn(api.url, 'network-atlas-demo');
    await countAll(43);
    await countAll(430);
  });

  afterAll(async () => {
    await api?.stop();
    await db?.end();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  for (const op of OPERATIONS) {
    it(`${op.title}: the same at 43 and 430 forces, and as pinned`, (ctx) => {
      if (op.id === 'update' && !cookie) {
        console.warn(`  ${op.title}: ${updateReason}`);
        ctx.skip();
      }
      expect(counts[43][op.id], `${op.title}: 430 forces vs 43`).toBe(counts[430][op.id]);
      expect(counts[43][op.id], `${op.title}: statements per request (update PINNED if the change is intended)`).toBe(PINNED[op.id]);
    });
  }
});
