import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Source } from './source.entity.js';

/** The sources a record names, batched with every other record of the request. */
export async function sourcesOf(ctx: Context, ids: string[]): Promise<Source[]> {
  const found = await ctx.loaders.source.loadMany(ids);
  return found.filter((s): s is Source => s !== null && !(s instanceof Error));
}

/** A resolver giving `type` its `sources` field, for records with nothing else to resolve. */
export function sourcesResolverFor<T extends { sourceIds: string[] }>(type: ClassType<T>): ClassType {
  @Resolver(() => type)
  class SourcesResolver {
    @FieldResolver(() => [Source], { description: 'The pages the facts come from' })
    sources(@Root() row: T, @Ctx() ctx: Context): Promise<Source[]> {
      return sourcesOf(ctx, row.sourceIds);
    }
  }
  return SourcesResolver;
}
