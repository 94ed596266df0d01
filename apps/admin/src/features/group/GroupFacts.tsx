import type { ReactNode } from 'react';
import type { GroupPageQuery } from '../../gql/graphql';
import { formatFee } from '../../lib/format';
import { founded, whoMayJoin } from '../../lib/group-facts';
import { characteristicList, KIND_LABELS } from '../../lib/labels';
import { SocialHandles } from '../../ui/SocialHandles';

type Group = NonNullable<GroupPageQuery['group']>;

/** Everything known about a group at a glance; "Not recorded" where the registry has nothing yet. */
export function GroupFacts({ group }: { group: Group }) {
  const body = group.nationalBody;
  const facts: [string, ReactNode][] = [
    ['Kind', KIND_LABELS[group.kind]],
    ['Status', group.status.charAt(0) + group.status.slice(1).toLowerCase()],
    ['Founded', founded(group)],
    ['Serves', characteristicList(group.characteristics) || 'No protected characteristic recorded'],
    ['Topics', group.topics.join(', ') || 'None recorded'],
    ['National body', body ? `${body.name}${body.shortName ? ` (${body.shortName})` : ''}${body.founded ? `, founded ${body.founded}` : ''}` : 'None'],
    ['Who may join', whoMayJoin(group) + (group.eligibilityNote ? `. ${group.eligibilityNote}` : '')],
    ['Ranks represented', group.ranks.join(', ') || 'Not recorded'],
    [
      'Membership fee',
      group.fees.length ? (
        <ul className="plain-list">
          {group.fees.map((f) => (
            <li key={`${f.amountPence}${f.appliesFrom}`}>
              {formatFee(f)}
              {f.note && <span className="muted"> · {f.note}</span>}
            </li>
          ))}
        </ul>
      ) : (
        'Not recorded'
      ),
    ],
    ['Meets', group.meetingPattern ?? 'Not recorded'],
    ['Also known as', group.alsoKnownAs.join(', ') || 'No other names'],
    ['Website', group.website ? <a href={group.website}>{group.website}</a> : 'Not recorded'],
    ['Social media', <SocialHandles handles={group.socialHandles} />],
  ];
  return (
    <dl className="summary-list">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
