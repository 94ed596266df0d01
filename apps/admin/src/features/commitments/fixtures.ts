import type { FigureLike, ForceProgressLike } from './progress';

// Progress as the API answers commitmentProgress: Leicestershire's seeded
// "one in four" commitment, with or without recorded periods, and Wiltshire with none.
export const target = { numerator: 1, denominator: 4, share: 0.25, label: '1 in 4 (25%)' };

export function figure(id: string, periodStart: string, periodEnd: string, total: number, part: number, extra: Partial<FigureLike> = {}): FigureLike {
  const share = total === 0 ? null : part / total;
  const gapToTarget = share === null ? null : share - target.share;
  const shortfall = Math.max(0, Math.ceil((total * target.numerator) / target.denominator) - part);
  return { id, version: 1, periodStart, periodEnd, total, part, share, gapToTarget, shortfall, meetsTarget: shortfall === 0, source: null, ...extra };
}

export const leicestershire = { id: 'leicestershire', name: 'Leicestershire Police', region: { name: 'East Midlands' } };
export const wiltshire = { id: 'wiltshire', name: 'Wiltshire Police', region: { name: 'South West' } };

export function leicestershireProgress(figures: FigureLike[]): ForceProgressLike {
  return {
    force: leicestershire,
    hasTarget: true,
    commitments: [
      {
        id: 'leicestershire-not-less-than-one-in-four',
        title: 'Not less than one in four',
        measure: 'new recruits to the police family',
        targetGroup: 'Black, Asian and Minority Ethnic community',
        target,
        figures,
      },
    ],
  };
}

export const wiltshireProgress: ForceProgressLike = { force: wiltshire, hasTarget: false, commitments: [] };
