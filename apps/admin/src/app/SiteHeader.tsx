import { Link, NavLink } from 'react-router';
import { AccountMenu } from '../features/auth/AccountMenu';
import { useMe } from '../features/auth/useMe';

const NAV = [
  { to: '/', label: 'Overview', end: true },
  { to: '/coverage', label: 'Coverage', end: false },
  { to: '/compare', label: 'Compare', end: false },
  { to: '/commitments', label: 'Commitments', end: false },
  // A full page load, so the server can give the explorer its own Content-Security-Policy.
  { to: '/explorer', label: 'API explorer', end: false, reloadDocument: true },
];

export function SiteHeader() {
  const { me } = useMe();
  const nav = me?.permissions.canManageApiKeys ? [...NAV, { to: '/admin/api-keys', label: 'API keys', end: false }] : NAV;
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
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} reloadDocument={'reloadDocument' in item && item.reloadDocument}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <AccountMenu />
      </div>
    </header>
  );
}
