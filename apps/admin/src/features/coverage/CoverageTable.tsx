import { Fragment } from 'react';
import { Link } from 'react-router';
import { CHARACTERISTIC_LABELS } from '../../lib/labels';
import { cellFor, summariseCoverage, type Matrix } from './coverage-matrix';

interface Props {
  matrix: Matrix;
  caption: string;
}

/**
 * The matrix as a real table: row and column headers with scope, and each
 * status written out. Colour and the ✓/✕ marks only repeat what the words say.
 */
export function CoverageTable({ matrix, caption }: Props) {
  const summary = summariseCoverage(matrix);
  const total = matrix.characteristics.length;
  return (
    <div className="table-scroll" role="region" aria-labelledby="coverage-caption" tabIndex={0}>
      <table className="table coverage-table">
        <caption id="coverage-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Force</th>
            {matrix.characteristics.map((c) => (
              <th scope="col" key={c}>
                {CHARACTERISTIC_LABELS[c]}
              </th>
            ))}
            <th scope="col" className="num">
              Covered
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, i) => (
            <tr key={row.force.id}>
              <th scope="row">
                <Link to={`/forces/${row.force.id}`}>{row.force.name}</Link>
              </th>
              {matrix.characteristics.map((c) => {
                const cell = cellFor(row, c);
                return cell.covered ? (
                  <td key={c} className="cell cell--covered">
                    <span className="cell__mark" aria-hidden="true">
                      ✓
                    </span>{' '}
                    Covered by{' '}
                    {cell.groups.map((group, j) => (
                      <Fragment key={group.id}>
                        {j > 0 && ', '}
                        <Link to={`/groups/${group.id}`}>{group.name}</Link>
                      </Fragment>
                    ))}
                  </td>
                ) : (
                  <td key={c} className="cell cell--gap">
                    <span className="cell__mark" aria-hidden="true">
                      ✕
                    </span>{' '}
                    No group
                  </td>
                );
              })}
              <td className="num">
                {summary.perForce[i].covered} of {total}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Forces covering</th>
            {summary.covering.map(({ characteristic, forces }) => (
              <td key={characteristic} className={forces === 0 ? 'cell cell--gap' : undefined}>
                {forces} of {summary.forces}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
