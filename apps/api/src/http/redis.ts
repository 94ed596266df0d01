import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

/** How long startup waits for Redis before going on without it (it keeps reconnecting). */
const READY_WAIT_MS = 2000;

/**
 * One Redis connection for the rate-limit counters and the response cache. While Redis is away
 * commands fail at once (no queueing): the limiter lets requests through, the cache misses, and
 * the client reconnects by itself. Errors are logged at most every 10 s.
 */
export async function connectRedis(url: string, log: FastifyBaseLogger): Promise<Redis> {
  const redis = new Redis(url, {
    connectTimeout: 1000,
    commandTimeout: 1000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  let lastLogged = 0;
  redis.on('error', (err) => {
    if (Date.now() - lastLogged < 10_000) return;
    lastLogged = Date.now();
    log.warn({ err }, 'redis: connection problem (rate limits are not applied and the response cache misses meanwhile)');
  });
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), READY_WAIT_MS);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  if (!ready) log.warn({ url: url.replace(/\/\/[^@]*@/, '//***@') }, 'redis: not reachable at start; going on without it until it is');
  return redis;
}
