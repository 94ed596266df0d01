import { DEMO_PASSWORD } from '../../src/modules/user/demo-users.js';
import type { TestServer } from './server.js';

export const NATIONAL = 'national.admin@demo.network-atlas.test';
export const LEICS_ADMIN = 'leicestershire.admin@demo.network-atlas.test';
export const WILTS_ADMIN = 'wiltshire.admin@demo.network-atlas.test';
export const EM_COORDINATOR = 'east-midlands.coordinator@demo.network-atlas.test';

/** Signs in through the API and returns the Cookie header to send as that user. */
export async function signIn(server: TestServer, email: string, password = DEMO_PASSWORD): Promise<Record<string, string>> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }',
      variables: { e: email, p: password },
    }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(body.errors)}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('atlas_session='));
  if (!cookie) throw new Error('no session cookie');
  return { cookie: cookie.split(';')[0] };
}

export const GROUP_FIELDS = 'id version status name forceId: force { id }';

/** Creates a draft group in `forceId` as the national admin: a fixture through the real API. */
export async function createFixtureGroup(server: TestServer, national: Record<string, string>, forceId: string, name: string) {
  const res = await server.gql(
    `mutation ($f: ID, $i: GroupInput!) { createGroup(forceId: $f, input: $i) { id version status } }`,
    { f: forceId, i: { name, kind: 'STAFF_NETWORK', characteristics: ['AGE'] } },
    national,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createGroup as { id: string; version: number; status: string };
}
