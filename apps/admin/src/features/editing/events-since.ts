import type { HistoryEvent } from '../history/HistoryView';

interface Event extends HistoryEvent {
  after?: unknown;
}

/**
 * The events (newest first) after the version a form was loaded at: each
 * snapshot carries its version; without one, one event per version step.
 */
export function eventsSince<E extends Event>(history: readonly E[], loadedVersion: number, currentVersion: number): E[] {
  const versioned = history.filter((e) => typeof (e.after as { version?: unknown } | null)?.version === 'number');
  if (versioned.length === history.length && history.length) {
    return history.filter((e) => ((e.after as { version: number }).version ?? 0) > loadedVersion);
  }
  return history.slice(0, Math.max(0, currentVersion - loadedVersion));
}
