import { positional } from '../../db/entity-rows.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import type { Force } from './force.entity.js';
import { forcesPriming } from './force.loaders.js';

/** All forces, those of a region, those with the given ids, or both; by name. One statement (regions included). */
export function findForces(ctx: Context, regionId?: string, ids?: string[]): Promise<Force[]> {
  const { p, params } = positional();
  const where = [...(regionId ? [`f.region_id = ${p(regionId)}`] : []), ...(ids ? [`f.id = ANY(${p(ids)})`] : [])];
  return forcesPriming(ctx.dataSource, ctx.loaders.region)(where.length ? where.join(' AND ') : null, 'f.name', params);
}

/**
 * The forces a side-by-side view asks for: those named (in the order given; an unknown id is
 * refused), those of a region, or all, by name. One statement.
 */
export async function forcesFor(ctx: Context, regionId?: string, forceIds?: string[]): Promise<Force[]> {
  const forces = await findForces(ctx, regionId, forceIds);
  if (!forceIds) return forces;
  const byId = new Map(forces.map((f) => [f.id, f]));
  const missing = forceIds.filter((id) => !byId.has(id));
  if (missing.length && !regionId) throw badInput('forceIds', `no such force: ${missing.join(', ')}`);
  return forceIds.map((id) => byId.get(id)).filter((f): f is Force => f !== undefined);
}
