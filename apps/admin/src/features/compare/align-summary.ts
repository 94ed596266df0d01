import { CHARACTERISTIC_LABELS } from '../../lib/labels';
import type { AlignableGroup, AlignedRow, MatchBasis } from './align';

/** Rows where some forces have a group and others have none: the differences. */
export function differences<G extends AlignableGroup>(rows: readonly AlignedRow<G>[], forceCount: number): AlignedRow<G>[] {
  return rows.filter((row) => row.present.length < forceCount);
}

/** Per force, the rows only it fills: what it has that the others lack. */
export function onlyIn<G extends AlignableGroup>(rows: readonly AlignedRow<G>[], forceCount: number): AlignedRow<G>[][] {
  return Array.from({ length: forceCount }, (_, i) => rows.filter((row) => row.present.length === 1 && row.present[0] === i));
}

/** How a row was matched, in words. */
export function describeBasis(row: AlignedRow<AlignableGroup>): string {
  const words: Record<MatchBasis, string> = {
    'national-body': 'same national body',
    characteristics: `serving ${row.characteristics.map((c) => CHARACTERISTIC_LABELS[c].toLowerCase()).join(', ')}`,
    kind: 'same kind of group',
    topics: `shared topics: ${row.topics.join(', ')}`,
    none: 'no counterpart found',
  };
  if (row.present.length === 1 && row.basis[0] !== 'national-body' && row.basis[0] !== 'kind') {
    if (row.characteristics.length) return `Serves ${row.characteristics.map((c) => CHARACTERISTIC_LABELS[c].toLowerCase()).join(', ')}`;
    return row.topics.length ? `Topics: ${row.topics.join(', ')}` : 'No counterpart found';
  }
  return capitalise(row.basis.map((b) => words[b]).join(' or '));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
