import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Browser tests run against the real thing: the built portal, served by the
 * built API on a fresh seeded embedded database (DATA_DIR=memory://).
 */
const admin = resolve(import.meta.dirname, '../..');
const api = resolve(admin, '../api');
const CHROMIUM = '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  ensureApiBuilt();
  ensurePortalBuilt();
  const server = await startApi();
  project.provide('baseURL', server.url);
  return async () => {
    server.child.kill('SIGTERM');
    await new Promise((done) => server.child.once('exit', done));
  };
}

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
}

function ensureApiBuilt() {
  if (existsSync(join(api, 'dist/main.js'))) return;
  console.log('[e2e] building the API (apps/api/dist is missing)');
  run('npx', ['tsc', '-p', 'tsconfig.build.json'], api);
}

/** Rebuilds the portal when any source is newer than dist/index.html, so a test never runs stale code. */
function ensurePortalBuilt() {
  const built = join(admin, 'dist/index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const inputs = ['src', 'public', 'index.html', 'vite.config.ts'].map((p) => join(admin, p));
  if (builtAt && newest(inputs) <= builtAt) return;
  console.log('[e2e] building the portal (dist is missing or older than src)');
  run('npx', ['vite', 'build', '--logLevel', 'warn'], admin);
}

function newest(paths: string[]): number {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    latest = Math.max(latest, stat.mtimeMs);
    if (stat.isDirectory()) latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))));
  }
  return latest;
}

async function startApi(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(api, 'dist/main.js')], {
    cwd: api,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', LOG_LEVEL: 'warn', ADMIN_DIST: join(admin, 'dist'), NODE_ENV: 'test',
      // One browser on one address makes many requests: the partner limits are not under test here.
      RATE_LIMIT_ANON_PER_MIN: '100000', RATE_LIMIT_USER_PER_MIN: '100000', RATE_LIMIT_KEY_PER_MIN: '100000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((found, failed) => {
    const timer = setTimeout(() => failed(new Error(`the API did not start in 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API\s+(http:\/\/[^\s]+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        found(match[1]);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`the API exited with ${code} before it was up:\n${output}`));
    });
  });
  // Keep draining its output so the pipe never fills; show warnings from the server.
  child.stdout!.on('data', () => {});
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[api] ${chunk}`));
  const portal = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
  if (!(await portal.text()).includes('<div id="root">')) throw new Error(`the API at ${url} does not serve the portal: is ADMIN_DIST honoured?`);
  return { url, child };
}
