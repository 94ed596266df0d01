/**
 * Caching of public reads. Anonymous callers and API keys see exactly the same thing (published
 * data; see `seesPublicViewOnly` in auth/access.ts), so their query answers are cached and shared:
 * a repeated query is answered without touching the database. Signed-in users never use the
 * cache and get `Cache-Control: no-store`.
 *
 * A change is visible to the very next read: every cache key carries a generation number, and
 * any mutation field that succeeds bumps it (after its transaction committed, before its answer
 * is sent), so older entries are never read again and simply expire. With REDIS_URL the entries
 * and the generation live in Redis, shared by every API process; otherwise in this process.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { seesPublicViewOnly } from '../auth/access.js';
import type { Context } from './context.js';

/** Root fields whose answer is about the caller: never cached, whoever asks. */
const PRIVATE_ROOT_FIELDS = new Set(['me', 'users', 'apiKeys', 'history']);

/** The number every cache key carries; bumping it makes every cached answer stale at once. */
export interface CacheGeneration {
  /** The current generation; null when it cannot be read (then the cache is skipped). */
  current(): Promise<string | null>;
  bump(): Promise<void>;
}

export class MemoryGeneration implements CacheGeneration {
  private n = 0;
  async current() {
    return String(this.n);
  }
  async bump() {
    this.n += 1;
  }
}

export class RedisGeneration implements CacheGeneration {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly log: FastifyBaseLogger,
  ) {}
  async current() {
    try {
      return (await this.redis.get(this.key)) ?? '0';
    } catch (err) {
      this.log.warn({ err }, 'response cache: cannot read the generation from Redis; answering without the cache');
      return null;
    }
  }
  async bump() {
    try {
      await this.redis.incr(this.key);
    } catch (err) {
      // Cached answers may then be up to RESPONSE_CACHE_SECONDS old in other processes.
      this.log.error({ err }, 'response cache: cannot bump the generation in Redis after a change');
    }
  }
}

/** Apollo's key-value cache over Redis; a Redis failure is a cache miss, never a failed request. */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly log: FastifyBaseLogger,
  ) {}
  async get(key: string) {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch (err) {
      this.log.warn({ err }, 'response cache: Redis read failed');
      return undefined;
    }
  }
  async set(key: string, value: string, options?: KeyValueCacheSetOptions) {
    try {
      if (options?.ttl) await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, Math.ceil(options.ttl)));
      else await this.redis.set(this.prefix + key, value);
    } catch (err) {
      this.log.warn({ err }, 'response cache: Redis write failed');
    }
  }
  async delete(key: string) {
    try {
      await this.redis.del(this.prefix + key);
    } catch (err) {
      this.log.warn({ err }, 'response cache: Redis delete failed');
    }
  }
}

function mayShare(rc: GraphQLRequestContext<Context>): boolean {
  if (rc.operation?.operation !== 'query' || !seesPublicViewOnly(rc.contextValue.viewer)) return false;
  return !rc.operation.selectionSet.selections.some((s) => s.kind === 'Field' && PRIVATE_ROOT_FIELDS.has(s.name.value));
}

/**
 * Bumps the generation after a mutation in which any root field succeeded. Runs for every
 * mutation, present and future, so no resolver has to remember to invalidate. It reads the
 * answer rather than watching each field resolve: a per-field hook makes Apollo wrap every
 * resolver of the schema, on every request.
 */
function invalidateOnMutation(generation: CacheGeneration): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let executed = false;
      return {
        async executionDidStart({ operation }) {
          // No operation when the document names none that can run (several, and no operationName).
          executed = operation?.operation === 'mutation';
        },
        async willSendResponse({ operation, response }) {
          if (!executed || !operation || response.body.kind !== 'single') return;
          const failed = new Set((response.body.singleResult.errors ?? []).map((e) => e.path?.[0]));
          // A root field without an error of its own ran to the end (fragments at the root: assume so).
          const changed = operation.selectionSet.selections.some((s) => s.kind !== 'Field' || !failed.has((s.alias ?? s.name).value));
          if (changed) await generation.bump();
        },
      };
    },
  };
}

/**
 * The cache policy of an answer, decided once per operation. Apollo's cache-control plugin works
 * it out field by field from `@cacheControl` hints; this schema has none, so every public answer
 * gets the default age and one about the caller none. Doing it per operation spares the per-field
 * hook, which made Apollo wrap every resolver and was a tenth of the time of a large answer.
 * `Cache-Control` is sent as Apollo's plugin would: `max-age=N, public` for a cacheable answer
 * without errors, `no-store` otherwise.
 */
function cachePolicy(maxAgeSeconds: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          rc.overallCachePolicy.restrict(mayShare(rc) ? { maxAge: maxAgeSeconds } : { maxAge: 0, scope: 'PRIVATE' });
        },
        async willSendResponse({ response, overallCachePolicy }) {
          const cacheable = overallCachePolicy.policyIfCacheable();
          const clean = response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set('cache-control', cacheable && clean ? `max-age=${cacheable.maxAge}, ${cacheable.scope.toLowerCase()}` : 'no-store');
        },
      };
    },
  };
}

export interface ResponseCacheOptions {
  /** How long public answers are kept (and may be kept by HTTP caches); 0 turns caching off. */
  maxAgeSeconds: number;
  /** The in-process store's bound, in MiB of answer text (an answer larger than it is not kept). */
  maxMiB: number;
  redis?: Redis;
  redisPrefix: string;
  log: FastifyBaseLogger;
}

/** The Apollo plugins for cache hints, the shared response cache and its invalidation. */
export function cachePlugins(options: ResponseCacheOptions): ApolloServerPlugin<Context>[] {
  // Apollo adds its own per-field cache-control plugin unless told not to.
  const policy = [ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin<Context>, cachePolicy(options.maxAgeSeconds)];
  if (options.maxAgeSeconds === 0) return policy;

  const generation: CacheGeneration = options.redis
    ? new RedisGeneration(options.redis, `${options.redisPrefix}cache:generation`, options.log)
    : new MemoryGeneration();
  const store: KeyValueCache<string> = options.redis
    ? new RedisKeyValueCache(options.redis, `${options.redisPrefix}cache:`, options.log)
    : // Answers of old generations are never read again and wait for eviction: the bound is modest (8 MiB by default).
      new InMemoryLRUCache<string>({ maxSize: Math.floor(options.maxMiB * 1024 * 1024) });
  // The generation is read once, before the answer is computed, and used for both the lookup and
  // the store: an answer computed from data older than a change can never be filed under the
  // generation that change started.
  const generationOf = new WeakMap<Context, string | null>();
  const usable = (rc: GraphQLRequestContext<Context>) => mayShare(rc) && (generationOf.get(rc.contextValue) ?? null) !== null;

  const responseCache = ApolloServerPluginResponseCache<Context>({
    cache: store,
    extraCacheKeyData: async (rc) => {
      const current = mayShare(rc) ? await generation.current() : null;
      generationOf.set(rc.contextValue, current);
      return { generation: current };
    },
    shouldReadFromCache: async (rc) => usable(rc),
    shouldWriteToCache: async (rc) => usable(rc),
  });
  return [...policy, responseCache, invalidateOnMutation(generation)];
}
