import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { validateInput } from './validate-input.js';
import { CommitmentFigureResolver, CommitmentResolver } from '../modules/commitment/commitment.resolver.js';
import { CoverageResolver } from '../modules/coverage/coverage.resolver.js';
import {
  CorporateMembershipResolver,
  ForceFacilityResolver,
  ForceResolver,
  ForceSchemeResolver,
} from '../modules/force/force.resolver.js';
import { AffiliationResolver, GroupResolver } from '../modules/group/group.resolver.js';
import { NationalBodyResolver } from '../modules/national-body/national-body.resolver.js';
import { RegionResolver } from '../modules/region/region.resolver.js';
import { AuditResolver, ForceHistoryResolver, GroupHistoryResolver } from '../modules/audit/audit.resolver.js';
import { GroupMutationResolver } from '../modules/group/group.mutation.resolver.js';
import { UserResolver } from '../modules/user/user.resolver.js';
import { ApiKeyResolver } from '../modules/api-key/api-key.resolver.js';

export const resolvers = [
  RegionResolver,
  ForceResolver,
  ForceSchemeResolver,
  ForceFacilityResolver,
  CorporateMembershipResolver,
  GroupResolver,
  AffiliationResolver,
  NationalBodyResolver,
  CoverageResolver,
  CommitmentResolver,
  CommitmentFigureResolver,
  GroupMutationResolver,
  UserResolver,
  AuditResolver,
  GroupHistoryResolver,
  ForceHistoryResolver,
  ApiKeyResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema; built once per process (type-graphql metadata is global). */
export function buildSchema(): Promise<GraphQLSchema> {
  cached ??= buildTypeGraphQLSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    // Refuses unstorable text and trims input strings, then runs class-validator (validate-input.ts).
    validateFn: validateInput,
  });
  return cached;
}

/** The SDL committed as packages/schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printContract(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildSchema())) + '\n';
}
