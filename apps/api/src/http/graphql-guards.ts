/**
 * What happens to a request for /graphql before its body is read: a browser is sent to the
 * explorer; the caller is identified (session cookie, or API key); the rate limit for that
 * caller is applied. Also the shape of HTTP-level errors on /graphql: always a GraphQL-style
 * `{ errors: [{ message, extensions: { code, requestId } }] }` body, never Fastify's own.
 */
import fastifyRateLimit from '@fastify/rate-limit';
import type { ApiEnv } from '@atlas/config';
import type { FastifyError, FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Redis } from 'ioredis';
import { anonymous, type Viewer } from '../auth/viewer.js';
import type { Database } from '../db/data-source.js';
import { isDatabaseFault } from '../db/faults.js';
import { runCounted } from '../db/sql-stats.js';
import { ErrorCode, RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_MESSAGE } from '../graphql/errors.js';
import { LIMITS } from '../graphql/limits.js';
import { checkApiKey } from '../modules/api-key/api-key.service.js';
import { SESSION_COOKIE, viewerFromToken } from '../modules/user/session.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling; set for /graphql before the body is read. */
    viewer?: Viewer;
  }
}

export type GuardConfig = Pick<
  ApiEnv,
  'RATE_LIMIT_WINDOW_SECONDS' | 'RATE_LIMIT_ANON_PER_MIN' | 'RATE_LIMIT_KEY_PER_MIN' | 'RATE_LIMIT_USER_PER_MIN' | 'REDIS_PREFIX'
>;

/** Where a browser that opens /graphql is sent (the portal's bundled explorer). */
export const EXPLORER_PATH = '/explorer';

/** A GraphQL-style error body for answers given before (or instead of) GraphQL. */
export function errorBody(req: FastifyRequest, code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions, requestId: req.id } }] };
}

/** The API key a request presents, if any: `Authorization: Bearer <key>` or `x-api-key: <key>`. */
function presentedKey(req: FastifyRequest): { key: string } | { malformed: string } | null {
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header.trim()) return { key: header.trim() };
  const authorization = req.headers.authorization;
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return { malformed: 'Send the API key as `Authorization: Bearer <key>` or `x-api-key: <key>`' };
  return { key: match[1] };
}

type Identified = { viewer: Viewer } | { refused: string };

async function identify(req: FastifyRequest, db: Database): Promise<Identified> {
  const presented = presentedKey(req);
  if (presented) {
    // A key, when sent, decides: a wrong key is refused, never downgraded to anonymous.
    if ('malformed' in presented) return { refused: presented.malformed };
    const checked = await checkApiKey(db.dataSource, presented.key);
    if (checked.ok) return { viewer: checked.viewer };
    return { refused: checked.reason === 'revoked' ? 'This API key was revoked' : 'This API key is not valid' };
  }
  return { viewer: (await viewerFromToken(db.dataSource, req.cookies?.[SESSION_COOKIE])) ?? anonymous };
}

/** Which bucket a caller's requests count in, and how many a window allows. */
function bucketOf(viewer: Viewer, ip: string, config: GuardConfig): { key: string; max: number } {
  switch (viewer.kind) {
    case 'apiKey':
      return { key: `key:${viewer.keyId}`, max: config.RATE_LIMIT_KEY_PER_MIN };
    case 'user':
      return { key: `user:${viewer.userId}`, max: config.RATE_LIMIT_USER_PER_MIN };
    default:
      return { key: `ip:${ip}`, max: config.RATE_LIMIT_ANON_PER_MIN };
  }
}

export interface GraphqlGuards {
  /** The /graphql route's onRequest hook. */
  onRequest: onRequestAsyncHookHandler;
}

/**
 * Registers the rate limiter (counters in Redis when given, else in memory) and the error
 * handler, and returns the hook to put on the /graphql route.
 */
