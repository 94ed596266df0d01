/**
 * Writes the whole catalogue, history included, to one file (NDJSON; see src/db/backup.ts):
 *   npm run db:export -- [file]        (default: atlas-backup-<UTC time>.ndjson; "-" for stdout)
 * Reads DATABASE_URL / DATA_DIR like the API. The file appears only once complete.
 */
import 'reflect-metadata';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { exportDatabase } from '../db/backup.js';
import { openConfigured, readEnv, userPath, where } from './backup-cli.js';

const env = readEnv();
const arg = process.argv[2] ?? `atlas-backup-${new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.ndjson`;
const toStdout = arg === '-';
const file = toStdout ? '-' : userPath(arg);
const partial = `${file}.partial`;

const db = await openConfigured(env);
try {
  const out = toStdout ? process.stdout : createWriteStream(partial, { flags: 'wx' });
  const header = await exportDatabase(db.dataSource, out, db.engine);
  if (!toStdout) {
    out.end();
    await finished(out);
    renameSync(partial, file);
  }
  const rows = header.tables.reduce((n, t) => n + t.rows, 0);
  console.error(
    `Exported ${rows} rows of ${header.tables.length} tables (schema ${header.migrations.at(-1)}) from ${where(env)}` + (toStdout ? '' : ` to ${file}`),
  );
} catch (error) {
  if (!toStdout) rmSync(partial, { force: true });
  console.error(`Export failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
