// @ts-check
/**
 * The peer: PostGraphile v4 as a library on node:http over the same tables (schema
 * `public`), with the simplify-inflector plugin for the names a person would write
 * (forces, groups, nationalBody). Mutations are off; queries are compiled to one SQL
 * statement each by PostGraphile itself.
 *
 *   DATABASE_URL=postgres://… node peer.mjs   →  prints "LISTENING http://127.0.0.1:PORT"
 *
 * POST /graphql; GET /__stats gives the statements run so far.
 */
import http from 'node:http';
import Module, { createRequire } from 'node:module';
import pg from 'pg';

// PostGraphile 4 needs graphql 15; the workspace root has graphql 16 (Apollo, type-graphql), so
// npm gives PostGraphile's packages copies of their own. They must share one: every `graphql`
// (and `graphile-build`) they require is sent to the copy PostGraphile itself resolves.
const require = createRequire(import.meta.url);
const fromPostgraphile = createRequire(require.resolve('postgraphile'));
const graphqlMain = fromPostgraphile.resolve('graphql');
const graphqlDir = graphqlMain.slice(0, graphqlMain.lastIndexOf('/node_modules/graphql/') + '/node_modules/graphql/'.length);
const graphileBuild = createRequire(fromPostgraphile.resolve('postgraphile-core')).resolve('graphile-build');
const M = /** @type {any} */ (Module);
const resolveFilename = M._resolveFilename;
M._resolveFilename = function (/** @type {string} */ request, /** @type {unknown[]} */ ...rest) {
  if (request === 'graphql') return graphqlMain;
  if (request.startsWith('graphql/')) return resolveFilename.call(this, graphqlDir + request.slice('graphql/'.length), ...rest);
  if (request === 'graphile-build') return graphileBuild;
  return resolveFilename.call(this, request, ...rest);
};
const { postgraphile } = require('postgraphile');
const simplifyInflector = require('@graphile-contrib/pg-simplify-inflector');

let statements = 0;
let requests = 0;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX ?? 10) });
pool.on('connect', (client) => {
  const query = client.query;
  client.query = /** @type {any} */ (
    function (/** @type {unknown[]} */ ...args) {
      statements += 1;
      return query.apply(this, args);
    }
  );
});

const middleware = postgraphile(pool, 'public', {
  appendPlugins: [simplifyInflector],
  disableDefaultMutations: true,
  disableQueryLog: true,
  graphiql: false,
  retryOnInitFail: false,
  ignoreRBAC: true,
  setofFunctionsContainNulls: false,
});

const server = http.createServer((req, res) => {
  if (req.url === '/__stats') {
    // Statements PostGraphile ran at start (introspection) are not anyone's request.
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ statements, requests }));
    return;
  }
  if (req.url?.startsWith('/graphql')) requests += 1;
  middleware(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', async () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  // Answer one query before saying we listen, so that introspection is done.
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  if (!res.ok) throw new Error(`PostGraphile did not start: ${res.status} ${await res.text()}`);
  console.log(`LISTENING http://127.0.0.1:${port}`);
});
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
