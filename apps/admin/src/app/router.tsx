import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { ShellLoading } from './ShellLoading';

// Every page is its own chunk: the first visit downloads the shell and the page
// it opens, and charts come later still, from the pages that draw them.
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    HydrateFallback: ShellLoading,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: () => import('../features/overview/OverviewPage').then((m) => ({ Component: m.OverviewPage })) },
          { path: 'coverage', lazy: () => import('../features/coverage/CoveragePage').then((m) => ({ Component: m.CoveragePage })) },
          { path: 'compare', lazy: () => import('../features/compare/ComparePage').then((m) => ({ Component: m.ComparePage })) },
          { path: 'forces/:forceId', lazy: () => import('../features/force/ForcePage').then((m) => ({ Component: m.ForcePage })) },
          { path: 'groups/:groupId', lazy: () => import('../features/group/GroupPage').then((m) => ({ Component: m.GroupPage })) },
          { path: 'commitments', lazy: () => import('../features/commitments/CommitmentsPage').then((m) => ({ Component: m.CommitmentsPage })) },
          { path: 'explorer', lazy: () => import('../features/explorer/ExplorerPage').then((m) => ({ Component: m.ExplorerPage })) },
          {
            // Pages that need someone signed in: a signed-out visitor is sent to sign in, then brought back.
            lazy: () => import('../features/auth/RequireSignIn').then((m) => ({ Component: m.RequireSignIn })),
            children: [
              { path: 'groups/:groupId/edit', lazy: () => import('../features/editing/group/GroupEditPage').then((m) => ({ Component: m.GroupEditPage })) },
              { path: 'forces/:forceId/groups/new', lazy: () => import('../features/editing/group/NewGroupPage').then((m) => ({ Component: m.NewGroupPage })) },
              { path: 'forces/:forceId/edit', lazy: () => import('../features/editing/force/ForceEditPage').then((m) => ({ Component: m.ForceEditPage })) },
              { path: 'admin/api-keys', lazy: () => import('../features/api-keys/ApiKeysPage').then((m) => ({ Component: m.ApiKeysPage })) },
            ],
          },
          { path: 'sign-in', lazy: () => import('../features/auth/SignInPage').then((m) => ({ Component: m.SignInPage })) },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
