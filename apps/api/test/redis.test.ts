/**
 * With REDIS_URL, rate-limit counters, cached answers and the cache generation live in Redis:
 * two API processes over one database share all three. Runs against a real Redis when
 * TEST_REDIS_URL is set (.ci/run sets it when the machine has one); skipped, saying so, otherwise.
 * That the API keeps answering with Redis unreachable is checked either way.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/server.js';
import { createFixtureGroup, NATIONAL, signIn } from './helpers/auth.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const redisUrl = process.env.TEST_REDIS_URL || undefined;
if (!redisUrl) console.warn('redis.test.ts: TEST_REDIS_URL is not set, so the tests against a real Redis are SKIPPED (e.g. TEST_REDIS_URL=redis://127.0.0.1:6379)');

async function gqlAt(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  return { status: res.status, headers: res.headers, ...body, sqlStatements: Number(res.headers.get('x-sql-statements')) };
}

describe.skipIf(!redisUrl)('two API processes sharing one Redis', () => {
  const prefix = `atlas-test-${randomBytes(4).toString('hex')}:`;
  let a: TestServer;
  let b: FastifyInstance;
  let bUrl: string;
  let redis: Redis;

  beforeAll(async () => {
    a = await startTestServer({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix, RATE_LIMIT_ANON_PER_MIN: '4', RATE_LIMIT_WINDOW_SECONDS: '30', TRUST_PROXY: '127.0.0.1' });
    // A second process: its own HTTP server and Apollo, the same database and Redis.
    b = await createServer(a.env, a.db);
    await b.listen({ host: '127.0.0.1', port: 0 });
    bUrl = `http://127.0.0.1:${(b.server.address() as { port: number }).port}`;
    redis = new Redis(redisUrl!);
  });
  afterAll(async () => {
    const keys = (await redis?.keys(`${prefix}*`)) ?? [];
    if (keys.length) await redis.del(...keys);
    await redis?.quit();
    await b?.close();
    await a?.close();
  });

  it('count requests together: the limit holds across processes', async () => {
    const from = { 'x-forwarded-for': '198.51.100.7' };
    const q = '{ regions { id } }';
    const statuses = [
      (await a.gql(q, undefined, from)).status,
      (await gqlAt(bUrl, q, undefined, from)).status,
      (await a.gql(q, undefined, from)).status,
      (await gqlAt(bUrl, q, undefined, from)).status,
    ];
    expect(statuses).toEqual([200, 200, 200, 200]);
    const limited = await gqlAt(bUrl, q, undefined, from);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.errors![0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect((await redis.keys(`${prefix}rate:*`)).length).toBeGreaterThan(0);
  });

  it('share cached answers, and a change made through one is seen through the other at once', async () => {
    const national = await signIn(a, NATIONAL);
    const g = await createFixtureGroup(a, national, 'wiltshire', 'Shared cache fixture');
    await a.gql(`mutation ($id: ID!) { publishGroup(id: $id, version: 1) { id } }`, { id: g.id }, national);
    const q = `query ($id: ID!) { group(id: $id) { name } }`;

    const first = await a.gql(q, { id: g.id }, { 'x-forwarded-for': '198.51.100.20' });
    expect(first.sqlStatements).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100)); // the cache is written in the background
    const viaB = await gqlAt(bUrl, q, { id: g.id }, { 'x-forwarded-for': '198.51.100.21' });
    expect(viaB.data.group.name).toBe('Shared cache fixture');
    expect(viaB.sqlStatements).toBe(0);
    expect((await redis.keys(`${prefix}cache:*`)).length).toBeGreaterThan(0);

    const renamed = await a.gql(`mutation ($id: ID!) { updateGroup(id: $id, version: 2, input: { name: "Renamed through A" }) { name } }`, { id: g.id }, national);
    expect(renamed.errors).toBeUndefined();
    const afterChange = await gqlAt(bUrl, q, { id: g.id }, { 'x-forwarded-for': '198.51.100.22' });
    expect(afterChange.data.group.name).toBe('Renamed through A');
    expect(afterChange.sqlStatements).toBeGreaterThan(0);
    expect(Number(await redis.get(`${prefix}cache:generation`))).toBeGreaterThanOrEqual(2);
  });
});

describe('with Redis unreachable', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_ANON_PER_MIN: '2' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('the API still answers: limits are not applied and the cache misses, rather than failing requests', async () => {
    for (let i = 0; i < 4; i++) {
      const res = await server.gql('{ regions { id } }');
      expect(res.status).toBe(200);
      expect(res.sqlStatements).toBeGreaterThan(0);
    }
  });
});
