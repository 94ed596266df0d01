import type { ApiEnv } from '@atlas/config';
import type { FastifyBaseLogger } from 'fastify';
import { openDatabase, type Database } from './db/data-source.js';
import { isEmpty, seed } from './db/seed/seed.js';
import { seedDemoUsers } from './modules/user/demo-users.js';

/** Demo accounts: on for the embedded database, only on request for a real PostgreSQL. */
export function demoUsersWanted(env: Pick<ApiEnv, 'SEED_DEMO_USERS' | 'DATABASE_URL'>): boolean {
  return env.SEED_DEMO_USERS ?? !env.DATABASE_URL;
}

/** Opens the configured database, runs pending migrations and, on an empty one, seeds it. */
export async function prepareDatabase(env: ApiEnv, log?: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error' | 'debug'>): Promise<Database> {
  const db = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    poolMax: env.DATABASE_POOL_MAX,
    timeouts: {
      connectMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    logger: log,
  });
  try {
    const ran = await db.dataSource.runMigrations({ transaction: 'each' });
    if (ran.length) log?.info({ migrations: ran.map((m) => m.name) }, 'migrated');
    if (env.SEED_ON_START && (await isEmpty(db.dataSource))) {
      const report = await seed(db.dataSource);
      log?.info({ report }, 'seeded the reference catalogue');
    }
    if (demoUsersWanted(env)) await seedDemoUsers(db.dataSource);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
