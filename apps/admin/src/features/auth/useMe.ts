import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { MeQuery } from '../../gql/graphql';

/**
 * Who is signed in and what they may do: the same answers the server applies.
 * The portal only uses them to show or hide actions; the API decides.
 */
export const MeDocument = graphql(`
  query Me {
    me {
      user {
        id
        email
        displayName
        role
        forceId
        regionId
      }
      permissions {
        canEdit
        editableForceId
        canManageUsers
        canManageApiKeys
        canReadHistory
      }
    }
  }
`);

export type Me = MeQuery['me'];
export type SignedInUser = NonNullable<Me['user']>;

export interface UseMe {
  /** Undefined until the first answer; `me.user` is null when signed out */
  me?: Me;
  loading: boolean;
  error?: unknown;
  refetch(): void;
}

export function useMe(): UseMe {
  const { data, loading, error, refetch } = useQuery(MeDocument);
  return { me: data?.me, loading, error, refetch: () => void refetch().catch(() => {}) };
}

/** Whether the signed-in user may edit records of this force (the server has the last word). */
export function canEditForce(me: Me | undefined, forceId: string): boolean {
  if (!me?.user || !me.permissions.canEdit) return false;
  const only = me.permissions.editableForceId;
  return only == null || only === forceId;
}
