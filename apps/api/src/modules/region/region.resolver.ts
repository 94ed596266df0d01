import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { entityRows } from '../../db/entity-rows.js';
import type { Context } from '../../graphql/context.js';
import { Force } from '../force/force.entity.js';
import { Region } from './region.entity.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'The policing regions of England and Wales, by name' })
  regions(@Ctx() ctx: Context): Promise<Region[]> {
    return entityRows(ctx.dataSource, Region, 'r').select(null, 'r.name', []);
  }

  @FieldResolver(() => [Force], { description: 'The forces of the region, by name' })
  forces(@Root() region: Region, @Ctx() ctx: Context): Promise<Force[]> {
    return ctx.loaders.forcesByRegion.load(region.id);
  }
}
