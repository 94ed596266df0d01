import { useSyncExternalStore } from 'react';

/**
 * One polite live region for the whole portal: "Saved", "Published", … are
 * announced by screen readers and shown as a toast. A module-level store, so any
 * component can announce without a provider between it and the region.
 */
export interface Notice {
  id: number;
  message: string;
}

let current: Notice | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function announce(message: string): void {
  current = { id: nextId++, message };
  emit();
}

export function dismiss(id?: number): void {
  if (current && (id === undefined || current.id === id)) {
    current = null;
    emit();
  }
}

export function useNotice(): Notice | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => null,
  );
}
