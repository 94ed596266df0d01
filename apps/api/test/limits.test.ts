/**
 * Abusive operations are refused before they reach a resolver: no SQL runs (x-sql-statements is
 * 0), the answer is a GraphQL error with a code and the request id, and nothing internal leaks.
 * The legitimate heavy queries (and the published examples) stay well inside the limits.
 */
import { readFileSync } from 'node:fs';
import { getIntrospectionQuery, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../src/graphql/build-schema.js';
import { LIMITS, queryCost } from '../src/graphql/limits.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

interface Raw {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Raw> {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text) };
}

const query = (q: string, variables?: Record<string, unknown>) => post(JSON.stringify({ query: q, variables }));

/** The shape every refusal has: status, code, request id, no SQL, nothing internal. */
function expectRefused(res: Raw, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.body.data ?? undefined).toBeUndefined();
  expect(res.body.errors).toHaveLength(1);
  const [error] = res.body.errors!;
  expect(error.extensions?.code).toBe(code);
  expect(error.extensions?.requestId).toBe(res.headers.get('x-request-id'));
  expect(res.headers.get('x-sql-statements') ?? '0').toBe('0');
  expect(JSON.stringify(res.body)).not.toMatch(/stack|SELECT|typeorm|node_modules|FST_/i);
  return error;
}

