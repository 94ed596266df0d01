import 'reflect-metadata';
import type { FastifyInstance } from 'fastify';
import type { ApiEnv } from '@atlas/config';
import { prepareDatabase } from '../../src/app.js';
import type { Database } from '../../src/db/data-source.js';
import { createServer } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  sqlStatements: number;
}

export interface TestServer {
  url: string;
  db: Database;
  env: ApiEnv;
  app: FastifyInstance;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real server, listening on a free port over a real database, seeded like a first start.
 * `databaseUrl` may rewrite the PostgreSQL URL the server uses (e.g. to go through a proxy).
 */
export async function startTestServer(
  overrides: Partial<Record<keyof ApiEnv, string>> = {},
  options: { databaseUrl?: (url: string) => string } = {},
): Promise<TestServer> {
  const testDb: TestDatabase = await createTestDatabase(overrides);
  if (options.databaseUrl && testDb.env.DATABASE_URL) testDb.env.DATABASE_URL = options.databaseUrl(testDb.env.DATABASE_URL);
  const db = await prepareDatabase(testDb.env);
  const app = await createServer(testDb.env, db);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    db,
    env: testDb.env,
    app,
    async gql(query, variables, headers) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any[] };
      return {
        status: res.status,
        headers: res.headers,
        data: body.data ?? undefined,
        errors: body.errors,
        sqlStatements: Number(res.headers.get('x-sql-statements') ?? NaN),
      };
    },
    async close() {
      await app.close();
      await db.close();
      await testDb.drop();
    },
  };
}
