/**
 * The API executes with graphql-jit (graphql/executor.ts). Its answers must be graphql-js's:
 * the same data, and the same errors (message, path, code, the resolver's error kept), for
 * the operations partners and the portal run.
 */
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema as buildSdl, execute, parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../src/app.js';
import type { Database } from '../src/db/data-source.js';
import { buildSchema } from '../src/graphql/build-schema.js';
import { createContext } from '../src/graphql/context.js';
import { jitGateway } from '../src/graphql/executor.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';

let testDb: TestDatabase;
let db: Database;
let schema: GraphQLSchema;
let jit: GatewayExecutor;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await prepareDatabase(testDb.env);
  schema = await buildSchema();
  jit = (await jitGateway(schema).load({ apollo: { graphRef: '', key: '', keyHash: '' } as never })).executor!;
});
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

const log = { info() {}, warn() {}, error() {}, debug() {}, trace() {}, fatal() {}, child() { return log; }, level: 'silent', silent() {} } as never;
const context = (broken: boolean) => {
  const ctx = createContext({ requestId: 'test', log, dataSource: db.dataSource });
  // A data source that cannot read: a resolver using it throws a plain TypeError.
  return broken ? { ...ctx, dataSource: {} as never } : ctx;
};

async function both(query: string, variables: Record<string, unknown> = {}, broken = false) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  const js = await execute({ schema, document, contextValue: context(broken), variableValues: variables });
  // As Apollo's gateway interface gives it: the operation it resolved, and the request as sent.
  const request = { document, operationName: operation?.name?.value ?? null, operation, request: { query, variables }, context: context(broken) };
  const ours = await jit(request as unknown as GatewayGraphQLRequestContext);
  return { js, ours };
}

const plain = (errors: readonly unknown[] | undefined) =>
  errors?.map((e) => {
    const { message, path, extensions } = e as { message: string; path?: unknown; extensions?: unknown };
    return { message, path, extensions };
  });

describe('graphql-jit answers as graphql-js does', () => {
  it.each([
    ['the catalogue', `{ forces { id name region { id name } equalityObjectives groups { id name kind characteristics aims established nationalBody { id name } } } }`, {}],
    ['a coverage matrix', `query ($r: ID!) { coverage(regionId: $r) { characteristics forces { id } rows { force { name } cells { characteristic covered groups { name } } } } }`, { r: 'south-west' }],
    ['a group with its counterparts', `query ($id: ID!) { group(id: $id) { id name force { name } nationalBody { name } counterparts { id force { id } } formerNames { name until } sources { id title } } }`, { id: 'wiltshire-christian-police-association' }],
    ['a filtered page', `query ($f: GroupFilter) { groups(filter: $f, first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`, { f: { search: 'association' } }],
    ['fragments, aliases, @skip and @include', `query ($no: Boolean!) { a: forces(ids: ["wiltshire"]) { ...F b: groups @include(if: $no) { id } } } fragment F on Force { id c: name groups @skip(if: $no) { ... on Group { id kind } } }`, { no: false }],
    ['a fragment skipped at one place and spread at another', `query ($t: Boolean!) { forces(ids: ["wiltshire"]) { ...A @include(if: $t) groups { force { ...A } } } } fragment A on Force { name }`, { t: false }],
    ['introspection', `{ __type(name: "Group") { name fields { name type { name kind ofType { name } } } } }`, {}],
  ])('for %s', async (_what, query, variables) => {
    const { js, ours } = await both(query, variables);
    expect(js.errors).toBeUndefined();
    expect(ours.errors).toBeUndefined();
    expect(JSON.stringify(ours.data)).toBe(JSON.stringify(js.data));
  });

  it('for an error a resolver raises on purpose: the same message, path and code', async () => {
    const { js, ours } = await both(`{ coverage(forceIds: ["atlantis"]) { characteristics } }`);
    expect(js.errors).toHaveLength(1);
    expect(plain(ours.errors)).toEqual(plain(js.errors));
    expect(ours.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('for a variable of the wrong value: the variable named, as Apollo recognises it', async () => {
    const { js, ours } = await both(`query ($k: [GroupKind!]) { groups(filter: { kinds: $k }) { totalCount } }`, { k: ['NOT_A_KIND'] });
    expect(js.errors).toHaveLength(1);
    expect(plain(ours.errors)).toEqual(plain(js.errors));
    expect(ours.errors![0].nodes?.[0].kind).toBe('VariableDefinition');
  });

  it('for an unexpected error: the same path, and the error the resolver threw kept for logging and masking', async () => {
    const { js, ours } = await both(`{ forces { id } }`, {}, true);
    expect(js.errors).toHaveLength(1);
    expect(ours.data ?? null).toEqual(js.data ?? null);
    expect(plain(ours.errors)).toEqual(plain(js.errors));
    const error = ours.errors![0];
    expect(error.extensions).toEqual({});
    expect(error.originalError).toBeInstanceOf(TypeError);
    expect(error.originalError?.message).toBe(js.errors![0].originalError?.message);
    expect(error.locations).toEqual(js.errors![0].locations);
  });

  it('is refused for a schema with an input field default, which graphql-jit would not apply to variables', () => {
    const withDefault = buildSdl(`input F { n: Int = 3 } type Query { x(f: F): Int }`);
    expect(() => jitGateway(withDefault)).toThrow(/F\.n/);
    expect(() => jitGateway(schema)).not.toThrow();
  });
});
