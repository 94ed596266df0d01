import { describe, expect, it } from 'vitest';
import { countByKind, describeCharacteristicCoverage, describeCounts, describeGroupsByKind } from './describe';

describe('chart text alternatives', () => {
  it('describes counts by kind in words', () => {
    expect(describeCounts(countByKind([{ kind: 'STAFF_NETWORK' }, { kind: 'STAFF_NETWORK' }, { kind: 'TRADE_UNION' }]))).toBe(
      '3 groups: 2 staff networks and 1 trade union',
    );
  });

  it('says a force with no groups has none, rather than leaving it out', () => {
    expect(describeGroupsByKind([{ id: 'dorset', name: 'Dorset Police', counts: countByKind([]) }])).toBe('Dorset Police has no recorded groups.');
  });

  it('names the characteristics no force covers, and those all cover', () => {
    expect(
      describeCharacteristicCoverage(
        [
          { characteristic: 'AGE', forces: 0 },
          { characteristic: 'RACE', forces: 2 },
          { characteristic: 'SEX', forces: 1 },
        ],
        2,
      ),
    ).toBe('No force covers: Age. All 2 forces cover: Race.');
  });
});
