/**
 * Rate limits per address (anonymous), per API key and per signed-in user: over the limit the
 * answer is HTTP 429 with Retry-After and TOO_MANY_REQUESTS, before any SQL; after the wait
 * requests go through again. Small limits and a 2-second window here (set through the env).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL, signIn } from './helpers/auth.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    RATE_LIMIT_WINDOW_SECONDS: '2',
    RATE_LIMIT_ANON_PER_MIN: '3',
    RATE_LIMIT_KEY_PER_MIN: '5',
    RATE_LIMIT_USER_PER_MIN: '4',
    // Believe X-Forwarded-For from this machine: each test plays callers at addresses of its own.
    TRUST_PROXY: '127.0.0.1',
  });
});
afterAll(async () => {
  await server?.close();
});

const Q = `{ regions { id } }`;
let address = 0;
const newAddress = () => ({ 'x-forwarded-for': `203.0.113.${++address}` });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `statements`: none for an address; an API key is looked up (one statement) to find its limit. */
function expectLimited(res: Awaited<ReturnType<TestServer['gql']>>, statements = 0) {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(2);
  expect(res.data).toBeUndefined();
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfter, requestId: res.headers.get('x-request-id') });
  expect(res.errors![0].message).toMatch(/Rate limit exceeded/);
  expect(res.sqlStatements).toBe(statements);
  return retryAfter;
}

describe('anonymous callers, per address', () => {
  it('get 429 with Retry-After over the limit, and go through again after the wait', async () => {
    const from = newAddress();
    const allowed = [];
    for (let i = 0; i < 3; i++) allowed.push(await server.gql(Q, undefined, from));
    expect(allowed.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(allowed.map((r) => r.headers.get('x-ratelimit-remaining'))).toEqual(['2', '1', '0']);
    expect(allowed[0].headers.get('x-ratelimit-limit')).toBe('3');

    const retryAfter = expectLimited(await server.gql(Q, undefined, from));
    expectLimited(await server.gql(`mutation { signOut }`, undefined, from));

    await sleep(retryAfter * 1000 + 100);
    const after = await server.gql(Q, undefined, from);
    expect(after.status).toBe(200);
    expect(after.data!.regions.length).toBeGreaterThan(0);
  });

  it('count per address: another address is not held back', async () => {
    const first = newAddress();
    for (let i = 0; i < 4; i++) await server.gql(Q, undefined, first);
    expect((await server.gql(Q, undefined, first)).status).toBe(429);
    expect((await server.gql(Q, undefined, newAddress())).status).toBe(200);
  });

  it('count refused API keys against the address: guessing keys is limited too', async () => {
    const from = newAddress();
    const guess = (i: number) => ({ ...from, authorization: `Bearer atlas_live_Guessing.${String(i).padStart(43, 'x')}` });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await server.gql(Q, undefined, guess(i))).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('leave the health checks alone', async () => {
    for (let i = 0; i < 6; i++) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('API keys and signed-in users count on their own, with higher limits', () => {
  it('a key gets its own limit wherever it calls from; an exhausted address does not hold it back', async () => {
    const national = await signIn(server, NATIONAL);
    const created = await server.gql(`mutation { createApiKey(partnerName: "Rate limited partner") { key } }`, undefined, national);
    const key = { authorization: `Bearer ${created.data!.createApiKey.key}` };
    await sleep(2100); // a fresh window for everything above

    const from = newAddress();
    for (let i = 0; i < 3; i++) await server.gql(Q, undefined, from);
    expect((await server.gql(Q, undefined, from)).status).toBe(429);

    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await server.gql(Q, undefined, { ...key, ...(i % 2 ? newAddress() : from) })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const limited = await server.gql(Q, undefined, key);
    expectLimited(limited, 1);
    expect(limited.headers.get('x-ratelimit-limit')).toBe('5');
  });

  it('a signed-in user gets the user limit', async () => {
    const national = await signIn(server, NATIONAL);
    await sleep(2100);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await server.gql(Q, undefined, national)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});
