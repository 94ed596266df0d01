/**
 * Partner API keys: issued by national admins, shown once, stored as a hash with a visible
 * prefix; read published data only; cannot mutate; revoked or unknown keys are refused.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureGroup, EM_COORDINATOR, LEICS_ADMIN, NATIONAL, signIn } from './helpers/auth.js';
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

const CREATE = `mutation ($p: String!, $n: String) { createApiKey(partnerName: $p, note: $n) {
  key apiKey { id partnerName note prefix active createdAt createdByEmail lastUsedAt revokedAt } } }`;
const LIST = `{ apiKeys { id partnerName prefix active lastUsedAt revokedAt } }`;
const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { id active revokedAt } }`;

async function createKey(partnerName = 'University of Leicester', note: string | null = 'Criminology research, contact j.smith@example.ac.uk') {
  const res = await server.gql(CREATE, { p: partnerName, n: note }, national);
  expect(res.errors).toBeUndefined();
  return res.data!.createApiKey as { key: string; apiKey: { id: string; prefix: string; partnerName: string; active: boolean } };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('issuing keys', () => {
  it('gives a national admin the key once, stores only its hash and prefix', async () => {
    const created = await createKey();
    expect(created.key).toMatch(/^atlas_live_[A-Za-z0-9]{8}\.[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(`${created.apiKey.prefix}.`)).toBe(true);
    expect(created.apiKey).toMatchObject({ partnerName: 'University of Leicester', active: true, createdByEmail: NATIONAL, lastUsedAt: null, revokedAt: null });

    const [row] = await server.db.dataSource.query(`SELECT * FROM api_key WHERE id = $1`, [created.apiKey.id]);
    expect(row.key_hash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(row.prefix).toBe(created.apiKey.prefix);
    expect(JSON.stringify(row)).not.toContain(created.key.split('.')[1]);

    // Listed without the key; the creation is audited, without the hash.
    const list = await server.gql(LIST, undefined, national);
    expect(list.data!.apiKeys.find((k: { id: string }) => k.id === created.apiKey.id)).toMatchObject({ prefix: created.apiKey.prefix, active: true });
    expect(JSON.stringify(list.data)).not.toContain(created.key);
    const [audit] = await server.db.dataSource.query(`SELECT action, actor_email, after FROM audit_event WHERE entity_type = 'ApiKey' AND entity_id = $1`, [created.apiKey.id]);
    expect(audit).toMatchObject({ action: 'CREATE', actor_email: NATIONAL });
    expect(JSON.stringify(audit.after)).not.toMatch(/keyHash|key_hash/);
  });

  it.each([
    ['a force admin', LEICS_ADMIN, 'FORBIDDEN'],
    ['a regional coordinator', EM_COORDINATOR, 'FORBIDDEN'],
    ['an anonymous caller', null, 'UNAUTHENTICATED'],
  ])('refuses %s: %s', async (_who, email, code) => {
    const session = email ? await signIn(server, email) : {};
    const [{ n: before }] = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM api_key`);
    const create = await server.gql(CREATE, { p: 'Not allowed' }, session);
    expect(create.errors![0].extensions!.code).toBe(code);
    expect((await server.gql(LIST, undefined, session)).errors![0].extensions!.code).toBe(code);
    const [{ n: after }] = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM api_key`);
    expect(after).toBe(before);
  });

  it('checks the partner name and note (BAD_USER_INPUT with the field)', async () => {
    const empty = await server.gql(CREATE, { p: '' }, national);
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerName' });
    const long = await server.gql(CREATE, { p: 'Fine', n: 'x'.repeat(501) }, national);
    expect(long.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
  });
});

describe('using a key', () => {
  it('reads published data, sent as a Bearer token or as x-api-key', async () => {
    const { key } = await createKey('Bearer or header');
    for (const headers of [bearer(key), { 'x-api-key': key }]) {
      const res = await server.gql(`{ forces { id } me { user { id } permissions { canEdit canManageApiKeys } } }`, undefined, headers);
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data!.forces).toHaveLength(43);
      expect(res.data!.me).toEqual({ user: null, permissions: { canEdit: false, canManageApiKeys: false } });
    }
  });

  it('sees published data only, like an anonymous caller', async () => {
    const { key } = await createKey('Published only');
    const draft = await createFixtureGroup(server, national, 'leicestershire', 'A draft partners must not see');
    const q = `query ($id: ID!) { group(id: $id) { id } groups(filter: { forceIds: ["leicestershire"], statuses: [DRAFT, PUBLISHED, ARCHIVED] }, first: 100) { nodes { id status } } }`;
    const asKey = await server.gql(q, { id: draft.id }, bearer(key));
    expect(asKey.data!.group).toBeNull();
    expect(asKey.data!.groups.nodes.every((g: { status: string }) => g.status === 'PUBLISHED')).toBe(true);
    expect((await server.gql(q, { id: draft.id }, national)).data!.group).toEqual({ id: draft.id });
  });

  it('cannot mutate: FORBIDDEN with HTTP 403, before anything runs', async () => {
    const { key } = await createKey('Read only');
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Not for keys to change');
    const res = await server.gql(`mutation ($id: ID!) { publishGroup(id: $id, version: 1) { id status } }`, { id: g.id }, bearer(key));
    expect(res.status).toBe(403);
    expect(res.data).toBeUndefined();
    expect(res.errors![0]).toMatchObject({ message: 'API keys are read-only: a key cannot run mutations', extensions: { code: 'FORBIDDEN' } });
    expect(res.errors![0].extensions!.requestId).toBeTruthy();
    const [row] = await server.db.dataSource.query(`SELECT status, version FROM "group" WHERE id = $1`, [g.id]);
    expect(row).toEqual({ status: 'DRAFT', version: 1 });
    // Not even the key-management mutations, nor signing in.
    const other = await server.gql(`mutation { createApiKey(partnerName: "Self-service") { key } }`, undefined, bearer(key));
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('records the last use, at most once a minute', async () => {
    const { key, apiKey } = await createKey('Last use');
    const lastUsed = async () => (await server.db.dataSource.query(`SELECT last_used_at FROM api_key WHERE id = $1`, [apiKey.id]))[0].last_used_at as Date | null;
    expect(await lastUsed()).toBeNull();

    const q = `{ regions { id name } }`;
    const first = await server.gql(q, undefined, bearer(key));
    const recorded = await lastUsed();
    expect(recorded).toBeInstanceOf(Date);
    const second = await server.gql(q, undefined, bearer(key));
    expect(await lastUsed()).toEqual(recorded);
    // The first use: key lookup, last-use write, the query. The second: the lookup alone (the
    // answer comes from the shared public cache).
    expect([first.sqlStatements, second.sqlStatements]).toEqual([3, 1]);

    await server.db.dataSource.query(`UPDATE api_key SET last_used_at = now() - interval '61 seconds' WHERE id = $1`, [apiKey.id]);
    const stale = await lastUsed();
    await server.gql(`{ regions { id } }`, undefined, bearer(key));
    expect((await lastUsed())!.getTime()).toBeGreaterThan(stale!.getTime());
  });
});

describe('refused keys: UNAUTHENTICATED, HTTP 401', () => {
  async function expectUnauthenticated(headers: Record<string, string>, message: RegExp) {
    const res = await server.gql(`{ regions { id } }`, undefined, headers);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].message).toMatch(message);
    expect(res.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', requestId: res.headers.get('x-request-id') });
    return res;
  }

  it('an unknown key', async () => {
    const { key } = await createKey('Unknown');
    const unknown = key.slice(0, -4) + (key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await expectUnauthenticated(bearer(unknown), /not valid/);
  });

  it('a malformed key or Authorization header, without asking the database', async () => {
    expect((await expectUnauthenticated(bearer('hunter2'), /not valid/)).sqlStatements).toBe(0);
    expect((await expectUnauthenticated({ 'x-api-key': 'atlas_live_short' }, /not valid/)).sqlStatements).toBe(0);
    await expectUnauthenticated({ authorization: 'Basic dXNlcjpwYXNz' }, /Authorization: Bearer/);
  });

  it('a revoked key, at once; revoking is audited and idempotent', async () => {
    const { key, apiKey } = await createKey('Soon revoked');
    expect((await server.gql(`{ regions { id } }`, undefined, bearer(key))).status).toBe(200);
    const revoked = await server.gql(REVOKE, { id: apiKey.id }, national);
    expect(revoked.data!.revokeApiKey).toMatchObject({ id: apiKey.id, active: false });
    await expectUnauthenticated(bearer(key), /revoked/);
    await expectUnauthenticated({ 'x-api-key': key }, /revoked/);

    const again = await server.gql(REVOKE, { id: apiKey.id }, national);
    expect(again.data!.revokeApiKey.revokedAt).toBe(revoked.data!.revokeApiKey.revokedAt);
    const events = await server.db.dataSource.query(`SELECT action FROM audit_event WHERE entity_type = 'ApiKey' AND entity_id = $1 ORDER BY id`, [apiKey.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['CREATE', 'REVOKE']);
    const listed = (await server.gql(LIST, undefined, national)).data!.apiKeys.find((k: { id: string }) => k.id === apiKey.id);
    expect(listed).toMatchObject({ active: false });
  });

  it('revoking an unknown key is NOT_FOUND; only national admins revoke', async () => {
    expect((await server.gql(REVOKE, { id: crypto.randomUUID() }, national)).errors![0].extensions!.code).toBe('NOT_FOUND');
    const { apiKey } = await createKey('Not revoked by others');
    const res = await server.gql(REVOKE, { id: apiKey.id }, await signIn(server, LEICS_ADMIN));
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('a key wins over a session cookie sent with it: no way to borrow a session', async () => {
    const res = await server.gql(`{ me { user { email } } }`, undefined, { ...national, authorization: 'Bearer nope' });
    expect(res.status).toBe(401);
  });
});
