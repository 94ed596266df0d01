import { Outlet, ScrollRestoration } from 'react-router';
import { LiveRegion } from '../ui/LiveRegion';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';
import { useFocusOnNavigation } from './useFocusOnNavigation';

export function Layout() {
  useFocusOnNavigation();
  return (
    <>
      <SkipLink target="main" />
      <SiteHeader />
      <main id="main" tabIndex={-1} className="container main">
        <Outlet />
      </main>
      <SiteFooter />
      <LiveRegion />
      <ScrollRestoration />
    </>
  );
}
