import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { Loading } from './Loading';

interface Props<T> {
  data: T | undefined;
  loading: boolean;
  error?: unknown;
  onRetry: () => Promise<unknown> | void;
  /** Finishes "Loading …", e.g. "coverage" */
  what: string;
  children: (data: T) => ReactNode;
}

/** The three states every page has before its content: loading, failed, or ready. */
export function QueryState<T>({ data, error, onRetry, what, children }: Props<T>) {
  // Data wins over a later error (a failed refetch keeps what is on screen).
  if (data !== undefined && data !== null) return <>{children(data)}</>;
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  return <Loading label={`Loading ${what}…`} />;
}
