import type { Context } from '../../graphql/context.js';
import { ProtectedCharacteristic } from '../common/enums.js';
import { forcesFor } from '../force/force.service.js';
import type { Coverage } from './coverage.type.js';

const CHARACTERISTICS = Object.values(ProtectedCharacteristic);

/**
 * The matrix for the forces asked for (in the order given), those of a region, or all:
 * one statement for the forces and their groups. `groupFields`: the fields of Group the
 * answer asks for (the matrix itself reads their characteristics).
 */
export async function coverage(ctx: Context, regionId?: string, forceIds?: string[], groupFields: ReadonlySet<string> = new Set()): Promise<Coverage> {
  const forces = await forcesFor(ctx, regionId, forceIds, new Set([...groupFields, 'characteristics']));
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