describe('abusive operations are refused before any SQL', () => {
  it('deep nesting: QUERY_TOO_COMPLEX (depth)', async () => {
    // 11 levels, each a real field of the schema.
    const deep = `{ forces { groups { force { groups { force { groups { force { groups { force { groups { id } } } } } } } } } } }`;
    const error = expectRefused(await query(deep), 400, 'QUERY_TOO_COMPLEX');
    expect(error.extensions).toMatchObject({ limit: 'depth', max: LIMITS.depth, found: 11 });
    expect(error.message).toMatch(/depth limit of 10 exceeded, found 11/);
  });

  it('an alias flood: QUERY_TOO_COMPLEX (aliases)', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: regions { id }`).join(' ');
    const error = expectRefused(await query(`{ ${aliases} }`), 400, 'QUERY_TOO_COMPLEX');
    expect(error.extensions).toMatchObject({ limit: 'aliases', max: LIMITS.aliases, found: 50 });
  });

  it('a directive flood: QUERY_TOO_COMPLEX (directives)', async () => {
    const d = '@include(if: true)';
    const q = `{ regions ${d} { id ${d} name ${d} forces ${d} { id ${d} name ${d} region ${d} { id ${d} name ${d} forces ${d} { id ${d} name ${d} } } } } }`;
    const error = expectRefused(await query(q), 400, 'QUERY_TOO_COMPLEX');
    expect(error.extensions).toMatchObject({ limit: 'directives', max: LIMITS.directives, found: 12 });
  });

  it('a token flood: QUERY_TOO_COMPLEX (tokens), without parsing the rest', async () => {
    const fields = Array.from({ length: 2500 }, () => 'id').join(' ');
    const error = expectRefused(await query(`{ regions { ${fields} } }`), 400, 'QUERY_TOO_COMPLEX');
    expect(error.extensions).toMatchObject({ limit: 'tokens', max: LIMITS.tokens });
  });

  it('a cost bomb within the depth limit: QUERY_TOO_COMPLEX (cost)', async () => {
    const bomb = `{ groups(first: 100) { nodes { counterparts { counterparts { counterparts { id name } } } } } }`;
    const error = expectRefused(await query(bomb), 400, 'QUERY_TOO_COMPLEX');
    expect(error.extensions).toMatchObject({ limit: 'cost', max: LIMITS.cost });
    expect(error.extensions!.found).toBeGreaterThan(LIMITS.cost);
  });

  it('a cost bomb that hides its page size in a variable is costed the same', async () => {
    const bomb = `query ($n: Int) { groups(first: $n) { nodes { counterparts { counterparts { id name force { name } } } } } }`;
    expect(queryCost(await buildSchema(), parse(bomb), { n: 1 })).toBeLessThan(LIMITS.cost);
    const error = expectRefused(await query(bomb, { n: 100 }), 400, 'QUERY_TOO_COMPLEX');
    expect(error.extensions).toMatchObject({ limit: 'cost' });
  });

  it('a remembered cost follows the variables: the same text passes with a small page and is refused with a large one', async () => {
    const bomb = `query ($n: Int) { groups(first: $n) { nodes { counterparts { counterparts { id force { name } } } } } }`;
    const small = await query(bomb, { n: 1 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    const smallCost = Number(small.headers.get('x-query-cost'));
    expect(smallCost).toBeLessThan(LIMITS.cost);
    expect(expectRefused(await query(bomb, { n: 100 }), 400, 'QUERY_TOO_COMPLEX').extensions!.found).toBeGreaterThan(LIMITS.cost);
    // Asked again with the small page, it is costed as before, not as the refused one.
    expect(Number((await query(bomb, { n: 1 })).headers.get('x-query-cost'))).toBe(smallCost);
  });

  it('an introspection bomb is refused like any other query', async () => {
    const nested = `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`;
    expect(expectRefused(await query(nested), 400, 'QUERY_TOO_COMPLEX').extensions).toMatchObject({ limit: 'introspectionDepth' });
    const chain = `{ __type(name: "Group") { ${'ofType { '.repeat(40)}name${' }'.repeat(40)} } }`;
    expect(expectRefused(await query(chain), 400, 'QUERY_TOO_COMPLEX').extensions).toMatchObject({ limit: 'depth', max: LIMITS.depth });
    const schemaChain = `{ __schema { types { ${'ofType { '.repeat(35)}name${' }'.repeat(35)} } } }`;
    const deep = expectRefused(await query(schemaChain), 400, 'QUERY_TOO_COMPLEX');
    expect(deep.extensions).toMatchObject({ limit: 'depth', max: LIMITS.introspectionDepth });
  });

  it('a huge page: BAD_USER_INPUT on `first`', async () => {
    const res = await query(`{ groups(first: 1000) { totalCount nodes { id } } }`);
    expect(res.status).toBe(200);
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(res.headers.get('x-sql-statements')).toBe('0');
  });

  it('a batch (a JSON array of operations): BAD_REQUEST, batching is off', async () => {
    const batch = JSON.stringify([{ query: '{ regions { id } }' }, { query: '{ forces { id } }' }]);
    const error = expectRefused(await post(batch), 400, 'BAD_REQUEST');
    expect(error.message).toMatch(/batching/i);
  });

  it(`an oversized body (over ${LIMITS.bodyBytes / 1024} kB): HTTP 413, BAD_REQUEST`, async () => {
    const padding = 'x'.repeat(LIMITS.bodyBytes + 1);
    const error = expectRefused(await post(JSON.stringify({ query: '{ regions { id } }', variables: { padding } })), 413, 'BAD_REQUEST');
    expect(error.message).toMatch(/larger than 100 kB/);
  });

  it('malformed JSON: HTTP 400, BAD_REQUEST', async () => {
    const error = expectRefused(await post('{"query": "{ regions { id } }"'), 400, 'BAD_REQUEST');
    expect(error.message).toBe('The request body is not valid JSON');
  });

  it('an empty JSON body: HTTP 400, BAD_REQUEST', async () => {
    expectRefused(await post(''), 400, 'BAD_REQUEST');
  });

  it('a wrong content type: HTTP 415, BAD_REQUEST', async () => {
    const error = expectRefused(await post('query=%7B%20regions%20%7B%20id%20%7D%20%7D', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'BAD_REQUEST');
    expect(error.message).toMatch(/application\/json/);
  });

  it('text/plain (a form or script could send it cross-site): refused as possible CSRF', async () => {
    const error = expectRefused(await post(JSON.stringify({ query: '{ regions { id } }' }), { 'content-type': 'text/plain' }), 400, 'BAD_REQUEST');
    expect(error.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('a query that is not GraphQL: GRAPHQL_PARSE_FAILED', async () => {
    expectRefused(await query('{ regions { id '), 400, 'GRAPHQL_PARSE_FAILED');
  });
});

describe('legitimate heavy queries fit, with room to spare', () => {
  const catalogue = `{ forces { id name region { name } memberships { organisation } schemes { name } facilities { name }
    commitments { title actions { text } }
    groups { id name kind characteristics aims formerNames { name until } fees { amountPence }
      nationalBody { name } affiliations { relation nationalBody { name } } counterparts { id force { name } } sources { id } } } }`;
  const coverage = `{ coverage { forces { id name } rows { force { name region { name } } cells { characteristic covered groups { name nationalBody { name } } } } } }`;

  it.each([
    ['the full catalogue with counterparts', catalogue, 400_000],
    ['the coverage matrix of all forces', coverage, 20_000],
    ['the standard introspection query', getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), 200_000],
  ])('%s runs, and reports its cost', async (_name, q, below) => {
    const res = await query(q);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const cost = Number(res.headers.get('x-query-cost'));
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThan(below);
    expect(cost * 1.8).toBeLessThan(LIMITS.cost);
  });

  it('every published example runs anonymously, without errors and within the limits', async () => {
    const { examples } = JSON.parse(readFileSync(new URL('../../../docs/api-examples.json', import.meta.url), 'utf8')) as {
      examples: { id: string; query: string; variables?: Record<string, unknown> }[];
    };
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const example of examples) {
      const res = await query(example.query, example.variables);
      expect({ id: example.id, status: res.status, errors: res.body.errors }).toEqual({ id: example.id, status: 200, errors: undefined });
      expect(Number(res.headers.get('x-query-cost'))).toBeLessThan(LIMITS.cost);
    }
  });
});
