import { Link } from 'react-router';

interface Props {
  page: number;
  pageCount: number;
  /** The link to a page, keeping the other parts of the URL */
  href: (page: number) => string;
  label?: string;
}

export function Pagination({ page, pageCount, href, label = 'Pages' }: Props) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        <li>
          {page > 1 ? (
            <Link to={href(page - 1)} rel="prev">
              <span aria-hidden="true">‹ </span>Previous<span className="visually-hidden"> page</span>
            </Link>
          ) : null}
        </li>
        {pages.map((n) => (
          <li key={n}>
            {n === page ? (
              <span className="pagination__current" aria-current="page">
                <span className="visually-hidden">Page </span>
                {n}
              </span>
            ) : (
              <Link to={href(n)}>
                <span className="visually-hidden">Page </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        <li>
          {page < pageCount ? (
            <Link to={href(page + 1)} rel="next">
              Next<span className="visually-hidden"> page</span>
              <span aria-hidden="true"> ›</span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
