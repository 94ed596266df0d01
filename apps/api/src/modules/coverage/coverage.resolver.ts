import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { fieldsOn } from '../../graphql/lookahead.js';
import type { Context } from '../../graphql/context.js';
import { coverage } from './coverage.service.js';
import { Coverage } from './coverage.type.js';

@Resolver()
export class CoverageResolver {
  @Query(() => Coverage, {
    description: 'Which protected characteristics each force covers: for a region, chosen forces (in the order given), or all',
  })
  coverage(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('regionId', () => ID, { nullable: true }) regionId?: string,
    @Arg('forceIds', () => [ID], { nullable: true }) forceIds?: string[],
  ): Promise<Coverage> {
    return coverage(ctx, regionId, forceIds, { forceFields: fieldsOn(info, 'Force'), groupFields: fieldsOn(info, 'Group') });
  }
}
