import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { announce } from '../../ui/notify';
import { signInPath } from './next';
import { useMe } from './useMe';
import { useSignOut } from './useSignIn';
import './auth.css';

export const ROLE_LABELS: Record<Role, string> = {
  NATIONAL_ADMIN: 'National admin',
  FORCE_ADMIN: 'Force admin',
  REGIONAL_COORDINATOR: 'Regional coordinator',
};

export const ScopeNamesQuery = graphql(`
  query ScopeNames($forceIds: [ID!], $withForce: Boolean!, $withRegion: Boolean!) {
    forces(ids: $forceIds) @include(if: $withForce) {
      id
      name
    }
    regions @include(if: $withRegion) {
      id
      name
    }
  }
`);

/** The force or region a user's role is about, by name ("Leicestershire Police"); undefined until known. */
export function useScopeName(user: { forceId?: string | null; regionId?: string | null } | null | undefined): string | undefined {
  const forceId = user?.forceId ?? null;
  const regionId = user?.regionId ?? null;
  const { data } = useQuery(ScopeNamesQuery, {
    variables: { forceIds: forceId ? [forceId] : null, withForce: !!forceId, withRegion: !!regionId },
    skip: !forceId && !regionId,
  });
  // Nothing rather than a slug while the names load: the header never flashes "leicestershire".
  if (forceId) return data?.forces?.find((f) => f.id === forceId)?.name;
  if (regionId) return data?.regions?.find((r) => r.id === regionId)?.name;
  return undefined;
}

/** The header's corner: who is signed in and a way out, or a way in. */
export function AccountMenu() {
  const { me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const [signOut, { loading }] = useSignOut();
  const user = me?.user;
  const scope = useScopeName(user);

  if (!me) return null;
  if (!user) {
    if (location.pathname === '/sign-in') return null;
    return (
      <div className="account">
        <Link className="account__sign-in" to={signInPath(location.pathname + location.search)}>
          Sign in
        </Link>
      </div>
    );
  }

  async function leave() {
    await signOut();
    announce('Signed out');
    navigate('/');
  }

  return (
    <div className="account">
      <p className="account__who">
        <span className="visually-hidden">Signed in as </span>
        <span className="account__name">{user.displayName}</span>
        <span className="account__role">
          {ROLE_LABELS[user.role]}
          {scope && <>, {scope}</>}
        </span>
      </p>
      <button type="button" className="account__sign-out" onClick={leave} disabled={loading}>
        Sign out
      </button>
    </div>
  );
}
