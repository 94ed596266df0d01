import { Link, NavLink } from 'react-router';

const NAV = [
  { to: '/', label: 'Overview', end: true },
  { to: '/coverage', label: 'Coverage', end: false },
  { to: '/compare', label: 'Compare', end: false },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <circle cx="10" cy="11" r="3.2" fill="#ffbf47" />
            <circle cx="22" cy="9" r="3.2" fill="currentColor" />
            <circle cx="16" cy="22" r="3.2" fill="currentColor" />
            <path d="M10 11 22 9 16 22Z" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
          <span className="brand__name">Network Atlas</span>
          <span className="brand__tag">Admin portal</span>
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
