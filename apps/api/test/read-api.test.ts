import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('forces and regions', () => {
  it('lists the 43 territorial forces, each with its region', async () => {
    const res = await server.gql(`{ forces { id region { name } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.forces).toHaveLength(43);
    expect(res.data!.forces).toContainEqual({ id: 'avon-and-somerset', region: { name: 'South West' } });
    expect(res.data!.forces.every((f: any) => f.region.name)).toBe(true);
  });

  it('lists the ten regions with their forces', async () => {
    const res = await server.gql(`{ regions { id name forces { id } } }`);
    expect(res.data!.regions).toHaveLength(10);
    const eastMidlands = res.data!.regions.find((r: any) => r.name === 'East Midlands');
    expect(eastMidlands.forces.map((f: any) => f.id)).toEqual([
      'derbyshire', 'leicestershire', 'lincolnshire', 'northamptonshire', 'nottinghamshire',
    ]);
  });

  it('filters forces by region', async () => {
    const res = await server.gql(`{ forces(regionId: "wales") { id } }`);
    expect(res.data!.forces.map((f: any) => f.id).sort()).toEqual(['dyfed-powys', 'gwent', 'north-wales', 'south-wales']);
  });

  it("gives Leicestershire's four equality objectives in order, with its sources", async () => {
    const res = await server.gql(`{ force(id: "leicestershire") { equalityObjectives sources { id } } }`);
    const force = res.data!.force;
    expect(force.equalityObjectives).toHaveLength(4);
    expect(force.equalityObjectives[0]).toMatch(/^To increase the confidence of members of the community/);
    expect(force.equalityObjectives[3]).toMatch(/accessible and inclusive way/);
    expect(force.sources.length).toBeGreaterThan(0);
  });

  it('keeps forces the pages do not describe free of invented groups', async () => {
    const res = await server.gql(`{ forces { id groups { id } } }`);
    const withGroups = res.data!.forces.filter((f: any) => f.groups.length > 0).map((f: any) => f.id);
    expect(withGroups.sort()).toEqual(['leicestershire', 'wiltshire']);
  });

  it('answers null for an unknown force', async () => {
    const res = await server.gql(`{ force(id: "atlantis") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.force).toBeNull();
  });
});

describe('groups', () => {
  it("carries Wiltshire Ethnic Police Association's founding year and former name", async () => {
    const res = await server.gql(`{ groups(filter: { forceIds: ["wiltshire"], search: "Ethnic" }) {
      nodes { name established establishedEvent formerNames { name until } characteristics force { id } } } }`);
    expect(res.data!.groups.nodes).toEqual([
      {
        name: 'Wiltshire Ethnic Police Association',
        established: 1999,
        establishedEvent: 'ESTABLISHED',
        formerNames: [{ name: 'Black Police Association', until: 2020 }],
        characteristics: ['RACE'],
        force: { id: 'wiltshire' },
      },
    ]);
  });

  it("keeps the Federation's fee in pence with the date it applies from", async () => {
    const res = await server.gql(`{ groups(filter: { forceIds: ["wiltshire"], kinds: [STAFF_ASSOCIATION], search: "Federation" }) {
      nodes { ranks fees { amountPence period appliesFrom } nationalBody { name } } } }`);
    const [fed] = res.data!.groups.nodes;
    expect(fed.fees).toEqual([{ amountPence: 2358, period: 'MONTH', appliesFrom: '2020-09-01' }]);
    expect(fed.ranks[0]).toBe('Constable');
    expect(fed.ranks.at(-1)).toBe('Chief Inspector');
    expect(fed.nationalBody.name).toBe('Police Federation of England and Wales');
  });

  it('finds the groups serving religion or belief in both forces', async () => {
    const res = await server.gql(`{ groups(filter: { characteristics: [RELIGION_OR_BELIEF] }, first: 100) {
      totalCount nodes { name characteristics force { id } } } }`);
    const nodes = res.data!.groups.nodes;
    expect(nodes.every((g: any) => g.characteristics.includes('RELIGION_OR_BELIEF'))).toBe(true);
    expect(new Set(nodes.map((g: any) => g.force.id))).toEqual(new Set(['leicestershire', 'wiltshire']));
    expect(res.data!.groups.totalCount).toBe(nodes.length);
  });

  it('finds a group by a topic', async () => {
    const res = await server.gql(`{ groups(filter: { search: "menopause" }) { nodes { name topics force { id } } } }`);
    expect(res.data!.groups.nodes).toHaveLength(1);
    expect(res.data!.groups.nodes[0].force.id).toBe('wiltshire');
  });

  it('treats % and _ in a search as plain characters', async () => {
    const res = await server.gql(`{ groups(filter: { search: "%_%" }) { totalCount } }`);
    expect(res.data!.groups.totalCount).toBe(0);
  });

  it('pages through every group exactly once', async () => {
    const all = await server.gql(`{ groups(first: 100) { totalCount nodes { id } } }`);
    const total = all.data!.groups.totalCount;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: any = await server.gql(
        `query ($after: String) { groups(first: 4, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...res.data.groups.edges.map((e: any) => e.node.id));
      if (!res.data.groups.pageInfo.hasNextPage) break;
      after = res.data.groups.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data!.groups.nodes.map((n: any) => n.id));
    expect(new Set(seen).size).toBe(total);
  });

  it('counts every group on a page of none, and on a page past the end', async () => {
    const filter = `filter: { characteristics: [RELIGION_OR_BELIEF] }`;
    const all = await server.gql(`{ groups(first: 100, ${filter}) { totalCount nodes { id } } }`);
    const total = all.data!.groups.totalCount;
    expect(total).toBe(all.data!.groups.nodes.length);
    expect(total).toBeGreaterThan(1);
    const none = await server.gql(`{ groups(first: 0, ${filter}) { totalCount nodes { id } pageInfo { hasNextPage } } }`);
    expect(none.data!.groups).toEqual({ totalCount: total, nodes: [], pageInfo: { hasNextPage: true } });
    const lastCursor = (await server.gql(`{ groups(first: 100, ${filter}) { edges { cursor } } }`)).data!.groups.edges.at(-1).cursor;
    const past = await server.gql(`query ($after: String) { groups(first: 5, after: $after, ${filter}) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage } } }`, { after: lastCursor });
    expect(past.data!.groups).toEqual({ totalCount: total, nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });

  it('sorts by founding year, latest first, with unknown years last', async () => {
    const res = await server.gql(`{ groups(first: 100, orderBy: ESTABLISHED, direction: DESC) { nodes { established } } }`);
    const years = res.data!.groups.nodes.map((g: any) => g.established);
    const known = years.filter((y: number | null) => y !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(years.slice(0, known.length)).toEqual(known);
  });

  it("finds a group's counterparts in the other force, never in its own", async () => {
    const res = await server.gql(`{ groups(filter: { forceIds: ["leicestershire"], search: "Christian" }) {
      nodes { force { id } counterparts { name force { id } } } } }`);
    const [cpa] = res.data!.groups.nodes;
    expect(cpa.counterparts.map((c: any) => c.name)).toContain('Christian Police Association');
    expect(cpa.counterparts.every((c: any) => c.force.id !== 'leicestershire')).toBe(true);
  });

  it('names the sources of every group', async () => {
    const res = await server.gql(`{ groups(first: 100) { nodes { id sources { id title } } } }`);
    const unsourced = res.data!.groups.nodes.filter((g: any) => g.sources.length === 0);
    expect(unsourced).toEqual([]);
  });

  it('lists the groups of a national body', async () => {
    const res = await server.gql(`{ nationalBodies { name founded groups { force { id } } } }`);
    const cpa = res.data!.nationalBodies.find((b: any) => b.name === 'Christian Police Association');
    expect(cpa.founded).toBe(1883);
    expect(cpa.groups.map((g: any) => g.force.id).sort()).toEqual(['leicestershire', 'wiltshire']);
  });
});

describe('coverage', () => {
  const query = `query ($ids: [ID!]) { coverage(forceIds: $ids) {
    characteristics forces { id } rows { force { id } cells { characteristic covered groups { name } } } } }`;

  it('shows which characteristics each chosen force covers, in the order asked', async () => {
    const res = await server.gql(query, { ids: ['wiltshire', 'leicestershire'] });
    const { rows, characteristics } = res.data!.coverage;
    expect(characteristics).toHaveLength(9);
    expect(rows.map((r: any) => r.force.id)).toEqual(['wiltshire', 'leicestershire']);
    const cell = (force: string, c: string) =>
      rows.find((r: any) => r.force.id === force).cells.find((x: any) => x.characteristic === c);
    expect(cell('wiltshire', 'SEXUAL_ORIENTATION').covered).toBe(true);
    expect(cell('leicestershire', 'RELIGION_OR_BELIEF').covered).toBe(true);
    expect(cell('leicestershire', 'RELIGION_OR_BELIEF').groups.length).toBeGreaterThanOrEqual(2);
    expect(cell('leicestershire', 'MARRIAGE_AND_CIVIL_PARTNERSHIP')).toEqual({
      characteristic: 'MARRIAGE_AND_CIVIL_PARTNERSHIP',
      covered: false,
      groups: [],
    });
  });

  it('covers a whole region, gaps included', async () => {
    const res = await server.gql(`{ coverage(regionId: "south-west") { rows { force { id } cells { covered } } } }`);
    const rows = res.data!.coverage.rows;
    expect(rows).toHaveLength(5);
    const dorset = rows.find((r: any) => r.force.id === 'dorset');
    expect(dorset.cells.every((c: any) => c.covered === false)).toBe(true);
  });

  it('refuses an unknown force, naming the argument', async () => {
    const res = await server.gql(query, { ids: ['wiltshire', 'narnia'] });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'forceIds' });
    expect(res.errors![0].message).toContain('narnia');
  });
});

describe('bad arguments', () => {
  it('refuses an unknown enum value in the query, naming the argument', async () => {
    const res = await server.gql(`{ groups(filter: { kinds: [CHOIR] }) { totalCount } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.kinds' });
  });

  it('refuses an unknown enum value in a variable, naming the variable', async () => {
    const res = await server.gql(`query ($k: [GroupKind!]) { groups(filter: { kinds: $k }) { totalCount } }`, { k: ['CHOIR'] });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('$k');
  });

  it('refuses a page size over the maximum, naming `first`', async () => {
    const res = await server.gql(`{ groups(first: 1000) { totalCount } }`);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(res.errors![0].message).toMatch(/at most 100/);
    expect(res.data?.groups ?? null).toBeNull();
  });

  it('refuses a malformed cursor, naming `after`', async () => {
    const res = await server.gql(`{ groups(after: "not a cursor!") { totalCount } }`);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses a well-formed string that is not a cursor, naming `after`', async () => {
    const res = await server.gql(`{ groups(after: "aGVsbG8=") { totalCount } }`);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('stamps the request id on every error', async () => {
    const res = await server.gql(`{ groups(first: 1000) { totalCount } }`, undefined, { 'x-request-id': 'partner-trace-42' });
    expect(res.headers.get('x-request-id')).toBe('partner-trace-42');
    expect(res.errors![0].extensions!.requestId).toBe('partner-trace-42');
  });
});
