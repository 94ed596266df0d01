/**
 * The permission matrix: every role × every mutation × own force / other force in the same
 * region / force in another region, through real HTTP. Refusals change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureGroup, EM_COORDINATOR, LEICS_ADMIN, NATIONAL, signIn } from './helpers/auth.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let national: Record<string, string>;
const sessions: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  server = await startTestServer();
  national = await signIn(server, NATIONAL);
  sessions.anonymous = {};
  sessions.national = national;
  sessions.leicsAdmin = await signIn(server, LEICS_ADMIN);
  sessions.coordinator = await signIn(server, EM_COORDINATOR);
});
afterAll(async () => {
  await server?.close();
});

type Role = 'anonymous' | 'national' | 'leicsAdmin' | 'coordinator';
type Target = 'own' | 'sameRegion' | 'otherRegion';
const FORCE: Record<Target, string> = { own: 'leicestershire', sameRegion: 'derbyshire', otherRegion: 'wiltshire' };
type Outcome = 'OK' | 'FORBIDDEN' | 'UNAUTHENTICATED';

function expected(role: Role, target: Target | null): Outcome {
  if (role === 'anonymous') return 'UNAUTHENTICATED';
  if (role === 'national') return 'OK';
  if (role === 'coordinator') return 'FORBIDDEN';
  return target === 'own' ? 'OK' : 'FORBIDDEN'; // a force admin manages no users
}

async function auditCount(entityId: string): Promise<number> {
  const [{ n }] = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [entityId]);
  return n;
}

async function groupRow(id: string) {
  const [row] = await server.db.dataSource.query(`SELECT version, status, name FROM "group" WHERE id = $1`, [id]);
  return row;
}

function outcomeOf(res: { errors?: { extensions?: Record<string, any> }[] }): Outcome | string {
  return res.errors ? String(res.errors[0].extensions?.code) : 'OK';
}

let seq = 0;
/** A fresh draft in the target force, in the state the mutation needs. */
async function fixture(target: Target, state: 'DRAFT' | 'ARCHIVED' = 'DRAFT') {
  const g = await createFixtureGroup(server, national, FORCE[target], `Matrix fixture ${++seq}`);
  if (state === 'ARCHIVED') {
    const res = await server.gql(`mutation ($id: ID!, $v: Int!) { archiveGroup(id: $id, version: $v) { version } }`, { id: g.id, v: g.version }, national);
    g.version = res.data!.archiveGroup.version;
  }
  return g;
}

const roles: Role[] = ['anonymous', 'national', 'leicsAdmin', 'coordinator'];
const targets: Target[] = ['own', 'sameRegion', 'otherRegion'];
const cells = roles.flatMap((role) => targets.map((target) => ({ role, target, expect: expected(role, target) })));

const groupMutations = [
  { name: 'updateGroup', state: 'DRAFT' as const, query: `mutation ($id: ID!, $v: Int!) { updateGroup(id: $id, version: $v, input: { name: "Renamed by matrix" }) { version } }` },
  { name: 'publishGroup', state: 'DRAFT' as const, query: `mutation ($id: ID!, $v: Int!) { publishGroup(id: $id, version: $v) { version } }` },
  { name: 'archiveGroup', state: 'DRAFT' as const, query: `mutation ($id: ID!, $v: Int!) { archiveGroup(id: $id, version: $v) { version } }` },
  { name: 'restoreGroup', state: 'ARCHIVED' as const, query: `mutation ($id: ID!, $v: Int!) { restoreGroup(id: $id, version: $v) { version } }` },
];

describe.each(groupMutations)('$name', ({ state, query }) => {
  it.each(cells)('$role on a group of the $target force: $expect', async ({ role, target, expect: want }) => {
    const g = await fixture(target, state);
    const before = await groupRow(g.id);
    const events = await auditCount(g.id);
    const res = await server.gql(query, { id: g.id, v: g.version }, sessions[role]);
    expect(outcomeOf(res)).toBe(want);
    const after = await groupRow(g.id);
    if (want === 'OK') {
      expect(after.version).toBe(before.version + 1);
      expect(await auditCount(g.id)).toBe(events + 1);
    } else {
      expect(after).toEqual(before);
      expect(await auditCount(g.id)).toBe(events);
    }
  });
});

