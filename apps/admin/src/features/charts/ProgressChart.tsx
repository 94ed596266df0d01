import { Bar, BarChart, CartesianGrid, LabelList, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProgressChartData } from '../commitments/progress-chart';
import { FillPattern } from './KindPatterns';
import { SERIES_STYLES, seriesPatternId } from './series-style';

const percent = (value: unknown) => (typeof value === 'number' ? `${value.toFixed(1)}%` : '');

/**
 * Share per period per force as grouped bars, with each target as a dashed
 * line. Bars carry their value and a pattern as well as a colour, so the
 * chart reads without telling colours apart; the figure around it says it all in words.
 */
export default function ProgressChart({ data }: { data: ProgressChartData }) {
  return (
    <ResponsiveContainer width="100%" height={340}>
      <BarChart data={data.rows} margin={{ top: 28, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false} barCategoryGap="25%">
        <defs>
          {data.series.map((s, i) => (
            <SeriesPattern key={s.key} index={i} />
          ))}
        </defs>
        <CartesianGrid vertical={false} stroke="#d8dadc" />
        <XAxis dataKey="period" tick={{ fill: '#0b0c0c' }} stroke="#6f777b" />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fill: '#3b4147' }} stroke="#6f777b" width={48} />
        <Tooltip formatter={(value) => percent(value)} labelFormatter={(_, payload) => String(payload?.[0]?.payload?.label ?? '')} />
        <Legend wrapperStyle={{ color: '#0b0c0c', paddingTop: 8 }} iconType="square" iconSize={14} />
        {data.series.map((s, i) => {
          const style = SERIES_STYLES[i % SERIES_STYLES.length];
          return (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={`url(#${seriesPatternId(i)})`} stroke={style.colour} strokeWidth={1.5} isAnimationActive={false} maxBarSize={72}>
              <LabelList dataKey={s.key} position="top" fill="#0b0c0c" formatter={percent} />
            </Bar>
          );
        })}
        {data.targets.map((t) => (
          <ReferenceLine
            key={t.percent}
            y={t.percent}
            stroke="#b3261e"
            strokeWidth={2}
            strokeDasharray="8 4"
            ifOverflow="extendDomain"
            label={{ value: `Target ${t.label}`, position: 'insideTopRight', fill: '#7a1010', fontWeight: 600 }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

function SeriesPattern({ index }: { index: number }) {
  return <FillPattern id={seriesPatternId(index)} {...SERIES_STYLES[index % SERIES_STYLES.length]} />;
}
