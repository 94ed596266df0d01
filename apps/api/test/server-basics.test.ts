import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('health and failures', () => {
  it('answers /healthz and /readyz while the database is up', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('gives every response a request id', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a GET without a query with a clear error', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(400);
  });

  it('masks a database failure, keeps the process up and reports not ready', async () => {
    await server.db.dataSource.destroy();
    const res = await server.gql(`{ forces { id } }`);
    // A database fault: masked, worth retrying (docs/reliability.md), HTTP 503.
    expect(res.status).toBe(503);
    expect(res.errors![0].message).toBe('The service is temporarily unavailable; try again shortly');
    expect(res.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(res.errors![0].extensions!.requestId).toBeTruthy();
    expect(JSON.stringify(res.errors)).not.toMatch(/SELECT|typeorm|stack/i);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await server.db.dataSource.initialize();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
