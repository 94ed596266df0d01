import type { CompareGroupFragment } from '../../gql/graphql';
import type { AlignedRow } from './align';
import { describeBasis } from './align-summary';
import { NO_COUNTERPART } from './compare-csv';
import { CompareGroupCell } from './CompareGroupCell';

interface Props {
  forces: readonly { id: string; name: string }[];
  rows: readonly AlignedRow<CompareGroupFragment>[];
  caption: string;
}

/** Counterparts side by side: a row per match, a column per force, a gap written as "No counterpart". */
export function CompareTable({ forces, rows, caption }: Props) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
      <table className="table compare-table">
        <caption id="compare-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Counterpart</th>
            {forces.map((force) => (
              <th scope="col" key={force.id}>
                {force.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <span className="compare-table__label">{row.label}</span>
                <span className="compare-table__basis">{describeBasis(row)}</span>
              </th>
              {row.cells.map((groups, i) =>
                groups.length ? (
                  <td key={forces[i].id} className="compare-table__cell">
                    {groups.map((group) => (
                      <CompareGroupCell key={group.id} group={group} />
                    ))}
                  </td>
                ) : (
                  <td key={forces[i].id} className="compare-table__cell cell--gap">
                    <span className="cell__mark" aria-hidden="true">
                      ✕
                    </span>{' '}
                    {NO_COUNTERPART}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
