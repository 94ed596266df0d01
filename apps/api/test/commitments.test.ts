import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EM_COORDINATOR, LEICS_ADMIN, signIn, WILTS_ADMIN } from './helpers/auth.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let leics: Record<string, string>;
let commitmentId: string;

const RECORD = `mutation ($c: ID!, $i: CommitmentFigureInput!) { recordCommitmentFigure(commitmentId: $c, input: $i) {
  id version periodStart periodEnd total part share gapToTarget shortfall meetsTarget source } }`;
const CORRECT = `mutation ($id: ID!, $v: Int!, $i: CommitmentFigureInput!) { correctCommitmentFigure(id: $id, version: $v, input: $i) { version total part share } }`;

beforeAll(async () => {
  server = await startTestServer();
  leics = await signIn(server, LEICS_ADMIN);
  const res = await server.gql(`{ force(id: "leicestershire") { commitments { id } } }`);
  commitmentId = res.data!.force.commitments[0].id;
});
afterAll(async () => {
  await server?.close();
});

const period = (year: number, total: number, part: number) => ({
  periodStart: `${year}-04-01`,
  periodEnd: `${year + 1}-03-31`,
  total,
  part,
  source: 'Force workforce return',
});

describe('the seeded commitment', () => {
  it("carries the PCC's one-in-four target, its actions and no figures", async () => {
    const res = await server.gql(`{ force(id: "leicestershire") { positiveActionFocus equalityObjectives
      commitments { title madeBy madeOn measure target { numerator denominator share label } actions { theme text } figures { id } latest { id } } } }`);
    const force = res.data!.force;
    expect(force.positiveActionFocus).toEqual(['RECRUITMENT', 'RETENTION', 'PROGRESSION', 'COMMUNITY_ENGAGEMENT']);
    expect(force.equalityObjectives).toHaveLength(4);
    const [c] = force.commitments;
    expect(c.madeOn).toBe('2020-10-30');
    expect(c.target).toEqual({ numerator: 1, denominator: 4, share: 0.25, label: '1 in 4 (25%)' });
    expect(c.actions.map((a: any) => a.text)).toContain('Bursary programme to encourage black recruits');
    expect(c.figures).toEqual([]);
    expect(c.latest).toBeNull();
  });
});

describe('recording figures', () => {
  it('computes the share, the gap to the target and the shortfall from the counts', async () => {
    const res = await server.gql(RECORD, { c: commitmentId, i: period(2021, 200, 38) }, leics);
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordCommitmentFigure).toMatchObject({ total: 200, part: 38, share: 0.19, shortfall: 12, meetsTarget: false });
    expect(res.data!.recordCommitmentFigure.gapToTarget).toBeCloseTo(-0.06, 10);
  });

  it('says when a period meets the target', async () => {
    const res = await server.gql(RECORD, { c: commitmentId, i: period(2022, 120, 30) }, leics);
    expect(res.data!.recordCommitmentFigure).toMatchObject({ share: 0.25, shortfall: 0, meetsTarget: true });
  });

  it('refuses a period that overlaps one already recorded', async () => {
    const res = await server.gql(RECORD, { c: commitmentId, i: { ...period(2022, 10, 1), periodStart: '2023-01-01', periodEnd: '2023-06-30' } }, leics);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodStart' });
  });

  it('refuses a part above the whole', async () => {
    const res = await server.gql(RECORD, { c: commitmentId, i: period(2030, 10, 11) }, leics);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'part' });
  });

  it('refuses a period that ends before it starts, and a date that does not exist', async () => {
    const backwards = await server.gql(RECORD, { c: commitmentId, i: { ...period(2031, 1, 0), periodEnd: '2031-01-01' } }, leics);
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodEnd' });
    const feb30 = await server.gql(RECORD, { c: commitmentId, i: { ...period(2032, 1, 0), periodStart: '2032-02-30' } }, leics);
    expect(feb30.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodStart' });
  });

  it('refuses counts that are not whole numbers', async () => {
    const res = await server.gql(RECORD, { c: commitmentId, i: { ...period(2033, 10, 1), total: 10.5 } }, leics);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it("refuses another force's admin, a coordinator and an anonymous caller, recording nothing", async () => {
    const before = (await server.db.dataSource.query(`SELECT count(*)::int AS n FROM commitment_figure`))[0].n;
    const wilts = await server.gql(RECORD, { c: commitmentId, i: period(2040, 10, 5) }, await signIn(server, WILTS_ADMIN));
    const coordinator = await server.gql(RECORD, { c: commitmentId, i: period(2041, 10, 5) }, await signIn(server, EM_COORDINATOR));
    const anonymous = await server.gql(RECORD, { c: commitmentId, i: period(2042, 10, 5) });
    expect([wilts, coordinator, anonymous].map((r) => r.errors![0].extensions!.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'UNAUTHENTICATED']);
    expect((await server.db.dataSource.query(`SELECT count(*)::int AS n FROM commitment_figure`))[0].n).toBe(before);
  });

  it('keeps history when figures are corrected, and refuses a stale correction', async () => {
    const created = (await server.gql(RECORD, { c: commitmentId, i: period(2024, 80, 16) }, leics)).data!.recordCommitmentFigure;
    const fixed = await server.gql(CORRECT, { id: created.id, v: created.version, i: period(2024, 80, 21) }, leics);
    expect(fixed.data!.correctCommitmentFigure).toMatchObject({ version: created.version + 1, part: 21, share: 21 / 80 });
    const stale = await server.gql(CORRECT, { id: created.id, v: created.version, i: period(2024, 80, 22) }, leics);
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const history = await server.gql(
      `query ($id: ID!) { history(entityType: "CommitmentFigure", entityId: $id) { action changes { field before after } } }`,
      { id: created.id },
      leics,
    );
    expect(history.data!.history.map((e: any) => e.action)).toEqual(['UPDATE', 'CREATE']);
    expect(history.data!.history[0].changes).toEqual([{ field: 'part', before: 16, after: 21 }]);
  });
});

describe('comparing progress', () => {
  it('puts the forces of a region side by side, those with no target included', async () => {
    const res = await server.gql(`{ commitmentProgress(regionId: "east-midlands") { force { id } hasTarget
      commitments { target { share } latest { periodStart share meetsTarget } } } }`);
    const rows = res.data!.commitmentProgress;
    expect(rows.map((r: any) => r.force.id)).toEqual(['derbyshire', 'leicestershire', 'lincolnshire', 'northamptonshire', 'nottinghamshire']);
    expect(rows.filter((r: any) => r.hasTarget).map((r: any) => r.force.id)).toEqual(['leicestershire']);
    const leicsRow = rows.find((r: any) => r.force.id === 'leicestershire');
    expect(leicsRow.commitments[0].latest).toMatchObject({ periodStart: '2024-04-01', share: 21 / 80 });
    expect(rows.find((r: any) => r.force.id === 'derbyshire').commitments).toEqual([]);
  });
});
