import type { CsvCell } from '../../lib/csv';
import { formatIsoDate } from '../../lib/format';

/**
 * Progress against commitments, as the table, the chart, the CSV and the
 * summaries show it. The API computes share, gap, shortfall and met; these
 * helpers only lay them out and put them in words, so every view agrees.
 */
export interface TargetLike {
  numerator: number;
  denominator: number;
  share: number;
  label: string;
}

export interface FigureLike {
  id: string;
  version: number;
  periodStart: string;
  periodEnd: string;
  total: number;
  part: number;
  share: number | null;
  gapToTarget: number | null;
  shortfall: number | null;
  meetsTarget: boolean | null;
  source?: string | null;
}

export interface CommitmentLike {
  id: string;
  title: string;
  measure?: string | null;
  targetGroup?: string | null;
  target: TargetLike | null;
  figures: readonly FigureLike[];
}

export interface ForceProgressLike {
  force: { id: string; name: string; region?: { name: string } | null };
  hasTarget: boolean;
  commitments: readonly CommitmentLike[];
}

export type ForceRef = ForceProgressLike['force'];

/** One line of the progress table: a recorded period, a commitment with none yet, or a force with nothing to measure. */
export type ProgressRow =
  | { kind: 'figure'; key: string; force: ForceRef; commitment: CommitmentLike; figure: FigureLike }
  | { kind: 'no-figures'; key: string; force: ForceRef; commitment: CommitmentLike }
  | { kind: 'no-target'; key: string; force: ForceRef };

export const NO_TARGET = 'No target set';
export const NO_FIGURES = 'No figures recorded yet';

/** Forces in the order the API gave them; each commitment's periods oldest first, as recorded. */
export function progressRows(progress: readonly ForceProgressLike[]): ProgressRow[] {
  return progress.flatMap((entry): ProgressRow[] => {
    if (entry.commitments.length === 0) return [{ kind: 'no-target', key: entry.force.id, force: entry.force }];
    return entry.commitments.flatMap((commitment): ProgressRow[] =>
      commitment.figures.length === 0
        ? [{ kind: 'no-figures', key: commitment.id, force: entry.force, commitment }]
        : commitment.figures.map((figure) => ({ kind: 'figure', key: figure.id, force: entry.force, commitment, figure })),
    );
  });
}

/** A share as a percentage to one decimal place, e.g. 0.25 → "25.0%"; no share (a total of 0) is "n/a". */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined) return 'n/a';
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** A share in percent for charts and CSV, to one decimal place: 0.3 → 30. */
export function sharePercent(share: number | null | undefined): number | null {
  return share === null || share === undefined ? null : Math.round(share * 1000) / 10;
}

/** The gap in percentage points, signed and in words: "+5.0 above", "−3.0 below", "0.0 on target". */
export function formatGap(gap: number | null | undefined): string {
  if (gap === null || gap === undefined) return 'n/a';
  const points = Math.abs(Math.round(gap * 1000) / 10).toFixed(1);
  if (gap > 0 && points !== '0.0') return `+${points} above`;
  if (gap < 0) return `\u2212${points} below`;
  return `${points} on target`;
}

/** The gap in percentage points as a plain number for CSV: 0.05 → 5, -0.031 → -3.1. */
export function gapPoints(gap: number | null | undefined): number | null {
  if (gap === null || gap === undefined) return null;
  const points = Math.round(gap * 1000) / 10;
  return Object.is(points, -0) ? 0 : points;
}

export function formatShortfall(shortfall: number | null | undefined): string {
  return shortfall === null || shortfall === undefined ? 'n/a' : shortfall.toLocaleString('en-GB');
}

