import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CompareGroupFragment, ProtectedCharacteristic } from '../../gql/graphql';
import { formatEstablished } from '../../lib/format';
import { CHARACTERISTIC_LABELS, KIND_PLURALS, KINDS } from '../../lib/labels';
import { countByKind } from '../charts/describe';
import type { AlignedRow } from './align';

export interface GlanceForce {
  id: string;
  name: string;
  region: { id: string; name: string };
  groups: readonly CompareGroupFragment[];
  gaps: readonly ProtectedCharacteristic[];
  characteristicCount: number;
  onlyHere: readonly AlignedRow<CompareGroupFragment>[];
}

/** The forces' headline facts side by side, before the row-by-row comparison. */
export function CompareGlance({ forces }: { forces: readonly GlanceForce[] }) {
  const rows: { label: string; cell: (force: GlanceForce) => ReactNode }[] = [
    { label: 'Region', cell: (f) => <Link to={`/coverage?region=${encodeURIComponent(f.region.id)}`}>{f.region.name}</Link> },
    { label: 'Groups recorded', cell: (f) => f.groups.length || 'None recorded' },
    ...KINDS.map((kind) => ({ label: KIND_PLURALS[kind], cell: (f: GlanceForce) => countByKind(f.groups)[kind] })),
    { label: 'Characteristics covered', cell: (f) => `${f.characteristicCount - f.gaps.length} of ${f.characteristicCount}` },
    { label: 'Not covered', cell: (f) => (f.gaps.length ? f.gaps.map((c) => CHARACTERISTIC_LABELS[c]).join('; ') : 'None: all covered') },
    { label: 'Oldest recorded group', cell: oldest },
    { label: 'Only this force has', cell: (f) => (f.onlyHere.length ? f.onlyHere.map((r) => r.label).join('; ') : 'Nothing the others lack') },
  ];
  return (
    <div className="table-scroll" role="region" aria-labelledby="glance-caption" tabIndex={0}>
      <table className="table glance-table">
        <caption id="glance-caption">At a glance</caption>
        <thead>
          <tr>
            <td />
            {forces.map((force) => (
              <th scope="col" key={force.id}>
                <Link to={`/forces/${force.id}`}>{force.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {forces.map((force) => (
                <td key={force.id}>{row.cell(force)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function oldest(force: GlanceForce): string {
  const dated = force.groups.filter((g) => g.established).sort((a, b) => a.established! - b.established!);
  const first = dated[0];
  return first ? `${formatEstablished(first.established, first.establishedEvent)}: ${first.name}` : 'No founding years recorded';
}
