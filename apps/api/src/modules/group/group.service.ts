import { cursorToOffset, offsetToCursor } from 'graphql-relay';
import { visibleSql, type ReadScope } from '../../auth/scope.js';
import { entityRows, hydrateAttached, jsonRelated, jsonRows, positional, preparedQuery, rowsPriming } from '../../db/entity-rows.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { GroupStatus } from '../common/enums.js';
import { GROUP_FIELD_NEEDS } from './group.fields.js';
import { counterpartOf, forcesOf, nationalBodiesOf } from './group.loaders.js';
import { Group } from './group.entity.js';
import type { GroupConnection } from './group-connection.type.js';
import { DEFAULT_PAGE_SIZE, GroupOrder, OrderDirection, type GroupFilter, type GroupsArgs } from './group.input.js';

const ORDER_COLUMN: Record<GroupOrder, string> = {
  [GroupOrder.NAME]: 'g.name',
  [GroupOrder.FORCE]: 'g.force_id',
  [GroupOrder.KIND]: 'g.kind',
  [GroupOrder.ESTABLISHED]: 'g.established',
};

/** `%` and `_` are literal in a search, not wildcards. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function decodeCursor(after: string | null | undefined): number {
  if (after == null) return 0;
  let offset: number;
  try {
    offset = cursorToOffset(after);
  } catch {
    offset = NaN;
  }
  if (!Number.isSafeInteger(offset) || offset < 0) throw badInput('after', 'is not a cursor this API gave out');
  return offset + 1;
}

/** The condition of a filter on groups (alias `g`) within what the scope may read; `p` gives placeholders. */
export function groupFilterSql(filter: GroupFilter | undefined, scope: ReadScope, p: (value: unknown) => string): string {
  const where = [visibleSql('g', scope, filter?.statuses, p)];
  if (filter?.forceIds) where.push(`g.force_id = ANY(${p(filter.forceIds)})`);
  if (filter?.regionIds) where.push(`g.force_id IN (SELECT f.id FROM force f WHERE f.region_id = ANY(${p(filter.regionIds)}))`);
  if (filter?.kinds) where.push(`g.kind = ANY(${p(filter.kinds)})`);
  if (filter?.characteristics) where.push(`g.characteristics && ${p(filter.characteristics)}::text[]`);
  const search = filter?.search?.trim();
  if (search) {
    const q = p(likePattern(search));
    where.push(`(g.name ILIKE ${q} OR g.description ILIKE ${q}
        OR array_to_string(g.also_known_as, ' ') ILIKE ${q}
        OR array_to_string(g.aims, ' ') ILIKE ${q}
        OR array_to_string(g.topics, ' ') ILIKE ${q}
        OR EXISTS (SELECT 1 FROM group_former_name n WHERE n.group_id = g.id AND n.name ILIKE ${q}))`);
  }
  return where.join(' AND ');
}

/**
 * A filtered, sorted page of groups with the total, their national bodies and forces: one statement,
 * whatever the page size (a second counts when the page is empty: none asked, or past the end).
 */
export async function findGroups(ctx: Context, args: GroupsArgs): Promise<GroupConnection> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const offset = decodeCursor(args.after);
  const { p, params } = positional();
  const where = groupFilterSql(args.filter, ctx.scope, p);
  const filterParams = params.length;

  const direction = args.direction === OrderDirection.DESC ? 'DESC' : 'ASC';
  const column = ORDER_COLUMN[args.orderBy ?? GroupOrder.NAME];
  const order = [`${column} ${direction} NULLS LAST`, ...(column !== 'g.name' ? ['g.name ASC'] : []), 'g.id ASC'].join(', ');

  const g = entityRows(ctx.dataSource, Group, 'g');
  const related = [nationalBodiesOf(ctx.dataSource, ctx.loaders.nationalBody), forcesOf(ctx.dataSource, ctx.loaders.force)];
  const page = `SELECT ${g.columns}, count(*) OVER () AS total_count FROM "group" g WHERE ${where}
                ORDER BY ${order} OFFSET ${p(offset)} LIMIT ${p(first)}`;
  const { rows, entities: nodes } = await rowsPriming(g, page, order, params, related);
  const totalCount = rows.length
    ? Number(rows[0].total_count)
    : (await preparedQuery<{ n: number }>(ctx.dataSource, `SELECT count(*)::int AS n FROM "group" g WHERE ${where}`, params.slice(0, filterParams)))[0].n;

  const edges = nodes.map((node, i) => ({ node, cursor: offsetToCursor(offset + i) }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: offset + nodes.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * One group by id (archived ones too, for those who may see them), with its force and
 * national body and its counterparts with theirs: one statement, where the `group` loader
 * and the `counterparts` loader take two. The counterparts, in the order that loader gives
 * them, fetch only the columns of `counterpartFields` (the fields of Group the answer asks
 * for) and are set on the group, which no loader is primed with.
 */
export async function findGroupWithCounterparts(ctx: Context, id: string, counterpartFields: ReadonlySet<string>): Promise<Group | null> {
  const ds = ctx.dataSource;
  const g = entityRows(ds, Group, 'g');
  const c = entityRows(ds, Group, 'c');
  const projection = c.projection([...counterpartFields, 'name'], GROUP_FIELD_NEEDS);
  const bodies = nationalBodiesOf(ds, ctx.loaders.nationalBody);
  const forces = forcesOf(ds, ctx.loaders.force);
  const { p, params } = positional();
  const [found] = await preparedQuery<Record<'groups' | 'counterparts' | 'bodies' | 'forces' | 'counterpartBodies' | 'counterpartForces', Record<string, unknown>[]>>(
    ds,
    `WITH g AS (${g.from(`${visibleSql('g', ctx.scope, Object.values(GroupStatus), p)} AND g.id = ${p(id)}`)}),
          c AS (SELECT ${projection?.columns ?? c.columns} FROM "group" c JOIN g o ON ${counterpartOf('c', 'o')} WHERE ${visibleSql('c', ctx.scope, undefined, p)})
     SELECT ${jsonRows('g', null)} AS groups, ${jsonRelated(bodies, 'g')} AS bodies, ${jsonRelated(forces, 'g')} AS forces,
            ${jsonRows('c', 'c.force_id, c.name')} AS counterparts, ${jsonRelated(bodies, 'c')} AS "counterpartBodies", ${jsonRelated(forces, 'c')} AS "counterpartForces"`,
    params,
  );
  const [group] = hydrateAttached(g, found.groups, [[bodies, found.bodies], [forces, found.forces]]);
  if (!group) return null;
  group.counterparts = hydrateAttached(c, found.counterparts, [[bodies, found.counterpartBodies], [forces, found.counterpartForces]]);
  return group;
}
