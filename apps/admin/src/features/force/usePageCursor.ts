import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { graphql } from '../../gql';
import type { GroupFilter, GroupOrder, OrderDirection } from '../../gql/graphql';

export const GroupsCursorQuery = graphql(`
  query GroupsCursor($filter: GroupFilter, $first: Int, $after: String, $orderBy: GroupOrder, $direction: OrderDirection) {
    groups(filter: $filter, first: $first, after: $after, orderBy: $orderBy, direction: $direction) {
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export interface ListVariables {
  filter: GroupFilter;
  orderBy: GroupOrder;
  direction: OrderDirection;
}

const MAX_PAGE = 100;
// Cursors are the API's own opaque strings; the ones already seen are kept so that
// "Next" costs no extra request, and a shared link to page 3 costs one.
const cursors = new Map<string, string>();
const keyOf = (variables: ListVariables, offset: number) => `${JSON.stringify(variables)}@${offset}`;

/** Remembers the cursor after `offset` items of a list, as a page answer gives it. */
export function rememberCursor(variables: ListVariables, offset: number, cursor: string | null | undefined): void {
  if (cursor) cursors.set(keyOf(variables, offset), cursor);
}

type CursorState = { status: 'ready'; after: string | undefined } | { status: 'loading' } | { status: 'error'; error: unknown };

/**
 * The `after` cursor for a page that starts `offset` items in. The URL keeps
 * the page number, not the cursor, so links stay readable; the cursor is found
 * by asking for the first `offset` items' end cursor (100 at a time).
 */
export function usePageCursor(variables: ListVariables, offset: number): CursorState & { retry: () => void } {
  const client = useApolloClient();
  const key = keyOf(variables, offset);
  const [attempt, setAttempt] = useState(0);
  const [found, setFound] = useState<{ key: string; state: CursorState } | null>(null);
  const known = initial(key, offset);
  const needsLookup = known.status === 'loading';

  useEffect(() => {
    if (!needsLookup) return;
    let cancelled = false;
    (async () => {
      let after: string | undefined;
      let reached = 0;
      while (reached < offset) {
        const first = Math.min(MAX_PAGE, offset - reached);
        const { data } = await client.query({ query: GroupsCursorQuery, variables: { ...variables, first, after } });
        const info = data?.groups.pageInfo;
        if (!info?.endCursor) break; // the list is shorter than the page number says
        after = info.endCursor;
        reached += first;
        if (!info.hasNextPage) break;
      }
      if (reached >= offset && after) rememberCursor(variables, offset, after);
      if (!cancelled) setFound({ key, state: { status: 'ready', after } });
    })().catch((error: unknown) => {
      if (!cancelled) setFound({ key, state: { status: 'error', error } });
    });
    return () => {
      cancelled = true;
    };
    // `variables` are in `key`; the lookup reruns when the list or the page changes, or on retry.
  }, [client, key, needsLookup, attempt]);

  const retry = useCallback(() => {
    setFound(null);
    setAttempt((n) => n + 1);
  }, []);
  const state: CursorState = !needsLookup ? known : found?.key === key ? found.state : { status: 'loading' };
  return { ...state, retry };
}

function initial(key: string, offset: number): CursorState {
  if (offset === 0) return { status: 'ready', after: undefined };
  const cursor = cursors.get(key);
  return cursor ? { status: 'ready', after: cursor } : { status: 'loading' };
}
