import type { ColumnType, DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity's rows read with written-out SQL, sent by PostgreSQL as one JSON value, and
 * hydrated by TypeORM itself (its metadata and the driver's value conversion). For the batch
 * loaders that run on every request, where profiles showed two costs:
 *  - the query builder's own work per statement (building the SQL, aliasing every column,
 *    mapping rows back through its alias tables), about a fifth of a large read;
 *  - decoding the text protocol column by column (arrays, dates) in JavaScript, about a
 *    quarter. `json_agg` has PostgreSQL encode the rows and V8's native JSON.parse decode them.
 */
export interface EntityRows<T> {
  /** `alias."column", …`: every column of the entity, for a SELECT list. */
  readonly columns: string;
  /** The table's quoted name, for FROM. */
  readonly table: string;
  /**
   * `SELECT <columns> FROM <table> <alias> WHERE <where>`, in `order` (columns of the alias,
   * e.g. `g.name`), with positional parameters.
   */
  select(where: string | null, order: string | null, params: unknown[]): Promise<T[]>;
  /**
   * Runs `inner`, a SELECT whose rows carry every column of the entity (and maybe more), and
   * gives its rows as they came and as entities, in `order` (columns of `inner`'s rows under
   * the alias).
   */
  rows<R extends ObjectLiteral>(inner: string, order: string | null, params: unknown[]): Promise<{ rows: R[]; entities: T[] }>;
  /**
   * select, and in the same statement the rows of a to-one relation they point to through
   * `key` (a column of this entity), each once: what a loader of the relation is primed with,
   * so that the level below runs no statement of its own.
   */
  selectWith<R extends ObjectLiteral>(
    where: string | null,
    order: string | null,
    params: unknown[],
    related: { rows: EntityRows<R>; key: string },
  ): Promise<{ entities: T[]; related: R[] }>;
  /** The relation property whose join column is `key`, if the entity has one. */
  relationOf(key: string): string | undefined;
  /** The property of the column `key`. */
  propertyOf(key: string): string | undefined;
  /** Hydrates rows that carry every column under its database name. */
  hydrate(rows: ObjectLiteral[]): T[];
  /** The primary key's column (a single-column key). */
  readonly id: string;
  readonly alias: string;
}

/** Column types whose JSON form is not what TypeORM hydrates from (numbers beyond 2^53, bytes). */
const NOT_JSON_SAFE = new Set<ColumnType>(['bigint', 'int8', 'numeric', 'decimal', 'money', 'bytea']);

const readers = new WeakMap<DataSource, Map<string, EntityRows<ObjectLiteral>>>();

function hydrator<T>(ds: DataSource, meta: EntityMetadata): (row: ObjectLiteral) => T {
  const columns = meta.columns;
  return (row) => {
    const entity = meta.create() as ObjectLiteral;
    for (const column of columns) column.setEntityValue(entity, ds.driver.prepareHydratedValue(row[column.databaseName], column));
    return entity as T;
  };
}

/** The reader of one entity under one alias, built once per data source. */
export function entityRows<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, alias: string): EntityRows<T> {
  const meta = ds.getMetadata(entity);
  let byKey = readers.get(ds);
  if (!byKey) readers.set(ds, (byKey = new Map()));
  const key = `${meta.name} ${alias}`;
  const known = byKey.get(key);
  if (known) return known as unknown as EntityRows<T>;

  const unsafe = meta.columns.filter((c) => NOT_JSON_SAFE.has(c.type));
  if (unsafe.length) throw new Error(`entityRows(${meta.name}): ${unsafe.map((c) => `${c.propertyName} (${String(c.type)})`).join(', ')} cannot be read through JSON`);

  const table = `"${meta.tableName}"`;
  const columns = meta.columns.map((c) => `${alias}."${c.databaseName}"`).join(', ');
  const id = meta.primaryColumns.length === 1 ? meta.primaryColumns[0].databaseName : '';
  const hydrate = hydrator<T>(ds, meta);
  const from = (where: string | null) => `SELECT ${columns} FROM ${table} ${alias}${where ? ` WHERE ${where}` : ''}`;
  const rows = async <R extends ObjectLiteral>(inner: string, order: string | null, params: unknown[]) => {
    const [{ rows: found }] = (await ds.query(
      `SELECT coalesce(json_agg(${alias}${order ? ` ORDER BY ${order}` : ''}), '[]'::json) AS rows FROM (${inner}) ${alias}`,
      params,
    )) as [{ rows: R[] }];
    return { rows: found, entities: found.map(hydrate) };
  };
  const reader: EntityRows<T> = {
    columns,
    table,
    id,
    alias,
    rows,
    hydrate: (found) => found.map(hydrate),
    propertyOf: (key) => meta.columns.find((c) => c.databaseName === key)?.propertyName,
    relationOf: (key) => meta.relations.find((r) => r.joinColumns.length === 1 && r.joinColumns[0].databaseName === key)?.propertyName,
    async select(where, order, params) {
      return (await rows(from(where), order, params)).entities;
    },
    async selectWith(where, order, params, related) {
      const r = related.rows;
      const [found] = (await ds.query(
        `WITH ${alias} AS (${from(where)})
         SELECT coalesce((SELECT json_agg(${alias}${order ? ` ORDER BY ${order}` : ''}) FROM ${alias}), '[]'::json) AS rows,
                coalesce((SELECT json_agg(x) FROM (SELECT ${r.columns} FROM ${r.table} ${r.alias}
                           WHERE ${r.alias}."${r.id}" IN (SELECT "${related.key}" FROM ${alias})) x), '[]'::json) AS related`,
        params,
      )) as [{ rows: ObjectLiteral[]; related: ObjectLiteral[] }];
      return { entities: found.rows.map(hydrate), related: r.hydrate(found.related) };
    },
  };
  byKey.set(key, reader as unknown as EntityRows<ObjectLiteral>);
  return reader;
}

/** Collects positional parameters: `p(value)` gives its placeholder (`$1`, `$2`, …). */
export function positional(): { p: (value: unknown) => string; params: unknown[] } {
  const params: unknown[] = [];
  return { params, p: (value) => `$${params.push(value)}` };
}

/** A loader of a to-one relation by id, to prime with rows read alongside. */
interface Primable<R> {
  prime(key: string, value: R | null): unknown;
}

/**
 * selectWith, setting the relation property of every entity read to its related row (null for
 * none) and priming `loader` with the related rows: the to-one relation is then answered
 * without a statement, and without waiting, by a resolver that looks at the property first.
 */
export async function selectPriming<T extends ObjectLiteral, R extends ObjectLiteral & { id: string }>(
  reader: EntityRows<T>,
  where: string | null,
  order: string | null,
  params: unknown[],
  related: { rows: EntityRows<R>; key: string; loader: Primable<R> },
): Promise<T[]> {
  const found = await reader.selectWith(where, order, params, related);
  const byId = new Map<string, R>();
  for (const row of found.related) {
    byId.set(row.id, row);
    related.loader.prime(row.id, row);
  }
  const property = reader.relationOf(related.key);
  const fk = reader.propertyOf(related.key);
  if (property && fk) {
    for (const entity of found.entities as ObjectLiteral[]) entity[property] = entity[fk] == null ? null : (byId.get(entity[fk]) ?? undefined);
  }
  return found.entities;
}
