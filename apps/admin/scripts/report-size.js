#!/usr/bin/env node
// Prints the JavaScript a first visit downloads before the page can run: the
// entry chunk(s) index.html loads plus the chunks it preloads, gzipped. Lazy
// chunks (pages, charts) are listed apart, so a heavy import that slips into
// the entry shows up here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '../dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1]),
);

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const assets = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const rows = assets.map((file) => ({ file, raw: statSync(join(dist, file)).size, gzip: gz(file), initial: initial.has(file) }));
const initialGzip = rows.filter((r) => r.initial).reduce((sum, r) => sum + r.gzip, 0);
const initialRaw = rows.filter((r) => r.initial).reduce((sum, r) => sum + r.raw, 0);

if (process.argv.includes('--verbose')) {
  for (const r of rows.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${r.initial ? 'initial' : 'lazy   '}  ${kB(r.gzip).padStart(9)} gzip  ${r.file}`);
}
const lazy = rows.filter((r) => !r.initial).sort((a, b) => b.gzip - a.gzip);
console.log(`initial JS: ${kB(initialGzip)} gzip (${kB(initialRaw)} raw, ${initial.size} file${initial.size === 1 ? '' : 's'})`);
console.log(`lazy JS: ${lazy.length} chunks, largest ${lazy[0] ? `${lazy[0].file} ${kB(lazy[0].gzip)} gzip` : 'none'}`);
