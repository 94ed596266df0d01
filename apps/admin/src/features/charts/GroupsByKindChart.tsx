import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { KIND_PLURALS, KINDS, shortForceName } from '../../lib/labels';
import { total, type KindCounts } from './describe';
import { KIND_STYLE, patternId } from './kind-style';
import { KindPatterns } from './KindPatterns';

/** Stacked bars, one per force: how many groups of each kind it has. */
export default function GroupsByKindChart({ rows }: { rows: readonly KindCounts[] }) {
  const data = rows.map((row) => ({ name: shortForceName(row.name), total: total(row.counts), end: 0, ...row.counts }));
  return (
    <ResponsiveContainer width="100%" height={90 + rows.length * 46}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 40, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <KindPatterns />
        <CartesianGrid horizontal={false} stroke="#d8dadc" />
        <XAxis type="number" allowDecimals={false} tick={{ fill: '#3b4147' }} stroke="#6f777b" />
        <YAxis type="category" dataKey="name" width={140} tick={{ fill: '#0b0c0c' }} stroke="#6f777b" />
        <Legend wrapperStyle={{ color: '#0b0c0c', paddingTop: 8 }} iconType="square" iconSize={14} itemSorter={null} />
        {KINDS.map((kind) => (
          <Bar
            key={kind}
            dataKey={kind}
            name={KIND_PLURALS[kind]}
            stackId="kinds"
            fill={`url(#${patternId(kind)})`}
            stroke={KIND_STYLE[kind].colour}
            strokeWidth={1.5}
            isAnimationActive={false}
          />
        ))}
        {/* An empty last segment carries the total, wherever the visible stack ends. */}
        <Bar dataKey="end" stackId="kinds" legendType="none" fill="none" isAnimationActive={false}>
          <LabelList dataKey="total" position="right" fill="#0b0c0c" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
