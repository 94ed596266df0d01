import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { apiEnvSchema, parseEnv, type ApiEnv } from '@atlas/config';

/**
 * Tests run on the embedded database by default. With TEST_DATABASE_URL set (CI sets it to
 * the machine's PostgreSQL), each test file gets a database of its own, dropped afterwards.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;

export interface TestDatabase {
  env: ApiEnv;
  engine: 'pglite' | 'postgres';
  drop(): Promise<void>;
}

export async function createTestDatabase(overrides: Partial<Record<keyof ApiEnv, string>> = {}): Promise<TestDatabase> {
  // Rate limits out of the way unless a test sets its own (test/rate-limit.test.ts).
  const generous = { RATE_LIMIT_ANON_PER_MIN: '100000', RATE_LIMIT_KEY_PER_MIN: '100000', RATE_LIMIT_USER_PER_MIN: '100000' };
  const base = { NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_USERS: 'true', ...generous, ...overrides };
  if (!testDatabaseUrl) {
    return { env: parseEnv(apiEnvSchema, { DATA_DIR: 'memory://', ...base }), engine: 'pglite', drop: async () => {} };
  }
  const name = `atlas_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    env: parseEnv(apiEnvSchema, { DATABASE_URL: url.toString(), ...base }),
    engine: 'postgres',
    drop: async () => {
      const c = new pg.Client({ connectionString: testDatabaseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
