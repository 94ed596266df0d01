import { In } from 'typeorm';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { ProtectedCharacteristic } from '../common/enums.js';
import { Force } from '../force/force.entity.js';
import type { Coverage } from './coverage.type.js';

const CHARACTERISTICS = Object.values(ProtectedCharacteristic);

/**
 * The matrix for the forces asked for (in the order given), those of a region, or all:
 * one statement for the forces and one for their groups.
 */
export async function coverage(ctx: Context, regionId?: string, forceIds?: string[]): Promise<Coverage> {
  const where = { ...(regionId ? { regionId } : {}), ...(forceIds ? { id: In(forceIds) } : {}) };
  let forces = await ctx.dataSource.getRepository(Force).find({ where, order: { name: 'ASC' } });
  if (forceIds) {
    const found = new Map(forces.map((f) => [f.id, f]));
    const missing = forceIds.filter((id) => !found.has(id));
    if (missing.length && !regionId) throw badInput('forceIds', `no such force: ${missing.join(', ')}`);
    forces = forceIds.map((id) => found.get(id)).filter((f): f is Force => f !== undefined);
  }
  const groupsPerForce = await ctx.loaders.groupsByForce.loadMany(forces.map((f) => f.id));
  const rows = forces.map((force, i) => {
    const groups = groupsPerForce[i];
    if (groups instanceof Error) throw groups;
    return {
      force,
      cells: CHARACTERISTICS.map((characteristic) => {
        const serving = groups.filter((g) => g.characteristics.includes(characteristic));
        return { characteristic, groups: serving, covered: serving.length > 0 };
      }),
    };
  });
  return { characteristics: CHARACTERISTICS, forces, rows };
}
