import type { GroupKind, ProtectedCharacteristic } from '../../gql/graphql';
import { CHARACTERISTIC_LABELS, CHARACTERISTICS, KIND_PLURALS } from '../../lib/labels';

/** What the alignment reads of a group; the page's richer group type fits it. */
export interface AlignableGroup {
  id: string;
  name: string;
  kind: GroupKind;
  characteristics: readonly ProtectedCharacteristic[];
  topics: readonly string[];
  nationalBody?: { id: string; name: string } | null;
}

export interface AlignableForce<G extends AlignableGroup> {
  id: string;
  name: string;
  groups: readonly G[];
}

/** Why groups share a row, strongest first. */
export type MatchBasis = 'national-body' | 'characteristics' | 'kind' | 'topics' | 'none';

export interface AlignedRow<G extends AlignableGroup> {
  key: string;
  label: string;
  basis: MatchBasis[];
  /** What the row's groups serve, in the Act's order */
  characteristics: ProtectedCharacteristic[];
  topics: string[];
  /** One list per force, in the order the forces were given; empty where a force has no counterpart */
  cells: G[][];
  /** Indexes of the forces with at least one group in the row */
  present: number[];
}

interface Entry<G> {
  force: number;
  group: G;
}

interface Draft<G> {
  key: string;
  label: string;
  basis: Set<MatchBasis>;
  entries: Entry<G>[];
}

const BASIS_ORDER: MatchBasis[] = ['national-body', 'characteristics', 'kind', 'topics', 'none'];
/** Kinds that are counterparts of each other by nature, even without a national body or characteristic. */
const KINDS_THAT_MATCH: GroupKind[] = ['TRADE_UNION', 'PEER_SUPPORT'];

/**
 * Lines up the groups of several forces, row by row, so that counterparts sit
 * side by side and a gap shows as an empty cell:
 *
 * 1. groups that belong to the same national body share a row;
 * 2. the other groups that serve protected characteristics are clustered by
 *    characteristic in common (a women's network beside a menopause group);
 *    such a cluster joins a national-body row instead when it fills only that
 *    row's gaps (a force's BPA without a national body beside another's NBPA);
 * 3. the rest match by kind (trade unions, peer support), then by shared topic
 *    (cancer, menopause), and what is left stands alone.
 */
export function alignCounterparts<G extends AlignableGroup>(forces: readonly AlignableForce<G>[]): AlignedRow<G>[] {
  const byBody = new Map<string, Draft<G>>();
  const serving: Entry<G>[] = [];
  const others: Entry<G>[] = [];

  forces.forEach((force, index) => {
    for (const group of force.groups) {
      const entry = { force: index, group };
      if (group.nationalBody) {
        const key = `body:${group.nationalBody.id}`;
        const draft = byBody.get(key) ?? { key, label: group.nationalBody.name, basis: new Set<MatchBasis>(['national-body']), entries: [] };
        draft.entries.push(entry);
        byBody.set(key, draft);
      } else if (group.characteristics.length > 0) {
        serving.push(entry);
      } else {
        others.push(entry);
      }
    }
  });

  const bodyRows = [...byBody.values()].sort((a, b) => a.label.localeCompare(b.label));
  const drafts: Draft<G>[] = [...bodyRows];

  const characteristicClusters = cluster(serving, (e) => e.group.characteristics).map((entries) => {
    const characteristics = unionCharacteristics(entries.map((e) => e.group));
    return { key: `serves:${characteristics.join('+')}`, label: '', basis: new Set<MatchBasis>(['characteristics']), entries };
  });
  characteristicClusters.sort((a, b) => a.key.localeCompare(b.key));
  for (const draft of characteristicClusters) {
    const target = bodyRows.find((row) => sharesCharacteristic(row, draft) && disjointForces(row, draft));
    if (target) {
      target.entries.push(...draft.entries);
      target.basis.add('characteristics');
    } else {
      drafts.push(draft);
    }
  }

  const byKind = new Map<GroupKind, Entry<G>[]>();
  const rest: Entry<G>[] = [];
  for (const entry of others) {
    if (KINDS_THAT_MATCH.includes(entry.group.kind)) byKind.set(entry.group.kind, [...(byKind.get(entry.group.kind) ?? []), entry]);
    else rest.push(entry);
  }
  for (const [kind, entries] of byKind) drafts.push({ key: `kind:${kind}`, label: KIND_PLURALS[kind], basis: new Set(['kind']), entries });

  const withTopics = rest.filter((e) => e.group.topics.length > 0);
  for (const entries of cluster(withTopics, (e) => e.group.topics.map((t) => t.toLowerCase()))) {
    const topics = unionTopics(entries.map((e) => e.group));
    drafts.push({ key: `topics:${topics.join('+')}`, label: '', basis: new Set(['topics']), entries });
  }
  for (const entry of rest.filter((e) => e.group.topics.length === 0)) {
    drafts.push({ key: `group:${entry.group.id}`, label: entry.group.name, basis: new Set(['none']), entries: [entry] });
  }

  return drafts.map((draft) => toRow(draft, forces.length)).sort(compareRows);
}

