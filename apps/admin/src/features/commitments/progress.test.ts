import { describe, expect, it } from 'vitest';
import { figure, leicestershireProgress, wiltshireProgress } from './fixtures';
import {
  describeFigure,
  describeProgress,
  describeTarget,
  formatGap,
  formatMet,
  formatShare,
  gapPoints,
  progressCsv,
  progressRows,
  shortPeriod,
} from './progress';
import { progressChartData } from './progress-chart';

const y2024 = figure('f1', '2024-04-01', '2025-03-31', 120, 27);
const y2023 = figure('f0', '2023-04-01', '2024-03-31', 100, 30);

describe('formatting progress', () => {
  it('writes a share as a percentage to one decimal place', () => {
    expect(formatShare(27 / 120)).toBe('22.5%');
  });

  it('says a share of a zero total does not apply', () => {
    expect(formatShare(null)).toBe('n/a');
  });

  it('writes a gap below the target in percentage points with a minus sign and in words', () => {
    expect(formatGap(27 / 120 - 0.25)).toBe('\u22122.5 below');
  });

  it('writes a gap above the target with a plus sign', () => {
    expect(formatGap(0.3 - 0.25)).toBe('+5.0 above');
  });

  it('calls an exact hit "on target", not "+0.0"', () => {
    expect(formatGap(0)).toBe('0.0 on target');
  });

  it('gives the gap as a plain number for CSV, never minus zero', () => {
    expect([gapPoints(-0.025), gapPoints(-0.00001), gapPoints(null)]).toEqual([-2.5, 0, null]);
  });

  it('puts met and not met in words, with the mark apart', () => {
    expect([formatMet(true), formatMet(false), formatMet(null)]).toEqual([
      { mark: '✓', text: 'Met' },
      { mark: '✕', text: 'Not met' },
      { mark: '', text: 'No target' },
    ]);
  });

  it('shortens a financial year for the chart axis', () => {
    expect(shortPeriod(y2024)).toBe('Apr 2024–Mar 2025');
  });

  it('shortens a calendar month to the month', () => {
    expect(shortPeriod({ periodStart: '2024-05-01', periodEnd: '2024-05-31' })).toBe('May 2024');
  });

  it('puts the target in words with what is counted and whom it is about', () => {
    expect(describeTarget(leicestershireProgress([]).commitments[0])).toBe(
      'At least 1 in 4 (25%) of new recruits to the police family from the Black, Asian and Minority Ethnic community',
    );
  });
});

describe('describing progress', () => {
  it('describes a period short of the target with its shortfall', () => {
    expect(describeFigure(y2024, leicestershireProgress([]).commitments[0].target)).toBe(
      '1 April 2024 to 31 March 2025: 27 of 120 (22.5%), 2.5 percentage points below the target (3 short).',
    );
  });

  it('describes a period above the target', () => {
    expect(describeFigure(y2023, leicestershireProgress([]).commitments[0].target)).toBe(
      '1 April 2023 to 31 March 2024: 30 of 100 (30.0%), 5.0 percentage points above the target.',
    );
  });

  it('says when a commitment has no figures yet, and which forces set no target', () => {
    expect(describeProgress([leicestershireProgress([]), wiltshireProgress])).toBe(
      'Leicestershire Police, “Not less than one in four” (target 1 in 4 (25%)): no figures recorded yet. Wiltshire Police has no target set.',
    );
  });

  it('describes the latest period of each commitment', () => {
    expect(describeProgress([leicestershireProgress([y2023, y2024])])).toBe(
      'Leicestershire Police, “Not less than one in four” (target 1 in 4 (25%)): 2 periods recorded; latest 1 April 2024 to 31 March 2025: 27 of 120 (22.5%), 2.5 percentage points below the target (3 short).',
    );
  });
});

describe('progress rows', () => {
  it('gives a recorded period a row each, a commitment without figures one row, and a force without a target one row', () => {
    const rows = progressRows([leicestershireProgress([y2023, y2024]), leicestershireProgress([]), wiltshireProgress]);
    expect(rows.map((r) => [r.kind, r.force.id])).toEqual([
      ['figure', 'leicestershire'],
      ['figure', 'leicestershire'],
      ['no-figures', 'leicestershire'],
      ['no-target', 'wiltshire'],
    ]);
  });
});

describe('progress CSV', () => {
  const csv = progressCsv([leicestershireProgress([y2024]), wiltshireProgress]);

  it('writes the numbers of a period as numbers: share in percent, gap in points', () => {
    expect(csv[1]).toEqual([
      'Leicestershire Police',
      'East Midlands',
      'Not less than one in four',
      '1 in 4 (25%)',
      '2024-04-01',
      '2025-03-31',
      120,
      27,
      22.5,
      -2.5,
      3,
      'No',
      '',
      '',
    ]);
  });

  it('lists a force with no target as "No target set"', () => {
    expect([csv[2][0], csv[2][3], csv[2].at(-1)]).toEqual(['Wiltshire Police', 'No target set', 'No target set']);
  });
});

describe('progress chart data', () => {
  it('draws one series per commitment with figures and one row per period, oldest first', () => {
    const data = progressChartData([leicestershireProgress([y2024, y2023]), wiltshireProgress]);
    expect(data).toEqual({
      series: [{ key: 's0', name: 'Leicestershire Police: Not less than one in four', targetPercent: 25 }],
      rows: [
        { period: 'Apr 2023–Mar 2024', label: '1 April 2023 to 31 March 2024', s0: 30 },
        { period: 'Apr 2024–Mar 2025', label: '1 April 2024 to 31 March 2025', s0: 22.5 },
      ],
      targets: [{ percent: 25, label: '1 in 4 (25%)' }],
    });
  });

  it('draws nothing for commitments without figures', () => {
    expect(progressChartData([leicestershireProgress([]), wiltshireProgress]).series).toEqual([]);
  });
});
