// @ts-check
/** Child processes: the servers under test, their memory and CPU, and stopping them. */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * @typedef {{ name: string; pid: number; url: string; child: import('node:child_process').ChildProcess;
 *   output: () => string; stop: () => Promise<number | null> }} Server
 */

/**
 * Starts a server and resolves once it prints the address it listens on.
 * @param {{ name: string; args: string[]; env: Record<string, string | undefined>; ready: RegExp; timeoutMs?: number; cwd?: string }} o
 * @returns {Promise<Server>}
 */
export function startServer(o) {
  const child = spawn(process.execPath, o.args, {
    env: /** @type {NodeJS.ProcessEnv} */ (o.env),
    cwd: o.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const output = () => out;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return /** @type {number | null} */ (code);
    }
    return child.exitCode;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${o.name} did not start within ${(o.timeoutMs ?? 60_000) / 1000} s:\n${out.slice(-3000)}`));
    }, o.timeoutMs ?? 60_000);
    const onData = (/** @type {Buffer} */ chunk) => {
      out += chunk.toString();
      if (out.length > 200_000) out = out.slice(-100_000);
      const m = o.ready.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ name: o.name, pid: /** @type {number} */ (child.pid), url: m[1], child, output, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${o.name} exited (${code}) before it listened:\n${out.slice(-3000)}`));
    });
  });
}

/** @param {number} pid */
function status(pid) {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
}

/** Resident memory now and at its peak (VmRSS, VmHWM), in bytes. @param {number} pid */
export function memory(pid) {
  const s = status(pid);
  const kb = (/** @type {string} */ key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Resets the peak RSS (VmHWM) to the current RSS (Linux ≥ 4.0; `echo 5 > clear_refs`). @param {number} pid */
export function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** CPU time (user + system) the process has used, in ms. @param {number} pid */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12] are utime, stime (14th and 15th of the whole line), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/**
 * Waits until a process has (nearly) stopped using the CPU: work a load run left in
 * flight must not spill into the next measurement.
 * @param {number[]} pids @param {number} [maxMs]
 */
export async function waitIdle(pids, maxMs = 120_000) {
  const start = Date.now();
  let quiet = 0;
  let last = pids.map(cpuMs);
  while (Date.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, 100));
    const now = pids.map(cpuMs);
    const busy = now.some((v, i) => v - last[i] > 10);
    last = now;
    quiet = busy ? 0 : quiet + 1;
    if (quiet >= 2) return Date.now() - start;
  }
  return Date.now() - start;
}
