import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import { csvFileName } from '../../lib/csv';
import { toSearch, withParams } from '../../lib/url-state';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { ExportButton } from '../../ui/ExportButton';
import { Pagination } from '../../ui/Pagination';
import { useMe } from '../auth/useMe';
import { GroupFilters } from './GroupFilters';
import { describeRange, isFiltered, PAGE_SIZE, readGroupListState, toGroupFilter } from './group-list-params';
import { fetchAllGroups, groupsCsv } from './groups-export';
import { GroupRow, GroupsTable } from './GroupsTable';
import { rememberCursor, usePageCursor, type ListVariables } from './usePageCursor';

export const ForceGroupsQuery = graphql(`
  query ForceGroups($filter: GroupFilter, $first: Int, $after: String, $orderBy: GroupOrder, $direction: OrderDirection) {
    groups(filter: $filter, first: $first, after: $after, orderBy: $orderBy, direction: $direction) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...GroupRow
      }
    }
  }
`);

/** A force's groups: searched, filtered, sorted and paged, all in the URL. */
export function ForceGroups({ forceId, forceName }: { forceId: string; forceName: string }) {
  const [params] = useSearchParams();
  const client = useApolloClient();
  const { me } = useMe();
  const state = readGroupListState(params);
  const filterKey = JSON.stringify(toGroupFilter(forceId, state));
  const variables: ListVariables = useMemo(
    () => ({ filter: JSON.parse(filterKey), orderBy: state.orderBy, direction: state.direction }),
    [filterKey, state.orderBy, state.direction],
  );
  const offset = (state.page - 1) * PAGE_SIZE;
  const cursor = usePageCursor(variables, offset);
  const result = useQuery(ForceGroupsQuery, {
    variables: { ...variables, first: PAGE_SIZE, after: cursor.status === 'ready' ? cursor.after : undefined },
    skip: cursor.status !== 'ready',
  });
  const pageHref = (page: number) => toSearch(withParams(params, { page }));
  const groups = result.data?.groups;
  const nodes = groups ? getFragmentData(GroupRow, groups.nodes) : [];
  if (groups) rememberCursor(variables, offset + PAGE_SIZE, groups.pageInfo.endCursor);
  const error = cursor.status === 'error' ? cursor.error : result.error;
  const loading = !groups && !error;
  const status = loading ? 'Loading groups…' : groups ? describeRange(state.page, nodes.length, groups.totalCount) : '';

  let body = null;
  if (error && !groups) {
    body = <ErrorState error={error} onRetry={cursor.status === 'error' ? cursor.retry : () => result.refetch()} />;
  } else if (groups && groups.totalCount === 0) {
    body = (
      <EmptyState title={isFiltered(state) ? 'No groups match these filters' : 'No recorded groups'}>
        <p>
          {isFiltered(state)
            ? 'Try fewer filters or other words.'
            : `The registry has no staff networks, associations, unions or support groups for ${forceName} yet.`}
        </p>
      </EmptyState>
    );
  } else if (groups && nodes.length === 0) {
    body = (
      <EmptyState title={`There is no page ${state.page}`}>
        <p>
          <Link to={pageHref(1)}>Go to the first page</Link>
        </p>
      </EmptyState>
    );
  } else if (groups) {
    body = (
      <>
        <GroupsTable groups={nodes} caption={`Groups of ${forceName}`} orderBy={state.orderBy} direction={state.direction} />
        <Pagination page={state.page} pageCount={Math.ceil(groups.totalCount / PAGE_SIZE)} href={pageHref} label="Pages of groups" />
      </>
    );
  }

  return (
    <section className="section" aria-labelledby="groups-heading">
      <h2 id="groups-heading">Groups</h2>
      <GroupFilters state={state} withStatus={!!me?.user} />
      <div className="toolbar">
        <p className={`toolbar__status${loading ? ' loading' : ''}`} role="status">
          {loading && <span className="spinner" aria-hidden="true" />}
          {status}
        </p>
        {groups && groups.totalCount > 0 && (
          <ExportButton
            label={`Export ${groups.totalCount === 1 ? 'this group' : `these ${groups.totalCount} groups`} as CSV`}
            fileName={csvFileName('groups', forceId, state.search)}
            rows={async () => groupsCsv(await fetchAllGroups(client, variables))}
          />
        )}
      </div>
      {body}
    </section>
  );
}
