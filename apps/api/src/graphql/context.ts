import type { FastifyBaseLogger } from 'fastify';
import type { DataSource } from 'typeorm';
import { readScopeOf } from '../auth/access.js';
import type { ReadScope } from '../auth/scope.js';
import { anonymous, type Viewer } from '../auth/viewer.js';
import { auditLoaders } from '../modules/audit/audit.loaders.js';
import { commitmentLoaders } from '../modules/commitment/commitment.loaders.js';
import { forceLoaders } from '../modules/force/force.loaders.js';
import { groupLoaders } from '../modules/group/group.loaders.js';
import { nationalBodyLoaders } from '../modules/national-body/national-body.loaders.js';
import { regionLoaders } from '../modules/region/region.loaders.js';
import { sourceLoaders } from '../modules/source/source.loaders.js';

export function createLoaders(ds: DataSource, scope: ReadScope) {
  // Readers of forces and groups prime these with the to-one rows they read alongside.
  const regions = regionLoaders(ds);
  const nationalBodies = nationalBodyLoaders(ds);
  const forces = forceLoaders(ds, regions.region);
  return {
    ...regions,
    ...forces,
    ...groupLoaders(ds, scope, { nationalBody: nationalBodies.nationalBody, force: forces.force }),
    ...nationalBodies,
    ...sourceLoaders(ds),
    ...commitmentLoaders(ds),
    ...auditLoaders(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Sets and clears the session cookie of the current response. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Everything a resolver may use; built fresh for every request. */
export interface Context {
  requestId: string;
  /** The caller's network address, for per-address limits. */
  ip: string;
  log: FastifyBaseLogger;
  dataSource: DataSource;
  viewer: Viewer;
  scope: ReadScope;
  loaders: Loaders;
  sessionCookie: SessionCookie;
}

export function createContext(args: {
  requestId: string;
  ip?: string;
  log: FastifyBaseLogger;
  dataSource: DataSource;
  viewer?: Viewer;
  sessionCookie?: SessionCookie;
}): Context {
  const viewer = args.viewer ?? anonymous;
  const scope = readScopeOf(viewer);
  return {
    ip: '',
    sessionCookie: { set() {}, clear() {} },
    ...args,
    viewer,
    scope,
    loaders: createLoaders(args.dataSource, scope),
  };
}
