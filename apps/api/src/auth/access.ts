/**
 * Access control in one place: boolean permissions (what a viewer may do) apart from rules
 * (which records a viewer may read or write). Resolvers and services call these; the portal
 * reads the same answers through `me { permissions }`.
 */
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/errors.js';
import { Role } from './roles.js';
import type { ReadScope } from './scope.js';
import type { UserViewer, Viewer } from './viewer.js';

export interface Permissions {
  /** May edit groups, force profiles and figures (of `editableForceId`, or any force when null). */
  canEdit: boolean;
  /** The one force a force admin edits; null for national admins (any) and others (none). */
  editableForceId: string | null;
  canManageUsers: boolean;
  canManageApiKeys: boolean;
  /** May read drafts, archived groups and change history (within readScope). */
  canReadHistory: boolean;
}

export function permissionsOf(viewer: Viewer): Permissions {
  const role = viewer.kind === 'user' ? viewer.role : null;
  return {
    canEdit: role === Role.NATIONAL_ADMIN || role === Role.FORCE_ADMIN,
    editableForceId: role === Role.FORCE_ADMIN && viewer.kind === 'user' ? viewer.forceId : null,
    canManageUsers: role === Role.NATIONAL_ADMIN,
    canManageApiKeys: role === Role.NATIONAL_ADMIN,
    canReadHistory: role !== null,
  };
}

/** Rule: what a viewer may read beyond published data. Anonymous callers and API keys: nothing. */
export function readScopeOf(viewer: Viewer): ReadScope {
  if (viewer.kind === 'anonymous' || viewer.kind === 'apiKey') return { unpublished: 'none' };
  switch (viewer.role) {
    case Role.NATIONAL_ADMIN:
      return { unpublished: 'all' };
    case Role.FORCE_ADMIN:
      return { unpublished: { forceIds: [viewer.forceId as string] } };
    case Role.REGIONAL_COORDINATOR:
      return { unpublished: { regionIds: [viewer.regionId as string] } };
  }
}

export function unauthenticated(message = 'Sign in first'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function requireUser(viewer: Viewer): UserViewer {
  if (viewer.kind !== 'user') throw unauthenticated();
  return viewer;
}

/**
 * Rule: the force a write goes to. A force admin's force comes from the session: an
 * argument naming another force is refused. A national admin must name the force.
 */
export function forceForWrite(viewer: Viewer, requested?: string | null): string {
  const user = requireUser(viewer);
  const p = permissionsOf(user);
  if (!p.canEdit) throw forbidden('Your role reads the catalogue and edits nothing');
  if (p.editableForceId) {
    if (requested && requested !== p.editableForceId) throw forbidden(`You edit ${p.editableForceId} only`);
    return p.editableForceId;
  }
  if (!requested) {
    throw new GraphQLError('forceId: a national admin names the force to write to', {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'forceId', reason: 'required for a national admin' },
    });
  }
  return requested;
}

/** Rule: may the viewer write a record that belongs to `forceId`? */
export function assertCanWriteForce(viewer: Viewer, forceId: string): UserViewer {
  const user = requireUser(viewer);
  const p = permissionsOf(user);
  if (!p.canEdit) throw forbidden('Your role reads the catalogue and edits nothing');
  if (p.editableForceId && p.editableForceId !== forceId) throw forbidden(`You edit ${p.editableForceId} only`);
  return user;
}

/** Rule: may the viewer read the history of a record that belongs to `forceId`? */
export function canReadHistoryOf(viewer: Viewer, forceId: string | null, forceRegionId: string | null): boolean {
  if (viewer.kind !== 'user') return false;
  switch (viewer.role) {
    case Role.NATIONAL_ADMIN:
      return true;
    case Role.FORCE_ADMIN:
      return forceId !== null && forceId === viewer.forceId;
    case Role.REGIONAL_COORDINATOR:
      return forceRegionId !== null && forceRegionId === viewer.regionId;
  }
}

export function assertCanManageUsers(viewer: Viewer): UserViewer {
  const user = requireUser(viewer);
  if (!permissionsOf(user).canManageUsers) throw forbidden('Only national admins manage users');
  return user;
}

export function assertCanManageApiKeys(viewer: Viewer): UserViewer {
  const user = requireUser(viewer);
  if (!permissionsOf(user).canManageApiKeys) throw forbidden('Only national admins manage API keys');
  return user;
}

/**
 * Rule: API keys are read-only. A mutation sent with a key is refused as a whole before any of
 * it runs (FORBIDDEN, HTTP 403): the key is valid, it just may not write. Called for every
 * operation by the request plugin, so no mutation resolver needs to remember it.
 */
export function assertMayRunOperation(viewer: Viewer, operation: 'query' | 'mutation' | 'subscription'): void {
  if (viewer.kind === 'apiKey' && operation !== 'query') {
    throw new GraphQLError('API keys are read-only: a key cannot run mutations', {
      extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
    });
  }
}

/**
 * Rule: whether the viewer sees exactly what an anonymous caller sees (published data, no
 * permissions), so that answers may be shared with others through the public response cache.
 */
export function seesPublicViewOnly(viewer: Viewer): boolean {
  return viewer.kind === 'anonymous' || viewer.kind === 'apiKey';
}
