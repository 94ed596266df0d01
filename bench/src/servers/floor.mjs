// @ts-check
/**
 * The floor: a bare node:http server answering each operation with one hand-written SQL
 * statement that builds the whole JSON answer inside PostgreSQL. Nothing is parsed or
 * re-serialised in Node: the text PostgreSQL returns is the response body.
 *
 *   DATABASE_URL=postgres://… node floor.mjs   →  prints "LISTENING http://127.0.0.1:PORT"
 *
 * GET /catalogue, /coverage, /group, /groups (the fixed parameters of operations.mjs);
 * GET /__stats gives the statements run so far.
 */
import http from 'node:http';
import pg from 'pg';
import { OPERATIONS } from '../lib/operations.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX ?? 10) });
let statements = 0;
let requests = 0;

/** @type {Map<string, { name: string; text: string; values: unknown[] }>} */
const routes = new Map();
for (const op of OPERATIONS) {
  if (op.floor) routes.set(op.floor.path, { name: `floor_${op.id}`, text: op.floor.sql, values: op.floor.params });
}

const server = http.createServer(async (req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/__stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ statements, requests }));
    return;
  }
  const route = routes.get(path);
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  requests += 1;
  try {
    statements += 1;
    const { rows } = await pool.query({ name: route.name, text: route.text, values: route.values });
    const body = rows[0].body;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  } catch (error) {
    console.error(error);
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`LISTENING http://127.0.0.1:${port}`);
});
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
