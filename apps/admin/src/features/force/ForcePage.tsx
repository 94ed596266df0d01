import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { formatMonthYear } from '../../lib/format';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { Section } from '../../ui/Section';
import { Sources } from '../../ui/Sources';
import { ForceCommitments } from './ForceCommitments';
import { ForceEditorActions } from './ForceEditorActions';
import { ForceFacts } from './ForceFacts';
import { ForceGroups } from './ForceGroups';

export const ForcePageQuery = graphql(`
  query ForcePage($id: ID!) {
    force(id: $id) {
      id
      name
      description
      website
      region {
        id
        name
      }
      socialHandles {
        platform
        handle
      }
      positiveActionFocus
      equalityObjectives
      memberships {
        id
        organisation
      }
      schemes {
        id
        name
        since
        description
      }
      facilities {
        id
        name
        description
        location
        openedMonth
        openedYear
      }
      commitments {
        ...ForceCommitment
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

export function ForcePage() {
  const { forceId = '' } = useParams();
  const result = useQuery(ForcePageQuery, { variables: { id: forceId } });
  const force = result.data?.force;
  const title = force?.name ?? (result.data ? 'Force not found' : 'Force');

  return (
    <>
      <PageHeader
        title={title}
        eyebrow={
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <ol>
              <li>
                <Link to="/">Overview</Link>
              </li>
              {force && (
                <li>
                  <Link to={`/coverage?region=${encodeURIComponent(force.region.id)}`}>{force.region.name}</Link>
                </li>
              )}
            </ol>
          </nav>
        }
        lead={force?.description}
      >
        {force && <ForceEditorActions force={force} />}
      </PageHeader>
      <QueryState {...result} onRetry={() => result.refetch()} what="the force">
        {({ force }) =>
          force ? (
            <>
              <ForceFacts force={force} />
              <ForceGroups forceId={force.id} forceName={force.name} />
              <div className="columns">
                <Section id="objectives" title="Equality objectives" empty={force.equalityObjectives.length === 0}>
                  <ol className="prose-list">
                    {force.equalityObjectives.map((objective) => (
                      <li key={objective}>{objective}</li>
                    ))}
                  </ol>
                </Section>
                <Section id="memberships" title="Corporate memberships" empty={force.memberships.length === 0}>
                  <ul className="prose-list">
                    {force.memberships.map((m) => (
                      <li key={m.id}>{m.organisation}</li>
                    ))}
                  </ul>
                </Section>
                <Section id="schemes" title="Schemes" empty={force.schemes.length === 0}>
                  {force.schemes.map((scheme) => (
                    <div key={scheme.id} className="entry">
                      <h3>
                        {scheme.name}
                        {scheme.since && <span className="muted"> · since {scheme.since}</span>}
                      </h3>
                      {scheme.description && <p>{scheme.description}</p>}
                    </div>
                  ))}
                </Section>
                <Section id="facilities" title="Facilities" empty={force.facilities.length === 0}>
                  {force.facilities.map((facility) => (
                    <div key={facility.id} className="entry">
                      <h3>{facility.name}</h3>
                      <p className="muted">{[facility.location, formatMonthYear(facility.openedMonth, facility.openedYear) && `opened ${formatMonthYear(facility.openedMonth, facility.openedYear)}`].filter(Boolean).join(' · ')}</p>
                      {facility.description && <p>{facility.description}</p>}
                    </div>
                  ))}
                </Section>
              </div>
              <ForceCommitments commitments={force.commitments} />
              <Section id="sources" title="Sources">
                <Sources sources={force.sources} />
              </Section>
            </>
          ) : (
            <EmptyState title={`No force has the id “${forceId}”`}>
              <p>
                Forces use their data.police.uk ids, such as <Link to="/forces/leicestershire">leicestershire</Link>. <Link to="/">See every force</Link>.
              </p>
            </EmptyState>
          )
        }
      </QueryState>
    </>
  );
}
