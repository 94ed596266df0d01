/** Runs the pending migrations on the configured database: `npm run db:migrate`. */
import 'reflect-metadata';
import { apiEnvSchema, parseEnv } from '@atlas/config';
import { openDatabase } from '../db/data-source.js';

const env = parseEnv(apiEnvSchema);
const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, poolMax: 1 });
try {
  const ran = await db.dataSource.runMigrations({ transaction: 'each' });
  console.log(ran.length ? `ran ${ran.map((m) => m.name).join(', ')}` : 'nothing to migrate');
} finally {
  await db.close();
}
