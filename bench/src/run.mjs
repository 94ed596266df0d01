// @ts-check
/**
 * npm run bench [-- --quick] — see ../README.md.
 *
 * One run: a fresh PostgreSQL database seeded by the API, grown to each scale with
 * synthetic forces; at each scale every operation against the API, the floor and the
 * peer (same database, same machine), each under the same fixed-concurrency load from a
 * separate process; then growth, other figures, a CPU profile, and the results written to
 * RESULTS.md and results/*.json.
 */
import { execFile, execFileSync, fork } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, hostname, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { OPERATIONS, PARAMS, PEER_SQL } from './lib/operations.mjs';
import { cpuMs, memory, resetPeak, waitIdle } from './lib/procs.mjs';
import { summariseProfile } from './lib/profile.mjs';
import { renderConsole, renderMarkdown, writeResultsMarkdown } from './lib/report.mjs';
import { counts, growTo } from './lib/synthetic.mjs';
import { API_MAIN, isApi, probe, requestFor, ROOT, startApi, startFloor, startPeer } from './lib/targets.mjs';
import { editableGroups, signIn, UPDATE_QUERY, updateAvailability, updateBody } from './lib/update.mjs';

const BENCH = fileURLToPath(new URL('../', import.meta.url));

const { values: argv } = parseArgs({
  // --no-build, --no-write, --no-profile, --no-embedded turn those parts off.
  allowNegative: true,
  options: {
    quick: { type: 'boolean', default: false },
    scales: { type: 'string' },
    ops: { type: 'string' },
    targets: { type: 'string' },
    connections: { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    build: { type: 'boolean', default: true },
    write: { type: 'boolean', default: true },
    'keep-db': { type: 'boolean', default: false },
    profile: { type: 'boolean' },
    embedded: { type: 'boolean' },
    help: { type: 'boolean', default: false },
  },
});
if (argv.help) {
  console.log(`npm run bench [-- options]
  --quick            43 forces only, ~3 s per operation, no profile or embedded start: under a minute
  --scales 43,430    forces at each scale (default 43,430,4300)
  --ops a,b,c,d,e    operations (default all)
  --targets api,api-uncached,floor,peer   (api: as deployed, response cache on; api-uncached: RESPONSE_CACHE_SECONDS=0)
  --connections 10   concurrent connections of the load generator
  --seconds N        measured seconds per operation (slow operations get more, up to a cap)
  --warmup N         warm-up seconds before each measurement
  --profile / --no-profile, --embedded / --no-embedded
  --no-build         use apps/api/dist as it is
  --no-write         print only; leave RESULTS.md and results/ alone
  --keep-db          keep the benchmark database afterwards
Environment: DATABASE_URL (an admin connection to the PostgreSQL server; default postgres://postgres@127.0.0.1:5432/test)`);
  process.exit(0);
}

const quick = argv.quick;
const settings = {
  mode: quick ? 'quick' : 'full',
  scales: (argv.scales ?? (quick ? '43' : '43,430,4300')).split(',').map(Number),
  ops: (argv.ops ?? 'a,b,c,d,e').split(','),
  targets: (argv.targets ?? 'api,api-uncached,floor,peer').split(','),
  connections: Number(argv.connections ?? 10),
  // autocannon counts whole seconds.
  seconds: Math.max(1, Math.round(Number(argv.seconds ?? (quick ? 2 : 5)))),
  warmup: Math.round(Number(argv.warmup ?? (quick ? 0 : 2))),
  probes: quick ? 3 : 5,
  /** Slow operations are measured for longer (3 rounds of every connection), up to this. */
  maxSeconds: quick ? 8 : 30,
  profile: argv.profile ?? !quick,
  embedded: argv.embedded ?? !quick,
};
const adminUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `atlas_bench_${settings.mode}`;
const benchUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

const started = Date.now();
const log = (/** @type {string} */ msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);

// ---------------------------------------------------------------------------------------------
// The machine and the code measured

function sh(/** @type {string} */ cmd, /** @type {string[]} */ args, /** @type {string} */ cwd = ROOT) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

async function machine() {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  const { rows } = await c.query(`SELECT version() AS v, current_setting('shared_buffers') AS sb, current_setting('jit') AS jit, current_setting('max_connections') AS mc`);
  await c.end();
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['status', '--porcelain', '--', 'apps/api']) !== '';
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    host: hostname(),
    node: process.version,
    postgres: /** @type {string} */ (rows[0].v).split(' on ')[0],
    postgresSettings: { shared_buffers: rows[0].sb, jit: rows[0].jit, max_connections: rows[0].mc },
    commit: commit ? `${commit}${dirty ? ' (apps/api with uncommitted changes)' : ''}` : 'unknown',
  };
}

