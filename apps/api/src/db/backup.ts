/**
 * Backups of the whole catalogue, history included: every table of the schema (but the
 * transient ones below), in dependency order, to one NDJSON file; and its restore into an
 * empty database. The same on PostgreSQL and PGlite: PostgreSQL itself writes each row as
 * JSON (`row_to_json`) and reads it back (`json_populate_recordset`), so every value (dates,
 * timestamps to the microsecond, arrays, jsonb, bigints) survives exactly.
 *
 * File layout, one JSON document per line:
 *   {"format":"network-atlas-backup","formatVersion":1,"migrations":[…],"exportedAt":…,"engine":…,"tables":[{name,rows}],"sequences":[…]}
 *   {"@table":"region","columns":[…],"rows":12}
 *   {…one row…}                       × 12
 *   {"@table":"force",…}              … and so on, parents before children
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { MigrationExecutor, type DataSource, type QueryRunner } from 'typeorm';

export const BACKUP_FORMAT = 'network-atlas-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Kept out of a backup: sign-in state, not catalogue. After a restore everyone signs in again. */
export const TRANSIENT_TABLES = ['session', 'sign_in_throttle'];
/** The migrations table is not data: the header records which migrations made the schema. */
const MIGRATIONS_TABLE = 'migration';
const BATCH_ROWS = 500;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** Names of the migrations applied, oldest first: the schema version of the data. */
  migrations: string[];
  exportedAt: string;
  engine: string;
  tables: { name: string; rows: number }[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
}

export class BackupError extends Error {
  override name = 'BackupError';
}

interface TableInfo {
  name: string;
  /** Columns written and restored (generated columns are left to the database). */
  columns: string[];
  /** Primary key columns: the order rows are written in. */
  key: string[];
  identity: boolean;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The schema's tables, parents before children (by their foreign keys). */
async function tablesInOrder(q: QueryRunner): Promise<TableInfo[]> {
  const tables: { name: string }[] = await q.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`,
  );
  const columns: { table: string; name: string; generated: string; identity: string }[] = await q.query(
    `SELECT c.relname AS table, a.attname AS name, a.attgenerated AS generated, a.attidentity AS identity
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum`,
  );
  const keys: { table: string; name: string }[] = await q.query(
    `SELECT c.relname AS table, a.attname AS name
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
     WHERE n.nspname = current_schema() AND i.indisprimary ORDER BY c.relname, k.ord`,
  );
  const refs: { child: string; parent: string }[] = await q.query(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND k.contype = 'f' AND c.oid <> p.oid`,
  );
  const byName = new Map<string, TableInfo>();
  for (const { name } of tables) {
    if (name === MIGRATIONS_TABLE || TRANSIENT_TABLES.includes(name)) continue;
    const cols = columns.filter((c) => c.table === name);
    byName.set(name, {
      name,
      columns: cols.filter((c) => !c.generated).map((c) => c.name),
      key: keys.filter((k) => k.table === name).map((k) => k.name),
      identity: cols.some((c) => c.identity),
    });
  }
  // Depth-first: a table comes after every table it refers to.
  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === 'done' || !byName.has(name)) return;
    if (state.get(name) === 'visiting') throw new BackupError(`foreign keys form a cycle: ${[...path, name].join(' → ')}`);
    state.set(name, 'visiting');
    for (const r of refs.filter((r) => r.child === name)) visit(r.parent, [...path, name]);
    state.set(name, 'done');
    ordered.push(byName.get(name)!);
  };
  for (const name of byName.keys()) visit(name, []);
  return ordered;
}

/** Sequences owned by a column of an exported table (serial and bigserial ids). */
async function sequencesOf(q: QueryRunner, tables: TableInfo[]): Promise<{ name: string; lastValue: string; isCalled: boolean }[]> {
  const owned: { name: string }[] = await q.query(
    `SELECT s.relname AS name FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
     JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace n ON n.oid = s.relnamespace
     WHERE s.relkind = 'S' AND n.nspname = current_schema() AND t.relname = ANY($1) ORDER BY s.relname`,
    [tables.map((t) => t.name)],
  );
  const out = [];
  for (const { name } of owned) {
    const [row] = await q.query(`SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${ident(name)}`);
    out.push({ name, lastValue: row.lastValue as string, isCalled: row.isCalled as boolean });
  }
  return out;
}

