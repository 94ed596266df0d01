/** What db-export and db-import share: the configuration, the database, the file path. */
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { apiEnvSchema, EnvError, parseEnv, type ApiEnv } from '@atlas/config';
import { openDatabase, type Database } from '../db/data-source.js';

export function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

export function readEnv(): ApiEnv {
  try {
    return parseEnv(apiEnvSchema);
  } catch (error) {
    if (error instanceof EnvError) fail(error.message, 78);
    throw error;
  }
}

/** A path as the user typed it: relative to where they ran npm (INIT_CWD), not to this workspace. */
export function userPath(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** Opens the configured database (as the API would), refusing an embedded one another process has open. */
export async function openConfigured(env: ApiEnv): Promise<Database> {
  if (!env.DATABASE_URL && !env.DATA_DIR.startsWith('memory://')) {
    const dataDir = resolve(env.DATA_DIR);
    if (existsSync(join(dataDir, 'postmaster.pid'))) {
      fail(
        `The embedded database in ${dataDir} is open in another process (is the API running?). Stop it first.\n` +
          `If nothing uses it (a crash left it behind), remove ${join(dataDir, 'postmaster.pid')}.`,
      );
    }
  }
  return openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, poolMax: 1 });
}

export function where(env: ApiEnv): string {
  return env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${resolve(env.DATA_DIR)}`;
}
