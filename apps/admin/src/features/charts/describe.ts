import type { GroupKind, ProtectedCharacteristic } from '../../gql/graphql';
import { CHARACTERISTIC_LABELS, KIND_LABELS, KIND_PLURALS, KINDS } from '../../lib/labels';

export interface KindCounts {
  id: string;
  name: string;
  counts: Record<GroupKind, number>;
}

export function emptyCounts(): Record<GroupKind, number> {
  return Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<GroupKind, number>;
}

/** Counts a force's groups by kind. */
export function countByKind(groups: readonly { kind: GroupKind }[]): Record<GroupKind, number> {
  const counts = emptyCounts();
  for (const group of groups) counts[group.kind] += 1;
  return counts;
}

export function total(counts: Record<GroupKind, number>): number {
  return KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}

/** "9 groups: 3 staff networks, 4 staff associations and 2 trade unions". */
export function describeCounts(counts: Record<GroupKind, number>): string {
  const parts = KINDS.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${(counts[k] === 1 ? KIND_LABELS[k] : KIND_PLURALS[k]).toLowerCase()}`);
  const n = total(counts);
  if (n === 0) return 'no recorded groups';
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `${n} ${n === 1 ? 'group' : 'groups'}: ${list}`;
}

/** The text alternative of the groups-by-kind chart. */
export function describeGroupsByKind(rows: readonly KindCounts[]): string {
  if (rows.length === 0) return 'No force shown has recorded groups.';
  return rows.map((row) => `${row.name} has ${describeCounts(row.counts)}.`).join(' ');
}

/** The text alternative of the characteristic chart: the gaps first, then the best covered. */
export function describeCharacteristicCoverage(covering: readonly { characteristic: ProtectedCharacteristic; forces: number }[], forces: number): string {
  const none = covering.filter((c) => c.forces === 0).map((c) => CHARACTERISTIC_LABELS[c.characteristic]);
  const all = covering.filter((c) => c.forces === forces && forces > 0).map((c) => CHARACTERISTIC_LABELS[c.characteristic]);
  const parts = [];
  parts.push(none.length ? `No force covers: ${none.join('; ')}.` : 'Every characteristic is covered by at least one force.');
  if (forces > 1 && all.length) parts.push(`All ${forces} forces cover: ${all.join('; ')}.`);
  return parts.join(' ');
}