function toRow<G extends AlignableGroup>(draft: Draft<G>, forceCount: number): AlignedRow<G> {
  const groups = draft.entries.map((e) => e.group);
  const cells = Array.from({ length: forceCount }, (_, i) =>
    draft.entries
      .filter((e) => e.force === i)
      .map((e) => e.group)
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
  const present = cells.flatMap((cell, i) => (cell.length ? [i] : []));
  const characteristics = unionCharacteristics(groups);
  const topics = unionTopics(groups);
  const basis = BASIS_ORDER.filter((b) => draft.basis.has(b));
  let label = draft.label;
  if (!label) {
    // A row only one force fills is named after its groups: a characteristic there would
    // suggest the other forces serve it with nothing, when a row above may hold theirs.
    if (present.length === 1) label = [...new Set(groups.map((g) => g.name))].sort().join(', ');
    else if (basis[0] === 'characteristics') label = characteristics.map((c) => CHARACTERISTIC_LABELS[c]).join(', ');
    else label = topics.map((t) => t[0].toUpperCase() + t.slice(1)).join(', ');
  }
  return { key: draft.key, label, basis, characteristics, topics, cells, present };
}

function compareRows<G extends AlignableGroup>(a: AlignedRow<G>, b: AlignedRow<G>): number {
  return rank(a) - rank(b) || BASIS_ORDER.indexOf(a.basis[0]) - BASIS_ORDER.indexOf(b.basis[0]) || a.label.localeCompare(b.label);
}

/** Rows follow the Act's order of the first characteristic they serve; rows serving none come last. */
function rank<G extends AlignableGroup>(row: AlignedRow<G>): number {
  return row.characteristics.length ? CHARACTERISTICS.indexOf(row.characteristics[0]) : CHARACTERISTICS.length;
}

/** Connected components: entries sharing any key end up together (union-find). */
function cluster<T>(items: readonly T[], keys: (item: T) => readonly string[]): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstWithKey = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of keys(item)) {
      const seen = firstWithKey.get(key);
      if (seen === undefined) firstWithKey.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), item]));
  return [...groups.values()];
}

function unionCharacteristics(groups: readonly AlignableGroup[]): ProtectedCharacteristic[] {
  const all = new Set(groups.flatMap((g) => g.characteristics));
  return CHARACTERISTICS.filter((c) => all.has(c));
}

function unionTopics(groups: readonly AlignableGroup[]): string[] {
  return [...new Set(groups.flatMap((g) => g.topics.map((t) => t.toLowerCase())))].sort();
}

function sharesCharacteristic<G extends AlignableGroup>(a: Draft<G>, b: Draft<G>): boolean {
  const mine = new Set(a.entries.flatMap((e) => e.group.characteristics));
  return b.entries.some((e) => e.group.characteristics.some((c) => mine.has(c)));
}

function disjointForces<G extends AlignableGroup>(a: Draft<G>, b: Draft<G>): boolean {
  const mine = new Set(a.entries.map((e) => e.force));
  return b.entries.every((e) => !mine.has(e.force));
}
