import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { ApiEnv } from '@atlas/config';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import type { Database } from './db/data-source.js';
import { runCounted, type SqlStats } from './db/sql-stats.js';
import { buildSchema } from './graphql/build-schema.js';
import { createContext, type Context } from './graphql/context.js';
import { formatError, guardDatabaseFaults } from './graphql/errors.js';
import { operationAccessPlugin, requestIdPlugin } from './graphql/plugins.js';
import { serviceUnavailablePlugin } from './graphql/service-unavailable.plugin.js';
import { SESSION_COOKIE } from './modules/user/session.service.js';
import { cachePlugins } from './graphql/cache.js';
import { jitGateway } from './graphql/executor.js';
import { limitOptions } from './graphql/limits.js';
import { GRAPHQL_BODY_LIMIT, registerGraphqlGuards, trustProxyOf } from './http/graphql-guards.js';
import { connectRedis } from './http/redis.js';
import { registerSecurityHeaders } from './http/security-headers.js';

declare module 'fastify' {
  interface FastifyRequest {
    sqlStats?: SqlStats;
  }
}

export type ServerConfig = Pick<ApiEnv, 'NODE_ENV' | 'LOG_LEVEL' | 'ADMIN_DIST' | 'SQL_STATS' | 'COOKIE_SECURE'> & PartnerApiConfig;

/** The partner API's settings: rate limits, the response cache, Redis, proxies (docs/partners.md). */
export type PartnerApiConfig = Pick<
  ApiEnv,
  | 'REDIS_URL'
  | 'REDIS_PREFIX'
  | 'RATE_LIMIT_WINDOW_SECONDS'
  | 'RATE_LIMIT_ANON_PER_MIN'
  | 'RATE_LIMIT_KEY_PER_MIN'
  | 'RATE_LIMIT_USER_PER_MIN'
  | 'RESPONSE_CACHE_SECONDS'
  | 'RESPONSE_CACHE_MAX_MB'
  | 'TRUST_PROXY'
>;

/** Structured JSON logs; secrets in headers never reach them. */
export function createLogger(config: Pick<ApiEnv, 'LOG_LEVEL'>): FastifyBaseLogger {
  return pino({
    level: config.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
  });
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the HTTP server (not listening): GraphQL, health checks and the portal's files. */
export async function createServer(config: ServerConfig, db: Database, logger?: FastifyBaseLogger): Promise<FastifyInstance> {
  const production = config.NODE_ENV === 'production';
  const app = Fastify({
    loggerInstance: logger ?? createLogger(config),
    // A caller's own request id is kept (for tracing across systems); otherwise one is made.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    trustProxy: trustProxyOf(config.TRUST_PROXY),
  });
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL, app.log) : undefined;
  await registerSecurityHeaders(app);
  const limits = limitOptions(production);

  const apollo = new ApolloServer<Context>({
    // The schema, executed by graphql-jit (graphql/executor.ts).
    gateway: jitGateway(await buildSchema()),
    // Token, depth, alias, directive and cost limits; no batching; CSRF prevention (graphql/limits.ts).
    ...limits,
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM: it closes Fastify (which stops Apollo) and then the database.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: production,
    // No drain plugin: fastify.close() already stops accepting and waits for requests in flight,
    // then its onClose hook stops Apollo.
    plugins: [
      requestIdPlugin,
      serviceUnavailablePlugin,
      ApolloServerPluginLandingPageDisabled(),
      operationAccessPlugin,
      ...limits.plugins,
      ...cachePlugins({ maxAgeSeconds: config.RESPONSE_CACHE_SECONDS, maxMiB: config.RESPONSE_CACHE_MAX_MB, redis, redisPrefix: config.REDIS_PREFIX, log: app.log }),
    ],
  });
  await apollo.start();

  await app.register(fastifyCookie);
  // Browser redirect, caller identification (session or API key) and rate limits (http/graphql-guards.ts).
  const guards = await registerGraphqlGuards(app, config, db, redis);
  const secureCookie = config.COOKIE_SECURE ?? production;
  const graphqlHandler = fastifyApolloHandler(apollo, {
    context: guardDatabaseFaults(async (req, reply) =>
      createContext({
        requestId: req.id,
        ip: req.ip,
        log: req.log,
        dataSource: db.dataSource,
        viewer: req.viewer,
        sessionCookie: {
          // HttpOnly: scripts never see it; SameSite=Strict: other sites never send it.
          set: (token, expires) =>
            void reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: secureCookie, path: '/', expires }),
          clear: () => void reply.clearCookie(SESSION_COOKIE, { path: '/' }),
        },
      }),
    ),
  });
  const countSql = config.SQL_STATS ?? !production;
  if (countSql) {
    app.addHook('onSend', async (req, reply) => {
      if (req.sqlStats) reply.header('x-sql-statements', String(req.sqlStats.statements));
    });
  }
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    bodyLimit: GRAPHQL_BODY_LIMIT,
    onRequest: countSql
      ? [
          async (req) => {
            req.sqlStats = { statements: 0 };
          },
          guards.onRequest,
        ]
      : guards.onRequest,
    handler(req, reply) {
      return runCounted(req.sqlStats, () => graphqlHandler.call(this, req, reply));
    },
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (req, reply) => {
    try {
      await Promise.race([
        db.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database did not answer in 2 s')), 2000).unref()),
      ]);
      return { status: 'ready', database: db.engine };
    } catch (err) {
      req.log.warn({ err }, 'not ready');
      return reply.code(503).send({ status: 'unavailable', database: db.engine });
    }
  });

  const adminDist = config.ADMIN_DIST ? resolve(config.ADMIN_DIST) : undefined;
  if (adminDist && existsSync(resolve(adminDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: adminDist, wildcard: false, index: ['index.html'] });
    // The portal routes in the browser: any other GET for a page gets its shell.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && req.headers.accept?.includes('text/html')) return reply.sendFile('index.html');
      return reply.code(404).send({ error: 'Not Found', message: `No route ${req.method} ${req.url}` });
    });
  } else {
    app.get('/', async () => ({
      name: 'Network Atlas API',
      graphql: '/graphql',
      health: ['/healthz', '/readyz'],
    }));
  }

  app.addHook('onClose', async () => {
    await apollo.stop();
    await redis?.quit().catch(() => redis.disconnect());
  });
  return app;
}
