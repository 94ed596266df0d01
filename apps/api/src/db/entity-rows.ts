import { createHash } from 'node:crypto';
import type { ColumnType, DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/**
 * An entity's rows read with written-out SQL, sent by PostgreSQL as one JSON value, and
 * hydrated by TypeORM itself (its metadata and the driver's value conversion). For the batch
 * loaders that run on every request, where profiles showed two costs:
 *  - the query builder's own work per statement (building the SQL, aliasing every column,
 *    mapping rows back through its alias tables), about a fifth of a large read;
 *  - decoding the text protocol column by column (arrays, dates) in JavaScript, about a
 *    quarter. `json_agg` has PostgreSQL encode the rows and V8's native JSON.parse decode them.
 * To-one relations can come along in the same statement (`Related`), each related row once.
 */
export interface EntityRows<T> {
  readonly alias: string;
  /** `alias."column", …`: every column of the entity, for a SELECT list. */
  readonly columns: string;
  /** `SELECT <columns> FROM <table> <alias> [WHERE <where>]`: every column, or those of `projection`. */
  from(where: string | null, projection?: Projection | null): string;
  /**
   * The columns an answer needs, for the GraphQL fields `fields` of the entity: a field that is
   * a column's property reads that column; a field in `needs` reads the columns of the
   * properties it lists; the primary key and the join columns of to-one relations are always
   * read. Null (read every column) when a field is neither, or when that is every column.
   * Entities read with a projection lack the other columns: they must reach no one else (a
   * loader shared by the request must not be primed with them).
   */
  projection(fields: Iterable<string>, needs: Readonly<Record<string, readonly string[]>>): Projection | null;
  /** Rows of `from(where)` as entities, in `order` (columns of the alias, e.g. `g.name`), with positional parameters. */
  select(where: string | null, order: string | null, params: unknown[]): Promise<T[]>;
  /**
   * Runs `inner`, a SELECT whose rows carry every column of the entity (and maybe more, e.g. a
   * total), and gives them as they came and as entities, in `order` (columns of `inner`'s rows
   * under the alias); for each of `related`, also the rows of that relation they point to.
   */
  rows(inner: string, order: string | null, params: unknown[], related?: Related<ObjectLiteral>[]): Promise<{ rows: ObjectLiteral[]; entities: T[]; related: ObjectLiteral[][] }>;
  /** Hydrates rows that carry every column under its database name. */
  hydrate(rows: ObjectLiteral[]): T[];
  /** The primary key's column (a single-column key). */
  readonly id: string;
  /** The property of the column `column`, and of the relation it joins, if any. */
  propertiesOf(column: string): { column?: string; relation?: string };
}

/** Some of an entity's columns, for a SELECT list (see EntityRows.projection). */
export interface Projection {
  readonly columns: string;
}

/** A to-one relation read alongside: the related entity's reader, and the join column pointing to it. */
export interface Related<R> {
  rows: EntityRows<R>;
  key: string;
}

/** Column types whose JSON form is not what TypeORM hydrates from (numbers beyond 2^53, bytes). */
const NOT_JSON_SAFE = new Set<ColumnType>(['bigint', 'int8', 'numeric', 'decimal', 'money', 'bytea']);

/** Readers by data source, entity and alias: looked up on every request, so without building keys. */
const readers = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Map<string, EntityRows<ObjectLiteral>>>>();

/** Column types whose JSON value is already what TypeORM would hydrate (dates, for one, are not). */
const AS_IN_JSON = new Set<ColumnType>(['text', 'varchar', 'character varying', 'uuid', 'int', 'integer', 'int4', 'smallint', 'boolean', 'bool', 'json', 'jsonb']);

function hydrator<T>(ds: DataSource, meta: EntityMetadata): (row: ObjectLiteral) => T {
  // Per column, once: plain columns of plain types are assigned as they came; the others go
  // through the driver's conversion and TypeORM's setter (dates, transformers, embedded).
  const setters = meta.columns.map((column) => {
    const { databaseName: name, propertyName } = column;
    // A column left out by a projection is not in the row (JSON gives null, never undefined, for NULL).
    if (AS_IN_JSON.has(column.type) && !column.transformer && !column.embeddedMetadata) {
      return (entity: ObjectLiteral, row: ObjectLiteral) => {
        const value = row[name];
        if (value !== undefined) entity[propertyName] = value;
      };
    }
    return (entity: ObjectLiteral, row: ObjectLiteral) => {
      const value = row[name];
      if (value !== undefined) column.setEntityValue(entity, ds.driver.prepareHydratedValue(value, column));
    };
  });
  return (row) => {
    const entity = meta.create() as ObjectLiteral;
    for (const set of setters) set(entity, row);
    return entity as T;
  };
}

/** The reader of one entity under one alias, built once per data source. */
export function entityRows<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, alias: string): EntityRows<T> {
  let byEntity = readers.get(ds);
  if (!byEntity) readers.set(ds, (byEntity = new Map()));
  let byAlias = byEntity.get(entity);
  if (!byAlias) byEntity.set(entity, (byAlias = new Map()));
  const known = byAlias.get(alias);
  if (known) return known as unknown as EntityRows<T>;

  const meta = ds.getMetadata(entity);

  const unsafe = meta.columns.filter((c) => NOT_JSON_SAFE.has(c.type));
  if (unsafe.length) throw new Error(`entityRows(${meta.name}): ${unsafe.map((c) => `${c.propertyName} (${String(c.type)})`).join(', ')} cannot be read through JSON`);

  const table = `"${meta.tableName}"`;
  const listOf = (of: readonly ColumnMetadata[]) => of.map((c) => `${alias}."${c.databaseName}"`).join(', ');
  const columns = listOf(meta.columns);
  const hydrate = hydrator<T>(ds, meta);
  const byProperty = new Map(meta.columns.map((c) => [c.propertyName, c]));
  const always = new Set([...meta.primaryColumns, ...meta.manyToOneRelations.flatMap((r) => r.joinColumns), ...meta.oneToOneRelations.flatMap((r) => r.joinColumns)]);
  const properties = new Map<string, { column?: string; relation?: string }>();
  const reader: EntityRows<T> = {
    alias,
    columns,
    id: meta.primaryColumns.length === 1 ? meta.primaryColumns[0].databaseName : '',
    from: (where, projection) => `SELECT ${projection?.columns ?? columns} FROM ${table} ${alias}${where ? ` WHERE ${where}` : ''}`,
    projection(fields, needs) {
      const chosen = new Set(always);
      for (const field of fields) {
        const column = byProperty.get(field);
        if (column) chosen.add(column);
        else if (Object.hasOwn(needs, field)) {
          for (const property of needs[field]) {
            const needed = byProperty.get(property);
            if (!needed) throw new Error(`entityRows(${meta.name}): "${field}" needs "${property}", which is not a column`);
            chosen.add(needed);
          }
        } else return null;
      }
      if (chosen.size === meta.columns.length) return null;
      // In the entity's column order, so the same set of fields always gives the same statement.
      return { columns: listOf(meta.columns.filter((c) => chosen.has(c))) };
    },
    hydrate: (found) => found.map(hydrate),
    propertiesOf: (column) => {
      // Asked on every read that attaches a relation: looked up in the metadata once per column.
      let found = properties.get(column);
      if (!found) {
        found = {
          column: meta.columns.find((c) => c.databaseName === column)?.propertyName,
          relation: meta.relations.find((r) => r.joinColumns.length === 1 && r.joinColumns[0].databaseName === column)?.propertyName,
        };
        properties.set(column, found);
      }
      return found;
    },
    async select(where, order, params) {
      return (await reader.rows(reader.from(where), order, params)).entities;
    },
    async rows(inner, order, params, related = []) {
      const [found] = await preparedQuery<Record<string, ObjectLiteral[]>>(
        ds,
        `WITH ${alias} AS (${inner})
         SELECT ${[`${jsonRows(alias, order)} AS rows`, ...related.map((r, i) => `${jsonRelated(r, alias)} AS related_${i}`)].join(', ')}`,
        params,
      );
      return { rows: found.rows, entities: found.rows.map(hydrate), related: related.map((r, i) => r.rows.hydrate(found[`related_${i}`])) };
    },
  };
  byAlias.set(alias, reader as unknown as EntityRows<ObjectLiteral>);
  return reader;
}

