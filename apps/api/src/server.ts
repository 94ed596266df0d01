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
import { sqlStatsStorage, type SqlStats } from './db/sql-stats.js';
import { buildSchema } from './graphql/build-schema.js';
import { createContext, type Context } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { requestIdPlugin } from './graphql/plugins.js';
import { SESSION_COOKIE, viewerFromToken } from './modules/user/session.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    sqlStats?: SqlStats;
  }
}

export type ServerConfig = Pick<ApiEnv, 'NODE_ENV' | 'LOG_LEVEL' | 'ADMIN_DIST' | 'SQL_STATS' | 'COOKIE_SECURE'>;

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
  });
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  const apollo = new ApolloServer<Context>({
    schema: await buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM: it closes Fastify (which stops Apollo) and then the database.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: production,
    // No drain plugin: fastify.close() already stops accepting and waits for requests in flight,
    // then its onClose hook stops Apollo.
    plugins: [requestIdPlugin, ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  await app.register(fastifyCookie);
  const secureCookie = config.COOKIE_SECURE ?? production;
  const graphqlHandler = fastifyApolloHandler(apollo, {
    context: async (req, reply) =>
      createContext({
        requestId: req.id,
        ip: req.ip,
        log: req.log,
        dataSource: db.dataSource,
        viewer: (await viewerFromToken(db.dataSource, req.cookies[SESSION_COOKIE])) ?? undefined,
        sessionCookie: {
          // HttpOnly: scripts never see it; SameSite=Strict: other sites never send it.
          set: (token, expires) =>
            void reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: secureCookie, path: '/', expires }),
          clear: () => void reply.clearCookie(SESSION_COOKIE, { path: '/' }),
        },
      }),
  });
  const countSql = config.SQL_STATS ?? !production;
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    handler(req, reply) {
      const stats: SqlStats = { statements: 0 };
      req.sqlStats = stats;
      return sqlStatsStorage.run(stats, () => graphqlHandler.call(this, req, reply));
    },
  });
  if (countSql) {
    app.addHook('onSend', async (req, reply) => {
      if (req.sqlStats) reply.header('x-sql-statements', String(req.sqlStats.statements));
    });
  }

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
  });
  return app;
}
