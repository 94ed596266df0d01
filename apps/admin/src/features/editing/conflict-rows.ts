import type { HistoryEvent } from '../history/HistoryView';

export interface ConflictRow {
  field: string;
  /** When the form was opened */
  loaded: unknown;
  /** Saved since by someone else: the value now */
  current: unknown;
  /** What this person typed; undefined when they left the field alone */
  mine?: unknown;
  /** Both changed it: re-applying overwrites theirs */
  clash: boolean;
}

/**
 * The fields someone else changed since the form was loaded and the fields this
 * person changed, side by side. `loaded` and `mine` are GroupInput-shaped; the
 * events' values are snapshots, which use the same names.
 */
export function conflictRows(events: readonly HistoryEvent[], loaded: Record<string, unknown>, mine: Record<string, unknown>): ConflictRow[] {
  const current = new Map<string, unknown>();
  const before = new Map<string, unknown>();
  // Newest first: the first event naming a field has its value now; the last, what it was.
  for (const event of events) {
    for (const change of event.changes) {
      if (!current.has(change.field)) current.set(change.field, change.after);
      before.set(change.field, change.before);
    }
  }
  const fields = [...new Set([...current.keys(), ...Object.keys(mine)])];
  return fields.map((field) => {
    const theirs = current.has(field);
    const wasLoaded = field in loaded ? loaded[field] : before.get(field);
    return {
      field,
      loaded: wasLoaded,
      current: theirs ? current.get(field) : wasLoaded,
      mine: field in mine ? mine[field] : undefined,
      clash: theirs && field in mine,
    };
  });
}
