import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** Per-request SQL statement count, carried through async work without threading it by hand. */
export interface SqlStats {
  statements: number;
}

export const sqlStatsStorage = new AsyncLocalStorage<SqlStats>();

/**
 * Runs `fn` counting its statements into `stats`, or just runs it when no counter is given.
 * On Node 20 an AsyncLocalStorage in use puts a hook on every promise the process makes (a
 * third of a small request's time), so requests are counted only when SQL_STATS asks for it.
 */
export function runCounted<T>(stats: SqlStats | undefined, fn: () => T): T {
  return stats ? sqlStatsStorage.run(stats, fn) : fn();
}

/** Runs `fn` with a fresh statement counter and returns both. */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const stats: SqlStats = { statements: 0 };
  const result = await sqlStatsStorage.run(stats, fn);
  return { result, statements: stats.statements };
}

interface LogSink {
  debug(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/** A TypeORM logger that counts every statement for the current request and logs through pino. */
export class CountingLogger implements TypeOrmLogger {
  constructor(private readonly sink?: LogSink) {}

  logQuery(query: string): void {
    const stats = sqlStatsStorage.getStore();
    if (stats) stats.statements += 1;
    this.sink?.debug({ sql: query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    this.sink?.warn({ err: error, sql: query }, 'sql failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.sink?.warn({ ms: time, sql: query }, 'slow sql');
  }
  logSchemaBuild(message: string): void {
    this.sink?.debug({}, message);
  }
  logMigration(message: string): void {
    this.sink?.info({}, message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.sink?.warn({ message }, 'typeorm');
    else this.sink?.debug({ message }, 'typeorm');
  }
}
