import { visibleSql } from '../../auth/scope.js';
import { attachRelated, entityRows, jsonRelated, jsonRows, positional, preparedQuery } from '../../db/entity-rows.js';
import { groupRows } from '../../graphql/batch.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { Group } from '../group/group.entity.js';
import { GROUP_FIELD_NEEDS } from '../group/group.fields.js';
import { nationalBodiesOf } from '../group/group.loaders.js';
import { Force } from './force.entity.js';
import { forcesPriming, regionsOf } from './force.loaders.js';

/**
 * All forces, those of a region, those with the given ids, or both; by name; with their
 * regions. One statement. `groupFields` (the fields of Group the answer asks for beneath, when
 * it asks for the forces' groups) reads the groups the caller may see, and their national
 * bodies, in that same statement, and sets them on each force: the catalogue is then one
 * statement, as a hand-written one is. Only the columns those fields need are read; when that
 * is every column, `groupsByForce` is primed with the groups too.
 */
export async function findForces(ctx: Context, regionId?: string, ids?: string[], groupFields?: ReadonlySet<string>): Promise<Force[]> {
  const { p, params } = positional();
  const conditions = [...(regionId ? [`f.region_id = ${p(regionId)}`] : []), ...(ids ? [`f.id = ANY(${p(ids)})`] : [])];
  const where = conditions.length ? conditions.join(' AND ') : null;
  if (!groupFields) return forcesPriming(ctx.dataSource, ctx.loaders.region)(where, 'f.name', params);

  const ds = ctx.dataSource;
  const f = entityRows(ds, Force, 'f');
  const g = entityRows(ds, Group, 'g');
  // With the name, which orders them.
  const projection = g.projection([...groupFields, 'name'], GROUP_FIELD_NEEDS);
  const regions = regionsOf(ds, ctx.loaders.region);
  const bodies = nationalBodiesOf(ds, ctx.loaders.nationalBody);
  // The same groups, in the same order, as the groupsByForce loader reads.
  const groupsOfThese = `${visibleSql('g', ctx.scope, undefined, p)} AND g.force_id IN (SELECT id FROM f)`;
  const [found] = await preparedQuery<Record<'forces' | 'regions' | 'groups' | 'bodies', Record<string, unknown>[]>>(
    ds,
    `WITH f AS (${f.from(where)}), g AS (${g.from(groupsOfThese, projection)})
     SELECT ${jsonRows('f', 'f.name')} AS forces, ${jsonRelated(regions, 'f')} AS regions,
            ${jsonRows('g', 'g.name')} AS groups, ${jsonRelated(bodies, 'g')} AS bodies`,
    params,
  );
  const forces = f.hydrate(found.forces);
  attachRelated(f, forces, regions.rows.hydrate(found.regions), regions);
  const groups = g.hydrate(found.groups);
  attachRelated(g, groups, bodies.rows.hydrate(found.bodies), bodies);
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
export async function forcesFor(ctx: Context, regionId?: string, forceIds?: string[], groupFields?: ReadonlySet<string>): Promise<Force[]> {
  const forces = await findForces(ctx, regionId, forceIds, groupFields);
  if (!forceIds) return forces;
  const byId = new Map(forces.map((f) => [f.id, f]));
  const missing = forceIds.filter((id) => !byId.has(id));
  if (missing.length && !regionId) throw badInput('forceIds', `no such force: ${missing.join(', ')}`);
  return forceIds.map((id) => byId.get(id)).filter((f): f is Force => f !== undefined);
}
