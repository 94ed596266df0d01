/**
 * Comparing what a form holds with what it was loaded with. A form's values and
 * its API input use the same field names, so "what changed" is a set of input
 * fields: an update sends only those, and re-applying after a conflict lays
 * exactly those over the newer version.
 */
export function changedFields<V, I extends object>(toInput: (v: V) => I, initial: V, current: V): Partial<I> {
  const before = toInput(initial) as Record<string, unknown>;
  const after = toInput(current) as Record<string, unknown>;
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = after[key];
  }
  return changed as Partial<I>;
}

/** Whether anything was typed, compared as typed (a half-typed year counts); row keys do not. */
export function isDirty(initial: object, current: object): boolean {
  return comparable(initial) !== comparable(current);
}

function comparable(values: object): string {
  return JSON.stringify(values, (key, value) => (key === 'key' ? undefined : value));
}

/** `base` with the fields changed between `initial` and `mine` taken from `mine`. */
export function overlay<V extends object, I extends object>(toInput: (v: V) => I, base: V, initial: V, mine: V): V {
  const out = { ...base } as Record<string, unknown>;
  for (const field of Object.keys(changedFields(toInput, initial, mine))) out[field] = (mine as unknown as Record<string, unknown>)[field];
  return out as unknown as V;
}
