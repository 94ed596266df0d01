import type { SelectQueryBuilder } from 'typeorm';
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

let paramSeq = 0;

/**
 * Restricts `alias` (a group) to what the scope may read and, within that, to `statuses`
 * (default: published and drafts; archived only when asked for).
 */
export function whereVisible<T extends object>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  scope: ReadScope,
  statuses: GroupStatus[] = [GroupStatus.PUBLISHED, GroupStatus.DRAFT],
): SelectQueryBuilder<T> {
  const p = `vis${++paramSeq}`;
  qb.andWhere(`${alias}.status = ANY(:${p}_statuses)`, { [`${p}_statuses`]: statuses });
  const u = scope.unpublished;
  if (u === 'all') return qb;
  if (u === 'none') return qb.andWhere(`${alias}.status = 'PUBLISHED'`);
  if ('forceIds' in u) {
    return qb.andWhere(`(${alias}.status = 'PUBLISHED' OR ${alias}.force_id = ANY(:${p}_forces))`, { [`${p}_forces`]: u.forceIds });
  }
  return qb.andWhere(
    `(${alias}.status = 'PUBLISHED' OR ${alias}.force_id IN (SELECT sf.id FROM force sf WHERE sf.region_id = ANY(:${p}_regions)))`,
    { [`${p}_regions`]: u.regionIds },
  );
}