async function appliedMigrations(q: QueryRunner): Promise<string[]> {
  const exists: { t: string | null }[] = await q.query(`SELECT to_regclass($1) AS t`, [MIGRATIONS_TABLE]);
  if (!exists[0].t) return [];
  const rows: { name: string }[] = await q.query(`SELECT name FROM ${ident(MIGRATIONS_TABLE)} ORDER BY timestamp, id`);
  return rows.map((r) => r.name);
}

async function write(out: Writable, line: string) {
  if (!out.write(line + '\n')) await once(out, 'drain');
}

/**
 * Writes the whole database to `out`: one consistent snapshot (a repeatable-read, read-only
 * transaction), so a running API may keep writing meanwhile. Returns the header written.
 */
export async function exportDatabase(dataSource: DataSource, out: Writable, engine: string): Promise<BackupHeader> {
  const q = dataSource.createQueryRunner();
  try {
    await q.connect();
    await q.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // Timestamps as UTC, whatever the server's setting: the same data gives the same file.
    await q.query(`SET LOCAL TIME ZONE 'UTC'`);
    const migrations = await appliedMigrations(q);
    if (!migrations.length) throw new BackupError('the database has no schema (no migrations applied): nothing to export');
    const tables = await tablesInOrder(q);
    const counts = [];
    for (const t of tables) {
      const [{ n }] = await q.query(`SELECT count(*)::int AS n FROM ${ident(t.name)}`);
      counts.push({ name: t.name, rows: n as number });
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      migrations,
      exportedAt: new Date().toISOString(),
      engine,
      tables: counts,
      sequences: await sequencesOf(q, tables),
    };
    await write(out, JSON.stringify(header));
    for (const [i, t] of tables.entries()) {
      await write(out, JSON.stringify({ '@table': t.name, columns: t.columns, rows: counts[i].rows }));
      const order = (t.key.length ? t.key : t.columns).map(ident).join(', ');
      const select = t.columns.map(ident).join(', ');
      // Keyset-free paging is fine inside one snapshot: OFFSET over a stable order.
      for (let offset = 0; offset < counts[i].rows; offset += BATCH_ROWS) {
        const rows: { j: string }[] = await q.query(
          `SELECT row_to_json(r)::text AS j FROM (SELECT ${select} FROM ${ident(t.name)} ORDER BY ${order} LIMIT ${BATCH_ROWS} OFFSET ${offset}) r`,
        );
        for (const { j } of rows) await write(out, j);
      }
    }
    await q.query('COMMIT');
    return header;
  } catch (error) {
    await q.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await q.release();
  }
}

/** Reads a backup's lines one by one. */
async function* lines(input: Readable): AsyncGenerator<string> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) yield line;
}

export interface ImportReport {
  migrations: string[];
  tables: { name: string; rows: number }[];
}

/**
 * Restores a backup into an empty database, in one transaction: it brings the schema to the
 * backup's migrations (refusing a backup made by a different set of migrations than this
 * build has), refuses a database holding any row, inserts every table parents first, sets
 * each sequence where it was, and checks the row counts. On any failure nothing is left.
 */
