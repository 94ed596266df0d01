import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Group } from '../group/group.entity.js';
import { Source } from '../source/source.entity.js';
import { sourcesOf } from '../source/sources.js';
import { NationalBody } from './national-body.entity.js';

@Resolver(() => NationalBody)
export class NationalBodyResolver {
  @Query(() => [NationalBody], { description: 'National and regional bodies, by name' })
  nationalBodies(@Ctx() ctx: Context): Promise<NationalBody[]> {
    return ctx.dataSource.getRepository(NationalBody).find({ order: { name: 'ASC' } });
  }

  @FieldResolver(() => [Group], { description: "Forces' groups that belong to this body" })
  groups(@Root() body: NationalBody, @Ctx() ctx: Context): Promise<Group[]> {
    return ctx.loaders.groupsByNationalBody.load(body.id);
  }

  @FieldResolver(() => [Source])
  sources(@Root() body: NationalBody, @Ctx() ctx: Context): Promise<Source[]> {
    return sourcesOf(ctx, body.sourceIds);
  }
}