describe('createGroup', () => {
  it.each(cells)('$role creating in the $target force: $expect', async ({ role, target, expect: want }) => {
    const name = `Created by matrix ${++seq}`;
    const res = await server.gql(
      `mutation ($f: ID, $i: GroupInput!) { createGroup(forceId: $f, input: $i) { id status force { id } } }`,
      { f: FORCE[target], i: { name, kind: 'SUPPORT_GROUP' } },
      sessions[role],
    );
    expect(outcomeOf(res)).toBe(want);
    const [{ n }] = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM "group" WHERE name = $1`, [name]);
    expect(n).toBe(want === 'OK' ? 1 : 0);
    if (want === 'OK') expect(res.data!.createGroup).toMatchObject({ status: 'DRAFT', force: { id: FORCE[target] } });
  });

  it("puts a force admin's group in their own force when no force is named", async () => {
    const res = await server.gql(
      `mutation { createGroup(input: { name: "From the session", kind: SUPPORT_GROUP }) { force { id } } }`,
      undefined,
      sessions.leicsAdmin,
    );
    expect(res.data!.createGroup.force.id).toBe('leicestershire');
  });
});

describe('updateForceProfile', () => {
  it.each(cells)('$role editing the $target force: $expect', async ({ role, target, expect: want }) => {
    const forceId = FORCE[target];
    const [before] = await server.db.dataSource.query(`SELECT version, description FROM force WHERE id = $1`, [forceId]);
    const events = await auditCount(forceId);
    const description = `Profile set by matrix ${++seq}`;
    const res = await server.gql(
      `mutation ($v: Int!, $f: ID, $d: String) { updateForceProfile(version: $v, forceId: $f, input: { description: $d }) { version } }`,
      { v: before.version, f: role === 'leicsAdmin' && target === 'own' ? null : forceId, d: description },
      sessions[role],
    );
    expect(outcomeOf(res)).toBe(want);
    const [after] = await server.db.dataSource.query(`SELECT version, description FROM force WHERE id = $1`, [forceId]);
    if (want === 'OK') {
      expect(after).toEqual({ version: before.version + 1, description });
      expect(await auditCount(forceId)).toBe(events + 1);
    } else {
      expect(after).toEqual(before);
      expect(await auditCount(forceId)).toBe(events);
    }
  });
});

describe('recordCommitmentFigure and correctCommitmentFigure', () => {
  /** A commitment in the target force (the seeds hold only Leicestershire's), with one figure. */
  async function commitmentIn(target: Target) {
    const id = `matrix-commitment-${++seq}`;
    const figureId = crypto.randomUUID();
    await server.db.dataSource.query(
      `INSERT INTO commitment (id, force_id, title, target_numerator, target_denominator) VALUES ($1, $2, 'Matrix target', 1, 4)`,
      [id, FORCE[target]],
    );
    await server.db.dataSource.query(
      `INSERT INTO commitment_figure (id, commitment_id, period_start, period_end, total, part) VALUES ($1, $2, '2020-01-01', '2020-12-31', 10, 2)`,
      [figureId, id],
    );
    return { id, figureId };
  }
  const figureCount = async (commitmentId: string) =>
    (await server.db.dataSource.query(`SELECT count(*)::int AS n, sum(part)::int AS parts FROM commitment_figure WHERE commitment_id = $1`, [commitmentId]))[0];

  it.each(cells)('$role recording for the $target force: $expect', async ({ role, target, expect: want }) => {
    const c = await commitmentIn(target);
    const res = await server.gql(
      `mutation ($c: ID!) { recordCommitmentFigure(commitmentId: $c, input: { periodStart: "2021-01-01", periodEnd: "2021-12-31", total: 10, part: 3 }) { id } }`,
      { c: c.id },
      sessions[role],
    );
    expect(outcomeOf(res)).toBe(want);
    expect((await figureCount(c.id)).n).toBe(want === 'OK' ? 2 : 1);
  });

  it.each(cells)('$role correcting for the $target force: $expect', async ({ role, target, expect: want }) => {
    const c = await commitmentIn(target);
    const res = await server.gql(
      `mutation ($id: ID!) { correctCommitmentFigure(id: $id, version: 1, input: { periodStart: "2020-01-01", periodEnd: "2020-12-31", total: 10, part: 5 }) { id } }`,
      { id: c.figureId },
      sessions[role],
    );
    expect(outcomeOf(res)).toBe(want);
    expect((await figureCount(c.id)).parts).toBe(want === 'OK' ? 5 : 2);
    expect(await auditCount(c.figureId)).toBe(want === 'OK' ? 1 : 0);
  });
});

describe('user management', () => {
  const userCells = roles.map((role) => ({ role, expect: role === 'national' ? 'OK' : role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' }));

  it.each(userCells)('createUser by $role: $expect', async ({ role, expect: want }) => {
    const email = `matrix-${++seq}@example.org`;
    const res = await server.gql(
      `mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }`,
      { i: { email, displayName: 'Matrix user', password: 'a-long-enough-password', role: 'REGIONAL_COORDINATOR', regionId: 'wales' } },
      sessions[role],
    );
    expect(outcomeOf(res)).toBe(want);
    const [{ n }] = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [email]);
    expect(n).toBe(want === 'OK' ? 1 : 0);
  });

  it.each(userCells)('updateUser by $role: $expect', async ({ role, expect: want }) => {
    const created = await server.gql(
      `mutation ($i: CreateUserInput!) { createUser(input: $i) { id version } }`,
      { i: { email: `target-${++seq}@example.org`, displayName: 'Before', password: 'a-long-enough-password', role: 'REGIONAL_COORDINATOR', regionId: 'wales' } },
      national,
    );
    const { id, version } = created.data!.createUser;
    const res = await server.gql(
      `mutation ($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: { displayName: "After" }) { displayName } }`,
      { id, v: version },
      sessions[role],
    );
    expect(outcomeOf(res)).toBe(want);
    const [row] = await server.db.dataSource.query(`SELECT display_name, version FROM app_user WHERE id = $1`, [id]);
    expect(row).toEqual(want === 'OK' ? { display_name: 'After', version: version + 1 } : { display_name: 'Before', version });
  });

  it('lists users to national admins only', async () => {
    expect(outcomeOf(await server.gql('{ users { email } }', undefined, sessions.leicsAdmin))).toBe('FORBIDDEN');
    expect((await server.gql('{ users { email } }', undefined, national)).data!.users.length).toBeGreaterThanOrEqual(4);
  });
});
