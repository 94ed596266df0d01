// @ts-check
/** Summarises a V8 CPU profile (node --cpu-prof): where the time goes, by function and by package. */
import { readFileSync } from 'node:fs';

/**
 * @param {string} url
 * @returns {string} the package (node_modules/<name>), the API's own code, node internals, or the engine
 */
export function ownerOf(url) {
  if (!url) return '(engine: GC, native, idle)';
  const at = url.lastIndexOf('node_modules/');
  const m = at >= 0 ? /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url.slice(at)) : null;
  if (m) return m[1];
  if (url.includes('/apps/api/')) return '@atlas/api (own code)';
  if (url.startsWith('node:')) return 'node (core)';
  return url;
}

/**
 * @param {string} file a .cpuprofile
 * @param {{ top?: number }} [o]
 */
export function summariseProfile(file, o = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const selfUs = new Map();
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i] ?? 0));
  }
  let total = 0;
  let idle = 0;
  /** @type {Map<string, { fn: string; where: string; us: number }>} */
  const byFn = new Map();
  /** @type {Map<string, number>} */
  const byOwner = new Map();
  for (const [id, us] of selfUs) {
    const n = nodes.get(id);
    const cf = n.callFrame;
    if (cf.functionName === '(idle)' || cf.functionName === '(program)') {
      idle += cf.functionName === '(idle)' ? us : 0;
      if (cf.functionName === '(idle)') continue;
    }
    total += us;
    const owner = cf.functionName === '(garbage collector)' ? '(garbage collector)' : ownerOf(cf.url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + us);
    const file = cf.url ? cf.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/apps\/api\//, 'apps/api/') : '';
    const where = file ? `${file}:${cf.lineNumber + 1}` : '';
    const key = `${cf.functionName}|${where}`;
    const e = byFn.get(key) ?? { fn: cf.functionName || '(anonymous)', where, us: 0 };
    e.us += us;
    byFn.set(key, e);
  }
  // Inclusive time by package: a sample counts for every package on its stack (so shares
  // overlap): "how long was spent inside calls into typeorm", GC included.
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** @type {Map<string, number>} */
  const inclusive = new Map();
  for (const [id, us] of selfUs) {
    if (nodes.get(id).callFrame.functionName === '(idle)') continue;
    const seen = new Set();
    for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parent.get(at)) {
      const url = nodes.get(at).callFrame.url;
      if (url) seen.add(ownerOf(url));
    }
    for (const owner of seen) inclusive.set(owner, (inclusive.get(owner) ?? 0) + us);
  }
  const top = o.top ?? 15;
  return {
    busyMs: total / 1000,
    idleMs: idle / 1000,
    functions: [...byFn.values()].sort((a, b) => b.us - a.us).slice(0, top).map((e) => ({ fn: e.fn, where: e.where, ms: e.us / 1000, share: e.us / total })),
    inclusive: [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([owner, us]) => ({ owner, ms: us / 1000, share: us / total })),
    owners: [...byOwner.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([owner, us]) => ({ owner, ms: us / 1000, share: us / total })),
  };
}
