import { In } from 'typeorm';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { Force } from './force.entity.js';

/**
 * The forces a side-by-side view asks for: those named (in the order given; an unknown id is
 * refused), those of a region, or all, by name. One statement.
 */
export async function forcesFor(ctx: Context, regionId?: string, forceIds?: string[]): Promise<Force[]> {
  const where = { ...(regionId ? { regionId } : {}), ...(forceIds ? { id: In(forceIds) } : {}) };
  const forces = await ctx.dataSource.getRepository(Force).find({ where, order: { name: 'ASC' } });
  if (!forceIds) return forces;
  const byId = new Map(forces.map((f) => [f.id, f]));
  const missing = forceIds.filter((id) => !byId.has(id));
  if (missing.length && !regionId) throw badInput('forceIds', `no such force: ${missing.join(', ')}`);
  return forceIds.map((id) => byId.get(id)).filter((f): f is Force => f !== undefined);
}
