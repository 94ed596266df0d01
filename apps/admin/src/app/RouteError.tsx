import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { PageHeader } from '../ui/PageHeader';

/** A page's code failed to load or threw while rendering: say so, and offer a reload. */
export function RouteError() {
  const error = useRouteError();
  const chunkFailed = error instanceof TypeError && /dynamically imported module|Importing a module script failed|fetch/i.test(error.message);
  const status = isRouteErrorResponse(error) ? error.status : undefined;
  return (
    <div className="route-error">
      <PageHeader title={status === 404 ? 'Page not found' : 'This page could not be shown'} />
      <div className="notice notice--error" role="alert">
        <p>
          {chunkFailed
            ? 'Part of the portal could not be downloaded. The server may be restarting or your connection may have dropped.'
            : 'Something went wrong while showing this page.'}
        </p>
        <p className="notice__actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
          <Link to="/">Go to the overview</Link>
        </p>
      </div>
    </div>
  );
}
