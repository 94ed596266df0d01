/**
 * Large reads fetch only the columns their answer asks for (EntityRows.projection): the
 * catalogue of 4,300 forces read 45 MB of group rows for a 13 MB answer. What is asked must
 * still come back, however it is asked: through fragments, aliases, interfaces, or another
 * field of the same request that reads the same groups.
 */
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityRows } from '../src/db/entity-rows.js';
import { buildSchema } from '../src/graphql/build-schema.js';
import { FORCE_FIELD_NEEDS } from '../src/modules/force/force.fields.js';
import { Force } from '../src/modules/force/force.entity.js';
import { Group } from '../src/modules/group/group.entity.js';
import { GROUP_FIELD_NEEDS } from '../src/modules/group/group.fields.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let statements: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
  const logger = server.db.dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, runner) => {
    statements.push(query);
    return logQuery(query, parameters, runner);
  };
});
afterAll(async () => {
  await server?.close();
});

/** The answer, and the columns of groups and of forces its statements read (those of the `g` and `f` reads). */
async function read(query: string) {
  statements = [];
  const res = await server.gql(query);
  expect(res.errors).toBeUndefined();
  const columnsOf = (table: string, alias: string) =>
    new Set(statements.filter((s) => s.includes(`FROM ${table} ${alias}`)).flatMap((s) => [...s.matchAll(new RegExp(`\\b${alias}\\."([a-z_]+)"`, 'g'))].map((m) => m[1])));
  return { data: res.data!, columns: columnsOf('"group"', 'g'), forceColumns: columnsOf('"force"', 'f'), counterpartColumns: columnsOf('"group"', 'c') };
}

const wiltshire = (data: { forces: { id: string; groups: Record<string, unknown>[] }[] }) => data.forces.find((f) => f.id === 'wiltshire')!.groups;

describe('the columns a read of forces with their groups fetches', () => {
  it('are those the answer asks for, the key and the join columns', async () => {
    const { data, columns } = await read(`{ forces { id groups { id name characteristics nationalBody { name } } } }`);
    expect(wiltshire(data as never).length).toBeGreaterThan(0);
    expect(columns).toEqual(new Set(['id', 'force_id', 'national_body_id', 'name', 'characteristics']));
  });

  it('include what fragments, inline fragments and aliases ask for', async () => {
    const { data, columns } = await read(`{ forces { id
      a: groups { id ...More }
      b: groups { ... on Group { kind } } } }
      fragment More on Group { description website }`);
    for (const column of ['description', 'website', 'kind']) expect(columns).toContain(column);
    expect(columns).not.toContain('aims');
    const force = (data.forces as any[]).find((f) => f.id === 'wiltshire') as { a: Record<string, unknown>[]; b: Record<string, unknown>[] };
    const [a, b] = [force.a, force.b];
    expect(a.some((g) => typeof g.description === 'string' && g.description.length > 0)).toBe(true);
    expect(b.every((g) => typeof g.kind === 'string')).toBe(true);
  });

  it('include what field resolvers read of the group', async () => {
    const { columns } = await read(`{ forces { groups { id sources { id } formerNames { name } } } }`);
    // sources reads the group's source ids; formerNames its key.
    expect(columns).toEqual(new Set(['id', 'force_id', 'national_body_id', 'name', 'source_ids']));
  });

  it('give the same groups as a full read, field for field', async () => {
    const fields = `id name kind aims characteristics established description website status version updatedAt`;
    const narrow = await read(`{ forces { id groups { ${fields} } } }`);
    // The group loader reads every column.
    const group = (wiltshire(narrow.data as never)[0] as { id: string }).id;
    const one = await server.gql(`{ group(id: "${group}") { ${fields} } }`);
    expect(wiltshire(narrow.data as never)[0]).toEqual(one.data!.group);
  });

  it('do not leak into another field of the same request that reads the same groups in full', async () => {
    const { data } = await read(`{ forces { id groups { id } } force(id: "wiltshire") { groups { id description } } }`);
    const full = (data.force as { groups: { description: string | null }[] }).groups;
    expect(full.length).toBeGreaterThan(0);
    expect(full.some((g) => typeof g.description === 'string' && g.description.length > 0)).toBe(true);
    // Nor into the groups of a force reached through a group.
    const deep = await read(`{ forces { id groups { id force { groups { id website } } } } }`);
    const nested = wiltshire(deep.data as never)[0] as { force: { groups: { website: string | null }[] } };
    expect(nested.force.groups.some((g) => typeof g.website === 'string')).toBe(true);
  });
});

