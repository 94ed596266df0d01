/**
 * Prints the SQL that would bring an empty database up to the entities: the body of a
 * new migration. Run on the embedded database in memory, so it needs nothing installed.
 *   node dist/scripts/print-schema-sql.js [--from-migrations]
 * With --from-migrations it first runs the committed migrations and prints what is still
 * missing (nothing, when the migrations and the entities agree).
 */
import 'reflect-metadata';
import { openDatabase } from '../db/data-source.js';

const db = await openDatabase({ dataDir: 'memory://', poolMax: 1 });
if (process.argv.includes('--from-migrations')) await db.dataSource.runMigrations();
const sql = await db.dataSource.driver.createSchemaBuilder().log();
for (const q of sql.upQueries) console.log(q.query + ';');
await db.close();
