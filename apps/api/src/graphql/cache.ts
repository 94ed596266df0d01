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
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
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
 * mutation, present and future, so no resolver has to remember to invalidate.
 */
function invalidateOnMutation(generation: CacheGeneration): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let changed = false;
      return {
        async executionDidStart({ operation }) {
          if (operation.operation !== 'mutation') return;
          return {
            willResolveField({ info }) {
              if (info.path.prev) return; // only the mutation's own (root) fields
              return (error) => {
                if (!error) changed = true;
              };
            },
          };
        },
        async willSendResponse() {
          if (changed) await generation.bump();
        },
      };
    },
  };
}

/** Answers that are about the caller (signed in, or asking about themselves) are `no-store`. */
const privateAnswers: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation(rc) {
        if (!mayShare(rc)) rc.overallCachePolicy.restrict({ maxAge: 0, scope: 'PRIVATE' });
      },
    };
  },
};

export interface ResponseCacheOptions {
  /** How long public answers are kept (and may be kept by HTTP caches); 0 turns caching off. */
  maxAgeSeconds: number;
  redis?: Redis;
  redisPrefix: string;
  log: FastifyBaseLogger;
}

/** The Apollo plugins for cache hints, the shared response cache and its invalidation. */
export function cachePlugins(options: ResponseCacheOptions): ApolloServerPlugin<Context>[] {
  const hints = ApolloServerPluginCacheControl({ defaultMaxAge: options.maxAgeSeconds }) as ApolloServerPlugin<BaseContext>;
  if (options.maxAgeSeconds === 0) return [hints as ApolloServerPlugin<Context>];

  const generation: CacheGeneration = options.redis
    ? new RedisGeneration(options.redis, `${options.redisPrefix}cache:generation`, options.log)
    : new MemoryGeneration();
  const store: KeyValueCache<string> = options.redis
    ? new RedisKeyValueCache(options.redis, `${options.redisPrefix}cache:`, options.log)
    : // Answers of old generations are never read again and wait for eviction: keep the bound small.
      new InMemoryLRUCache<string>({ maxSize: 8 * 1024 * 1024 });
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
  return [hints as ApolloServerPlugin<Context>, privateAnswers, responseCache, invalidateOnMutation(generation)];
}
