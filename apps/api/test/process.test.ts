import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/** The built server as `npm start` runs it: a real process on a real data folder. */
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'atlas-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${out}`)), 60_000);
    child.stdout!.on('data', () => {
      const m = out.match(/GraphQL API\s+(http:\/\/\S+)\/graphql/);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output: () => out, exited });
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`exited ${code}:\n${out}`), { code, out }));
    });
  });
}

async function count(url: string): Promise<{ forces: number; groups: number }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ forces { id } groups(first: 0) { totalCount } }' }),
  });
  const body = (await res.json()) as any;
  return { forces: body.data.forces.length, groups: body.data.groups.totalCount };
}

describe('the server process', () => {
  it('starts on an empty data folder, seeded, and prints where it listens', async () => {
    const run = await start({});
    expect(run.output()).toMatch(/embedded PGlite/);
    expect(await count(run.url)).toMatchObject({ forces: 43 });
    expect((await fetch(`${run.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${run.url}/readyz`)).json()).toEqual({ status: 'ready', database: 'pglite' });
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('keeps its data across a restart and seeds nothing twice', async () => {
    const first = await start({});
    const before = await count(first.url);
    first.child.kill('SIGTERM');
    await first.exited;
    const second = await start({});
    expect(await count(second.url)).toEqual(before);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('refuses to start on a wrong setting, naming it', async () => {
    const err: any = await start({ PORT: 'eighty', DATABASE_URL: 'mysql://nope' }).catch((e) => e);
    expect(err.code).toBe(78);
    expect(err.out).toMatch(/PORT:/);
    expect(err.out).toMatch(/DATABASE_URL: must start with postgres/);
  });
});
