/**
 * Restores a file written by db:export into an empty database, in one transaction:
 *   npm run db:import -- <file>        ("-" for stdin)
 * Reads DATABASE_URL / DATA_DIR like the API. Refuses a database that holds any row, and a
 * backup of another schema version; on any failure the database is left as it was.
 */
import 'reflect-metadata';
import { createReadStream, existsSync } from 'node:fs';
import { importDatabase } from '../db/backup.js';
import { fail, openConfigured, readEnv, userPath, where } from './backup-cli.js';

const env = readEnv();
const arg = process.argv[2];
if (!arg) fail('Usage: npm run db:import -- <file written by db:export>   ("-" reads stdin)', 64);
const file = arg === '-' ? '-' : userPath(arg);
if (file !== '-' && !existsSync(file)) fail(`No such file: ${file}`, 66);

const db = await openConfigured(env);
try {
  const report = await importDatabase(db.dataSource, file === '-' ? process.stdin : createReadStream(file));
  const rows = report.tables.reduce((n, t) => n + t.rows, 0);
  console.error(`Imported ${rows} rows of ${report.tables.length} tables (schema ${report.migrations.at(-1)}) into ${where(env)}`);
} catch (error) {
  console.error(`Import failed, nothing was changed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
