import { readFileSync } from 'node:fs';
import { buildSchema as parseSDL, type GraphQLNamedType, isEnumType, isObjectType, isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printContract } from '../src/graphql/build-schema.js';

const committedPath = new URL('../../../packages/schema/schema.graphql', import.meta.url);

describe('the printed schema', () => {
  it('matches the server code (run `npm run schema:emit` after a schema change)', async () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(await printContract());
  });

  it('keeps every name the contract in DESIGN.md promises', () => {
    const schema = parseSDL(readFileSync(committedPath, 'utf8'));
    const fields = (name: string) => {
      const t = schema.getType(name) as GraphQLNamedType;
      if (isObjectType(t) || isInputObjectType(t)) return Object.keys(t.getFields());
      if (isEnumType(t)) return t.getValues().map((v) => v.name);
      throw new Error(`${name} is missing`);
    };
    const promised: Record<string, string[]> = {
      GroupKind: ['STAFF_NETWORK', 'STAFF_ASSOCIATION', 'TRADE_UNION', 'SUPPORT_GROUP', 'PEER_SUPPORT'],
      ProtectedCharacteristic: ['AGE', 'DISABILITY', 'GENDER_REASSIGNMENT', 'MARRIAGE_AND_CIVIL_PARTNERSHIP',
        'PREGNANCY_AND_MATERNITY', 'RACE', 'RELIGION_OR_BELIEF', 'SEX', 'SEXUAL_ORIENTATION'],
      Query: ['regions', 'forces', 'force', 'groups', 'group', 'nationalBodies', 'coverage'],
      GroupFilter: ['forceIds', 'regionIds', 'kinds', 'characteristics', 'search'],
      Region: ['id', 'name', 'forces'],
      Force: ['id', 'name', 'region', 'groups', 'equalityObjectives'],
      Group: ['id', 'name', 'kind', 'force', 'characteristics', 'topics', 'aims', 'established', 'formerNames', 'nationalBody', 'counterparts'],
      FormerName: ['name', 'until'],
      NationalBody: ['id', 'name', 'founded', 'groups'],
      GroupConnection: ['edges', 'pageInfo', 'totalCount'],
      Coverage: ['forces', 'rows'],
      CoverageRow: ['force', 'cells'],
      CoverageCell: ['characteristic', 'groups', 'covered'],
    };
    for (const [type, names] of Object.entries(promised)) expect(fields(type)).toEqual(expect.arrayContaining(names));
    const groupsArgs = schema.getQueryType()!.getFields().groups.args.map((a) => a.name);
    expect(groupsArgs).toEqual(expect.arrayContaining(['filter', 'first', 'after']));
    const coverageArgs = schema.getQueryType()!.getFields().coverage.args.map((a) => a.name);
    expect(coverageArgs).toEqual(['forceIds', 'regionId']);
  });
});
