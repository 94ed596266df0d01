import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { signInPath } from './next';
import { useMe } from './useMe';

/**
 * Wraps a route (as its element, or as a layout route around several) that needs
 * someone signed in; a signed-out visitor goes to /sign-in?next=<this page>.
 */
export function RequireSignIn({ children }: { children?: ReactNode }) {
  const { me, loading, error, refetch } = useMe();
  const location = useLocation();
  if (!me) {
    if (error && !loading) return <ErrorState error={error} onRetry={refetch} />;
    return <Loading label="Checking you are signed in…" />;
  }
  if (!me.user) return <Navigate to={signInPath(location.pathname + location.search + location.hash)} replace />;
  return <>{children ?? <Outlet />}</>;
}
