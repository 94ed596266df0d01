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
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
