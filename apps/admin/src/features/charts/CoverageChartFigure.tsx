import { CHARACTERISTIC_LABELS } from '../../lib/labels';
import type { CoverageSummary } from '../coverage/coverage-matrix';
import { ChartFigure } from './ChartFigure';
import { describeCharacteristicCoverage } from './describe';
import { CoverageByCharacteristicChart } from './lazy';

export function CoverageChartFigure({ summary }: { summary: CoverageSummary }) {
  return (
    <ChartFigure
      id="coverage-chart"
      title="Forces covering each characteristic"
      summary={describeCharacteristicCoverage(summary.covering, summary.forces)}
      table={
        <table className="table table--compact">
          <caption className="visually-hidden">Forces covering each characteristic</caption>
          <thead>
            <tr>
              <th scope="col">Characteristic</th>
              <th scope="col" className="num">
                Forces covering
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.covering.map((c) => (
              <tr key={c.characteristic}>
                <th scope="row">{CHARACTERISTIC_LABELS[c.characteristic]}</th>
                <td className="num">
                  {c.forces} of {summary.forces}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <CoverageByCharacteristicChart covering={summary.covering} forces={summary.forces} />
    </ChartFigure>
  );
}
