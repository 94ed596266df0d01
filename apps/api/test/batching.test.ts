import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * Relations are batched per request: the number of SQL statements a query runs does not
 * grow with the number of forces or groups it returns.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const catalogue = `query ($ids: [ID!]) { forces(ids: $ids) { id name region { name }
  memberships { organisation } schemes { name } facilities { name } commitments { title actions { text } }
  groups { id name kind characteristics aims formerNames { name until } fees { amountPence }
    nationalBody { name } affiliations { relation nationalBody { name } } counterparts { id force { name } } sources { id } } } }`;

async function statementsFor(query: string, variables?: Record<string, unknown>) {
  const res = await server.gql(query, variables);
  expect(res.errors).toBeUndefined();
  expect(Number.isInteger(res.sqlStatements)).toBe(true);
  return { statements: res.sqlStatements, data: res.data! };
}

describe('SQL statements per request', () => {
  it('are the same for the full catalogue of 2 forces and of all 43', async () => {
    const two = await statementsFor(catalogue, { ids: ['leicestershire', 'wiltshire'] });
    const all = await statementsFor(catalogue, {});
    expect(two.data.forces).toHaveLength(2);
    expect(all.data.forces).toHaveLength(43);
    expect(all.statements).toBe(two.statements);
    // forces, regions, memberships, schemes, facilities, commitments, actions, groups,
    // former names, fees, national bodies, affiliations, counterparts, their forces, sources.
    expect(all.statements).toBeLessThanOrEqual(16);
  });

  it('are the same for a coverage matrix of 2 forces and of 43', async () => {
    const q = `query ($ids: [ID!]) { coverage(forceIds: $ids) { rows { force { name region { name } } cells { covered groups { name nationalBody { name } } } } } }`;
    const two = await statementsFor(q, { ids: ['leicestershire', 'wiltshire'] });
    const all = await statementsFor(`{ coverage { rows { force { name region { name } } cells { covered groups { name nationalBody { name } } } } } }`);
    expect(all.data.coverage.rows).toHaveLength(43);
    expect(all.statements).toBe(two.statements);
  });

  it('are the same for a page of 2 groups and a page of 20', async () => {
    const q = `query ($n: Int) { groups(first: $n) { totalCount nodes { name force { name } counterparts { name } formerNames { name } } } }`;
    const small = await statementsFor(q, { n: 2 });
    const large = await statementsFor(q, { n: 20 });
    expect(large.data.groups.nodes.length).toBeGreaterThan(small.data.groups.nodes.length);
    expect(large.statements).toBe(small.statements);
  });

  it('are one for the catalogue a partner pulls, and give the groups reading one level at a time gives', async () => {
    const fields = `id name region { id name } equalityObjectives groups { id name kind characteristics aims established nationalBody { id name } }`;
    const catalogue = await statementsFor(`{ forces { ${fields} } }`);
    expect(catalogue.statements).toBe(1);
    // Through a fragment the groups are seen ahead too.
    const viaFragment = await statementsFor(`{ forces { ...F } } fragment F on Force { ${fields} }`);
    expect(viaFragment.statements).toBe(1);
    expect(viaFragment.data).toEqual(catalogue.data);
    // regions { forces { groups } } reads level by level (forces, then groups): the same groups.
    const byRegion = await statementsFor(`{ regions { forces { ${fields} } } }`);
    expect(byRegion.statements).toBeGreaterThan(1);
    const forces = byRegion.data.regions.flatMap((r: { forces: unknown[] }) => r.forces);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(forces)).toEqual(byId(catalogue.data.forces));
    expect(catalogue.data.forces.flatMap((f: { groups: unknown[] }) => f.groups).length).toBeGreaterThan(10);
  });

  it('are one for a coverage matrix', async () => {
    const res = await statementsFor(`{ coverage(regionId: "south-west") { rows { force { name region { name } } cells { covered groups { name nationalBody { name } } } } } }`);
    expect(res.statements).toBe(1);
  });

  it('are one for a page of groups with its total, their forces and national bodies', async () => {
    const res = await statementsFor(`{ groups(first: 20, filter: { characteristics: [RELIGION_OR_BELIEF, SEXUAL_ORIENTATION] }) {
      totalCount nodes { id name force { id name } nationalBody { id name } } } }`);
    expect(res.data.groups.nodes.length).toBeGreaterThan(1);
    expect(res.data.groups.nodes.some((g: { nationalBody: unknown }) => g.nationalBody !== null)).toBe(true);
    expect(res.statements).toBe(1);
  });

  it('are one for a group with its counterparts, and their forces and national bodies, giving what the loaders give', async () => {
    const fields = `name force { name } nationalBody { name }`;
    const res = await statementsFor(`{ group(id: "wiltshire-christian-police-association") { ${fields} counterparts { id ${fields} } } }`);
    expect(res.data.group.counterparts.length).toBeGreaterThan(0);
    expect(res.statements).toBe(1);
    // The same group and counterparts, read by the loaders (a group reached through its force).
    const apart = await statementsFor(`{ force(id: "wiltshire") { groups { id ${fields} counterparts { id ${fields} } } } }`);
    const same = apart.data.force.groups.find((g: { id: string }) => g.id === 'wiltshire-christian-police-association');
    expect({ ...same, id: undefined }).toEqual({ ...res.data.group, id: undefined });
    expect(apart.statements).toBeGreaterThan(1);
  });

  it('are one for an unknown group asked with its counterparts', async () => {
    const res = await statementsFor(`{ group(id: "no-such-group") { name counterparts { id } } }`);
    expect(res.data.group).toBeNull();
    expect(res.statements).toBe(1);
  });
});
