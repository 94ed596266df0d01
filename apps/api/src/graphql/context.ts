import type { FastifyBaseLogger } from 'fastify';
import type { DataSource } from 'typeorm';
import { publicScope, type ReadScope } from '../auth/scope.js';
import { commitmentLoaders } from '../modules/commitment/commitment.loaders.js';
import { forceLoaders } from '../modules/force/force.loaders.js';
import { groupLoaders } from '../modules/group/group.loaders.js';
import { nationalBodyLoaders } from '../modules/national-body/national-body.loaders.js';
import { regionLoaders } from '../modules/region/region.loaders.js';
import { sourceLoaders } from '../modules/source/source.loaders.js';

export function createLoaders(ds: DataSource, scope: ReadScope) {
  return {
    ...regionLoaders(ds),
    ...forceLoaders(ds),
    ...groupLoaders(ds, scope),
    ...nationalBodyLoaders(ds),
    ...sourceLoaders(ds),
    ...commitmentLoaders(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Everything a resolver may use; built fresh for every request. */
export interface Context {
  requestId: string;
  log: FastifyBaseLogger;
  dataSource: DataSource;
  scope: ReadScope;
  loaders: Loaders;
}

export function createContext(args: { requestId: string; log: FastifyBaseLogger; dataSource: DataSource; scope?: ReadScope }): Context {
  const scope = args.scope ?? publicScope;
  return { ...args, scope, loaders: createLoaders(args.dataSource, scope) };
}
