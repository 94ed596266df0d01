import { ChartFigure } from '../charts/ChartFigure';
import { ProgressChart } from '../charts/lazy';
import { describeProgress, formatShare, type ForceProgressLike } from './progress';
import { progressChartData } from './progress-chart';

/** The share per period per force against the target, drawn, described in words, and as a table. */
export function ProgressChartFigure({ progress }: { progress: readonly ForceProgressLike[] }) {
  const data = progressChartData(progress);
  const title = 'Share from the target group, period by period';
  return (
    <ChartFigure
      id="progress-chart"
      title={title}
      summary={describeProgress(progress)}
      table={
        <div className="table-scroll">
          <table className="table table--compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                {data.series.map((s) => (
                  <th scope="col" className="num" key={s.key}>
                    {s.name}
                    {s.targetPercent !== null && ` (target ${formatShare(s.targetPercent / 100)})`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {data.series.map((s) => (
                    <td className="num" key={s.key}>
                      {typeof row[s.key] === 'number' ? `${(row[s.key] as number).toFixed(1)}%` : 'Not recorded'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    >
      <ProgressChart data={data} />
    </ChartFigure>
  );
}
