import { KIND_PLURALS, KINDS } from '../../lib/labels';
import { ChartFigure } from './ChartFigure';
import { describeGroupsByKind, total, type KindCounts } from './describe';
import { GroupsByKindChart } from './lazy';

interface Props {
  id: string;
  title: string;
  rows: readonly KindCounts[];
  /** Said after the summary, e.g. which forces are left out of the drawing */
  note?: string;
  level?: 2 | 3;
}

export function GroupsByKindFigure({ id, title, rows, note, level }: Props) {
  const summary = describeGroupsByKind(rows) + (note ? ` ${note}` : '');
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={summary}
      level={level}
      table={
        <div className="table-scroll">
          <table className="table table--compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Force</th>
                {KINDS.map((kind) => (
                  <th scope="col" className="num" key={kind}>
                    {KIND_PLURALS[kind]}
                  </th>
                ))}
                <th scope="col" className="num">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  {KINDS.map((kind) => (
                    <td className="num" key={kind}>
                      {row.counts[kind]}
                    </td>
                  ))}
                  <td className="num">{total(row.counts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    >
      <GroupsByKindChart rows={rows} />
    </ChartFigure>
  );
}
