import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import { csvFileName } from '../../lib/csv';
import { readList, readText } from '../../lib/url-state';
import { EmptyState } from '../../ui/EmptyState';
import { ExportButton } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { canEditForce, useMe } from '../auth/useMe';
import { RegionForm } from '../coverage/RegionForm';
import { ForcePicker } from '../force-picker/ForcePicker';
import { CommitmentCard } from './CommitmentCard';
import { progressCsv, type ForceProgressLike } from './progress';
import { ProgressChartFigure } from './ProgressChartFigure';
import { ProgressTable } from './ProgressTable';
import './commitments.css';

export const ProgressFigure = graphql(`
  fragment ProgressFigure on CommitmentFigure {
    id
    version
    periodStart
    periodEnd
    total
    part
    share
    gapToTarget
    shortfall
    meetsTarget
    source
  }
`);

export const CommitmentsPageQuery = graphql(`
  query CommitmentsPage($regionId: ID, $forceIds: [ID!]) {
    commitmentProgress(regionId: $regionId, forceIds: $forceIds) {
      hasTarget
      force {
        id
        name
        region {
          id
          name
        }
      }
      commitments {
        id
        title
        statement
        madeBy
        madeOn
        measure
        targetGroup
        target {
          numerator
          denominator
          share
          label
        }
        actions {
          theme
          text
        }
        figures {
          ...ProgressFigure
        }
        latest {
          ...ProgressFigure
        }
        sources {
          id
          title
          url
          publisher
        }
      }
    }
  }
`);

export function CommitmentsPage() {
  const [params] = useSearchParams();
  const forceIds = readList(params, 'forces');
  const regionId = forceIds.length ? '' : readText(params, 'region');
  const result = useQuery(CommitmentsPageQuery, {
    variables: forceIds.length ? { forceIds } : regionId ? { regionId } : {},
  });
  const { me } = useMe();

  return (
    <>
      <PageHeader
        title="Commitments"
        lead="How forces are doing against the equality commitments they have made: of each period’s figures, the share from the target group, against the target."
      />
      <div className="scope">
        <RegionForm selected={regionId} action="/commitments" />
        <ForcePicker action="/commitments" selected={forceIds} legend="Or choose forces" submitLabel="Show progress" />
      </div>

      <QueryState {...result} onRetry={() => result.refetch()} what="commitments">
        {(data) => {
          const progress = data.commitmentProgress.map((entry) => ({
            ...entry,
            commitments: entry.commitments.map((c) => ({
              ...c,
              figures: getFragmentData(ProgressFigure, c.figures),
              latest: getFragmentData(ProgressFigure, c.latest),
            })),
          }));
          if (progress.length === 0) {
            return (
              <EmptyState title="No forces to show">
                <p>
                  This region has no forces. <Link to="/commitments">Show every force</Link> or choose a region above.
                </p>
              </EmptyState>
            );
          }
          const scope = describeScope(progress, forceIds.length > 0, regionId);
          const reload = () => result.refetch();
          const withCommitments = progress.filter((p) => p.commitments.length > 0);
          const recorded = withCommitments.some((p) => p.commitments.some((c) => c.figures.length > 0));
          return (
            <>
              <section aria-labelledby="progress-results">
                <h2 id="progress-results">{scope}</h2>
                <ul className="progress-findings">
                  <li>{describeTargets(progress)}</li>
                </ul>
                <div className="toolbar">
                  <ExportButton label="Export progress as CSV" fileName={csvFileName('commitments', scope)} rows={() => progressCsv(progress)} />
                </div>
                {recorded ? (
                  <ProgressChartFigure progress={progress} />
                ) : (
                  <div className="notice notice--empty">
                    <h3 className="notice__title">No figures recorded yet</h3>
                    <p>{noFiguresText(withCommitments)}</p>
                  </div>
                )}
                <ProgressTable progress={progress} caption={`Progress against targets: ${scope}`} />
              </section>
              {withCommitments.length > 0 && (
                <section aria-labelledby="commitments-detail" className="commitments-detail">
                  <h2 id="commitments-detail">The commitments</h2>
                  {withCommitments.flatMap((entry) =>
                    entry.commitments.map((c) => (
                      <CommitmentCard key={c.id} forceName={entry.force.name} commitment={c} canEdit={canEditForce(me, entry.force.id)} reload={reload} />
                    )),
                  )}
                </section>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function describeScope(rows: readonly ForceProgressLike[], chosen: boolean, regionId: string): string {
  if (chosen) return rows.length <= 3 ? rows.map((r) => r.force.name).join(', ') : `${rows.length} chosen forces`;
  if (regionId) return rows[0]?.force.region?.name ?? 'Region';
  return `All ${rows.length} forces`;
}

function describeTargets(progress: readonly ForceProgressLike[]): string {
  const withTarget = progress.filter((p) => p.hasTarget).length;
  if (withTarget === 0) return progress.length === 1 ? 'This force has no target set.' : 'None of these forces has a target set.';
  if (progress.length === 1) return 'This force has set a target.';
  return `${withTarget} of ${progress.length} forces shown ${withTarget === 1 ? 'has' : 'have'} set a target; the others are listed as “No target set”.`;
}

function noFiguresText(withCommitments: readonly ForceProgressLike[]): string {
  if (withCommitments.length === 0) return 'None of these forces has made a commitment with figures to record, so there is nothing to chart.';
  const named = withCommitments.flatMap((p) => p.commitments.map((c) => `${p.force.name}’s commitment “${c.title}”`));
  const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0];
  return `No figures have been recorded yet against ${list}, so there is no progress to chart.`;
}
