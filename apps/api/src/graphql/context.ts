import type { FastifyBaseLogger } from 'fastify';
import type { DataSource } from 'typeorm';
import { readScopeOf } from '../auth/access.js';
import type { ReadScope } from '../auth/scope.js';
import { anonymous, type Viewer } from '../auth/viewer.js';
import { auditLoaders } from '../modules/audit/audit.loaders.js';
import { commitmentLoaders } from '../modules/commitment/commitment.loaders.js';
import { forceLoaders } from '../modules/force/force.loaders.js';
import { groupLoaders, type GroupRelations } from '../modules/group/group.loaders.js';
import { nationalBodyLoaders } from '../modules/national-body/national-body.loaders.js';
import { regionLoaders } from '../modules/region/region.loaders.js';
import { sourceLoaders } from '../modules/source/source.loaders.js';

/**
 * The per-request loaders, by module. Each module's loaders are made when the request first
 * uses one of them: most requests use two or three of the seven (making them all took about
 * a tenth of a small answer). A module may use another's loaders (to prime them).
 */
const MODULES = {
  regions: (ds: DataSource) => regionLoaders(ds),
  nationalBodies: (ds: DataSource) => nationalBodyLoaders(ds),
  // Readers of forces and groups prime these with the to-one rows they read alongside.
  forces: (ds: DataSource, _scope: ReadScope, l: ReturnType<typeof regionLoaders>) => forceLoaders(ds, l.region),
  groups: (ds: DataSource, scope: ReadScope, l: GroupRelations) => groupLoaders(ds, scope, l),
  sources: (ds: DataSource) => sourceLoaders(ds),
  commitments: (ds: DataSource) => commitmentLoaders(ds),
  audit: (ds: DataSource) => auditLoaders(ds),
};

type ModuleLoaders = { [M in keyof typeof MODULES]: ReturnType<(typeof MODULES)[M]> };
export type Loaders = ModuleLoaders['regions'] &
  ModuleLoaders['nationalBodies'] &
  ModuleLoaders['forces'] &
  ModuleLoaders['groups'] &
  ModuleLoaders['sources'] &
  ModuleLoaders['commitments'] &
  ModuleLoaders['audit'];

const SOURCE = Symbol('loaders source');
interface LoadersSource {
  ds: DataSource;
  scope: ReadScope;
}

/**
 * A prototype with a getter per loader: the first use of a module's loader makes that module's
 * loaders and sets them on the request's object, where later uses find them as plain
 * properties. The names come from making each module's loaders once (no statement runs).
 */
let loadersPrototype: object | undefined;
function prototypeFor(ds: DataSource, scope: ReadScope): object {
  if (loadersPrototype) return loadersPrototype;
  const proto: Record<PropertyKey, unknown> = {};
  const names = new Map<string, keyof typeof MODULES>();
  for (const module of Object.keys(MODULES) as (keyof typeof MODULES)[]) {
    const made = MODULES[module](ds, scope, new Proxy({}, { get: () => ({}) }) as never);
    for (const name of Object.keys(made)) {
      if (names.has(name)) throw new Error(`loader ${name} is made by both ${String(names.get(name))} and ${String(module)}`);
      names.set(name, module);
    }
  }
  for (const [name, module] of names) {
    Object.defineProperty(proto, name, {
      enumerable: true,
      get(this: Loaders & { [SOURCE]: LoadersSource }) {
        const { ds: source, scope: of } = this[SOURCE];
        const made = MODULES[module](source, of, this as never) as Record<string, unknown>;
        for (const [key, loader] of Object.entries(made)) Object.defineProperty(this, key, { value: loader, enumerable: true });
        return made[name];
      },
    });
  }
  return (loadersPrototype = proto);
}

export function createLoaders(ds: DataSource, scope: ReadScope): Loaders {
  const loaders = Object.create(prototypeFor(ds, scope)) as Loaders & { [SOURCE]: LoadersSource };
  loaders[SOURCE] = { ds, scope };
  return loaders;
}

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
