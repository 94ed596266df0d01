import type { ApolloCache } from '@apollo/client';

/** Fields computed from many groups: stale once any group changes. */
const DERIVED = new Set(['groups', 'counterparts', 'history', 'coverage', 'commitmentProgress']);

/**
 * After a write, drop every cached answer the write may have changed (lists of
 * groups, counterparts, coverage, histories), so pages showing them ask again;
 * the changed record itself is already merged from the mutation's answer.
 */
export function dropDerived(cache: ApolloCache): void {
  dropDerivedExcept(cache);
}

/**
 * The same, keeping the counterparts of the record whose status alone changed
 * (publishing a group changes other groups' counterparts, not its own), so
 * its page updates at once instead of showing the old status while it reloads.
 */
export function dropDerivedExcept(cache: ApolloCache, statusChanged?: string): void {
  const stored = cache.extract() as Record<string, Record<string, unknown>>;
  for (const [id, record] of Object.entries(stored)) {
    for (const field of Object.keys(record)) {
      const name = field.split(/[(:]/)[0];
      if (!DERIVED.has(name) || (id === statusChanged && name === 'counterparts')) continue;
      cache.evict({ id, fieldName: name });
    }
  }
  cache.gc();
}
