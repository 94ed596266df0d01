/** Migrates and seeds the configured database (idempotent): `npm run db:seed`. */
import 'reflect-metadata';
import { apiEnvSchema, parseEnv } from '@atlas/config';
import { demoUsersWanted } from '../app.js';
import { openDatabase } from '../db/data-source.js';
import { seed } from '../db/seed/seed.js';
import { seedDemoUsers } from '../modules/user/demo-users.js';

const env = parseEnv(apiEnvSchema);
const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, poolMax: 1 });
try {
  await db.dataSource.runMigrations({ transaction: 'each' });
  console.log(JSON.stringify(await seed(db.dataSource)));
  if (demoUsersWanted(env)) console.log(`demo accounts added: ${await seedDemoUsers(db.dataSource)}`);
} finally {
  await db.close();
}
