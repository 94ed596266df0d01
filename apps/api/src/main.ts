import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { apiEnvSchema, EnvError, parseEnv, type ApiEnv } from '@atlas/config';
import { demoUsersWanted, prepareDatabase } from './app.js';
import { DEMO_PASSWORD, DEMO_USERS } from './modules/user/demo-users.js';
import { createLogger, createServer } from './server.js';

let env: ApiEnv;
try {
  env = parseEnv(apiEnvSchema);
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

// The portal built beside the API in this repository is served by default.
const bundledAdmin = fileURLToPath(new URL('../../admin/dist', import.meta.url));
if (env.ADMIN_DIST === undefined && existsSync(`${bundledAdmin}/index.html`)) env.ADMIN_DIST = bundledAdmin;

const logger = createLogger(env);
const db = await prepareDatabase(env, logger);
const app = await createServer(env, db, logger);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down: finishing requests in flight');
  const timer = setTimeout(() => {
    app.log.error('grace period over: exiting with requests still open');
    process.exit(1);
  }, env.SHUTDOWN_GRACE_SECONDS * 1000);
  timer.unref();
  // A kept-alive connection whose request finished after SIGTERM would otherwise hold the
  // close open until its keep-alive timeout: close each one as soon as it is idle.
  const sweeper = setInterval(() => app.server.closeIdleConnections(), 100);
  sweeper.unref();
  try {
    await app.close();
    await db.close();
    process.exit(0);
  } catch (err) {
    app.log.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ host: env.HOST, port: env.PORT });
const port = (app.server.address() as { port: number }).port;
const shown = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
const where = db.engine === 'pglite' ? `embedded PGlite in ${env.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)';
console.log(
  [
    '',
    `  Network Atlas is up (${where})`,
    `  GraphQL API   http://${shown}:${port}/graphql`,
    ...(env.ADMIN_DIST ? [`  Admin portal  http://${shown}:${port}/`] : []),
    `  Health        http://${shown}:${port}/healthz  ·  http://${shown}:${port}/readyz`,
    ...(demoUsersWanted(env)
      ? ['', `  Demo accounts (password: ${DEMO_PASSWORD})`, ...DEMO_USERS.map((u) => `    ${u.email.padEnd(52)} ${u.role}${u.forceId ? ` ${u.forceId}` : ''}${u.regionId ? ` ${u.regionId}` : ''}`)]
      : []),
    '',
  ].join('\n'),
);
