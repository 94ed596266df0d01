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
  logger?: ConstructorParameters<typeof CountingLogger>[0];
}

export interface Database {
  dataSource: DataSource;
  engine: 'postgres' | 'pglite';
  /** Resolves when the database answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const PGLITE_PORT = 5432;

function baseOptions(options: DatabaseOptions): Omit<DataSourceOptions, 'type'> {
  return {
    entities,
    migrations,
    migrationsTableName: 'migration',
    synchronize: false,
    logger: new CountingLogger(options.logger),
    // Bounded waits: a request never hangs on a busy pool or a runaway statement.
    extra: {
      connectionTimeoutMillis: 10_000,
      statement_timeout: 15_000,
      idle_in_transaction_session_timeout: 30_000,
    },
  } as Omit<DataSourceOptions, 'type'>;
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
      close: () => dataSource.destroy(),
    };
  }

  const inMemory = options.dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(inMemory ? undefined : options.dataDir);
  const socketDir = mkdtempSync(join(tmpdir(), 'atlas-pglite-'));
  const server = new PGLiteSocketServer({ db: pglite, path: join(socketDir, `.s.PGSQL.${PGLITE_PORT}`) });
  await server.start();

  const dataSource = new DataSource({
    ...baseOptions(options),
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
  return {
    dataSource,
    engine: 'pglite',
    ping: async () => void (await dataSource.query('SELECT 1')),
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await server.stop();
      await pglite.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
