import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
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
    @Arg('regionId', () => ID, { nullable: true }) regionId?: string,
    @Arg('forceIds', () => [ID], { nullable: true }) forceIds?: string[],
  ): Promise<Coverage> {
    return coverage(ctx, regionId, forceIds);
  }
}
