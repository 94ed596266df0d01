/** Series of the progress chart: a colour and a pattern each, so bars read without telling colours apart. */
export const SERIES_STYLES: readonly { colour: string; pattern: 'solid' | 'stripes' | 'dots' | 'hatch' }[] = [
  { colour: '#1c4f8a', pattern: 'solid' },
  { colour: '#a34f00', pattern: 'stripes' },
  { colour: '#5a3d8a', pattern: 'dots' },
  { colour: '#1f6e45', pattern: 'hatch' },
];

export function seriesPatternId(index: number): string {
  return `progress-series-${index}`;
}
