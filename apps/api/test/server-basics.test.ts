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

  it.each([
    ['two queries', `query A { regions { id } } query B { forces { id } }`],
    ['a query and a mutation', `query A { regions { id } } mutation B { signOut }`],
  ])('answers a document of %s without an operationName with a GraphQL error, not an internal one', async (_what, document) => {
    const res = await server.gql(document);
    expect(res.status).toBe(400);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].message).toMatch(/operation name/i);
    expect(res.errors![0].extensions!.code).not.toBe('INTERNAL_SERVER_ERROR');
    // And the one named runs.
    const named = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, operationName: 'A' }),
    });
    expect(named.status).toBe(200);
    expect(((await named.json()) as { data: { regions: unknown[] } }).data.regions.length).toBeGreaterThan(0);
  });

  it.each([
    ['a document of one operation', `query RegionCoverage { regions { id } }`],
    ['a document of two', `query A { regions { id } } query B { forces { id } }`],
  ])('answers an operationName that names no operation of %s with a GraphQL error, not an internal one', async (_what, document) => {
    // The explorer can send the name of the tab it showed before.
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, operationName: 'Catalogue' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toBe('Unknown operation named "Catalogue".');
    expect(body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
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