export function formatMet(meets: boolean | null | undefined): { mark: string; text: string } {
  if (meets === null || meets === undefined) return { mark: '', text: 'No target' };
  return meets ? { mark: '✓', text: 'Met' } : { mark: '✕', text: 'Not met' };
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** "1 April 2024 to 31 March 2025". */
export function periodLabel(f: { periodStart: string; periodEnd: string }): string {
  return `${formatIsoDate(f.periodStart)} to ${formatIsoDate(f.periodEnd)}`;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period short enough for a chart axis: "Apr 2024–Mar 2025", or "Apr 2024" for a month. */
export function shortPeriod(f: { periodStart: string; periodEnd: string }): string {
  const month = (iso: string) => {
    const [y, m] = iso.split('-');
    return `${SHORT_MONTHS[Number(m) - 1] ?? m} ${y}`;
  };
  const start = month(f.periodStart);
  const end = month(f.periodEnd);
  return start === end ? start : `${start}–${end}`;
}

/** "At least 1 in 4 (25%) of new recruits from the Black, … community". */
export function describeTarget(c: Pick<CommitmentLike, 'target' | 'measure' | 'targetGroup'>): string {
  if (!c.target) return NO_TARGET;
  return [`At least ${c.target.label}`, c.measure && `of ${c.measure}`, c.targetGroup && `from the ${c.targetGroup}`].filter(Boolean).join(' ');
}

/** A gap in words: "2.5 percentage points below the target", or "on the target". */
export function gapInWords(gap: number): string {
  const points = Math.abs(gapPoints(gap) ?? 0).toFixed(1);
  if (points === '0.0') return 'on the target';
  return `${points} percentage points ${gap > 0 ? 'above' : 'below'} the target`;
}

/** One recorded period in a sentence: "1 April 2024 to 31 March 2025: 30 of 120 (25.0%), on target." */
export function describeFigure(figure: FigureLike, target: TargetLike | null): string {
  const counts = `${formatCount(figure.part)} of ${formatCount(figure.total)} (${formatShare(figure.share)})`;
  let verdict = '';
  if (target && figure.gapToTarget !== null) {
    const points = Math.abs(gapPoints(figure.gapToTarget) ?? 0).toFixed(1);
    if (figure.meetsTarget) verdict = points === '0.0' ? ', meeting the target' : `, ${points} percentage points above the target`;
    else verdict = `, ${points} percentage points below the target (${formatCount(figure.shortfall ?? 0)} short)`;
  }
  return `${periodLabel(figure)}: ${counts}${verdict}.`;
}

/** The chart's text alternative and the page's findings: each force's latest period against its target. */
export function describeProgress(progress: readonly ForceProgressLike[]): string {
  if (progress.length === 0) return 'No forces shown.';
  const sentences: string[] = [];
  const without: string[] = [];
  for (const entry of progress) {
    if (entry.commitments.length === 0) {
      without.push(entry.force.name);
      continue;
    }
    for (const c of entry.commitments) {
      const target = c.target ? `target ${c.target.label}` : 'no target set';
      const latest = c.figures.at(-1);
      const count = c.figures.length;
      sentences.push(
        latest
          ? `${entry.force.name}, “${c.title}” (${target}): ${count === 1 ? '1 period' : `${count} periods`} recorded; latest ${describeFigure(latest, c.target)}`
          : `${entry.force.name}, “${c.title}” (${target}): no figures recorded yet.`,
      );
    }
  }
  if (without.length) {
    sentences.push(
      without.length === 1
        ? `${without[0]} has no target set.`
        : `${without.length} forces have no target set${without.length <= 4 ? `: ${without.join(', ')}` : ''}.`,
    );
  }
  return sentences.join(' ');
}

export const PROGRESS_CSV_HEADER = [
  'Force',
  'Region',
  'Commitment',
  'Target',
  'Period start',
  'Period end',
  'Total',
  'Part',
  'Share (%)',
  'Gap to target (percentage points)',
  'Shortfall',
  'Met target',
  'Source',
  'Note',
];

/** The table as CSV: numbers as numbers (percent to one decimal place), statuses in words. */
export function progressCsv(progress: readonly ForceProgressLike[]): CsvCell[][] {
  const rows = progressRows(progress).map((row): CsvCell[] => {
    const region = row.force.region?.name ?? '';
    if (row.kind === 'no-target') return [row.force.name, region, '', NO_TARGET, '', '', '', '', '', '', '', '', '', NO_TARGET];
    const target = row.commitment.target?.label ?? NO_TARGET;
    if (row.kind === 'no-figures') return [row.force.name, region, row.commitment.title, target, '', '', '', '', '', '', '', '', '', NO_FIGURES];
    const f = row.figure;
    return [
      row.force.name,
      region,
      row.commitment.title,
      target,
      f.periodStart,
      f.periodEnd,
      f.total,
      f.part,
      sharePercent(f.share),
      gapPoints(f.gapToTarget),
      f.shortfall,
      f.meetsTarget === null ? 'No target' : f.meetsTarget ? 'Yes' : 'No',
      f.source ?? '',
      '',
    ];
  });
  return [PROGRESS_CSV_HEADER, ...rows];
}