async function buildApi() {
  if (!argv.build) return 'not rebuilt (--no-build)';
  // Through turbo, so the packages the API imports (@atlas/config) are built first, as on a fresh clone.
  const turbo = join(ROOT, 'node_modules/.bin/turbo');
  try {
    await promisify(execFile)(turbo, ['run', 'build', '--filter=@atlas/api', '--output-logs=errors-only'], { cwd: ROOT });
    return 'rebuilt from source';
  } catch (error) {
    const out = String(/** @type {any} */ (error).stdout ?? '') + String(/** @type {any} */ (error).stderr ?? '');
    if (!existsSync(API_MAIN)) throw new Error(`the API does not build and has no dist:\n${out.slice(0, 2000)}`);
    console.warn(`! the API did not build (using the dist of ${statSync(API_MAIN).mtime.toISOString()}):\n${out.slice(0, 800)}`);
    return `build failed: dist of ${statSync(API_MAIN).mtime.toISOString()}`;
  }
}

function demoPassword() {
  try {
    const text = readFileSync(join(ROOT, 'apps/api/dist/modules/user/demo-users.js'), 'utf8');
    return /DEMO_PASSWORD = ['"]([^'"]+)['"]/.exec(text)?.[1] ?? 'network-atlas-demo';
  } catch {
    return 'network-atlas-demo';
  }
}

// ---------------------------------------------------------------------------------------------
// The database