/** The rows of `alias` (a WITH query of the statement) as one JSON array, in `order`. */
export function jsonRows(alias: string, order: string | null): string {
  return `coalesce((SELECT json_agg(${alias}${order ? ` ORDER BY ${order}` : ''}) FROM ${alias}), '[]'::json)`;
}

/** The rows of a to-one relation that the rows of `alias` (a WITH query) point to, each once, as one JSON array. */
export function jsonRelated(related: Related<unknown>, alias: string): string {
  const r = related.rows;
  return `coalesce((SELECT json_agg(x) FROM (${r.from(`${r.alias}."${r.id}" IN (SELECT "${related.key}" FROM ${alias})`)}) x), '[]'::json)`;
}

/**
 * Sets the relation property (joined through `related.key`) of every entity to its related row
 * (null for none) and primes `related.loader` with the related rows: the to-one relation is
 * then answered without a statement, and without waiting, by a resolver that looks at the
 * property first.
 */
export function attachRelated(reader: EntityRows<ObjectLiteral>, entities: ObjectLiteral[], relatedRows: ObjectLiteral[], related: Priming): void {
  const prime = related.loader.prime.bind(related.loader) as (key: string, value: ObjectLiteral) => unknown;
  const byId = new Map<string, ObjectLiteral>();
  for (const row of relatedRows) {
    byId.set(row.id, row);
    prime(row.id, row);
  }
  const { column, relation } = reader.propertiesOf(related.key);
  if (!column || !relation) return;
  for (const entity of entities) entity[relation] = entity[column] == null ? null : byId.get(entity[column]);
}

