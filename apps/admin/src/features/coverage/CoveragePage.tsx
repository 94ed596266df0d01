import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { csvFileName } from '../../lib/csv';
import { CHARACTERISTIC_LABELS } from '../../lib/labels';
import { readList, readText } from '../../lib/url-state';
import { EmptyState } from '../../ui/EmptyState';
import { ExportButton } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { CoverageChartFigure } from '../charts/CoverageChartFigure';
import { ForcePicker } from '../force-picker/ForcePicker';
import { CoverageHeatmap } from './CoverageHeatmap';
import { coverageCsv, summariseCoverage } from './coverage-matrix';
import { CoverageTable } from './CoverageTable';
import { RegionForm } from './RegionForm';
import './coverage.css';

export const CoveragePageQuery = graphql(`
  query CoveragePage($regionId: ID, $forceIds: [ID!]) {
    coverage(regionId: $regionId, forceIds: $forceIds) {
      characteristics
      rows {
        force {
          id
          name
          region {
            id
            name
          }
        }
        cells {
          characteristic
          covered
          groups {
            id
            name
          }
        }
      }
    }
  }
`);

export function CoveragePage() {
  const [params] = useSearchParams();
  const forceIds = readList(params, 'forces');
  const regionId = forceIds.length ? '' : readText(params, 'region');
  const result = useQuery(CoveragePageQuery, {
    variables: forceIds.length ? { forceIds } : regionId ? { regionId } : {},
  });

  return (
    <>
      <PageHeader
        title="Coverage"
        lead="Which of the nine protected characteristics of the Equality Act 2010 each force's groups serve, and where the gaps are."
      />
      <div className="scope">
        <RegionForm selected={regionId} />
        <ForcePicker action="/coverage" selected={forceIds} legend="Or choose forces" submitLabel="Show coverage" />
      </div>

      <QueryState {...result} onRetry={() => result.refetch()} what="coverage">
        {({ coverage }) => {
          if (coverage.rows.length === 0) {
            return (
              <EmptyState title="No forces to show">
                <p>
                  This region has no forces. <Link to="/coverage">Show every force</Link> or choose a region above.
                </p>
              </EmptyState>
            );
          }
          const scope = describeScope(coverage.rows, forceIds.length > 0, regionId);
          const summary = summariseCoverage(coverage);
          return (
            <section aria-labelledby="coverage-results">
              <h2 id="coverage-results">{scope}</h2>
              <ul className="findings">
                <li>
                  {summary.uncovered.length
                    ? `No force shown covers: ${summary.uncovered.map((c) => CHARACTERISTIC_LABELS[c]).join('; ')}.`
                    : 'Every characteristic is covered by at least one force shown.'}
                </li>
                {summary.coveringNothing.length > 0 && (
                  <li>
                    {summary.coveringNothing.length === summary.forces
                      ? 'None of these forces has a recorded group serving a protected characteristic.'
                      : `${summary.coveringNothing.length} of ${summary.forces} forces have no recorded group serving a protected characteristic.`}
                  </li>
                )}
              </ul>
              <div className="toolbar">
                <ExportButton label="Export coverage as CSV" fileName={csvFileName('coverage', scope)} rows={() => coverageCsv(coverage)} />
                {coverage.rows.length >= 2 && coverage.rows.length <= 8 && (
                  <Link className="button button--secondary" to={`/compare?${coverage.rows.map((r) => `forces=${encodeURIComponent(r.force.id)}`).join('&')}`}>
                    Compare these forces
                  </Link>
                )}
              </div>
              <div className="coverage-layout">
                <CoverageTable matrix={coverage} caption={`Protected characteristics covered: ${scope}`} />
                <CoverageHeatmap matrix={coverage} />
              </div>
              <CoverageChartFigure summary={summary} />
            </section>
          );
        }}
      </QueryState>
    </>
  );
}

function describeScope(rows: readonly { force: { name: string; region?: { id: string; name: string } | null } }[], chosen: boolean, regionId: string): string {
  if (chosen) return rows.length <= 3 ? rows.map((r) => r.force.name).join(', ') : `${rows.length} chosen forces`;
  if (regionId) return rows[0]?.force.region?.name ?? 'Region';
  return `All ${rows.length} forces`;
}
