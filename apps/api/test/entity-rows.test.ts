/**
 * entityRows reads entities with written-out SQL through one JSON value: what it gives must be
 * exactly what TypeORM's own reads give (types included: dates, arrays, JSON, nulls).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../src/app.js';
import type { Database } from '../src/db/data-source.js';
import DataLoader from 'dataloader';
import { entityRows, positional, preparedQuery, rowsPriming } from '../src/db/entity-rows.js';
import { countStatements } from '../src/db/sql-stats.js';
import { Force } from '../src/modules/force/force.entity.js';
import { Group } from '../src/modules/group/group.entity.js';
import { NationalBody } from '../src/modules/national-body/national-body.entity.js';
import { Region } from '../src/modules/region/region.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';

let testDb: TestDatabase;
let db: Database;
beforeAll(async () => {
  testDb = await createTestDatabase();
  // One connection: every statement of this file meets the same session (prepared statements are per session).
  db = await prepareDatabase({ ...testDb.env, DATABASE_POOL_MAX: 1 });
});
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

describe('entityRows', () => {
  it.each([
    ['Force', Force, 'f'],
    ['Group', Group, 'g'],
    ['Region', Region, 'r'],
    ['NationalBody', NationalBody, 'b'],
  ] as const)('gives every %s exactly as TypeORM reads it', async (_name, entity, alias) => {
    const ours = await entityRows(db.dataSource, entity as never, alias).select(null, `${alias}.id`, []);
    const theirs = await db.dataSource.getRepository(entity as never).find({ order: { id: 'ASC' } as never });
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toEqual(theirs);
    expect(Object.getPrototypeOf(ours[0])).toBe((entity as { prototype: object }).prototype);
  });

  it('keeps dates as dates and arrays and JSON as such', async () => {
    const [group] = await entityRows(db.dataSource, Group, 'g').select(`g.id = $1`, null, ['wiltshire-christian-police-association']);
    expect(group.updatedAt).toBeInstanceOf(Date);
    expect(group.updatedAt.getTime()).toBeGreaterThan(0);
    expect(Array.isArray(group.characteristics)).toBe(true);
    expect(group.characteristics).toContain('RELIGION_OR_BELIEF');
    expect(Array.isArray(group.socialHandles)).toBe(true);
  });

  it('orders as asked, and gives an empty list for no rows', async () => {
    const r = entityRows(db.dataSource, Region, 'r');
    const names = (await r.select(null, 'r.name DESC', [])).map((x) => x.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    expect(await r.select('r.id = $1', null, ['nowhere'])).toEqual([]);
  });

  it('passes values as positional parameters, never into the text', async () => {
    const { p, params } = positional();
    const where = `f.id = ANY(${p(["wiltshire'; DROP TABLE force; --", 'leicestershire'])})`;
    expect(where).toBe('f.id = ANY($1)');
    const found = await entityRows(db.dataSource, Force, 'f').select(where, 'f.name', params);
    expect(found.map((f) => f.id)).toEqual(['leicestershire']);
  });

  it('reads the to-one relation in the same statement: set on each entity and primed in its loader', async () => {
    const bodies = new DataLoader<string, NationalBody | null>(async (ids) => {
      throw new Error(`the loader was asked for ${ids.join(', ')}: it should have been primed`);
    });
    const related = { rows: entityRows(db.dataSource, NationalBody, 'b'), key: 'national_body_id', loader: bodies };
    const groupRows = entityRows(db.dataSource, Group, 'g');
    const { result: { entities: groups }, statements } = await countStatements(() =>
      rowsPriming(groupRows, groupRows.from('g.force_id = $1'), 'g.name', ['wiltshire'], [related]),
    );
    expect(statements).toBe(1);
    const expected = await db.dataSource.getRepository(Group).find({ where: { forceId: 'wiltshire' }, relations: { nationalBody: true }, order: { name: 'ASC' } });
    expect(groups.map((g) => [g.id, g.nationalBody?.id ?? null])).toEqual(expected.map((g) => [g.id, g.nationalBody?.id ?? null]));
    expect(groups.some((g) => g.nationalBody === null)).toBe(true);
    const withBody = groups.find((g) => g.nationalBody)!;
    expect(withBody.nationalBody).toEqual(expected.find((g) => g.id === withBody.id)!.nationalBody);
    expect(await bodies.load(withBody.nationalBodyId!)).toBe(withBody.nationalBody);
  });

  it('prepares a statement once per session and reuses it, counting every run', async () => {
    const text = `SELECT r.id FROM region r WHERE r.id = ANY($1) ORDER BY r.id`;
    const { result, statements } = await countStatements(async () => [
      await preparedQuery<{ id: string }>(db.dataSource, text, [['south-west', 'east-midlands']]),
      await preparedQuery<{ id: string }>(db.dataSource, text, [['wales']]),
    ]);
    expect(result).toEqual([[{ id: 'east-midlands' }, { id: 'south-west' }], [{ id: 'wales' }]]);
    expect(statements).toBe(2);
    const prepared: { name: string; statement: string }[] = await db.dataSource.query(`SELECT name, statement FROM pg_prepared_statements`);
    expect(prepared.filter((s) => s.statement === text)).toHaveLength(1);
    expect(prepared.find((s) => s.statement === text)!.name).toMatch(/^atlas_[0-9a-f]{24}$/);
  });

  it('runs its prepared statements again after the pool replaced its connection', async () => {
    // The embedded database keeps one session across connections: the new connection must not
    // find the old one's statements (PostgreSQL gives each connection a session of its own).
    const pool = (db.dataSource.driver as unknown as { master: { options: { idleTimeoutMillis: number }; totalCount: number } }).master;
    const text = `SELECT $1::int AS n`;
    expect(await preparedQuery(db.dataSource, text, [1])).toEqual([{ n: 1 }]);
    const idle = pool.options.idleTimeoutMillis;
    // PGlite's pool keeps its local connection however long it is idle; here it is made to let go.
    if (db.engine === 'pglite') expect(idle).toBe(0);
    pool.options.idleTimeoutMillis = 20;
    try {
      expect(await preparedQuery(db.dataSource, text, [2])).toEqual([{ n: 2 }]);
      for (let waited = 0; pool.totalCount > 0 && waited < 5000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      expect(pool.totalCount).toBe(0);
    } finally {
      pool.options.idleTimeoutMillis = idle;
    }
    expect(await preparedQuery(db.dataSource, text, [3])).toEqual([{ n: 3 }]);
  });

  it('refuses an entity with a column JSON cannot carry exactly (a bigint)', () => {
    class WideNumbers {}
    const withWideNumbers = { ...db.dataSource, getMetadata: () => metadataWithBigint } as never;
    expect(() => entityRows(withWideNumbers, WideNumbers, 'w')).toThrow(/count \(bigint\) cannot be read through JSON/);
  });
});

/** The column metadata entityRows looks at, of a table with a bigint. */
const metadataWithBigint = {
  name: 'WideNumbers',
  tableName: 'wide_numbers',
  columns: [
    { propertyName: 'id', databaseName: 'id', type: 'text' },
    { propertyName: 'count', databaseName: 'count', type: 'bigint' },
  ],
};
