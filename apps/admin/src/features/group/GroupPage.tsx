import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { KIND_LABELS } from '../../lib/labels';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { Section } from '../../ui/Section';
import { Sources } from '../../ui/Sources';
import { StatusBadge } from '../../ui/StatusBadge';
import { Counterparts } from './Counterparts';
import { GroupActions } from './GroupActions';
import { GroupFacts } from './GroupFacts';
import { GroupHistory } from './GroupHistory';
import './group-admin.css';

export const GroupPageQuery = graphql(`
  query GroupPage($id: ID!) {
    group(id: $id) {
      id
      name
      kind
      status
      version
      description
      aims
      alsoKnownAs
      characteristics
      topics
      established
      establishedEvent
      eligibility
      eligibilityNote
      ranks
      meetingPattern
      website
      socialHandles {
        platform
        handle
      }
      fees {
        amountPence
        period
        appliesFrom
        note
      }
      force {
        id
        name
        region {
          id
          name
        }
      }
      nationalBody {
        id
        name
        shortName
        founded
        website
      }
      affiliations {
        relation
        nationalBody {
          id
          name
        }
      }
      formerNames {
        name
        until
      }
      counterparts {
        ...Counterpart
      }
      sources {
        id
        title
        url
        publisher
      }
    }
  }
`);

export function GroupPage() {
  const { groupId = '' } = useParams();
  const result = useQuery(GroupPageQuery, { variables: { id: groupId } });
  const group = result.data?.group;
  const title = group?.name ?? (result.data ? 'Group not found' : 'Group');

  return (
    <>
      <PageHeader
        title={title}
        documentTitle={group ? `${group.name}, ${group.force.name}` : title}
        eyebrow={
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <ol>
              <li>
                <Link to="/">Overview</Link>
              </li>
              {group && (
                <li>
                  <Link to={`/forces/${group.force.id}`}>{group.force.name}</Link>
                </li>
              )}
            </ol>
          </nav>
        }
        lead={group ? `${KIND_LABELS[group.kind]} of ${group.force.name}` : undefined}
      >
        {group && (
          <div className="group-status">
            <StatusBadge status={group.status} />
            <GroupActions group={group} onStale={() => void result.refetch().catch(() => {})} />
          </div>
        )}
      </PageHeader>
      <QueryState {...result} onRetry={() => result.refetch()} what="the group">
        {({ group }) =>
          group ? (
            <>
              {group.status !== 'PUBLISHED' && (
                <p className="notice notice--info">
                  This group is {group.status === 'DRAFT' ? 'a draft: partners cannot see it yet' : 'archived: it is kept for the record'}.
                </p>
              )}
              {group.description && <p className="description">{group.description}</p>}
              <GroupFacts group={group} />
              <div className="columns">
                <Section id="aims" title="Aims" empty={group.aims.length === 0}>
                  <ol className="prose-list">
                    {group.aims.map((aim) => (
                      <li key={aim}>{aim}</li>
                    ))}
                  </ol>
                </Section>
                <Section id="former-names" title="Former names" empty={group.formerNames.length === 0}>
                  <ul className="prose-list">
                    {group.formerNames.map((former) => (
                      <li key={former.name}>
                        {former.name}
                        {former.until && <span className="muted"> · until {former.until}</span>}
                      </li>
                    ))}
                  </ul>
                </Section>
              </div>
              <Counterparts group={group} />
              <Section id="affiliations" title="Works with" empty={group.affiliations.length === 0}>
                <ul className="prose-list">
                  {group.affiliations.map((a) => (
                    <li key={a.nationalBody.id}>
                      {a.relation.charAt(0).toUpperCase() + a.relation.slice(1)} {a.nationalBody.name}
                    </li>
                  ))}
                </ul>
              </Section>
              <Section id="sources" title="Sources">
                <Sources sources={group.sources} />
              </Section>
              <GroupHistory group={group} />
            </>
          ) : (
            <EmptyState title={`No group has the id “${groupId}”`}>
              <p>
                It may have been renamed or removed. <Link to="/">Browse the forces</Link> to find it.
              </p>
            </EmptyState>
          )
        }
      </QueryState>
    </>
  );
}