/** Distinct statement texts given a name: they are few (the texts hold no values), but bounded all the same. */
const MAX_NAMED_STATEMENTS = 500;
const statementNames = new Map<string, string>();

/**
 * Runs `text` as a named prepared statement: PostgreSQL plans it once per connection instead
 * of on every request (planning these statements took longer than running them: 1.2 ms
 * against 0.8 ms for the coverage matrix). Through TypeORM's query runner and logger, so the
 * pool, the statement count and fault handling stay the same as for `ds.query`.
 */
export async function preparedQuery<R = ObjectLiteral>(ds: DataSource, text: string, params: unknown[]): Promise<R[]> {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `atlas_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  const runner = ds.createQueryRunner();
  try {
    const client = (await runner.connect()) as { query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: R[] }> };
    ds.logger.logQuery(text, params, runner);
    return (await client.query({ name, text, values: params })).rows;
  } finally {
    await runner.release();
  }
}

/** Collects positional parameters: `p(value)` gives its placeholder (`$1`, `$2`, …). */
export function positional(): { p: (value: unknown) => string; params: unknown[] } {
  const params: unknown[] = [];
  return { params, p: (value) => `$${params.push(value)}` };
}

/**
 * A to-one relation to read alongside (the related entity's reader and the join column), and
 * the loader by id to prime with its rows (any DataLoader of that entity).
 */
export interface Priming extends Related<ObjectLiteral> {
  loader: { prime(key: string, value: never): unknown };
}

/**
 * Entities of `rows` (as a statement of jsonRows gave them), each of `related` attached from
 * its rows read alongside (jsonRelated): for statements that read several entities at once.
 */
export function hydrateAttached<T extends ObjectLiteral>(reader: EntityRows<T>, rows: ObjectLiteral[], related: [Priming, ObjectLiteral[]][]): T[] {
  const entities = reader.hydrate(rows);
  for (const [r, relatedRows] of related) attachRelated(reader, entities, r.rows.hydrate(relatedRows), r);
  return entities;
}

/** `reader.rows` with to-one relations read alongside and attached (attachRelated). */
export async function rowsPriming<T extends ObjectLiteral>(
  reader: EntityRows<T>,
  inner: string,
  order: string | null,
  params: unknown[],
  related: Priming[],
): Promise<{ rows: ObjectLiteral[]; entities: T[] }> {
  const found = await reader.rows(inner, order, params, related);
  related.forEach((r, i) => attachRelated(reader, found.entities, found.related[i], r));
  return found;
}
