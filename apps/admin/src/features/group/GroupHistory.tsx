import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../gql';
import { ErrorState } from '../../ui/ErrorState';
import { errorCode } from '../../ui/form/field-errors';
import { Loading } from '../../ui/Loading';
import { useMe } from '../auth/useMe';
import { HistoryEventFields, HistoryView } from '../history/HistoryView';

const GroupHistoryQuery = graphql(`
  query GroupHistory($id: ID!) {
    group(id: $id) {
      id
      history {
        ...HistoryEventFields
      }
    }
    nationalBodies {
      id
      name
    }
  }
`);

/** The group's change history, for signed-in users (the API decides whose). */
export function GroupHistory({ group }: { group: { id: string; force: { id: string; name: string } } }) {
  const { me } = useMe();
  const allowed = !!me?.user && me.permissions.canReadHistory;
  const result = useQuery(GroupHistoryQuery, { variables: { id: group.id }, skip: !allowed, fetchPolicy: 'cache-and-network' });
  if (!allowed) return null;

  const events = result.data?.group ? getFragmentData(HistoryEventFields, result.data.group.history) : undefined;
  const names = {
    nationalBodies: new Map(result.data?.nationalBodies.map((b) => [b.id, b.name])),
    forces: new Map([[group.force.id, group.force.name]]),
  };
  return (
    <section className="section" aria-labelledby="history">
      <h2 id="history">History</h2>
      <p className="muted">Every change to this group, newest first, with who made it.</p>
      {events ? (
        <HistoryView events={events} names={names} what="the group" />
      ) : errorCode(result.error) === 'FORBIDDEN' ? (
        <p className="muted">Your role does not read the history of {group.force.name}'s groups.</p>
      ) : result.error ? (
        <ErrorState error={result.error} onRetry={() => result.refetch()} />
      ) : (
        <Loading label="Loading the history…" />
      )}
    </section>
  );
}
