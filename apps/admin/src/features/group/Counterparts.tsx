import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ProtectedCharacteristic } from '../../gql/graphql';
import { CHARACTERISTIC_LABELS } from '../../lib/labels';
import { KindTag } from '../../ui/KindTag';
import { Section } from '../../ui/Section';

export const Counterpart = graphql(`
  fragment Counterpart on Group {
    id
    name
    kind
    characteristics
    force {
      id
      name
    }
    nationalBody {
      id
      name
    }
  }
`);

interface Props {
  group: {
    characteristics: readonly ProtectedCharacteristic[];
    nationalBody?: { id: string } | null;
    counterparts: readonly FragmentType<typeof Counterpart>[];
  };
}

/** What a counterpart has in common with the group: the national body, then shared characteristics. */
export function inCommon(
  group: { characteristics: readonly ProtectedCharacteristic[]; nationalBody?: { id: string } | null },
  other: { characteristics: readonly ProtectedCharacteristic[]; nationalBody?: { id: string; name: string } | null },
): string {
  const reasons = [];
  if (group.nationalBody && other.nationalBody?.id === group.nationalBody.id) reasons.push(`Same national body (${other.nationalBody.name})`);
  const shared = other.characteristics.filter((c) => group.characteristics.includes(c));
  if (shared.length) reasons.push(`Both serve ${shared.map((c) => CHARACTERISTIC_LABELS[c].toLowerCase()).join(', ')}`);
  return reasons.join('; ') || 'Linked by the registry';
}

export function Counterparts({ group }: Props) {
  const counterparts = getFragmentData(Counterpart, group.counterparts);
  return (
    <Section id="counterparts" title="Counterparts in other forces" empty={counterparts.length === 0}>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Counterparts in other forces</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Force</th>
              <th scope="col">Kind</th>
              <th scope="col">In common</th>
            </tr>
          </thead>
          <tbody>
            {counterparts.map((other) => (
              <tr key={other.id}>
                <th scope="row">
                  <Link to={`/groups/${other.id}`}>{other.name}</Link>
                </th>
                <td>
                  <Link to={`/forces/${other.force.id}`}>{other.force.name}</Link>
                </td>
                <td>
                  <KindTag kind={other.kind} />
                </td>
                <td>{inCommon(group, other)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
