import { describe, expect, it } from 'vitest';
import { cellFor, cellText, coverageCsv, heatLevel, summariseCoverage, type Matrix } from './coverage-matrix';

const matrix: Matrix = {
  characteristics: ['AGE', 'RELIGION_OR_BELIEF', 'SEXUAL_ORIENTATION'],
  rows: [
    {
      force: { id: 'leicestershire', name: 'Leicestershire Police', region: { id: 'east-midlands', name: 'East Midlands' } },
      cells: [
        { characteristic: 'AGE', covered: false, groups: [] },
        {
          characteristic: 'RELIGION_OR_BELIEF',
          covered: true,
          groups: [
            { id: 'l-cpa', name: 'Christian Police Association' },
            { id: 'l-mpa', name: 'Muslim Police Association' },
            { id: 'l-spa', name: 'Sikh Police Association' },
          ],
        },
        { characteristic: 'SEXUAL_ORIENTATION', covered: true, groups: [{ id: 'l-lgbt', name: 'LGBT+ Network' }] },
      ],
    },
    {
      force: { id: 'wiltshire', name: 'Wiltshire Police', region: { id: 'south-west', name: 'South West' } },
      cells: [
        { characteristic: 'AGE', covered: false, groups: [] },
        { characteristic: 'RELIGION_OR_BELIEF', covered: true, groups: [{ id: 'w-cpa', name: 'Christian Police Association' }] },
        { characteristic: 'SEXUAL_ORIENTATION', covered: true, groups: [{ id: 'w-lgbtq', name: 'LGBTQ+ Network' }] },
      ],
    },
    { force: { id: 'dorset', name: 'Dorset Police' }, cells: [] },
  ],
};
const [leicestershire, wiltshire, dorset] = matrix.rows;

describe('cellText', () => {
  it('names the groups that cover a characteristic', () => {
    expect(cellText(cellFor(wiltshire, 'SEXUAL_ORIENTATION'))).toBe('Covered by LGBTQ+ Network');
  });

  it('lists every covering group in order', () => {
    expect(cellText(cellFor(leicestershire, 'RELIGION_OR_BELIEF'))).toBe(
      'Covered by Christian Police Association, Muslim Police Association, Sikh Police Association',
    );
  });

  it('says "No group" for a gap', () => {
    expect(cellText(cellFor(leicestershire, 'AGE'))).toBe('No group');
  });
});

describe('cellFor', () => {
  it('finds cells by characteristic, not position', () => {
    expect(cellFor({ ...wiltshire, cells: [...wiltshire.cells].reverse() }, 'AGE').covered).toBe(false);
  });

  it('treats a missing cell as a gap', () => {
    expect(cellFor(dorset, 'RACE')).toEqual({ characteristic: 'RACE', covered: false, groups: [] });
  });
});

describe('heatLevel', () => {
  it('shades by the number of covering groups, capped at three', () => {
    expect(['AGE', 'SEXUAL_ORIENTATION', 'RELIGION_OR_BELIEF'].map((c) => heatLevel(cellFor(leicestershire, c as 'AGE')))).toEqual([0, 1, 3]);
  });
});

describe('summariseCoverage', () => {
  const summary = summariseCoverage(matrix);

  it('counts the forces covering each characteristic', () => {
    expect(summary.covering).toEqual([
      { characteristic: 'AGE', forces: 0 },
      { characteristic: 'RELIGION_OR_BELIEF', forces: 2 },
      { characteristic: 'SEXUAL_ORIENTATION', forces: 2 },
    ]);
  });

  it('finds the characteristics no force covers', () => {
    expect(summary.uncovered).toEqual(['AGE']);
  });

  it("lists each force's gaps", () => {
    expect(summary.perForce[0]).toEqual({ forceId: 'leicestershire', name: 'Leicestershire Police', covered: 2, gaps: ['AGE'] });
  });

  it('names the forces that cover nothing rather than dropping them', () => {
    expect(summary.coveringNothing).toEqual(['Dorset Police']);
  });
});

describe('coverageCsv', () => {
  const rows = coverageCsv(matrix);

  it('heads the columns with the characteristics in words', () => {
    expect(rows[0]).toEqual(['Force', 'Region', 'Age', 'Religion or belief', 'Sexual orientation', 'Characteristics covered']);
  });

  it('writes each status in words', () => {
    expect(rows[2]).toEqual(['Wiltshire Police', 'South West', 'No group', 'Covered by Christian Police Association', 'Covered by LGBTQ+ Network', '2 of 3']);
  });
});
