import { GroupStatus } from '../modules/common/enums.js';

/**
 * What the current caller may read beyond published data. Derived once per request from
 * the viewer (see access.ts) and applied by every query that returns groups.
 */
export interface ReadScope {
  /** Where drafts and archived groups are visible: nowhere, everywhere, or some forces or regions. */
  unpublished: 'none' | 'all' | { forceIds: string[] } | { regionIds: string[] };
}

/** Partners and anonymous readers see published data only. */
export const publicScope: ReadScope = Object.freeze({ unpublished: 'none' }) as ReadScope;

const READABLE = [GroupStatus.PUBLISHED, GroupStatus.DRAFT];

/**
 * The condition that restricts `alias` (a group) to what the scope may read and, within that,
 * to `statuses` (default: published and drafts; archived only when asked for). `param` turns a
 * value into a placeholder of the statement being built.
 */
export function visibleSql(alias: string, scope: ReadScope, statuses: GroupStatus[] = READABLE, param: (value: unknown) => string): string {
  const status = `${alias}.status = ANY(${param(statuses)})`;
  const u = scope.unpublished;
  if (u === 'all') return status;
  if (u === 'none') return `${status} AND ${alias}.status = 'PUBLISHED'`;
  if ('forceIds' in u) return `${status} AND (${alias}.status = 'PUBLISHED' OR ${alias}.force_id = ANY(${param(u.forceIds)}))`;
  return `${status} AND (${alias}.status = 'PUBLISHED' OR ${alias}.force_id IN (SELECT sf.id FROM force sf WHERE sf.region_id = ANY(${param(u.regionIds)})))`;
}
