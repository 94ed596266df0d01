import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import { csvFileName } from '../../lib/csv';
import { readList, toSearch, withParams } from '../../lib/url-state';
import { EmptyState } from '../../ui/EmptyState';
import { ExportButton } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { countByKind } from '../charts/describe';
import { GroupsByKindFigure } from '../charts/GroupsByKindFigure';
import { ForcePicker } from '../force-picker/ForcePicker';
import { alignCounterparts } from './align';
import { differences, onlyIn } from './align-summary';
import { compareCsv } from './compare-csv';
import { CompareGlance } from './CompareGlance';
import { CompareGroup } from './CompareGroupCell';
import { CompareTable } from './CompareTable';
import './compare.css';

export const ComparePageQuery = graphql(`
  query ComparePage($forceIds: [ID!]!) {
    coverage(forceIds: $forceIds) {
      characteristics
      forces {
        id
        name
        region {
          id
          name
        }
        groups {
          ...CompareGroup
        }
      }
      rows {
        force {
          id
        }
        cells {
          characteristic
          covered
        }
      }
    }
  }
`);

export function ComparePage() {
  const [params] = useSearchParams();
  const forceIds = readList(params, 'forces');
  const onlyDifferences = params.get('diff') === '1';
  const enough = forceIds.length >= 2;
  const result = useQuery(ComparePageQuery, { variables: { forceIds }, skip: !enough });

  return (
    <>
      <PageHeader
        title="Compare forces"
        lead="Two or more forces side by side: counterpart groups row by row, what one has and another lacks, founding years, who may join and fees."
      />
      <div className="scope">
        <ForcePicker
          action="/compare"
          selected={forceIds}
          legend="Choose forces to compare"
          submitLabel="Compare"
          keep={onlyDifferences ? { diff: '1' } : {}}
          open={!enough}
        />
      </div>
      {!enough ? (
        <EmptyState title={forceIds.length === 1 ? 'Choose at least one more force' : 'Choose two or more forces'}>
          <p>
            Tick the forces to compare above, or start from{' '}
            <Link to="/compare?forces=leicestershire&forces=wiltshire">Leicestershire Police and Wiltshire Police</Link>, the forces with recorded groups so far.
          </p>
        </EmptyState>
      ) : (
        <QueryState {...result} onRetry={() => result.refetch()} what="the comparison">
          {({ coverage }) => {
            const forces = coverage.forces.map((force) => ({ ...force, groups: getFragmentData(CompareGroup, force.groups) }));
            const rows = alignCounterparts(forces);
            const shown = onlyDifferences ? differences(rows, forces.length) : rows;
            const unique = onlyIn(rows, forces.length);
            const names = forces.map((f) => f.name).join(' and ');
            const glance = forces.map((force, i) => {
              const row = coverage.rows.find((r) => r.force.id === force.id);
              const gaps = coverage.characteristics.filter((c) => !row?.cells.find((cell) => cell.characteristic === c)?.covered);
              return { ...force, gaps, characteristicCount: coverage.characteristics.length, onlyHere: unique[i] };
            });
            return (
              <>
                <section aria-labelledby="glance-heading">
                  <h2 id="glance-heading">{names}</h2>
                  <CompareGlance forces={glance} />
                </section>
                <section aria-labelledby="counterparts-heading">
                  <h2 id="counterparts-heading">Counterpart groups</h2>
                  <p className="muted">
                    Groups share a row when they belong to the same national body or serve the same protected characteristics; an empty cell is a gap.
                  </p>
                  <div className="toolbar">
                    <ExportButton label="Export comparison as CSV" fileName={csvFileName('comparison', ...forces.map((f) => f.id))} rows={() => compareCsv(forces, shown)} />
                    <Link className="button button--secondary" to={toSearch(withParams(params, { diff: onlyDifferences ? null : '1' }))}>
                      {onlyDifferences ? 'Show all rows' : 'Show only differences'}
                    </Link>
                  </div>
                  {shown.length ? (
                    <CompareTable
                      forces={forces}
                      rows={shown}
                      caption={`${onlyDifferences ? 'Differences between' : 'Counterpart groups of'} ${names}`}
                    />
                  ) : (
                    <EmptyState title={rows.length ? 'No differences' : 'No groups recorded'}>
                      <p>{rows.length ? 'Every row has a group in each force.' : 'None of these forces has recorded groups yet.'}</p>
                    </EmptyState>
                  )}
                </section>
                <GroupsByKindFigure id="compare-chart" title="Groups by kind" rows={forces.map((f) => ({ id: f.id, name: f.name, counts: countByKind(f.groups) }))} level={2} />
              </>
            );
          }}
        </QueryState>
      )}
    </>
  );
}
