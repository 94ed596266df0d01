// @ts-check
/** The three servers compared (API, floor, peer): starting them and asking them one thing. */
import { fileURLToPath } from 'node:url';
import { startServer } from './procs.mjs';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const API_MAIN = `${ROOT}apps/api/dist/main.js`;
const FLOOR = fileURLToPath(new URL('../servers/floor.mjs', import.meta.url));
const PEER = fileURLToPath(new URL('../servers/peer.mjs', import.meta.url));

/** The environment of a child: PATH and friends, never the caller's DATABASE_URL or DATA_DIR. */
function baseEnv() {
  const { DATABASE_URL: _u, DATA_DIR: _d, PORT: _p, NODE_OPTIONS: _n, REDIS_URL: _r, ...rest } = process.env;
  return rest;
}

/**
 * The API from its build, as in production (so without the per-request SQL count, which costs
 * every promise a hook; pass SQL_STATS: 'true' in `env` for a server that counts).
 * @param {{ databaseUrl?: string; dataDir?: string; nodeArgs?: string[]; env?: Record<string, string>; main?: string }} o
 */
export function startApi(o) {
  return startServer({
    name: 'api',
    args: [...(o.nodeArgs ?? []), o.main ?? process.env.BENCH_API_MAIN ?? API_MAIN],
    env: {
      ...baseEnv(),
      ...(o.databaseUrl ? { DATABASE_URL: o.databaseUrl } : {}),
      ...(o.dataDir ? { DATA_DIR: o.dataDir } : {}),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      SQL_STATS: 'false',
      // One load generator on one address is not a partner: the per-caller limits stay out of the way.
      RATE_LIMIT_ANON_PER_MIN: '1000000',
      RATE_LIMIT_KEY_PER_MIN: '1000000',
      RATE_LIMIT_USER_PER_MIN: '1000000',
      ...o.env,
    },
    ready: /GraphQL API\s+(http:\/\/[^\s]+)\/graphql/,
    timeoutMs: 180_000,
    cwd: ROOT,
  });
}

/** @param {string} databaseUrl */
export function startFloor(databaseUrl) {
  return startServer({ name: 'floor', args: [FLOOR], env: { ...baseEnv(), DATABASE_URL: databaseUrl }, ready: /LISTENING (http:\/\/\S+)/ });
}

/** @param {string} databaseUrl */
export function startPeer(databaseUrl) {
  return startServer({ name: 'peer', args: [PEER], env: { ...baseEnv(), DATABASE_URL: databaseUrl }, ready: /LISTENING (http:\/\/\S+)/ });
}

/** The API as deployed (response cache on, its default) and with the cache off (every answer computed). */
export const API_KINDS = ['api', 'api-uncached'];
export const isApi = (/** @type {string} */ kind) => API_KINDS.includes(kind);

/**
 * What a load generator sends for one operation to one target.
 * @param {string} kind @param {string} base
 * @param {import('./operations.mjs').Operation} op @param {Record<string, string>} [headers]
 * @returns {{ url: string; method: 'GET' | 'POST'; headers: Record<string, string>; body?: string } | null}
 */
export function requestFor(kind, base, op, headers = {}) {
  if (kind === 'floor') return op.floor ? { url: base + op.floor.path, method: 'GET', headers } : null;
  const gql = isApi(kind) ? op.api : op.peer;
  if (!gql || !gql.query) return null;
  return {
    url: `${base}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: gql.query, variables: gql.variables }),
  };
}

/**
 * One request, timed: its status, size, parsed body and the SQL statements it ran.
 * @param {string} kind @param {string} base @param {NonNullable<ReturnType<typeof requestFor>>} req
 */
export async function probe(kind, base, req) {
  const api = isApi(kind);
  const before = api ? null : await stats(base);
  const t = performance.now();
  const res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body });
  const text = await res.text();
  const ms = performance.now() - t;
  const after = api ? null : await stats(base);
  const statements = api ? Number(res.headers.get('x-sql-statements') ?? NaN) : /** @type {any} */ (after).statements - /** @type {any} */ (before).statements;
  /** @type {any} */
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, bytes: Buffer.byteLength(text), ms, statements, json, text, headers: res.headers };
}

/** @param {string} base */
async function stats(base) {
  const res = await fetch(`${base}/__stats`);
  return /** @type {{ statements: number; requests: number }} */ (await res.json());
}
