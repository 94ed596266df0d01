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
  const hydrate = hydrator<T>(ds, meta);
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
    rows,
    async select(where, order, params) {
      return (await rows(`SELECT ${columns} FROM ${table} ${alias}${where ? ` WHERE ${where}` : ''}`, order, params)).entities;
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
