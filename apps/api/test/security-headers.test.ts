/**
 * Safe defaults: security headers with a Content-Security-Policy the portal and a bundled
 * explorer can live with; CSRF prevention; browsers sent to the explorer; no field
 * suggestions in production.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/http/security-headers.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let production: TestServer;
beforeAll(async () => {
  [server, production] = await Promise.all([startTestServer(), startTestServer({ NODE_ENV: 'production', SQL_STATS: 'true' })]);
});
afterAll(async () => {
  await Promise.all([server?.close(), production?.close()]);
});

const EXPECTED_CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;font-src 'self' data:;" +
  "connect-src 'self';worker-src 'self' blob:;manifest-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'";

describe('security headers', () => {
  it.each(['/graphql', '/healthz', '/'])('are on every response (%s)', async (path) => {
    const res = await fetch(`${server.url}${path}`, { method: path === '/graphql' ? 'POST' : 'GET', headers: { 'content-type': 'application/json' }, body: path === '/graphql' ? '{"query":"{ regions { id } }"}' : undefined });
    expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('allow no inline or foreign scripts', () => {
    expect(CONTENT_SECURITY_POLICY['script-src']).toEqual(["'self'"]);
    expect(EXPECTED_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET without a preflight-forcing header', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ regions { id } }')}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', requestId: res.headers.get('x-request-id') });
    expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    expect(res.headers.get('x-sql-statements')).toBe('0');
  });

  it('refuses a POST sent as text/plain, as a form or a script on another site could', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: 'mutation { signOut }' }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a GET with the apollo-require-preflight header, cacheable', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ regions { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.regions.length).toBeGreaterThan(0);
    expect(res.headers.get('cache-control')).toBe('max-age=60, public');
  });

  it('answers a JSON POST (what the portal and partners send)', async () => {
    expect((await server.gql('{ regions { id } }')).status).toBe(200);
  });
});

describe('a browser opening /graphql', () => {
  it('is sent to the explorer', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/explorer');
  });

  it('keeps the query of a shared link', async () => {
    const qs = `?query=${encodeURIComponent('{ regions { id } }')}`;
    const res = await fetch(`${server.url}/graphql${qs}`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(res.headers.get('location')).toBe(`/explorer${qs}`);
  });
});

describe('in production', () => {
  it('suggests no field names in errors', async () => {
    const dev = await server.gql('{ regoins { id } }');
    expect(dev.errors![0].message).toMatch(/Did you mean/);
    const res = await production.gql('{ regoins { id } }');
    expect(res.status).toBe(400);
    expect(res.errors![0].message).not.toMatch(/Did you mean|regions/);
    expect(res.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: expect.any(String) });
  });

  it('still answers introspection, within the same limits', async () => {
    const res = await production.gql('{ __schema { queryType { name } types { name } } }');
    expect(res.status).toBe(200);
    expect(res.data!.__schema.queryType.name).toBe('Query');
    expect(Number(res.headers.get('x-query-cost'))).toBeGreaterThan(0);
  });

  it('keeps the limits', async () => {
    const deep = `{ forces { groups { force { groups { force { groups { force { groups { force { groups { id } } } } } } } } } } }`;
    const res = await production.gql(deep);
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
    expect(res.sqlStatements).toBe(0);
  });
});
