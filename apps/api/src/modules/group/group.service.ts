import { cursorToOffset, offsetToCursor } from 'graphql-relay';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { whereVisible, type ReadScope } from '../../auth/scope.js';
import { badInput } from '../../graphql/errors.js';
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

export function applyGroupFilter(qb: SelectQueryBuilder<Group>, filter: GroupFilter | undefined, scope: ReadScope) {
  whereVisible(qb.where('true'), 'g', scope, filter?.statuses);
  if (filter?.forceIds) qb.andWhere('g.force_id = ANY(:forceIds)', { forceIds: filter.forceIds });
  if (filter?.regionIds)
    qb.andWhere('g.force_id IN (SELECT f.id FROM force f WHERE f.region_id = ANY(:regionIds))', { regionIds: filter.regionIds });
  if (filter?.kinds) qb.andWhere('g.kind = ANY(:kinds)', { kinds: filter.kinds });
  if (filter?.characteristics) qb.andWhere('g.characteristics && :chars::text[]', { chars: filter.characteristics });
  const search = filter?.search?.trim();
  if (search) {
    qb.andWhere(
      `(g.name ILIKE :q OR g.description ILIKE :q
        OR array_to_string(g.also_known_as, ' ') ILIKE :q
        OR array_to_string(g.aims, ' ') ILIKE :q
        OR array_to_string(g.topics, ' ') ILIKE :q
        OR EXISTS (SELECT 1 FROM group_former_name n WHERE n.group_id = g.id AND n.name ILIKE :q))`,
      { q: likePattern(search) },
    );
  }
  return qb;
}

/** A filtered, sorted page of groups and the total: two statements, whatever the page size. */
export async function findGroups(ds: DataSource, args: GroupsArgs, scope: ReadScope): Promise<GroupConnection> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const offset = decodeCursor(args.after);
  const qb = applyGroupFilter(ds.getRepository(Group).createQueryBuilder('g'), args.filter, scope);

  const direction = args.direction === OrderDirection.DESC ? 'DESC' : 'ASC';
  const column = ORDER_COLUMN[args.orderBy ?? GroupOrder.NAME];
  qb.orderBy(column, direction, 'NULLS LAST');
  if (column !== 'g.name') qb.addOrderBy('g.name', 'ASC');
  qb.addOrderBy('g.id', 'ASC');

  const [nodes, totalCount] = await Promise.all([
    first === 0 ? Promise.resolve([]) : qb.clone().offset(offset).limit(first).getMany(),
    qb.getCount(),
  ]);
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