export async function registerGraphqlGuards(app: FastifyInstance, config: GuardConfig, db: Database, redis?: Redis): Promise<GraphqlGuards> {
  await app.register(fastifyRateLimit, {
    global: false,
    timeWindow: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
    max: (req) => bucketOf(req.viewer ?? anonymous, req.ip, config).max,
    keyGenerator: (req) => bucketOf(req.viewer ?? anonymous, req.ip, config).key,
    ...(redis ? { redis, nameSpace: `${config.REDIS_PREFIX}rate:` } : {}),
    // Redis away: let requests through rather than fail them all.
    skipOnError: true,
    errorResponseBuilder: (_req, context) => Object.assign(new Error('rate limited'), { statusCode: context.statusCode, retryAfter: Math.ceil(context.ttl / 1000) }),
  });
  const limit = app.rateLimit();

  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (req.routeOptions.url !== '/graphql') return reply.send(error); // Fastify's own handling
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) {
      req.log.error({ err: error }, 'request failed');
      return reply.code(500).send(errorBody(req, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
    }
    const message =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? `The request body is larger than ${LIMITS.bodyBytes / 1024} kB`
        : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'Send the operation as JSON (content-type: application/json)'
          : error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError
            ? 'The request body is not valid JSON'
            : error.message;
    return reply.code(status).send(errorBody(req, ErrorCode.BAD_REQUEST, message));
  });

  // Apollo's own HTTP-level refusals (a batch, a possible CSRF, a missing query) come without
  // the request id every other error carries: add it.
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.routeOptions.url !== '/graphql' || reply.statusCode < 400 || typeof payload !== 'string' || !payload.startsWith('{"errors"')) return payload;
    try {
      const body = JSON.parse(payload) as { errors?: { extensions?: Record<string, unknown> }[] };
      if (!Array.isArray(body.errors) || body.errors.every((e) => e.extensions?.requestId)) return payload;
      for (const e of body.errors) e.extensions = { ...e.extensions, requestId: req.id };
      return JSON.stringify(body);
    } catch {
      return payload;
    }
  });

  const onRequest: onRequestAsyncHookHandler = async function (req, reply) {
    // A person opening /graphql in a browser gets the explorer (with the query, if the link had one).
    if (req.method === 'GET' && req.headers.accept?.includes('text/html')) {
      const query = req.url.indexOf('?');
      return reply.redirect(EXPLORER_PATH + (query >= 0 ? req.url.slice(query) : ''), 302);
    }
    let identified: Identified;
    try {
      identified = await runCounted(req.sqlStats, () => identify(req, db));
      // A refused key counts against its address, like an anonymous request: guessing keys is rate limited.
      req.viewer = 'viewer' in identified ? identified.viewer : anonymous;
    } catch (err) {
      if (!isDatabaseFault(err)) throw err;
      req.log.error({ err }, 'database fault while identifying the caller');
      return reply
        .code(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send(errorBody(req, ErrorCode.SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_MESSAGE, { retryAfter: RETRY_AFTER_SECONDS }));
    }
    try {
      await limit.call(this, req, reply);
    } catch (err) {
      const e = err as { statusCode?: number; retryAfter?: number };
      if (e.statusCode !== 429) throw err;
      const retryAfter = e.retryAfter ?? config.RATE_LIMIT_WINDOW_SECONDS;
      return reply
        .code(429)
        .header('retry-after', String(retryAfter))
        .send(errorBody(req, ErrorCode.TOO_MANY_REQUESTS, `Rate limit exceeded: try again in ${retryAfter} s (docs/partners.md#rate-limits)`, { retryAfter }));
    }
    if ('refused' in identified) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="Network Atlas", error="invalid_token"')
        .send(errorBody(req, ErrorCode.UNAUTHENTICATED, identified.refused));
    }
    return undefined;
  };
  return { onRequest };
}

export const GRAPHQL_BODY_LIMIT = LIMITS.bodyBytes;

/** Fastify's `trustProxy` from TRUST_PROXY: true, a hop count, or a list of addresses/CIDRs. */
export function trustProxyOf(value: string | undefined): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}
