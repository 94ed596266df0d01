/**
 * The long soak: `npm run soak -- [seconds] [--concurrency N] [--pool N] [--database-url URL | --pglite] [--with-cache] [--env NAME=value …] [--out report.json]`
 * (from the repository root or apps/api). Default 300 s, 8 clients, on the PostgreSQL of
 * TEST_DATABASE_URL when set (the soak creates and drops a database of its own there), else
 * on PGlite. Loopback only; bounded in time and in requests. Exits 1 when a verdict fails.
 * See src/scripts/soak-run.ts for what is measured and docs/reliability.md for the figures.
 */
import { writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SOAK, runSoak } from './soak-run.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    duration: { type: 'string' },
    concurrency: { type: 'string' },
    pool: { type: 'string' },
    'max-requests': { type: 'string' },
    'database-url': { type: 'string' },
    pglite: { type: 'boolean' },
    'with-cache': { type: 'boolean' },
    'rss-margin-mb': { type: 'string' },
    out: { type: 'string' },
    env: { type: 'string', multiple: true },
  },
});
const num = (v: string | undefined, fallback: number, name: string) => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`--${name} must be a positive number, not ${v}`);
    process.exit(64);
  }
  return n;
};

const durationSeconds = num(values.duration ?? positionals[0], DEFAULT_SOAK.durationSeconds, 'duration');
const adminDatabaseUrl = values.pglite ? undefined : (values['database-url'] ?? process.env.TEST_DATABASE_URL ?? undefined);
console.log(
  `Soak: ${durationSeconds} s, ${values.concurrency ?? DEFAULT_SOAK.concurrency} clients, on ${adminDatabaseUrl ? 'PostgreSQL (a database of its own)' : 'PGlite'}, ` +
    `response cache ${values['with-cache'] ? 'on' : 'off'} — loopback only`,
);
const report = await runSoak({
  durationSeconds,
  concurrency: num(values.concurrency, DEFAULT_SOAK.concurrency, 'concurrency'),
  poolMax: num(values.pool, DEFAULT_SOAK.poolMax, 'pool'),
  maxRequests: num(values['max-requests'], DEFAULT_SOAK.maxRequests, 'max-requests'),
  rssMarginMb: num(values['rss-margin-mb'], DEFAULT_SOAK.rssMarginMb, 'rss-margin-mb'),
  adminDatabaseUrl,
  responseCache: values['with-cache'] ?? false,
  serverEnv: Object.fromEntries((values.env ?? []).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])),
  log: (line) => console.log(line),
});

const r = report;
console.log(`
  requests          ${r.requests} in ${r.durationSeconds} s (${r.requestsPerSecond}/s), ${r.reads} reads, ${r.writes} writes
  unexpected errors ${r.unexpectedErrors}   (expected CONFLICTs retried: ${r.expectedConflicts})
  latency ms        p50 ${r.latencyMs.p50}  p95 ${r.latencyMs.p95}  p99 ${r.latencyMs.p99}  max ${r.latencyMs.max}
  RSS MB            before load ${r.rssMb.beforeLoad}, warmed up (${r.rssMb.warmUpSeconds} s) ${r.rssMb.warmedUp}, end ${r.rssMb.end}, peak ${r.rssMb.peak}: growth ${r.rssMb.growth} (allowed ${r.rssMb.allowed})
  RSS every 5 s     ${r.rssMb.every5s.join(' ')}
  heap after full GC ${r.heapAfterGcMb.fullGcs} full collections; early ${r.heapAfterGcMb.early ?? '–'} MB, late ${r.heapAfterGcMb.late ?? '–'} MB: growth ${r.heapAfterGcMb.growth ?? '–'} (allowed ${r.heapAfterGcMb.allowed ?? '–'})
  pool              ${r.pool.connections} connections, ${r.pool.idle} idle, ${r.pool.busy} busy (max ${r.pool.max}) — ${r.pool.note}
  shutdown          exit ${r.exitCode}
  verdict           ${r.ok ? 'PASS' : `FAIL\n    ${r.failures.join('\n    ')}`}
`);
for (const [name, s] of Object.entries(r.operations)) console.log(`    ${name.padEnd(24)} ${String(s.count).padStart(7)}  p50 ${s.p50} ms  p95 ${s.p95} ms${s.conflicts ? `  (${s.conflicts} CONFLICT)` : ''}`);
if (values.out) {
  const out = isAbsolute(values.out) ? values.out : resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  writeFileSync(out, JSON.stringify({ ...r, at: new Date().toISOString() }, null, 2) + '\n');
  console.log(`\n  report written to ${out}`);
}
process.exit(r.ok ? 0 : 1);
