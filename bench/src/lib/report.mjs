// @ts-check
/** Tables for the console and RESULTS.md, the targets' verdicts and the growth figures. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { OPERATIONS } from './operations.mjs';

const TARGETS = ['api', 'api-uncached', 'floor', 'peer'];
const title = (/** @type {string} */ id) => OPERATIONS.find((o) => o.id === id)?.title ?? id;
const f0 = (/** @type {number} */ n) => (Number.isFinite(n) ? n.toFixed(0) : '—');
const f1 = (/** @type {number} */ n) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const f2 = (/** @type {number} */ n) => (Number.isFinite(n) ? n.toFixed(2) : '—');
const kb = (/** @type {number} */ n) => (Number.isFinite(n) ? (n < 10_240 ? `${(n / 1024).toFixed(1)}` : (n / 1024).toFixed(0)) : '—');
const rps = (/** @type {number} */ n) => (!Number.isFinite(n) ? '—' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const ratio = (/** @type {number} */ a, /** @type {number} */ b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

/** @param {any} results */
function find(results, /** @type {number} */ scale, /** @type {string} */ op, /** @type {string} */ target) {
  return results.rows.find((/** @type {any} */ r) => r.scale === scale && r.op === op && r.target === target);
}

/** @param {any} results */
const scalesOf = (results) => [...new Set(results.rows.map((/** @type {any} */ r) => r.scale))];
/** @param {any} results */
const opsOf = (results) => OPERATIONS.map((o) => o.id).filter((id) => results.rows.some((/** @type {any} */ r) => r.op === id));

/** The table rows: one per scale × operation × target, with the API's ratios to the floor and the peer. @param {any} results */
export function tableRows(results) {
  const out = [];
  for (const scale of scalesOf(results)) {
    for (const op of opsOf(results)) {
      const floor = find(results, scale, op, 'floor');
      const peer = find(results, scale, op, 'peer');
      for (const r of TARGETS.map((t) => find(results, scale, op, t))) {
        if (!r) continue;
        out.push({
          scale,
          op: title(op),
          target: r.target,
          rps: r.unavailable ? 'n/a' : rps(r.rps),
          p50: r.unavailable ? '' : f1(r.p50),
          p99: r.unavailable ? '' : f1(r.p99),
          errors: r.unavailable ? '' : String(r.errors ?? '—'),
          // What a request of the measured run executed: a cached API's hits run none.
          sql: r.unavailable ? '' : String(r.statementsWarm ?? r.statements ?? '—'),
          kb: r.unavailable ? '' : kb(r.bytes),
          peak: r.unavailable ? '' : f0(r.peakRssMB),
          cpu: r.unavailable ? '' : f2(r.serverCpuMsPerRequest),
          vsFloor: r.target.startsWith('api') && floor ? ratio(r.rps, floor.rps) : '',
          vsPeer: r.target.startsWith('api') && peer ? ratio(r.rps, peer.rps) : '',
          check: r.check ?? '',
        });
      }
    }
  }
  return out;
}

/** Growth: time per request against response size, smallest to largest scale. @param {any} results */
export function growth(results) {
  const scales = scalesOf(results);
  if (scales.length < 2) return [];
  const lo = scales[0];
  const hi = scales.at(-1);
  const out = [];
  for (const op of opsOf(results)) {
    for (const target of TARGETS) {
      const per = scales.map((s) => find(results, s, op, target));
      if (per.some((r) => !r || r.unavailable || !r.bytes)) continue;
      const a = per[0];
      const b = per.at(-1);
      const bytesX = b.bytes / a.bytes;
      const loadX = b.msPerRequest / a.msPerRequest;
      const unloadedX = b.unloadedMs / a.unloadedMs;
      // The last step (e.g. 430 → 4300) is where fixed per-request costs no longer hide the growth.
      const p = per.at(-2);
      const lastBytesX = b.bytes / p.bytes;
      const lastLoadX = b.msPerRequest / p.msPerRequest;
      out.push({
        op,
        target,
        points: per.map((r, i) => ({ scale: scales[i], bytes: r.bytes, msPerRequest: r.msPerRequest, unloadedMs: r.unloadedMs, statements: r.statements })),
        bytesX,
        loadX,
        unloadedX,
        lastBytesX,
        lastLoadX,
        // Time may grow as fast as the data returned (allowing 25 % for noise), not faster;
        // judged on the last step.
        verdict: lastLoadX <= Math.max(lastBytesX, 1) * 1.25 ? 'grows with the data' : 'grows faster than the data',
        lo,
        hi,
      });
    }
  }
  return out;
}

/** The targets of the issue, checked. @param {any} results */
export function targets(results) {
  const out = [];
  const apiKinds = ['api', 'api-uncached'].filter((k) => results.rows.some((/** @type {any} */ r) => r.target === k));
  const label = (/** @type {string} */ k) => (k === 'api' ? 'API' : 'API without its response cache');
  for (const scale of scalesOf(results)) {
    for (const op of ['catalogue', 'coverage']) {
      const floor = find(results, scale, op, 'floor');
      const peer = find(results, scale, op, 'peer');
      for (const k of apiKinds) {
        const api = find(results, scale, op, k);
        if (!api || api.unavailable) continue;
        if (peer) out.push({ what: `${title(op)} at ${scale} forces, ${label(k)}: throughput ≥ the peer's`, met: api.rps >= peer.rps, figure: `${ratio(api.rps, peer.rps)} the peer` });
        if (floor) out.push({ what: `${title(op)} at ${scale} forces, ${label(k)}: throughput ≥ half the floor's`, met: api.rps >= floor.rps / 2, figure: `${ratio(api.rps, floor.rps)} the floor` });
      }
    }
  }
  const countKind = apiKinds.includes('api-uncached') ? 'api-uncached' : apiKinds[0];
  for (const op of opsOf(results)) {
    const per = scalesOf(results)
      .map((s) => find(results, s, op, op === 'update' ? apiKinds[0] : countKind))
      .filter((r) => r && !r.unavailable);
    if (per.length < 1) continue;
    const counts = per.map((r) => r.statements);
    out.push({
      what: `${title(op)}: SQL statements per request constant across scales`,
      met: per.length > 1 ? counts.every((c) => c === counts[0]) : null,
      figure: counts.join(' / '),
    });
  }
  const smallest = scalesOf(results)[0];
  for (const op of ['counterparts', 'search']) {
    for (const k of apiKinds) {
      const api = find(results, smallest, op, k);
      if (api && smallest === 43) out.push({ what: `${title(op)} at 43 forces, ${label(k)}: p99 under 100 ms`, met: api.p99 < 100, figure: `${f1(api.p99)} ms` });
    }
  }
  const update = results.rows.find((/** @type {any} */ r) => r.op === 'update');
  if (update?.unavailable) out.push({ what: '(e) authenticated update', met: null, figure: update.check });
  return out;
}

/** @param {string[]} head @param {string[][]} body */
function mdTable(head, body) {
  return [`| ${head.join(' | ')} |`, `| ${head.map((h) => (/^[a-z(]/.test(h) && !/req\/s|ms|MB|KB|SQL|vs|errors/.test(h) ? '---' : '---:')).join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** @param {string[]} head @param {string[][]} body */
function textTable(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (/** @type {string[]} */ r) => r.map((c, i) => (i < 3 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const HEAD = ['forces', 'operation', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'SQL/req', 'KB', 'peak RSS MB', 'CPU ms/req', 'vs floor', 'vs peer'];
const cells = (/** @type {any} */ r) => [String(r.scale), r.op, r.target, r.rps, r.p50, r.p99, r.errors, r.sql, r.kb, r.peak, r.cpu, r.vsFloor, r.vsPeer];

/** @param {any} results */
export function renderConsole(results) {
  const rows = tableRows(results);
  const lines = ['', `== ${results.mode} run, ${results.settings.connections} connections; "vs floor"/"vs peer" = the API's req/s ÷ theirs; api = as deployed (response cache on), api-uncached = RESPONSE_CACHE_SECONDS=0`, textTable(HEAD, rows.map(cells)), ''];
  const bad = rows.filter((r) => r.check && !/^ok|^same /.test(r.check));
  if (bad.length) lines.push('Checks:', ...bad.map((r) => `  ${r.scale} ${r.op} ${r.target}: ${r.check}`), '');
  lines.push('Targets:');
  for (const t of targets(results)) lines.push(`  ${t.met === null ? '–' : t.met ? '✔' : '✘'} ${t.what}: ${t.figure}`);
  const g = growth(results);
  if (g.length) {
    lines.push('', `Growth ${g[0].lo} → ${g[0].hi} forces (time per request under load vs response size):`);
    for (const x of g) lines.push(`  ${title(x.op).padEnd(30)} ${x.target.padEnd(12)} size ×${f1(x.bytesX)}  time ×${f1(x.loadX)} (unloaded ×${f1(x.unloadedX)}); last step size ×${f1(x.lastBytesX)} time ×${f1(x.lastLoadX)}  ${x.verdict}`);
  }
  lines.push('', otherFigures(results).join('\n'));
  return lines.join('\n');
}

/** @param {any} results */
function otherFigures(results) {
  const e = results.embedded;
  const p = results.portal;
  return [
    `API memory at rest (PostgreSQL, seeded, before any load): ${f0(results.memory.apiAtRestMB)} MB RSS; after the run: ${f0(results.memory.apiAfterRunMB)} MB`,
    `API start on an empty PostgreSQL database (migrate + seed) to listening: ${f2(results.memory.apiStartOnPostgresMs / 1000)} s`,
    e
      ? e.error
        ? `Embedded start: failed: ${e.error}`
        : `Embedded start (PGlite, npm start without DATABASE_URL) to the first answered query: empty data folder ${f2(e.coldMs / 1000)} s, warm folder ${f2(e.warmMs / 1000)} s; RSS ${f0(e.rssMB)} MB`
      : 'Embedded start: not measured in this run (full runs measure it; or --embedded)',
    p.built ? `Portal initial JavaScript: ${kb(p.gzip)} KB gzip (${kb(p.bytes)} KB raw) in ${p.files.length} file(s) (build of ${p.builtAt})` : `Portal initial JavaScript: ${p.note}`,
  ];
}

/** @param {any} results */
export function renderMarkdown(results) {
  const m = results.machine;
  const s = results.settings;
  const out = [];
  out.push(`## ${s.mode === 'full' ? 'Full' : 'Quick'} run — ${results.id.slice(0, 16).replace('T', ' ')} UTC`);
  out.push('');
  out.push(
    `**Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Linux ${m.kernel}; Node ${m.node}; ${m.postgres} (shared_buffers ${m.postgresSettings.shared_buffers}, jit ${m.postgresSettings.jit}) on the same machine. ` +
      `**Code:** ${m.commit}; API ${s.build}. **Load:** autocannon in its own process, ${s.connections} connections, ${s.warmup} s warm-up, ${s.seconds} s measured (slow operations longer, up to ${s.maxSeconds} s). ` +
      `Run took ${f0(results.durationSeconds)} s.`,
  );
  out.push('');
  out.push(
    `Data: ${results.data.map((/** @type {any} */ d) => `${d.forces} forces / ${d.groups} groups`).join(' · ')} (beyond the 43 real forces, synthetic ones shaped like the seeded forces with groups).`,
  );
  out.push('');
  out.push('### Throughput and latency');
  out.push('');
  out.push('"vs floor" and "vs peer" are the API\'s requests per second divided by theirs (1.00× = as fast; higher is better). `api` is the API as deployed (its response cache on, sized 32 MiB for the 13 MB catalogue of 4,300 forces: a repeated public query is answered from memory); `api-uncached` the same build with `RESPONSE_CACHE_SECONDS=0`, so every answer is computed. KB is the response size; CPU ms/req the CPU time of the server process (all its threads, garbage collection included) per request of the measured run; SQL/req the statements one request runs (for `api`, 0 when the answer came from its cache — the warm-up filled it; `api-uncached` shows what computing it costs). The API processes measured run as deployed, without the per-request SQL count; a separate counting process (`SQL_STATS=true`, never loaded) counts the API statements.');
  out.push('');
  const rows = tableRows(results);
  out.push(mdTable(HEAD, rows.map(cells)));
  const bad = rows.filter((r) => r.check && !/^ok|^same /.test(r.check));
  out.push('');
  out.push(`Correctness: every floor answer is compared with the API's (same JSON) and every peer answer by its ids, at every scale.${bad.length ? '' : ' All matched.'}`);
  for (const r of bad) out.push(`- ${r.scale} forces, ${r.op}, ${r.target}: ${r.check}`);
  out.push('');
  out.push('### Targets');
  out.push('');
  for (const t of targets(results)) out.push(`- ${t.met === null ? '–' : t.met ? '✔' : '✘'} ${t.what}: ${t.figure}`);
  const g = growth(results);
  if (g.length) {
    out.push('');
    out.push(`### Growth (${g[0].lo} → ${g[0].hi} forces)`);
    out.push('');
    out.push('Time per request under load (1000 ÷ req/s) and unloaded (one request at a time), against the response size. "×" columns are the factor from the smallest to the largest scale; "last step" compares the two largest scales, where fixed per-request costs no longer hide the growth, and gives the verdict (time may grow as fast as the size, +25 % for noise, not faster).');
    out.push('');
    const scales = g[0].points.map((/** @type {any} */ p) => p.scale);
    out.push(
      mdTable(
        ['operation', 'server', ...scales.map((/** @type {number} */ sc) => `${sc}: KB · ms/req · unloaded ms`), 'size ×', 'time ×', 'unloaded ×', 'last step: size × / time ×', 'verdict'],
        g.map((x) => [
          title(x.op),
          x.target,
          ...x.points.map((/** @type {any} */ p) => `${kb(p.bytes)} · ${f1(p.msPerRequest)} · ${f1(p.unloadedMs)}`),
          f1(x.bytesX),
          f1(x.loadX),
          f1(x.unloadedX),
          `${f1(x.lastBytesX)} / ${f1(x.lastLoadX)}`,
          x.verdict,
        ]),
      ),
    );
  }
  out.push('');
  out.push('### Other figures');
  out.push('');
  for (const line of otherFigures(results)) out.push(`- ${line}`);
  if (results.profiles?.length) {
    out.push('');
    out.push('### Where the time goes (CPU profile of the API under the same load)');
    for (const p of results.profiles) {
      if (p.error) {
        out.push('', `${title(p.op)} at ${p.scale} forces: ${p.error}`);
        continue;
      }
      out.push('');
      out.push(`**${title(p.op)} at ${p.scale} forces** (response cache off, ${p.connections} connections) — ${p.requests} requests in ${p.seconds} s; ${f0(p.busyMs)} ms of CPU on the main thread. By package (self time, and inclusive: time inside calls into it, GC included):`);
      out.push('');
      out.push(mdTable(['package (self)', 'ms', 'share'], p.owners.slice(0, 10).map((/** @type {any} */ o) => [o.owner, f0(o.ms), `${(o.share * 100).toFixed(1)} %`])));
      if (p.inclusive) {
        out.push('');
        out.push(mdTable(['package (inclusive)', 'ms', 'share'], p.inclusive.filter((/** @type {any} */ o) => o.owner !== 'node (core)').slice(0, 10).map((/** @type {any} */ o) => [o.owner, f0(o.ms), `${(o.share * 100).toFixed(1)} %`])));
      }
      out.push('');
      out.push('Top functions (self time):');
      out.push('');
      out.push(mdTable(['function', 'where', 'ms', 'share'], p.functions.slice(0, 12).map((/** @type {any} */ o) => [`\`${o.fn}\``, o.where ? `\`${o.where}\`` : '', f0(o.ms), `${(o.share * 100).toFixed(1)} %`])));
    }
  }
  return out.join('\n');
}

const START = (/** @type {string} */ mode, /** @type {string} */ id) => `<!-- run:${mode}:${id} -->`;
const END = '<!-- /run -->';
const HEADER = `# Benchmark results

Written by \`npm run bench\` (see [README.md](README.md) for what is measured and how to read it).
Newest run first; the latest quick run replaces the previous quick run, full runs are kept (the last five).
`;

/**
 * Puts a run's section at the top of RESULTS.md, keeping earlier full runs.
 * @param {string} file @param {any} results @param {string} section
 */
export function writeResultsMarkdown(file, results, section) {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  /** @type {{ mode: string; text: string }[]} */
  const runs = [];
  for (const m of old.matchAll(/<!-- run:(\w+):([^ ]+) -->[\s\S]*?<!-- \/run -->/g)) runs.push({ mode: m[1], text: m[0] });
  const mine = `${START(results.mode, results.id)}\n${section}\n${END}`;
  let fulls = results.mode === 'full' ? 1 : 0;
  const rest = runs.filter((r) => {
    if (r.mode === 'quick') return results.mode !== 'quick';
    fulls += 1;
    return fulls <= 5;
  });
  const all = [mine, ...rest.map((r) => r.text)];
  writeFileSync(file, `${HEADER}\n${all.join('\n\n')}\n`);
}
