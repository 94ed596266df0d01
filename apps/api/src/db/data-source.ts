import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { CountingLogger } from './sql-stats.js';

export interface DatabaseOptions {
  /** PostgreSQL connection string; unset opens the embedded PGlite database. */
  url?: string;
  /** PGlite data folder, or `memory://`. */
  dataDir: string;
  poolMax: number;
  /** Bounded waits (milliseconds); defaults as in the configuration table. */
  timeouts?: Partial<DatabaseTimeouts>;
  logger?: ConstructorParameters<typeof CountingLogger>[0];
}

export interface DatabaseTimeouts {
  /** Longest wait for a pooled connection: a busy pool or an unreachable database fails after this. */
  connectMs: number;
  /** Longest one statement may run, lock waits included (0: no limit). */
  statementMs: number;
  /** An open transaction left idle this long is ended by the server (0: no limit). */
  idleInTransactionMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = { connectMs: 10_000, statementMs: 15_000, idleInTransactionMs: 30_000 };

/** How many connections the pool holds, how many are idle, how many callers wait for one. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Database {
  dataSource: DataSource;
  engine: 'postgres' | 'pglite';
  /** Resolves when the database answers; rejects otherwise. */
  ping(): Promise<void>;
  /** The pool's current use (read from the `pg` pool behind TypeORM). */
  poolStats(): PoolStats;
  close(): Promise<void>;
}

const PGLITE_PORT = 5432;

function baseOptions(options: DatabaseOptions): Omit<DataSourceOptions, 'type'> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  return {
    entities,
    migrations,
    migrationsTableName: 'migration',
    synchronize: false,
    logger: new CountingLogger(options.logger),
    // Bounded waits: a request never hangs on a busy pool or a runaway statement. Each
    // failure reaches the client as SERVICE_UNAVAILABLE (see src/db/faults.ts).
    extra: {
      connectionTimeoutMillis: timeouts.connectMs,
      statement_timeout: timeouts.statementMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
      // Notice a peer that vanished without closing the connection.
      keepAlive: true,
    },
  } as Omit<DataSourceOptions, 'type'>;
}

function poolStatsOf(dataSource: DataSource): PoolStats {
  const pool = (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
  return { total: pool?.totalCount ?? 0, idle: pool?.idleCount ?? 0, waiting: pool?.waitingCount ?? 0 };
}

/**
 * Opens the database: PostgreSQL through `pg` when a URL is given; otherwise PGlite,
 * served over a private Unix socket so that the very same `pg` driver talks to it.
 * PGlite is a single session, so its pool holds one connection: transactions are
 * serialised rather than interleaved on a shared session.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const dataSource = new DataSource({
      ...baseOptions(options),
      type: 'postgres',
      url: options.url,
      poolSize: options.poolMax,
      applicationName: 'network-atlas',
    } as DataSourceOptions);
    await dataSource.initialize();
    return {
      dataSource,
      engine: 'postgres',
      ping: async () => void (await dataSource.query('SELECT 1')),
      poolStats: () => poolStatsOf(dataSource),
      close: () => dataSource.destroy(),
    };
  }

  const inMemory = options.dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(inMemory ? undefined : options.dataDir);
  const socketDir = mkdtempSync(join(tmpdir(), 'atlas-pglite-'));
  // Two: when the pool replaces its one connection, the new one may arrive before the old one
  // is gone (with one, it was refused: EPIPE). Queries still run one at a time on the one session.
  const server = new PGLiteSocketServer({ db: pglite, path: join(socketDir, `.s.PGSQL.${PGLITE_PORT}`), maxConnections: 2 });
  await server.start();

  const base = baseOptions(options);
  const dataSource = new DataSource({
    ...base,
    // A local socket: no reason to close it when idle (pg's pool does after 10 s by default).
    extra: { ...(base.extra as object), idleTimeoutMillis: 0 },
    type: 'postgres',
    host: socketDir,
    port: PGLITE_PORT,
    username: 'postgres',
    database: 'postgres',
    poolSize: 1,
  } as DataSourceOptions);
  try {
    await dataSource.initialize();
  } catch (error) {
    await server.stop();
    await pglite.close();
    throw error;
  }
  // Every connection to PGlite meets the same session, which outlives the connection: when the
  // pool replaces its connection (after a fault, say), the new one must not find the named
  // prepared statements of the old (preparedQuery would be told they already exist). Should
  // this fail, the query that follows fails too and says why.
  (dataSource.driver as unknown as { master: { on(event: 'connect', listener: (client: { query(sql: string): Promise<unknown> }) => void): void } }).master.on(
    'connect',
    (client) => void client.query('DEALLOCATE ALL').catch(() => {}),
  );
  return {
    dataSource,
    engine: 'pglite',
    ping: async () => void (await dataSource.query('SELECT 1')),
    poolStats: () => poolStatsOf(dataSource),
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await server.stop();
      await pglite.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