describe('the columns a read of forces fetches', () => {
  it('are those the answer asks for, the key, the region and the name that orders them', async () => {
    const { data, forceColumns } = await read(`{ forces { id equalityObjectives region { name } } }`);
    expect((data.forces as unknown[]).length).toBe(43);
    expect(forceColumns).toEqual(new Set(['id', 'name', 'region_id', 'equality_objectives']));
  });

  it('include what fragments ask for and what field resolvers read, with or without groups', async () => {
    const asked = `{ forces { ... on Force { website } sources { id } } }`;
    expect((await read(asked)).forceColumns).toEqual(new Set(['id', 'name', 'region_id', 'website', 'source_ids']));
    const withGroups = await read(`{ forces { id description groups { id } } }`);
    expect(withGroups.forceColumns).toEqual(new Set(['id', 'name', 'region_id', 'description']));
    const wilts = (withGroups.data.forces as { id: string; description: string | null }[]).find((f) => f.id === 'wiltshire')!;
    expect(wilts.description).toEqual(expect.any(String));
  });

  it('give the same forces as a full read, field for field', async () => {
    const fields = `id name website description socialHandles { platform handle } equalityObjectives positiveActionFocus version updatedAt`;
    const { data } = await read(`{ forces(ids: ["wiltshire"]) { ${fields} } }`);
    const one = await server.gql(`{ force(id: "wiltshire") { ${fields} } }`);
    expect((data.forces as unknown[])[0]).toEqual(one.data!.force);
  });

  it('do not reach a force read elsewhere in the same request', async () => {
    const { data } = await read(`{ forces { id } force(id: "wiltshire") { description } group(id: "wiltshire-christian-police-association") { force { description } } }`);
    expect((data.force as { description: string | null }).description).toEqual(expect.any(String));
    expect((data.group as { force: { description: string | null } }).force.description).toEqual(expect.any(String));
  });
});

describe('a group read with its counterparts', () => {
  it('reads the counterparts columns the answer asks for, and the group in full', async () => {
    const { data, columns, counterpartColumns } = await read(`{ group(id: "wiltshire-christian-police-association") { id counterparts { id kind force { name } } } }`);
    expect(counterpartColumns).toEqual(new Set(['id', 'force_id', 'national_body_id', 'name', 'kind']));
    expect(columns.size).toBe(server.db.dataSource.getMetadata(Group).columns.length);
    const counterparts = (data.group as { counterparts: { kind: string; force: { name: string } }[] }).counterparts;
    expect(counterparts.length).toBeGreaterThan(0);
    expect(counterparts.every((c) => typeof c.kind === 'string' && typeof c.force.name === 'string')).toBe(true);
  });
});

describe('the coverage matrix', () => {
  it('reads the characteristics it needs and what its groups are asked for', async () => {
    const { data, columns } = await read(`{ coverage(forceIds: ["wiltshire"]) { rows { cells { covered groups { name description } } } } }`);
    expect(columns).toEqual(new Set(['id', 'force_id', 'national_body_id', 'name', 'characteristics', 'description']));
    const cells = (data.coverage as any).rows[0].cells as { covered: boolean; groups: { description: string | null }[] }[];
    expect(cells.some((c) => c.covered)).toBe(true);
    expect(cells.flatMap((c) => c.groups).some((g) => typeof g.description === 'string')).toBe(true);
  });

  it('includes what is asked of the groups of its forces too', async () => {
    const { data, columns } = await read(`{ coverage(forceIds: ["wiltshire"]) { forces { groups { id website } } rows { cells { covered } } } }`);
    expect(columns).toContain('website');
    expect((data.coverage as any).forces[0].groups.some((g: { website: string | null }) => typeof g.website === 'string')).toBe(true);
  });
});

describe("Force's fields", () => {
  it('are each a column, or say what they read (FORCE_FIELD_NEEDS)', async () => {
    const type = (await buildSchema()).getType('Force');
    if (!isObjectType(type)) throw new Error('no Force type');
    const f = entityRows(server.db.dataSource, Force, 'f');
    expect(Object.keys(type.getFields()).filter((field) => f.projection([field], FORCE_FIELD_NEEDS) === null)).toEqual([]);
  });
});

describe("Group's fields", () => {
  it('are each a column, or say what they read (GROUP_FIELD_NEEDS): none makes the catalogue read every column', async () => {
    const schema = await buildSchema();
    const type = schema.getType('Group');
    if (!isObjectType(type)) throw new Error('no Group type');
    const g = entityRows(server.db.dataSource, Group, 'g');
    const unknown = Object.keys(type.getFields()).filter((field) => g.projection([field], GROUP_FIELD_NEEDS) === null);
    expect(unknown).toEqual([]);
  });

  it('read every column for a field neither a column nor listed', () => {
    const g = entityRows(server.db.dataSource, Group, 'g');
    expect(g.projection(['name'], GROUP_FIELD_NEEDS)).not.toBeNull();
    expect(g.projection(['name', 'somethingNew'], GROUP_FIELD_NEEDS)).toBeNull();
    expect(() => g.projection(['x'], { x: ['noSuchProperty'] })).toThrow(/noSuchProperty/);
  });
});
