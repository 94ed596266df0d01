import { periodLabel, sharePercent, shortPeriod, type ForceProgressLike } from './progress';

/** One drawn series: a commitment of a force that has recorded figures. */
export interface ChartSeries {
  /** The data key in each row */
  key: string;
  /** "Leicestershire Police: Not less than one in four" */
  name: string;
  /** The target share in percent, if the commitment sets one */
  targetPercent: number | null;
}

export interface ChartRow {
  /** The axis label, e.g. "Apr 2024–Mar 2025" */
  period: string;
  /** The full period in words, for the tooltip */
  label: string;
  [series: string]: string | number | null;
}

export interface ProgressChartData {
  series: ChartSeries[];
  rows: ChartRow[];
  /** Each distinct target once, for the reference lines */
  targets: { percent: number; label: string }[];
}

/**
 * Share per period per force, ready for a grouped bar chart: one row per
 * distinct period (oldest first) across every series, so forces that
 * reported the same period stand side by side.
 */
export function progressChartData(progress: readonly ForceProgressLike[]): ProgressChartData {
  const series: ChartSeries[] = [];
  const periods = new Map<string, ChartRow & { start: string; end: string }>();
  const targets = new Map<number, string>();
  for (const entry of progress) {
    for (const c of entry.commitments) {
      if (c.figures.length === 0) continue;
      const key = `s${series.length}`;
      const targetPercent = c.target ? sharePercent(c.target.share) : null;
      series.push({ key, name: `${entry.force.name}: ${c.title}`, targetPercent });
      if (c.target && targetPercent !== null && !targets.has(targetPercent)) targets.set(targetPercent, c.target.label);
      for (const f of c.figures) {
        const id = `${f.periodStart}/${f.periodEnd}`;
        const row: ChartRow & { start: string; end: string } = periods.get(id) ?? { period: shortPeriod(f), label: periodLabel(f), start: f.periodStart, end: f.periodEnd };
        row[key] = sharePercent(f.share);
        periods.set(id, row);
      }
    }
  }
  const rows = [...periods.values()]
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end))
    .map(({ start: _start, end: _end, ...row }) => row as ChartRow);
  return { series, rows, targets: [...targets].map(([percent, label]) => ({ percent, label })) };
}
