// @ts-check
/**
 * Synthetic scale for the benchmarks: extra forces and groups, clearly marked as synthetic
 * ("Synthetic Force 0001", ids `synthetic-0001…`), shaped like the seeded ones.
 *
 * Every synthetic force copies one of the real forces that have groups (the templates,
 * taken in turn): its equality objectives and sources, and each of its groups with the
 * same kind, characteristics, topics, aims, eligibility, national body, status, former
 * names, fees and affiliations. Forces are spread over the real regions in turn.
 *
 * Columns are copied generically (every column of the table, with a few overridden), so
 * columns added by later migrations are carried along without touching this file.
 * Nothing here ever writes to the seed files: rows go into the benchmark database only.
 */

/** The number of real (seeded) forces: the 43 territorial forces of England and Wales. */
export const REAL_FORCES = 43;

/** @param {number} i */
export const syntheticForceId = (i) => `synthetic-${String(i).padStart(4, '0')}`;

/**
 * @typedef {{ query: (sql: string, params?: unknown[]) => Promise<{ rows: any[] }> }} Queryable
 */

/** @param {Queryable} db @param {string} table @returns {Promise<{ name: string; hasDefault: boolean; identity: boolean }[]>} */
async function columnsOf(db, table) {
  const { rows } = await db.query(
    `SELECT column_name AS name, column_default IS NOT NULL AS "hasDefault", is_identity = 'YES' AS identity
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1
      ORDER BY ordinal_position`,
    [table],
  );
  if (!rows.length) throw new Error(`table "${table}" not found: has the API migrated this database?`);
  return rows;
}

/**
 * `INSERT INTO table (every column) SELECT <override or t.column> FROM <from>`: copies every
 * column of the template row `t` except the overridden ones and the generated serial ids.
 * @param {Queryable} db @param {string} table @param {Record<string, string>} overrides
 * @param {string} from @param {unknown[]} params @param {string[]} [skip]
 */
async function copyRows(db, table, overrides, from, params, skip = []) {
  const cols = (await columnsOf(db, table)).filter(
    (c) => !skip.includes(c.name) && !(c.name === 'id' && !(c.name in overrides) && (c.hasDefault || c.identity)),
  );
  const names = cols.map((c) => `"${c.name}"`).join(', ');
  const values = cols.map((c) => overrides[c.name] ?? `t."${c.name}"`).join(', ');
  const res = await db.query(`INSERT INTO "${table}" (${names}) SELECT ${values} FROM ${from}`, params);
  return /** @type {any} */ (res).rowCount ?? 0;
}

/**
 * Counts what the database holds.
 * @param {Queryable} db
 */
export async function counts(db) {
  const { rows } = await db.query(`SELECT
      (SELECT count(*)::int FROM force) AS forces,
      (SELECT count(*)::int FROM force WHERE id LIKE 'synthetic-%') AS "syntheticForces",
      (SELECT count(*)::int FROM "group") AS groups,
      (SELECT count(*)::int FROM "group" WHERE id LIKE 'synthetic-%') AS "syntheticGroups",
      (SELECT count(*)::int FROM "group" WHERE status = 'PUBLISHED') AS "publishedGroups"`);
  return /** @type {{ forces: number; syntheticForces: number; groups: number; syntheticGroups: number; publishedGroups: number }} */ (rows[0]);
}

/**
 * Adds synthetic forces (and their groups) until the database holds `totalForces` forces.
 * Growing is incremental: 43 → 430 → 4300 adds only what is missing. One transaction.
 * @param {Queryable} db a pg Client (not a pool: the statements share one transaction)
 * @param {number} totalForces
 * @returns {Promise<{ forces: number; groups: number; added: { forces: number; groups: number } }>}
 */
export async function growTo(db, totalForces) {
  const before = await counts(db);
  const realForces = before.forces - before.syntheticForces;
  const want = totalForces - realForces;
  const from = before.syntheticForces + 1;
  if (want < before.syntheticForces) throw new Error(`the database already holds ${before.forces} forces, more than ${totalForces}`);
  if (want === before.syntheticForces) return { forces: before.forces, groups: before.groups, added: { forces: 0, groups: 0 } };

  await db.query('BEGIN');
  try {
    // The plan: synthetic force number → template force (the real forces with groups, in
    // turn) and region (the real regions, in turn).
    await db.query(`CREATE TEMP TABLE bench_plan ON COMMIT DROP AS
      WITH templates AS (
        SELECT f.id, row_number() OVER (ORDER BY f.id) - 1 AS k, count(*) OVER () AS n
          FROM force f
         WHERE f.id NOT LIKE 'synthetic-%' AND EXISTS (SELECT 1 FROM "group" g WHERE g.force_id = f.id)),
      regions AS (
        SELECT r.id, row_number() OVER (ORDER BY r.id) - 1 AS k, count(*) OVER () AS n FROM region r)
      SELECT i, 'synthetic-' || lpad(i::text, 4, '0') AS force_id, 'Synthetic Force ' || lpad(i::text, 4, '0') AS force_name,
             (SELECT t.id FROM templates t WHERE t.k = (i - 1) % t.n) AS template_id,
             (SELECT r.id FROM regions r WHERE r.k = (i - 1) % r.n) AS region_id
        FROM generate_series($1::int, $2::int) AS i`, [from, want]);
    const { rows: check } = await db.query('SELECT count(*)::int AS n FROM bench_plan WHERE template_id IS NULL OR region_id IS NULL');
    if (check[0].n) throw new Error('no template force with groups, or no region: seed the database first');

    const forces = await copyRows(
      db,
      'force',
      {
        id: 'p.force_id',
        name: 'p.force_name',
        region_id: 'p.region_id',
        description: `'A synthetic force for benchmarks, shaped like ' || t.name || '.'`,
        website: 'NULL',
        social_handles: `'[]'::jsonb`,
      },
      'bench_plan p JOIN force t ON t.id = p.template_id',
      [],
    );

    // Groups: the template's group id with the force prefix swapped, e.g.
    // wiltshire-unison → synthetic-0002-unison; the name keeps the real name and says so.
    await db.query(`CREATE TEMP TABLE bench_group_map ON COMMIT DROP AS
      SELECT p.force_id, t.id AS template_group_id,
             p.force_id || '-' || CASE WHEN left(t.id, length(t.force_id) + 1) = t.force_id || '-'
                                       THEN substr(t.id, length(t.force_id) + 2) ELSE t.id END AS group_id,
             t.name || ' (' || p.force_name || ')' AS group_name
        FROM bench_plan p JOIN "group" t ON t.force_id = p.template_id`);
    const groups = await copyRows(
      db,
      'group',
      { id: 'm.group_id', force_id: 'm.force_id', name: 'm.group_name', website: 'NULL', social_handles: `'[]'::jsonb` },
      'bench_group_map m JOIN "group" t ON t.id = m.template_group_id',
      [],
    );
    await copyRows(db, 'group_former_name', { group_id: 'm.group_id' }, 'bench_group_map m JOIN group_former_name t ON t.group_id = m.template_group_id', []);
    await copyRows(db, 'membership_fee', { group_id: 'm.group_id' }, 'bench_group_map m JOIN membership_fee t ON t.group_id = m.template_group_id', []);
    await copyRows(db, 'group_affiliation', { group_id: 'm.group_id' }, 'bench_group_map m JOIN group_affiliation t ON t.group_id = m.template_group_id', []);
    await db.query('COMMIT');
    await db.query('ANALYZE');
    const after = await counts(db);
    return { forces: after.forces, groups: after.groups, added: { forces, groups } };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
