import { Link, useLocation } from 'react-router';
import { PageHeader } from '../ui/PageHeader';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found" />
      <p>
        There is no page at <code>{pathname}</code>. If you typed the address, check it; if you followed a link, the record may have moved.
      </p>
      <p>
        <Link to="/">Go to the overview of all forces</Link>
      </p>
    </>
  );
}