export async function importDatabase(dataSource: DataSource, input: Readable): Promise<ImportReport> {
  const it = lines(input)[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) throw new BackupError('the file is empty');
  let header: BackupHeader;
  try {
    header = JSON.parse(first.value) as BackupHeader;
  } catch {
    throw new BackupError('the file does not start with a backup header (is it a Network Atlas backup?)');
  }
  if (header.format !== BACKUP_FORMAT) throw new BackupError('the file is not a Network Atlas backup');
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`backup format ${header.formatVersion} is not supported (this build reads format ${BACKUP_FORMAT_VERSION})`);
  }
  const known = dataSource.migrations.map((m) => m.name ?? m.constructor.name);
  if (JSON.stringify(header.migrations) !== JSON.stringify(known)) {
    throw new BackupError(
      `the backup's schema version is ${header.migrations.at(-1)} (${header.migrations.length} migrations) but this build's is ` +
        `${known.at(-1)} (${known.length}): restore it with the release that made it, then upgrade`,
    );
  }

  const q = dataSource.createQueryRunner();
  try {
    await q.connect();
    await q.startTransaction();
    const applied = await appliedMigrations(q);
    if (applied.some((name, i) => name !== known[i])) {
      throw new BackupError(`the database has migrations this build does not know (${applied.join(', ')}): it is not an empty Network Atlas database`);
    }
    // The target must be empty: no schema yet, or the schema without a single row.
    for (const t of await tablesInOrder(q)) {
      const [{ any }] = await q.query(`SELECT EXISTS (SELECT 1 FROM ${ident(t.name)}) AS any`);
      if (any) throw new BackupError(`the database is not empty (table ${t.name} has rows): restore only into an empty database`);
    }
    // Bring the schema to the backup's version inside this same transaction.
    const executor = new MigrationExecutor(dataSource, q);
    executor.transaction = 'none';
    await executor.executePendingMigrations();

    const tables = new Map((await tablesInOrder(q)).map((t) => [t.name, t]));
    const restored: { name: string; rows: number }[] = [];
    let current: { info: TableInfo; columns: string[]; expected: number; batch: string[]; rows: number } | undefined;
    const flush = async () => {
      if (!current?.batch.length) return;
      const cols = current.columns.map(ident).join(', ');
      await q.query(
        `INSERT INTO ${ident(current.info.name)} (${cols}) ${current.info.identity ? 'OVERRIDING SYSTEM VALUE ' : ''}` +
          `SELECT ${cols} FROM json_populate_recordset(NULL::${ident(current.info.name)}, $1::json)`,
        [`[${current.batch.join(',')}]`],
      );
      current.rows += current.batch.length;
      current.batch = [];
    };
    const finishTable = async () => {
      if (!current) return;
      await flush();
      if (current.rows !== current.expected) throw new BackupError(`table ${current.info.name}: ${current.rows} rows read, the file says ${current.expected}`);
      restored.push({ name: current.info.name, rows: current.rows });
    };

    for (let next = await it.next(); !next.done; next = await it.next()) {
      const line = next.value;
      // A section line; a row never starts so (no column is named "@table").
      if (line.startsWith('{"@table":')) {
        await finishTable();
        const section = JSON.parse(line) as { '@table': string; columns: string[]; rows: number };
        const name = section['@table'];
        const info = tables.get(name);
        if (!info) throw new BackupError(`the backup has a table this schema does not: ${name}`);
        const missing = section.columns.filter((c) => !info.columns.includes(c));
        if (missing.length) throw new BackupError(`table ${name}: columns ${missing.join(', ')} are not in this schema`);
        current = { info, columns: section.columns, expected: section.rows, batch: [], rows: 0 };
        continue;
      }
      if (!current) throw new BackupError('a row before any table section');
      current.batch.push(line);
      if (current.batch.length >= BATCH_ROWS) await flush();
    }
    await finishTable();

    const expected = header.tables.map((t) => `${t.name}:${t.rows}`).join(' ');
    const got = restored.map((t) => `${t.name}:${t.rows}`).join(' ');
    if (expected !== got) throw new BackupError(`the file is incomplete or damaged: the header lists ${expected}, the file holds ${got}`);
    for (const s of header.sequences) {
      await q.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [ident(s.name), s.lastValue, s.isCalled]);
    }
    await q.commitTransaction();
    return { migrations: header.migrations, tables: restored };
  } catch (error) {
    if (q.isTransactionActive) await q.rollbackTransaction().catch(() => {});
    throw error;
  } finally {
    await q.release();
  }
}
