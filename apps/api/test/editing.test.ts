import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureGroup, EM_COORDINATOR, LEICS_ADMIN, NATIONAL, signIn, WILTS_ADMIN } from './helpers/auth.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let national: Record<string, string>;
let leics: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  national = await signIn(server, NATIONAL);
  leics = await signIn(server, LEICS_ADMIN);
});
afterAll(async () => {
  await server?.close();
});

const UPDATE = `mutation ($id: ID!, $v: Int!, $i: GroupInput!) { updateGroup(id: $id, version: $v, input: $i) { id version name aims fees { amountPence period appliesFrom } } }`;
const HISTORY = `query ($id: ID!) { history(entityType: "Group", entityId: $id) { action actorEmail changes { field before after } } }`;

describe('no lost update', () => {
  it('gives one success and one CONFLICT to two saves of the same version sent at once', async () => {
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Race fixture');
    const [a, b] = await Promise.all([
      server.gql(UPDATE, { id: g.id, v: g.version, i: { name: 'Saved by A' } }, leics),
      server.gql(UPDATE, { id: g.id, v: g.version, i: { name: 'Saved by B' } }, national),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0].extensions!.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const loser = [a, b].find((r) => r.errors)!;
    expect(loser.errors![0].extensions!.currentVersion).toBe(g.version + 1);
    const [row] = await server.db.dataSource.query(`SELECT version, name FROM "group" WHERE id = $1`, [g.id]);
    expect(row.version).toBe(g.version + 1);
    expect(row.name).toBe([a, b].find((r) => !r.errors)!.data!.updateGroup.name);
    const history = (await server.gql(HISTORY, { id: g.id }, national)).data!.history;
    expect(history.filter((e: any) => e.action === 'UPDATE')).toHaveLength(1);
  });

  it('refuses a stale version and changes nothing', async () => {
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Stale fixture');
    await server.gql(UPDATE, { id: g.id, v: g.version, i: { name: 'First edit' } }, leics);
    const stale = await server.gql(UPDATE, { id: g.id, v: g.version, i: { name: 'Second edit' } }, leics);
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const [row] = await server.db.dataSource.query(`SELECT name FROM "group" WHERE id = $1`, [g.id]);
    expect(row.name).toBe('First edit');
  });
});

describe('the audit log', () => {
  it('records who changed what, before and after', async () => {
    const g = await createFixtureGroup(server, national, 'leicestershire', 'History fixture');
    await server.gql(UPDATE, { id: g.id, v: g.version, i: { aims: ['To support members'], fees: [{ amountPence: 250, period: 'MONTH', appliesFrom: '2025-04-01' }] } }, leics);
    const history = (await server.gql(HISTORY, { id: g.id }, leics)).data!.history;
    expect(history.map((e: any) => e.action)).toEqual(['UPDATE', 'CREATE']);
    expect(history[0].actorEmail).toBe(LEICS_ADMIN);
    expect(history[0].changes).toEqual([
      { field: 'aims', before: [], after: ['To support members'] },
      { field: 'fees', before: [], after: [{ amountPence: 250, period: 'MONTH', appliesFrom: '2025-04-01', note: null }] },
    ]);
  });

  it('rolls the change back when the audit write fails', async () => {
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Rollback fixture');
    const ds = server.db.dataSource;
    // A fault in the audit write, injected in the database itself.
    await ds.query(`CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected audit failure'; END $$`);
    await ds.query(`CREATE TRIGGER fail_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION fail_audit()`);
    try {
      const res = await server.gql(UPDATE, { id: g.id, v: g.version, i: { name: 'Must not stick', aims: ['nor this'] } }, leics);
      expect(res.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors![0].message).not.toMatch(/injected/);
    } finally {
      await ds.query(`DROP TRIGGER fail_audit ON audit_event`);
      await ds.query(`DROP FUNCTION fail_audit()`);
    }
    const [row] = await ds.query(`SELECT name, version, aims FROM "group" WHERE id = $1`, [g.id]);
    expect(row).toEqual({ name: 'Rollback fixture', version: g.version, aims: [] });
  });

  it('cannot be changed or deleted', async () => {
    await expect(server.db.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/never changed or deleted/);
    await expect(server.db.dataSource.query(`UPDATE audit_event SET actor_email = 'x'`)).rejects.toThrow(/never changed or deleted/);
  });

  it('shows a coordinator the history of their region and refuses others', async () => {
    const coordinator = await signIn(server, EM_COORDINATOR);
    const own = await createFixtureGroup(server, national, 'leicestershire', 'Coordinator history fixture');
    const other = await createFixtureGroup(server, national, 'wiltshire', 'Other region history fixture');
    expect((await server.gql(HISTORY, { id: own.id }, coordinator)).data!.history).toHaveLength(1);
    expect((await server.gql(HISTORY, { id: other.id }, coordinator)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await server.gql(HISTORY, { id: own.id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('drafts and archive', () => {
  const READ = `query ($id: ID!) { group(id: $id) { id status } }`;

  it('shows a new draft only to readers in scope until it is published', async () => {
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Draft visibility fixture');
    const wilts = await signIn(server, WILTS_ADMIN);
    const coordinator = await signIn(server, EM_COORDINATOR);
    expect((await server.gql(READ, { id: g.id })).data!.group).toBeNull();
    expect((await server.gql(READ, { id: g.id }, wilts)).data!.group).toBeNull();
    expect((await server.gql(READ, { id: g.id }, leics)).data!.group.status).toBe('DRAFT');
    expect((await server.gql(READ, { id: g.id }, coordinator)).data!.group.status).toBe('DRAFT');
    const list = await server.gql(`{ force(id: "leicestershire") { groups { id } } }`);
    expect(list.data!.force.groups.map((x: any) => x.id)).not.toContain(g.id);
    // The catalogue and the coverage matrix read the groups with the forces: the same scope applies.
    const inCatalogue = async (headers?: Record<string, string>) =>
      (await server.gql(`{ forces(ids: ["leicestershire"]) { groups { id } } }`, undefined, headers)).data!.forces[0].groups.map((x: any) => x.id);
    const inCoverage = async (headers?: Record<string, string>) =>
      (await server.gql(`{ coverage(forceIds: ["leicestershire"]) { rows { cells { groups { id } } } } }`, undefined, headers)).data!.coverage.rows[0].cells.flatMap((c: any) => c.groups.map((x: any) => x.id));
    expect(await inCatalogue()).not.toContain(g.id);
    expect(await inCatalogue(wilts)).not.toContain(g.id);
    expect(await inCatalogue(leics)).toContain(g.id);
    expect(await inCatalogue(coordinator)).toContain(g.id);
    expect(await inCoverage()).not.toContain(g.id);
    expect(await inCoverage(coordinator)).toContain(g.id);
    // Read with its counterparts (one statement of its own): the same scope.
    const WITH_COUNTERPARTS = `query ($id: ID!) { group(id: $id) { id status counterparts { id } } }`;
    expect((await server.gql(WITH_COUNTERPARTS, { id: g.id })).data!.group).toBeNull();
    expect((await server.gql(WITH_COUNTERPARTS, { id: g.id }, wilts)).data!.group).toBeNull();
    expect((await server.gql(WITH_COUNTERPARTS, { id: g.id }, coordinator)).data!.group.status).toBe('DRAFT');
    await server.gql(`mutation ($id: ID!, $v: Int!) { publishGroup(id: $id, version: $v) { id } }`, { id: g.id, v: g.version }, leics);
    expect((await server.gql(READ, { id: g.id })).data!.group.status).toBe('PUBLISHED');
  });

  it('archives (a soft delete) and restores to the status it had', async () => {
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Archive fixture');
    const pub = await server.gql(`mutation ($id: ID!, $v: Int!) { publishGroup(id: $id, version: $v) { version } }`, { id: g.id, v: g.version }, leics);
    const arch = await server.gql(`mutation ($id: ID!, $v: Int!) { archiveGroup(id: $id, version: $v) { status version } }`, { id: g.id, v: pub.data!.publishGroup.version }, leics);
    expect(arch.data!.archiveGroup.status).toBe('ARCHIVED');
    expect((await server.gql(READ, { id: g.id })).data!.group).toBeNull();
    const withCounterparts = `query ($id: ID!) { group(id: $id) { status counterparts { id } } }`;
    expect((await server.gql(withCounterparts, { id: g.id })).data!.group).toBeNull();
    expect((await server.gql(withCounterparts, { id: g.id }, leics)).data!.group.status).toBe('ARCHIVED');
    const search = await server.gql(`{ groups(filter: { search: "Archive fixture" }) { totalCount } }`, undefined, leics);
    expect(search.data!.groups.totalCount).toBe(0);
    const archived = await server.gql(`{ groups(filter: { search: "Archive fixture", statuses: [ARCHIVED] }) { totalCount } }`, undefined, leics);
    expect(archived.data!.groups.totalCount).toBe(1);
    const restored = await server.gql(`mutation ($id: ID!, $v: Int!) { restoreGroup(id: $id, version: $v) { status } }`, { id: g.id, v: arch.data!.archiveGroup.version }, leics);
    expect(restored.data!.restoreGroup.status).toBe('PUBLISHED');
    const [{ n }] = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM "group" WHERE id = $1`, [g.id]);
    expect(n).toBe(1);
  });
});

describe('validation', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a blank name', { name: '   ' }, 'name'],
    ['a year before 1800', { established: 1700 }, 'established'],
    ['a year in the future', { established: new Date().getUTCFullYear() + 1 }, 'established'],
    ['a website that is not a URL', { website: 'javascript:alert(1)' }, 'website'],
    ['a handle with spaces', { socialHandles: [{ platform: 'X', handle: '@not a handle' }] }, 'socialHandles.0.handle'],
    ['a negative fee', { fees: [{ amountPence: -1, period: 'MONTH' }] }, 'fees.0.amountPence'],
    ['a fee with no period', { fees: [{ amountPence: 500 }] }, 'fees.0.period'],
    ['a fee date that is not a date', { fees: [{ amountPence: 0, appliesFrom: '1 Sept 2020' }] }, 'fees.0.appliesFrom'],
    ['a repeated characteristic', { characteristics: ['RACE', 'RACE'] }, 'characteristics'],
    ['an unknown national body', { nationalBodyId: 'no-such-body' }, 'nationalBodyId'],
    ['an over-long aim', { aims: ['x'.repeat(501)] }, 'aims'],
  ];

  it.each(cases)('refuses %s, naming the field', async (_label, input, field) => {
    const g = await createFixtureGroup(server, national, 'leicestershire', `Validation fixture ${field} ${Math.random()}`);
    const res = await server.gql(UPDATE, { id: g.id, v: g.version, i: input }, leics);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0].extensions!.reason).toBeTruthy();
    const [row] = await server.db.dataSource.query(`SELECT version FROM "group" WHERE id = $1`, [g.id]);
    expect(row.version).toBe(g.version);
  });

  it('refuses an unknown enum value in a variable', async () => {
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Enum fixture');
    const res = await server.gql(UPDATE, { id: g.id, v: g.version, i: { kind: 'CHOIR' } }, leics);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('stores text literally, markup and all', async () => {
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Literal fixture');
    const name = `<script>alert("x")</script> O'Brien; DROP TABLE "group"; -- ‮ zero​width`;
    const res = await server.gql(UPDATE, { id: g.id, v: g.version, i: { name } }, leics);
    expect(res.data!.updateGroup.name).toBe(name);
  });
});
