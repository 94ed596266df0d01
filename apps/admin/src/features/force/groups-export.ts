import type { ApolloClient } from '@apollo/client';
import { graphql } from '../../gql';
import type { GroupsExportQuery } from '../../gql/graphql';
import type { CsvCell } from '../../lib/csv';
import { fee, founded, whoMayJoin } from '../../lib/group-facts';
import { CHARACTERISTIC_LABELS, KIND_LABELS } from '../../lib/labels';
import type { ListVariables } from './usePageCursor';

export const GroupsExport = graphql(`
  query GroupsExport($filter: GroupFilter, $first: Int, $after: String, $orderBy: GroupOrder, $direction: OrderDirection) {
    groups(filter: $filter, first: $first, after: $after, orderBy: $orderBy, direction: $direction) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        kind
        status
        force {
          id
          name
        }
        characteristics
        topics
        established
        establishedEvent
        eligibility
        fees {
          amountPence
          period
          appliesFrom
        }
        nationalBody {
          id
          name
        }
      }
    }
  }
`);

type ExportGroup = GroupsExportQuery['groups']['nodes'][number];

/** Every group the list's filter matches, not just the page on screen, in the list's order. */
export async function fetchAllGroups(client: ApolloClient, variables: ListVariables): Promise<ExportGroup[]> {
  const all: ExportGroup[] = [];
  let after: string | undefined;
  for (;;) {
    const { data } = await client.query({ query: GroupsExport, variables: { ...variables, first: 100, after }, fetchPolicy: 'network-only' });
    if (!data) throw new Error('The API returned no groups');
    all.push(...data.groups.nodes);
    if (!data.groups.pageInfo.hasNextPage || !data.groups.pageInfo.endCursor) return all;
    after = data.groups.pageInfo.endCursor;
  }
}

export function groupsCsv(groups: readonly ExportGroup[]): CsvCell[][] {
  return [
    ['Group', 'Force', 'Kind', 'Status', 'Protected characteristics', 'Topics', 'National body', 'Founded', 'Who may join', 'Fee'],
    ...groups.map((g) => [
      g.name,
      g.force.name,
      KIND_LABELS[g.kind],
      g.status.charAt(0) + g.status.slice(1).toLowerCase(),
      g.characteristics.map((c) => CHARACTERISTIC_LABELS[c]).join('; '),
      g.topics.join('; '),
      g.nationalBody?.name ?? '',
      founded(g),
      whoMayJoin(g),
      fee(g),
    ]),
  ];
}
