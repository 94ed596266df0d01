import { Link } from 'react-router';
import {
  formatCount,
  formatGap,
  formatMet,
  formatShare,
  formatShortfall,
  NO_FIGURES,
  NO_TARGET,
  periodLabel,
  progressRows,
  type ForceProgressLike,
} from './progress';

interface Props {
  progress: readonly ForceProgressLike[];
  caption: string;
}

const COLUMNS = ['Force', 'Commitment', 'Target', 'Period', 'Total', 'Part', 'Share', 'Gap to target (percentage points)', 'Shortfall', 'Met target?'];
const NUMERIC = new Set(['Total', 'Part', 'Share', 'Gap to target (percentage points)', 'Shortfall']);

/**
 * Every recorded period of every commitment shown, one row each, with the
 * numbers the chart draws. Forces with nothing to measure keep a row that
 * says so, so a coordinator sees the whole region, not only those reporting.
 */
export function ProgressTable({ progress, caption }: Props) {
  const rows = progressRows(progress);
  return (
    <div className="table-scroll" role="region" aria-labelledby="progress-caption" tabIndex={0}>
      <table className="table progress-table">
        <caption id="progress-caption">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th scope="col" key={c} className={NUMERIC.has(c) ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const force = (
              <th scope="row">
                <Link to={`/forces/${row.force.id}`}>{row.force.name}</Link>
              </th>
            );
            if (row.kind === 'no-target') {
              return (
                <tr key={row.key} className="progress-table__none">
                  {force}
                  <td colSpan={COLUMNS.length - 1}>{NO_TARGET}</td>
                </tr>
              );
            }
            const commitment = <td>{row.commitment.title}</td>;
            const target = <td>{row.commitment.target?.label ?? NO_TARGET}</td>;
            if (row.kind === 'no-figures') {
              return (
                <tr key={row.key} className="progress-table__none">
                  {force}
                  {commitment}
                  {target}
                  <td colSpan={COLUMNS.length - 3}>{NO_FIGURES}</td>
                </tr>
              );
            }
            const f = row.figure;
            const met = formatMet(f.meetsTarget);
            return (
              <tr key={row.key}>
                {force}
                {commitment}
                {target}
                <td>{periodLabel(f)}</td>
                <td className="num">{formatCount(f.total)}</td>
                <td className="num">{formatCount(f.part)}</td>
                <td className="num">{formatShare(f.share)}</td>
                <td className="num">{formatGap(f.gapToTarget)}</td>
                <td className="num">{formatShortfall(f.shortfall)}</td>
                <td className={f.meetsTarget === null ? undefined : f.meetsTarget ? 'cell cell--covered' : 'cell cell--gap'}>
                  {met.mark && (
                    <>
                      <span className="cell__mark" aria-hidden="true">
                        {met.mark}
                      </span>{' '}
                    </>
                  )}
                  {met.text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
