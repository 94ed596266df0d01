import { Link } from 'react-router';
import type { GroupKind } from '../../gql/graphql';
import { plural } from '../../lib/format';
import { KIND_PLURALS, KINDS } from '../../lib/labels';
import { countByKind, total } from '../charts/describe';

interface Props {
  region: { id: string; name: string; forces: readonly { id: string; name: string; groups: readonly { kind: GroupKind }[] }[] };
}

/** One region's forces with their groups counted by kind; a force with none says so. */
export function RegionTable({ region }: Props) {
  const headingId = `region-${region.id}`;
  const recorded = region.forces.filter((f) => f.groups.length > 0).length;
  return (
    <section className="region" aria-labelledby={headingId}>
      <div className="region__head">
        <h3 id={headingId}>{region.name}</h3>
        <p className="muted">
          {plural(region.forces.length, 'force')}, {recorded} with recorded groups ·{' '}
          <Link to={`/coverage?region=${encodeURIComponent(region.id)}`}>
            Coverage<span className="visually-hidden"> for {region.name}</span>
          </Link>
        </p>
      </div>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Groups by kind in {region.name}</caption>
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
            {region.forces.map((force) => {
              const counts = countByKind(force.groups);
              return (
                <tr key={force.id}>
                  <th scope="row">
                    <Link to={`/forces/${force.id}`}>{force.name}</Link>
                  </th>
                  {total(counts) === 0 ? (
                    <td colSpan={KINDS.length + 1} className="no-groups">
                      No recorded groups
                    </td>
                  ) : (
                    <>
                      {KINDS.map((kind) => (
                        <td className="num" key={kind}>
                          {counts[kind]}
                        </td>
                      ))}
                      <td className="num">
                        <strong>{total(counts)}</strong>
                      </td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
