import { visibleSql } from '../../auth/scope.js';
import { entityRows, hydrateAttached, jsonRelated, jsonRows, positional, preparedQuery } from '../../db/entity-rows.js';
import { groupRows } from '../../graphql/batch.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { Group } from '../group/group.entity.js';
import { GROUP_FIELD_NEEDS } from '../group/group.fields.js';
import { nationalBodiesOf } from '../group/group.loaders.js';
import { Force } from './force.entity.js';
import { FORCE_FIELD_NEEDS } from './force.fields.js';
import { forcesPriming, regionsOf } from './force.loaders.js';

/** What an answer asks of forces (the fields of Force beneath it) and, if it asks for their groups, of those. */
export interface ForcesAsked {
  forceFields?: ReadonlySet<string>;
  groupFields?: ReadonlySet<string>;
}

/**
 * All forces, those of a region, those with the given ids, or both; by name; with their
 * regions. One statement. With `asked.groupFields` (the answer asks for the forces' groups)
 * the groups the caller may see, and their national bodies, come in that same statement and
 * are set on each force: the catalogue is then one statement, as a hand-written one is.
 * Only the columns the answer asks for are read; the forces read are handed to no loader,
 * and their groups prime `groupsByForce` only when every column was read.
 */
export async function findForces(ctx: Context, regionId?: string, ids?: string[], asked: ForcesAsked = {}): Promise<Force[]> {
  const { p, params } = positional();
  const conditions = [...(regionId ? [`f.region_id = ${p(regionId)}`] : []), ...(ids ? [`f.id = ANY(${p(ids)})`] : [])];
  const where = conditions.length ? conditions.join(' AND ') : null;
  const ds = ctx.dataSource;
  const f = entityRows(ds, Force, 'f');
  // With the name, which orders them.
  const forceProjection = asked.forceFields ? f.projection([...asked.forceFields, 'name'], FORCE_FIELD_NEEDS) : null;
  if (!asked.groupFields) return forcesPriming(ds, ctx.loaders.region)(where, 'f.name', params, forceProjection);

  const g = entityRows(ds, Group, 'g');
  const projection = g.projection([...asked.groupFields, 'name'], GROUP_FIELD_NEEDS);
  const regions = regionsOf(ds, ctx.loaders.region);
  const bodies = nationalBodiesOf(ds, ctx.loaders.nationalBody);
  // The same groups, in the same order, as the groupsByForce loader reads.
  const groupsOfThese = `${visibleSql('g', ctx.scope, undefined, p)} AND g.force_id IN (SELECT id FROM f)`;
  const [found] = await preparedQuery<Record<'forces' | 'regions' | 'groups' | 'bodies', Record<string, unknown>[]>>(
    ds,
    `WITH f AS (${f.from(where, forceProjection)}), g AS (${g.from(groupsOfThese, projection)})
     SELECT ${jsonRows('f', 'f.name')} AS forces, ${jsonRelated(regions, 'f')} AS regions,
            ${jsonRows('g', 'g.name')} AS groups, ${jsonRelated(bodies, 'g')} AS bodies`,
    params,
  );
  const forces = hydrateAttached(f, found.forces, [[regions, found.regions]]);
  const groups = hydrateAttached(g, found.groups, [[bodies, found.bodies]]);
  const forceIds = forces.map((force) => force.id);
  groupRows(forceIds, groups, (group) => group.forceId).forEach((list, i) => {
    forces[i].groups = list;
    if (!projection) ctx.loaders.groupsByForce.prime(forceIds[i], list);
  });
  return forces;
}

/**
 * The forces a side-by-side view asks for: those named (in the order given; an unknown id is
 * refused), those of a region, or all, by name. One statement (with groups: see findForces).
 */
export async function forcesFor(ctx: Context, regionId?: string, forceIds?: string[], asked: ForcesAsked = {}): Promise<Force[]> {
  const forces = await findForces(ctx, regionId, forceIds, asked);
  if (!forceIds) return forces;
  const byId = new Map(forces.map((f) => [f.id, f]));
  const missing = forceIds.filter((id) => !byId.has(id));
  if (missing.length && !regionId) throw badInput('forceIds', `no such force: ${missing.join(', ')}`);
  return forceIds.map((id) => byId.get(id)).filter((f): f is Force => f !== undefined);
}
