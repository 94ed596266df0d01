import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { plural } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { countByKind, total } from '../charts/describe';
import { GroupsByKindFigure } from '../charts/GroupsByKindFigure';
import { RegionTable } from './RegionTable';
import './overview.css';

export const OverviewPageQuery = graphql(`
  query OverviewPage {
    regions {
      id
      name
      forces {
        id
        name
        groups {
          id
          kind
        }
      }
    }
  }
`);

export function OverviewPage() {
  const result = useQuery(OverviewPageQuery);
  return (
    <>
      <PageHeader
        title="Overview"
        lead="The police forces of England and Wales by region, with the staff networks, associations, unions and support groups recorded for each."
      />
      <QueryState {...result} onRetry={() => result.refetch()} what="regions and forces">
        {({ regions }) => {
          const forces = regions.flatMap((r) => r.forces);
          const counted = forces.map((f) => ({ id: f.id, name: f.name, counts: countByKind(f.groups) }));
          const withGroups = counted.filter((f) => total(f.counts) > 0);
          const groups = counted.reduce((sum, f) => sum + total(f.counts), 0);
          const without = forces.length - withGroups.length;
          return (
            <>
              <dl className="stats" aria-label="Totals">
                <div>
                  <dt>Regions</dt>
                  <dd>{regions.length}</dd>
                </div>
                <div>
                  <dt>Forces</dt>
                  <dd>{forces.length}</dd>
                </div>
                <div>
                  <dt>Groups recorded</dt>
                  <dd>{groups}</dd>
                </div>
                <div>
                  <dt>Forces with no recorded groups</dt>
                  <dd>{without}</dd>
                </div>
              </dl>
              {withGroups.length > 0 && (
                <GroupsByKindFigure
                  id="overview-chart"
                  title="Groups by kind, for forces with recorded groups"
                  rows={withGroups}
                  level={2}
                  note={without ? `${plural(without, 'other force')} ${without === 1 ? 'has' : 'have'} no recorded groups and are listed in the tables below.` : undefined}
                />
              )}
              <h2>Forces by region</h2>
              {regions.map((region) => (
                <RegionTable key={region.id} region={region} />
              ))}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
