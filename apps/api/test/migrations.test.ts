import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/data-source.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';

let testDb: TestDatabase;
let db: Database;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase({ url: testDb.env.DATABASE_URL, dataDir: testDb.env.DATA_DIR, poolMax: 2 });
});
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

describe('migrations', () => {
  it('bring an empty database exactly to the entities (nothing left for synchronize to do)', async () => {
    await db.dataSource.runMigrations();
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('have nothing pending after running once', async () => {
    expect(await db.dataSource.showMigrations()).toBe(false);
  });

  it('undo cleanly, oldest last', async () => {
    for (let i = 0; i < db.dataSource.migrations.length; i++) await db.dataSource.undoLastMigration();
    const tables = await db.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migration'`,
    );
    expect(tables).toEqual([]);
    await db.dataSource.runMigrations();
    expect(await db.dataSource.showMigrations()).toBe(false);
  });
});
