import type { Context } from '../../graphql/context.js';
import type { Source } from './source.entity.js';

/** The sources a record names, batched with every other record of the request. */
export async function sourcesOf(ctx: Context, ids: string[]): Promise<Source[]> {
  const found = await ctx.loaders.source.loadMany(ids);
  return found.filter((s): s is Source => s !== null && !(s instanceof Error));
}
