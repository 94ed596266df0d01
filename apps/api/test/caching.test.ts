/**
 * Public answers (anonymous callers and API keys) are cached and shared: a repeated query runs
 * no SQL. Signed-in users never share the cache. Any successful mutation makes every cached
 * answer stale, so a change by an admin is visible to the very next read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureGroup, NATIONAL, signIn } from './helpers/auth.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let national: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  national = await signIn(server, NATIONAL);
});
afterAll(async () => {
  await server?.close();
});

const FORCE_GROUPS = `query ($id: ID!) { force(id: $id) { name groups { id name status } } }`;

async function publishedFixture(name: string) {
  const g = await createFixtureGroup(server, national, 'wiltshire', name);
  const res = await server.gql(`mutation ($id: ID!, $v: Int!) { publishGroup(id: $id, version: $v) { version } }`, { id: g.id, v: g.version }, national);
  return { id: g.id, version: res.data!.publishGroup.version as number };
}

describe('public answers', () => {
  it('are cached: the same query again runs no SQL, with cache hints', async () => {
    const q = `{ regions { id name forces { id name } } }`;
    const first = await server.gql(q);
    expect(first.sqlStatements).toBeGreaterThan(0);
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    const second = await server.gql(q);
    expect(second.sqlStatements).toBe(0);
    expect(second.data).toEqual(first.data);
    expect(second.headers.get('cache-control')).toBe('max-age=60, public');
    expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(0);
  });

  it('are told apart by their variables', async () => {
    const leics = await server.gql(FORCE_GROUPS, { id: 'leicestershire' });
    const wilts = await server.gql(FORCE_GROUPS, { id: 'wiltshire' });
    expect(wilts.sqlStatements).toBeGreaterThan(0);
    expect(wilts.data!.force.name).not.toBe(leics.data!.force.name);
    expect((await server.gql(FORCE_GROUPS, { id: 'leicestershire' })).sqlStatements).toBe(0);
  });

  it('are shared with API keys, who see the same published data', async () => {
    const created = await server.gql(`mutation { createApiKey(partnerName: "Cache sharer") { key } }`, undefined, national);
    const key = created.data!.createApiKey.key as string;
    const q = `{ nationalBodies { id name groups { id } } }`;
    expect((await server.gql(q)).sqlStatements).toBeGreaterThan(0);
    const viaKey = await server.gql(q, undefined, { authorization: `Bearer ${key}` });
    expect(viaKey.errors).toBeUndefined();
    // Only the key lookup and its first last-use write: the answer came from the cache.
    expect(viaKey.sqlStatements).toBeLessThanOrEqual(2);
    expect((await server.gql(q, undefined, { authorization: `Bearer ${key}` })).sqlStatements).toBe(1);
  });

  it('are not kept when they carry errors', async () => {
    const q = `{ groups(first: 500) { totalCount } }`;
    expect((await server.gql(q)).errors).toBeDefined();
    const again = await server.gql(q);
    expect(again.errors).toBeDefined();
    expect(again.headers.get('cache-control')).toBe('no-store');
  });

  it('about the caller are never cached', async () => {
    const res = await server.gql(`{ me { user { id } } }`);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('signed-in users', () => {
  it('never share the cache, and are told not to store answers', async () => {
    const draft = await createFixtureGroup(server, national, 'wiltshire', 'Draft that must not leak through the cache');
    const asAdmin = await server.gql(FORCE_GROUPS, { id: 'wiltshire' }, national);
    expect(asAdmin.headers.get('cache-control')).toBe('no-store');
    expect(asAdmin.data!.force.groups.map((g: { id: string }) => g.id)).toContain(draft.id);
    const again = await server.gql(FORCE_GROUPS, { id: 'wiltshire' }, national);
    expect(again.sqlStatements).toBeGreaterThan(1);

    const anonymous = await server.gql(FORCE_GROUPS, { id: 'wiltshire' });
    expect(anonymous.data!.force.groups.map((g: { id: string }) => g.id)).not.toContain(draft.id);
  });

  it('get no-store on mutations too', async () => {
    const res = await server.gql(`mutation { signOut }`, undefined, await signIn(server, NATIONAL));
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('a change by an admin', () => {
  it('is visible to the next anonymous read, after any mutation', async () => {
    const g = await publishedFixture('Cached before the rename');
    const q = `query ($id: ID!) { group(id: $id) { name } }`;
    expect((await server.gql(q, { id: g.id })).data!.group.name).toBe('Cached before the rename');
    expect((await server.gql(q, { id: g.id })).sqlStatements).toBe(0);

    const renamed = await server.gql(
      `mutation ($id: ID!, $v: Int!) { updateGroup(id: $id, version: $v, input: { name: "Renamed by an admin" }) { name } }`,
      { id: g.id, v: g.version },
      national,
    );
    expect(renamed.errors).toBeUndefined();
    const next = await server.gql(q, { id: g.id });
    expect(next.data!.group.name).toBe('Renamed by an admin');
    expect(next.sqlStatements).toBeGreaterThan(0);
    expect((await server.gql(q, { id: g.id })).sqlStatements).toBe(0);
  });

  it('shows a newly published group in every cached list at once', async () => {
    const before = await server.gql(FORCE_GROUPS, { id: 'wiltshire' });
    expect((await server.gql(FORCE_GROUPS, { id: 'wiltshire' })).sqlStatements).toBe(0);
    const g = await publishedFixture('Published after caching');
    const after = await server.gql(FORCE_GROUPS, { id: 'wiltshire' });
    expect(after.data!.force.groups.length).toBe(before.data!.force.groups.length + 1);
    expect(after.data!.force.groups.map((x: { id: string }) => x.id)).toContain(g.id);
  });

  it('empties the cache when one field of a mutation succeeded and another failed', async () => {
    const g = await publishedFixture('Cached before a half-failed mutation');
    const q = `query ($id: ID!) { group(id: $id) { name } }`;
    await server.gql(q, { id: g.id });
    expect((await server.gql(q, { id: g.id })).sqlStatements).toBe(0);
    const both = await server.gql(
      `mutation ($id: ID!, $v: Int!) {
        renamed: updateGroup(id: $id, version: $v, input: { name: "Renamed in a half-failed mutation" }) { name }
        stale: updateGroup(id: $id, version: $v, input: { name: "Never saved" }) { name }
      }`,
      { id: g.id, v: g.version },
      national,
    );
    // The second save is stale; its non-null field takes the whole answer's data with it,
    // though the first save was made.
    expect(both.errors!.map((e) => [e.path, e.extensions!.code])).toEqual([[['stale'], 'CONFLICT']]);
    expect(both.data ?? null).toBeNull();
    const next = await server.gql(q, { id: g.id });
    expect(next.sqlStatements).toBeGreaterThan(0);
    expect(next.data!.group.name).toBe('Renamed in a half-failed mutation');
  });

  it('a mutation that failed changes nothing, and keeps the cache', async () => {
    const q = `{ forces(regionId: "south-west") { id name } }`;
    await server.gql(q);
    const refused = await server.gql(`mutation { createGroup(forceId: "wiltshire", input: { name: "Nope", kind: SUPPORT_GROUP }) { id } }`);
    expect(refused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(q)).sqlStatements).toBe(0);
  });
});

describe('the in-process cache bound (RESPONSE_CACHE_MAX_MB)', () => {
  let small: TestServer;
  beforeAll(async () => {
    // 8 KiB: the catalogue of the 43 forces (11 KB) does not fit, a list of regions does.
    small = await startTestServer({ RESPONSE_CACHE_MAX_MB: String(8 / 1024) });
  });
  afterAll(async () => {
    await small?.close();
  });

  it('keeps answers within it and computes larger ones every time', async () => {
    const catalogue = `{ forces { id name region { name } equalityObjectives groups { id name kind characteristics aims nationalBody { name } } } }`;
    const first = await small.gql(catalogue);
    expect(JSON.stringify(first.data).length).toBeGreaterThan(8 * 1024);
    const again = await small.gql(catalogue);
    expect(again.sqlStatements).toBeGreaterThan(0);
    expect(again.data).toEqual(first.data);

    const regions = `{ regions { id name } }`;
    expect((await small.gql(regions)).sqlStatements).toBeGreaterThan(0);
    expect((await small.gql(regions)).sqlStatements).toBe(0);
  });
});
