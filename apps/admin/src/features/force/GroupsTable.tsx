import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { GroupOrder, GroupRowFragment, OrderDirection } from '../../gql/graphql';
import { characteristicList } from '../../lib/labels';
import { founded, whoMayJoin } from '../../lib/group-facts';
import { KindTag } from '../../ui/KindTag';

export const GroupRow = graphql(`
  fragment GroupRow on Group {
    id
    name
    kind
    status
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
  }
`);

interface Props {
  groups: readonly GroupRowFragment[];
  caption: string;
  orderBy: GroupOrder;
  direction: OrderDirection;
}

export function GroupsTable({ groups, caption, orderBy, direction }: Props) {
  const sort = (order: GroupOrder) => (orderBy === order ? (direction === 'ASC' ? 'ascending' : 'descending') : undefined);
  return (
    <div className="table-scroll" role="region" aria-labelledby="groups-caption" tabIndex={0}>
      <table className="table groups-table">
        <caption id="groups-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={sort('NAME')}>
              Group
            </th>
            <th scope="col" aria-sort={sort('KIND')}>
              Kind
            </th>
            <th scope="col">Serves</th>
            <th scope="col" aria-sort={sort('ESTABLISHED')}>
              Founded
            </th>
            <th scope="col">Who may join</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.id}>
              <th scope="row">
                <Link to={`/groups/${group.id}`}>{group.name}</Link>
                {group.status !== 'PUBLISHED' && <span className="tag tag--status"> {group.status === 'DRAFT' ? 'Draft' : 'Archived'}</span>}
              </th>
              <td>
                <KindTag kind={group.kind} />
              </td>
              <td>{[characteristicList(group.characteristics), group.topics.join(', ')].filter(Boolean).join('; ') || 'Not recorded'}</td>
              <td>{founded(group)}</td>
              <td>{whoMayJoin(group)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
