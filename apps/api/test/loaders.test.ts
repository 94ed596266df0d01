/**
 * The per-request loaders (graphql/context.ts) are made module by module, when a request first
 * uses one: what a request uses behaves as if all had been made up front.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../src/app.js';
import { readScopeOf } from '../src/auth/access.js';
import { anonymous } from '../src/auth/viewer.js';
import type { Database } from '../src/db/data-source.js';
import { createLoaders } from '../src/graphql/context.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';

let testDb: TestDatabase;
let db: Database;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await prepareDatabase(testDb.env);
});
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

const fresh = () => createLoaders(db.dataSource, readScopeOf(anonymous));

describe('per-request loaders', () => {
  it('are made when first used, a module at a time, and then stay the same', () => {
    const loaders = fresh();
    expect(Object.keys(loaders)).toEqual([]);
    const region = loaders.region;
    expect(loaders.region).toBe(region);
    // The region module's loaders, and no other module's.
    expect(Object.keys(loaders)).toContain('region');
    expect(Object.keys(loaders)).not.toContain('force');
    expect(Object.keys(loaders)).not.toContain('history');
  });

  it('are the ones another module primes: a force read primes the request’s region loader', async () => {
    const loaders = fresh();
    const force = await loaders.force.load('wiltshire');
    expect(force?.regionId).toBe('south-west');
    // Primed by the force read: answered from the loader's cache.
    const primed = loaders.region.load('south-west');
    expect((await primed)?.id).toBe('south-west');
    expect(await loaders.region.load('south-west')).toBe(await primed);
    expect(force?.region).toBe(await primed);
  });

  it('are not shared between requests', async () => {
    const a = fresh();
    const b = fresh();
    expect(a.group).not.toBe(b.group);
    const [x, y] = await Promise.all([a.group.load('wiltshire-christian-police-association'), b.group.load('wiltshire-christian-police-association')]);
    expect(x).toEqual(y);
    expect(x).not.toBe(y);
  });
});
