import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsersWanted } from '../src/app.js';
import { EM_COORDINATOR, LEICS_ADMIN, NATIONAL, signIn } from './helpers/auth.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const SIGN_IN = 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email role } permissions { canEdit editableForceId } } }';
const ME = '{ me { user { email role forceId regionId } permissions { canEdit editableForceId canManageUsers canReadHistory } } }';

async function rawSignIn(email: string, password: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: password } }),
  });
}

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite session cookie', async () => {
    const res = await rawSignIn(LEICS_ADMIN, 'network-atlas-demo');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('atlas_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
  });

  it('tells the signed-in user who they are and what they may do', async () => {
    const res = await server.gql(ME, undefined, await signIn(server, LEICS_ADMIN));
    expect(res.data!.me).toEqual({
      user: { email: LEICS_ADMIN, role: 'FORCE_ADMIN', forceId: 'leicestershire', regionId: null },
      permissions: { canEdit: true, editableForceId: 'leicestershire', canManageUsers: false, canReadHistory: true },
    });
  });

  it('gives a coordinator read-only permissions', async () => {
    const res = await server.gql(ME, undefined, await signIn(server, EM_COORDINATOR));
    expect(res.data!.me.permissions).toMatchObject({ canEdit: false, canManageUsers: false, canReadHistory: true });
    expect(res.data!.me.user.regionId).toBe('east-midlands');
  });

  it('treats an anonymous caller as nobody', async () => {
    const res = await server.gql(ME);
    expect(res.data!.me).toEqual({
      user: null,
      permissions: { canEdit: false, editableForceId: null, canManageUsers: false, canReadHistory: false },
    });
  });

  it('refuses a wrong password with UNAUTHENTICATED and no cookie', async () => {
    const res = await rawSignIn(NATIONAL, 'not the password at all');
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const body = (await (await rawSignIn('nobody@example.org', 'whatever-password')).json()) as any;
    expect(body.errors[0]).toMatchObject({ message: 'Email or password is not right', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('slows down repeated failures, even for the right password, until the wait is over', async () => {
    const email = 'wiltshire.admin@demo.network-atlas.test';
    for (let i = 0; i < 3; i++) await rawSignIn(email, `wrong-${i}-password`);
    const blocked = (await (await rawSignIn(email, 'network-atlas-demo')).json()) as any;
    expect(blocked.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors[0].extensions.retryAfter).toBeGreaterThan(0);
    await server.db.dataSource.query(`UPDATE sign_in_throttle SET blocked_until = now() - interval '1 second'`);
    const after = (await (await rawSignIn(email, 'network-atlas-demo')).json()) as any;
    expect(after.errors).toBeUndefined();
    expect(after.data.signIn.user.email).toBe(email);
  });
});

describe('sessions', () => {
  it('rotates the session at sign-in: the old cookie stops working', async () => {
    const first = await signIn(server, NATIONAL);
    const res = await rawSignIn(NATIONAL, 'network-atlas-demo', first);
    const second = res.headers.getSetCookie().find((c) => c.startsWith('atlas_session='))!.split(';')[0];
    expect(second).not.toBe(first.cookie);
    expect((await server.gql(ME, undefined, first)).data!.me.user).toBeNull();
    expect((await server.gql(ME, undefined, { cookie: second })).data!.me.user.email).toBe(NATIONAL);
  });

  it('destroys the session at sign-out', async () => {
    const session = await signIn(server, NATIONAL);
    const res = await server.gql('mutation { signOut }', undefined, session);
    expect(res.data!.signOut).toBe(true);
    expect(res.headers.get('set-cookie')).toMatch(/atlas_session=;/);
    expect((await server.gql(ME, undefined, session)).data!.me.user).toBeNull();
  });

  it('stores only a hash of the session token', async () => {
    const session = await signIn(server, NATIONAL);
    const token = decodeURIComponent(session.cookie.split('=')[1]);
    const rows = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM session WHERE token_hash = $1`, [token]);
    expect(rows[0].n).toBe(0);
  });

  it('stores passwords as argon2id hashes', async () => {
    const [row] = await server.db.dataSource.query(`SELECT password_hash FROM app_user WHERE email = $1`, [NATIONAL]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});

describe('demo accounts', () => {
  it('are seeded for the embedded database and not for a real one unless asked', () => {
    expect(demoUsersWanted({ DATABASE_URL: undefined, SEED_DEMO_USERS: undefined })).toBe(true);
    expect(demoUsersWanted({ DATABASE_URL: 'postgres://db/atlas', SEED_DEMO_USERS: undefined })).toBe(false);
    expect(demoUsersWanted({ DATABASE_URL: 'postgres://db/atlas', SEED_DEMO_USERS: true })).toBe(true);
  });
});
