import type { Context } from '../../graphql/context.js';
import { ProtectedCharacteristic } from '../common/enums.js';
import { forcesFor, type ForcesAsked } from '../force/force.service.js';
import type { Coverage } from './coverage.type.js';

const CHARACTERISTICS = Object.values(ProtectedCharacteristic);

/**
 * The matrix for the forces asked for (in the order given), those of a region, or all:
 * one statement for the forces and their groups. `asked`: the fields of Force and of Group
 * the answer asks for (the matrix itself reads the groups' characteristics).
 */
export async function coverage(ctx: Context, regionId?: string, forceIds?: string[], asked: ForcesAsked = {}): Promise<Coverage> {
  const forces = await forcesFor(ctx, regionId, forceIds, { ...asked, groupFields: new Set([...(asked.groupFields ?? []), 'characteristics']) });
  const rows = forces.map((force) => {
    const groups = force.groups ?? [];
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