async function withAdmin(/** @type {(c: pg.Client) => Promise<any>} */ fn) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function freshDatabase() {
  await withAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${dbName}`);
  });
}

// ---------------------------------------------------------------------------------------------
// The load generator (a process of its own)

const loadgen = fork(fileURLToPath(new URL('./loadgen.mjs', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
let jobId = 0;
/** @returns {Promise<any>} */
function load(/** @type {Record<string, any>} */ job) {
  const id = ++jobId;
  return new Promise((resolve, reject) => {
    const onMessage = (/** @type {any} */ msg) => {
      if (msg.id !== id) return;
      loadgen.off('message', onMessage);
      if (msg.error) reject(new Error(msg.error));
      else resolve(msg.result);
    };
    loadgen.on('message', onMessage);
    loadgen.send({ id, ...job });
  });
}

// ---------------------------------------------------------------------------------------------
// The servers

/** @type {Record<string, import('./lib/procs.mjs').Server | undefined>} */
const servers = {};
/**
 * The response cache sized for the largest answer measured (the catalogue of 4,300 forces is
 * 13 MB; the default bound, 8 MiB, suits the 43 real forces), as a deployment of that size would.
 */
const apiEnv = { SEED_DEMO_USERS: 'true', RESPONSE_CACHE_MAX_MB: '32' };
const uncachedEnv = { ...apiEnv, RESPONSE_CACHE_SECONDS: '0' };
/**
 * The measured API processes run as deployed, without the per-request SQL count (it costs every
 * promise a hook); a third one, never loaded, counts the statements each operation runs.
 */
const COUNTER = 'sql-counter';
const counterEnv = { ...uncachedEnv, SQL_STATS: 'true' };

async function ensure(/** @type {string} */ kind) {
  const s = servers[kind];
  if (s && s.child.exitCode === null && s.child.signalCode === null) return s;
  if (s) log(`! ${kind} had stopped (exit ${s.child.exitCode ?? s.child.signalCode}); restarting it`);
  servers[kind] =
    kind === 'api'
      ? await startApi({ databaseUrl: benchUrl, env: apiEnv })
      : kind === 'api-uncached'
        ? await startApi({ databaseUrl: benchUrl, env: uncachedEnv })
        : kind === COUNTER
          ? await startApi({ databaseUrl: benchUrl, env: counterEnv })
          : kind === 'floor'
          ? await startFloor(benchUrl)
          : await startPeer(benchUrl);
  return /** @type {import('./lib/procs.mjs').Server} */ (servers[kind]);
}

/** Restarts the API processes: their in-memory response cache must not carry answers across scales. */
async function restartApis() {
  for (const kind of Object.keys(servers).filter(isApi)) {
    await servers[kind]?.stop();
    delete servers[kind];
    await ensure(kind);
  }
}

async function stopAll() {
  for (const [k, s] of Object.entries(servers)) {
    if (s) await s.stop();
    delete servers[k];
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring one operation on one target

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/** @type {{ cookie?: string; reason?: string; available?: boolean }} */
const auth = {};

/**
 * @param {import('./lib/operations.mjs').Operation} op @param {'api' | 'floor' | 'peer'} kind
 * @param {import('./lib/procs.mjs').Server} server @param {pg.Client} db
 */
function requestOf(op, kind, server, db) {
  if (op.id !== 'update') return requestFor(kind, server.url, op);
  if (!isApi(kind) || !auth.available || !auth.cookie) return null;
  return { url: `${server.url}/graphql`, method: /** @type {const} */ ('POST'), headers: { 'content-type': 'application/json', cookie: auth.cookie }, body: '' };
}

/**
 * The statements one request of the operation runs when its answer is computed, from the
 * counting API process; asked once per operation and scale (`counted`), for both API kinds.
 * @param {import('./lib/operations.mjs').Operation} op @param {pg.Client} db @param {Map<string, number>} counted
 */
async function statementsOf(op, db, counted) {
  const known = counted.get(op.id);
  if (known !== undefined) return known;
  const counter = await ensure(COUNTER);
  const req = requestOf(op, 'api', counter, db);
  if (!req) return NaN;
  const r = await probe('api', counter.url, op.id === 'update' ? { ...req, body: updateBody((await editableGroups(db))[0], 'counted') } : req);
  counted.set(op.id, r.statements);
  return r.statements;
}

/**
 * Probes (sequential requests: size, SQL statements, unloaded latency, correctness), then
 * the load: warm-up, then the measured run, with the server's peak RSS over it. The API's SQL
 * statements are those of a computed answer (statementsOf); a cached API's hits run none.
 * @param {import('./lib/operations.mjs').Operation} op @param {string} kind
 * @param {pg.Client} db @param {Record<string, any>} reference answers of the API, by op id @param {Map<string, number>} counted statements by op id (statementsOf)
 */
async function measure(op, kind, db, reference, counted) {
  const server = await ensure(kind);
  const req = requestOf(op, kind, server, db);
  if (!req) return null;
  const row = /** @type {Record<string, any>} */ ({ op: op.id, target: kind });

  // Sequential probes.
  const times = [];
  let last;
  let firstStatements = NaN;
  for (let i = 0; i < settings.probes; i++) {
    const r = op.id === 'update' ? await probe(kind, server.url, { ...req, body: updateBody((await editableGroups(db))[0], `probe ${i}`) }) : await probe(kind, server.url, req);
    times.push(r.ms);
    if (i === 0) firstStatements = r.statements;
    last = r;
    if (r.ms > 1500 && i >= 2) break;
  }
  const r = /** @type {Awaited<ReturnType<typeof probe>>} */ (last);
  row.status = r.status;
  row.bytes = r.bytes;
  if (isApi(kind)) {
    row.statements = await statementsOf(op, db, counted);
    // The response cache marks its answers with an Age header.
    row.statementsWarm = r.headers.get('age') === null ? row.statements : 0;
  } else {
    row.statements = firstStatements;
    row.statementsWarm = r.statements;
  }
  row.unloadedMs = median(times);
  const errors = r.json?.errors;
  row.check = r.status !== 200 || errors ? `error: ${JSON.stringify(errors ?? r.text.slice(0, 300)).slice(0, 300)}` : 'ok';
  if (row.check === 'ok' && op.id !== 'update') {
    if (isApi(kind) && !reference[op.id]) reference[op.id] = r.json;
    else if (isApi(kind)) row.check = isDeepStrictEqual(r.json, reference[op.id]) ? 'ok (same JSON as the other API run)' : 'DIFFERS from the other API run';
    else if (kind === 'floor' && reference[op.id]) row.check = isDeepStrictEqual(r.json, reference[op.id]) ? 'same JSON as the API' : 'DIFFERS from the API';
    else if (kind === 'peer' && reference[op.id] && op.ids.peer) {
      const a = op.ids.api(reference[op.id].data);
      const p = op.ids.peer(r.json.data);
      row.check = isDeepStrictEqual(a, p) ? `same ${a.length} ids as the API` : `DIFFERS from the API (${p.length} ids vs ${a.length})`;
    }
  }
  row.items = op.id !== 'update' && isApi(kind) && r.json?.data ? op.ids.api(r.json.data).length : undefined;

  // Load: warm-up, then the measured run. Slow operations run longer so that every
  // connection completes a few requests, up to a cap.
  const c = settings.connections;
  const seconds = Math.min(settings.maxSeconds, Math.max(settings.seconds, Math.ceil((3 * c * row.unloadedMs) / 1000)));
  const warmup = row.unloadedMs > 1000 ? 0 : settings.warmup; // the probes warmed it
  const job = async (/** @type {number} */ secs) => {
    const base = { url: req.url, method: req.method, headers: req.headers, body: req.body, connections: c, seconds: secs, timeoutSeconds: 120 };
    if (op.id !== 'update') return load(base);
    const groups = await editableGroups(db);
    return load({ ...base, update: { groups, query: UPDATE_QUERY, input: { meetingPattern: 'Monthly' } } });
  };
  if (warmup > 0) {
    await job(warmup);
    await waitIdle([server.pid]);
  }
  resetPeak(server.pid);
  const cpuBefore = cpuMs(server.pid);
  const result = await job(seconds);
  const cpuAfter = cpuMs(server.pid);
  const mem = memory(server.pid);
  const alive = server.child.exitCode === null && server.child.signalCode === null;
  row.load = result;
  row.rps = result.rps;
  row.p50 = result.latency.p50;
  row.p99 = result.latency.p99;
  row.errors = result.errors + result.timeouts + result.non2xx;
  row.peakRssMB = alive ? mem.peak / 2 ** 20 : NaN;
  row.serverCpuMsPerRequest = result.requests ? (cpuAfter - cpuBefore) / result.requests : NaN;
  row.msPerRequest = result.rps ? 1000 / result.rps : NaN;
  if (!alive) row.check = `server died during the load (exit ${server.child.exitCode ?? server.child.signalCode})`;
  row.idleAfterMs = alive ? await waitIdle([server.pid]) : 0;
  return row;
}

// ---------------------------------------------------------------------------------------------
// Other figures

async function embeddedStart() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-pglite-'));
  const once = async () => {
    const t = performance.now();
    const { startApi: start } = await import('./lib/targets.mjs');
    const api = await start({ dataDir: join(dir, 'data'), env: { LOG_LEVEL: 'warn', SQL_STATS: 'false' } });
    let answered = false;
    let ms = NaN;
    while (!answered && performance.now() - t < 180_000) {
      try {
        const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ forces { id groups { id } } }' }) });
        const json = /** @type {any} */ (await res.json());
        if (res.ok && json.data?.forces?.length) {
          answered = true;
          ms = performance.now() - t;
        }
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const rss = memory(api.pid).rss;
    await api.stop();
    return { ms, rssMB: rss / 2 ** 20 };
  };
  try {
    const cold = await once();
    const warm = await once();
    return { coldMs: cold.ms, warmMs: warm.ms, rssMB: warm.rssMB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function portalJs() {
  const dist = join(ROOT, 'apps/admin/dist');
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return { built: false, note: 'portal not built' };
  const html = readFileSync(index, 'utf8');
  const srcs = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g)) srcs.add(m[1]);
  const files = [];
  for (const src of srcs) {
    const path = join(dist, String(src).replace(/^\//, '').split('?')[0]);
    if (!existsSync(path)) continue;
    const buf = readFileSync(path);
    files.push({ file: src, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  }
  return {
    built: true,
    builtAt: statSync(index).mtime.toISOString(),
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

async function profileApi(/** @type {import('./lib/operations.mjs').Operation} */ op, /** @type {number} */ scale, /** @type {number} */ connections) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-prof-'));
  // The cache off: the profile is of computing answers, not of serving cached ones.
  const api = await startApi({ databaseUrl: benchUrl, env: uncachedEnv, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  try {
    const req = /** @type {NonNullable<ReturnType<typeof requestFor>>} */ (requestFor('api', api.url, op));
    const single = await probe('api', api.url, req);
    const seconds = Math.min(20, Math.max(6, Math.ceil((2 * connections * single.ms) / 1000)));
    const result = await load({ url: req.url, method: req.method, headers: req.headers, body: req.body, connections, seconds, timeoutSeconds: 120 });
    await waitIdle([api.pid]);
    await api.stop();
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) return { op: op.id, scale, error: 'no profile written' };
    return { op: op.id, scale, seconds, connections, requests: result.requests, ...summariseProfile(join(dir, file), { top: 15 }) };
  } finally {
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The run

async function main() {
  const info = await machine().catch((error) => {
    console.error(`PostgreSQL is not reachable at ${adminUrl}: ${error.message}\nSet DATABASE_URL to an admin connection of a PostgreSQL server.`);
    process.exit(2);
  });
  log(`${settings.mode} run: scales ${settings.scales.join(', ')}; ops ${settings.ops.join(', ')}; targets ${settings.targets.join(', ')}; ${settings.connections} connections`);
  const [build] = await Promise.all([buildApi(), freshDatabase()]);
  log(`API ${build}`);
  const db = new pg.Client({ connectionString: benchUrl });
  const t0 = performance.now();
  const apiKind = settings.targets.find(isApi) ?? 'api';
  const [api] = await Promise.all([ensure(apiKind), settings.targets.includes('floor') ? ensure('floor') : null]);
  for (const kind of settings.targets.filter((k) => isApi(k) && k !== apiKind)) await ensure(kind);
  const apiStartMs = performance.now() - t0;
  await db.connect();
  await db.query(PEER_SQL);
  if (settings.targets.includes('peer')) await ensure('peer');
  await waitIdle([api.pid]);
  const atRest = memory(api.pid).rss / 2 ** 20;
  log(`API up on PostgreSQL (migrated and seeded) in ${(apiStartMs / 1000).toFixed(1)} s; RSS at rest ${atRest.toFixed(0)} MB`);

  const availability = await updateAvailability(api.url);
  auth.available = availability.available;
  auth.reason = availability.reason;
  if (availability.available && settings.ops.includes('e')) {
    try {
      auth.cookie = await signIn(api.url, demoPassword());
    } catch (error) {
      auth.available = false;
      auth.reason = `not available: ${/** @type {Error} */ (error).message}`;
    }
  }
  if (settings.ops.includes('e')) log(auth.available ? '(e) signed in as a force admin' : `(e) ${auth.reason}`);

  const ops = OPERATIONS.filter((o) => settings.ops.includes(o.letter));
  /** @type {any[]} */
  const rows = [];
  /** @type {any[]} */
  const data = [];
  /** @type {any[]} */
  const profiles = [];
  for (const scale of settings.scales) {
    const grown = await growTo(db, scale);
    if (grown.added.forces) await restartApis();
    const n = await counts(db);
    data.push({ scale, ...n });
    log(`scale ${scale}: ${n.forces} forces (${n.syntheticForces} synthetic), ${n.groups} groups (${n.syntheticGroups} synthetic)${grown.added.forces ? ', just added' : ''}`);
    if (scale === settings.scales[0]) {
      // Every server gets a mixed warm-up first, so that the first operation measured is
      // not the one that pays for the JIT.
      for (const kind of settings.targets) {
        const server = await ensure(kind);
        const mix = ops.map((op) => requestFor(kind, server.url, op)).filter((r) => r !== null);
        if (!mix.length) continue;
        const url = new URL(mix[0].url);
        await load({
          url: url.origin,
          connections: settings.connections,
          seconds: settings.mode === 'quick' ? 1 : 4,
          mix: mix.map((r) => ({ method: r.method, path: new URL(r.url).pathname, headers: r.headers, body: r.body })),
        });
        await waitIdle([server.pid]);
      }
      log(`warmed up: ${settings.targets.join(', ')}`);
    }
    /** @type {Record<string, any>} */
    const reference = {};
    /** @type {Map<string, number>} */
    const counted = new Map();
    for (const op of ops) {
      for (const kind of settings.targets) {
        if (op.id === 'update' && kind !== settings.targets.find(isApi)) continue; // signed-in users never use the cache
        if (op.id === 'update' && !auth.available) {
          rows.push({ scale, op: op.id, target: kind, check: auth.reason, unavailable: true });
          continue;
        }
        try {
          const row = await measure(op, kind, db, reference, counted);
          if (!row) continue;
          rows.push({ scale, ...row });
          log(
            `  ${op.title.padEnd(30)} ${kind.padEnd(5)} ${row.rps.toFixed(1).padStart(8)} req/s  p50 ${row.p50.toFixed(0).padStart(5)} ms  p99 ${row.p99.toFixed(0).padStart(5)} ms  ` +
              `err ${row.errors}${row.load.errorCodes && Object.keys(row.load.errorCodes).length ? ` ${JSON.stringify(row.load.errorCodes)}` : ''}  sql ${row.statements}  ${(row.bytes / 1024).toFixed(0)} KB  peak ${row.peakRssMB.toFixed(0)} MB  ${row.check}`,
          );
        } catch (error) {
          rows.push({ scale, op: op.id, target: kind, check: `failed: ${/** @type {Error} */ (error).message}` });
          log(`  ${op.title} ${kind}: failed: ${/** @type {Error} */ (error).message}`);
        }
      }
    }
    if (settings.profile && (scale === settings.scales[0] || scale === settings.scales.at(-1)) && settings.targets.some(isApi)) {
      const op = ops.find((o) => o.id === 'catalogue') ?? ops[0];
      log(`  profiling the API on ${op.title} at ${scale} forces`);
      // At the largest scale one answer takes seconds: 2 connections keep the profile short.
      profiles.push(await profileApi(op, scale, scale === settings.scales[0] ? settings.connections : 2));
    }
  }
  const apiAfter = servers[apiKind] ? memory(/** @type {any} */ (servers[apiKind]).pid).rss / 2 ** 20 : NaN;
  await stopAll();
  await db.end();

  let embedded;
  if (settings.embedded) {
    log('embedded start (PGlite): an empty data folder, then the same folder again');
    embedded = await embeddedStart().catch((error) => ({ error: String(error) }));
  }
  const portal = portalJs();
  if (!argv['keep-db']) await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));

  const results = {
    id: new Date().toISOString(),
    mode: settings.mode,
    machine: info,
    settings: { ...settings, database: benchUrl.replace(/\/\/[^@]*@/, '//'), build, params: PARAMS },
    data,
    rows,
    memory: { apiAtRestMB: atRest, apiAfterRunMB: apiAfter, apiStartOnPostgresMs: apiStartMs },
    embedded,
    portal,
    profiles,
    update: { available: auth.available ?? false, reason: auth.reason ?? '' },
    durationSeconds: (Date.now() - started) / 1000,
  };
  console.log(renderConsole(results));
  if (argv.write) {
    mkdirSync(join(BENCH, 'results'), { recursive: true });
    const file = settings.mode === 'full' ? `full-${results.id.replace(/[:.]/g, '-')}.json` : 'quick-latest.json';
    writeFileSync(join(BENCH, 'results', file), JSON.stringify(results, null, 2) + '\n');
    writeResultsMarkdown(join(BENCH, 'RESULTS.md'), results, renderMarkdown(results));
    log(`written: bench/RESULTS.md, bench/results/${file}`);
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stopAll();
  loadgen.disconnect();
}
