import type { GroupFilter, GroupKind, GroupOrder, GroupStatus, OrderDirection, ProtectedCharacteristic } from '../../gql/graphql';
import { CHARACTERISTICS, KINDS } from '../../lib/labels';
import { readEnum, readEnumList, readPage, readText } from '../../lib/url-state';

export const PAGE_SIZE = 10;
export const ORDERS: GroupOrder[] = ['NAME', 'KIND', 'ESTABLISHED'];
export const DIRECTIONS: OrderDirection[] = ['ASC', 'DESC'];
/** Signed-in readers may ask for drafts or archived groups; the API answers within their scope. */
export const STATUSES: GroupStatus[] = ['PUBLISHED', 'DRAFT', 'ARCHIVED'];

export interface GroupListState {
  search: string;
  kinds: GroupKind[];
  characteristics: ProtectedCharacteristic[];
  /** Empty: the API's default (published, and drafts for those who may read them) */
  statuses: GroupStatus[];
  orderBy: GroupOrder;
  direction: OrderDirection;
  page: number;
}

/** A force's group list as the URL describes it: ?q=&kind=&characteristic=&status=&sort=&dir=&page= */
export function readGroupListState(params: URLSearchParams): GroupListState {
  return {
    search: readText(params, 'q'),
    kinds: readEnumList(params, 'kind', KINDS),
    characteristics: readEnumList(params, 'characteristic', CHARACTERISTICS),
    statuses: readEnumList(params, 'status', STATUSES),
    orderBy: readEnum(params, 'sort', ORDERS, 'NAME'),
    direction: readEnum(params, 'dir', DIRECTIONS, 'ASC'),
    page: readPage(params),
  };
}

/** The API's filter for one force; empty lists are left out rather than sent as "match nothing". */
export function toGroupFilter(forceId: string, state: GroupListState): GroupFilter {
  return {
    forceIds: [forceId],
    ...(state.kinds.length ? { kinds: state.kinds } : {}),
    ...(state.characteristics.length ? { characteristics: state.characteristics } : {}),
    ...(state.statuses.length ? { statuses: state.statuses } : {}),
    ...(state.search ? { search: state.search } : {}),
  };
}

export function isFiltered(state: GroupListState): boolean {
  return Boolean(state.search || state.kinds.length || state.characteristics.length || state.statuses.length);
}

/** "Showing 11–11 of 11 groups" */
export function describeRange(page: number, shown: number, total: number): string {
  if (total === 0) return 'No groups';
  const first = (page - 1) * PAGE_SIZE + 1;
  return `Showing ${first}–${first + shown - 1} of ${total} ${total === 1 ? 'group' : 'groups'}`;
}
