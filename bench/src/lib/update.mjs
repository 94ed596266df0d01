// @ts-check
/**
 * Operation (e): an authenticated update by a force admin. Needs the API's sign-in
 * (`signIn(email, password)` setting a session cookie) and `updateGroup(id, version, input)`;
 * when the running API has neither, the operation reports "not available yet".
 *
 * The API is started with SEED_DEMO_USERS=true, which adds the demo accounts (one force
 * admin per seeded force); the bench signs in as Wiltshire's and edits Wiltshire's groups.
 */

export const UPDATE_QUERY = `mutation Update($id: ID!, $version: Int!, $input: GroupInput!) {
  updateGroup(id: $id, version: $version, input: $input) { id version meetingPattern } }`;

export const FORCE_ADMIN = { email: 'wiltshire.admin@demo.network-atlas.test', forceId: 'wiltshire' };

/** @param {string} apiBase */
async function gql(apiBase, /** @type {string} */ query, /** @type {any} */ variables = {}, /** @type {Record<string, string>} */ headers = {}) {
  const res = await fetch(`${apiBase}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { res, json: /** @type {any} */ (await res.json()) };
}

/**
 * Whether the running API offers what (e) needs, and the reason when it does not. Production
 * servers refuse introspection, so this asks with the operations themselves: a query naming
 * a field the schema lacks fails validation (GRAPHQL_VALIDATION_FAILED) before anything runs.
 * @param {string} apiBase
 */
export async function updateAvailability(apiBase) {
  const missing = async (/** @type {string} */ query) => {
    const { json } = await gql(apiBase, query, {});
    const errors = json.errors ?? [];
    return errors.some((/** @type {any} */ e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && /Cannot query field|Unknown argument|Unknown type/.test(e.message));
  };
  // Variables are left unset on purpose: validation runs first, execution never does.
  if (await missing('mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }'))
    return { available: false, reason: 'not available yet: the API has no signIn(email, password) mutation' };
  if (await missing('mutation ($id: ID!, $v: Int!, $i: GroupInput!) { updateGroup(id: $id, version: $v, input: $i) { version } }'))
    return { available: false, reason: 'not available yet: the API has no updateGroup(id, version, input) mutation' };
  return { available: true, reason: '' };
}

/**
 * Signs in as the force admin; returns the Cookie header to send.
 * @param {string} apiBase @param {string} password
 */
export async function signIn(apiBase, password) {
  const { res, json } = await gql(apiBase, 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { email } } }', {
    email: FORCE_ADMIN.email,
    password,
  });
  if (json.errors) throw new Error(`sign-in failed: ${JSON.stringify(json.errors)}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!cookies.length) throw new Error('sign-in set no cookie');
  return cookies.join('; ');
}

/**
 * The force admin's groups and their current versions, straight from the database.
 * @param {{ query: (sql: string, params?: unknown[]) => Promise<{ rows: any[] }> }} db
 */
export async function editableGroups(db) {
  const { rows } = await db.query(`SELECT id, version FROM "group" WHERE force_id = $1 ORDER BY id`, [FORCE_ADMIN.forceId]);
  return /** @type {{ id: string; version: number }[]} */ (rows);
}

/** The request body of one update (for the probe; the load generator varies id, version, input). */
export function updateBody(/** @type {{ id: string; version: number }} */ group, /** @type {string} */ note) {
  return JSON.stringify({ query: UPDATE_QUERY, variables: { id: group.id, version: group.version, input: { meetingPattern: `Monthly (${note})` } } });
}
