import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ProtectedCharacteristic } from '../../gql/graphql';
import { CHARACTERISTIC_LABELS } from '../../lib/labels';

interface Props {
  covering: readonly { characteristic: ProtectedCharacteristic; forces: number }[];
  forces: number;
}

/** One bar per characteristic: how many of the forces shown cover it. Gaps are labelled, not just short. */
export default function CoverageByCharacteristicChart({ covering, forces }: Props) {
  const data = covering.map((c) => ({
    name: CHARACTERISTIC_LABELS[c.characteristic],
    forces: c.forces,
    label: c.forces === 0 ? 'none: a gap' : `${c.forces} of ${forces}`,
  }));
  return (
    <ResponsiveContainer width="100%" height={70 + data.length * 34}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 72, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#d8dadc" />
        <XAxis type="number" domain={[0, Math.max(1, forces)]} allowDecimals={false} tick={{ fill: '#3b4147' }} stroke="#6f777b" />
        <YAxis type="category" dataKey="name" width={210} tick={{ fill: '#0b0c0c' }} stroke="#6f777b" />
        {/* minPointSize keeps a sliver (and so its label) for a characteristic no force covers. */}
        <Bar dataKey="forces" name="Forces covering" fill="#1c4f8a" minPointSize={3} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.name} fill={d.forces === 0 ? '#b3261e' : '#1c4f8a'} />
          ))}
          <LabelList dataKey="label" position="right" fill="#0b0c0c" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
