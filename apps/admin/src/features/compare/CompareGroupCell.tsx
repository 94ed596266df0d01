import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { CompareGroupFragment } from '../../gql/graphql';
import { fee, founded, whoMayJoin } from '../../lib/group-facts';
import { KindTag } from '../../ui/KindTag';

export const CompareGroup = graphql(`
  fragment CompareGroup on Group {
    id
    name
    kind
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
`);

/** One group in a comparison cell: what it is, when it started, who may join, what it costs. */
export function CompareGroupCell({ group }: { group: CompareGroupFragment }) {
  return (
    <div className="compare-group">
      <Link to={`/groups/${group.id}`} className="compare-group__name">
        {group.name}
      </Link>{' '}
      <KindTag kind={group.kind} />
      <dl className="facts">
        <div>
          <dt>Founded</dt>
          <dd>{founded(group)}</dd>
        </div>
        <div>
          <dt>Who may join</dt>
          <dd>{whoMayJoin(group)}</dd>
        </div>
        <div>
          <dt>Fee</dt>
          <dd>{fee(group)}</dd>
        </div>
      </dl>
    </div>
  );
}
