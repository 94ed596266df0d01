// @ts-check
/**
 * The operations measured, each written three ways over the same tables:
 *  - `api`: the Network Atlas GraphQL API (the product);
 *  - `floor`: one hand-written SQL statement that builds the API's exact JSON answer in
 *    PostgreSQL, served by a bare node:http server (the fastest this machine can do it);
 *  - `peer`: PostGraphile v4 over the same tables, with the nearest query its generated
 *    schema allows (plus two SQL functions for what it cannot derive: counterparts, search).
 *
 * The floor's answer is the API's answer byte for byte in content (checked on every run);
 * the peer's has its own shape (connections, `nodes`) and is checked by its ids.
 */

/** The nine protected characteristics, in the API's order (the coverage matrix's columns). */
export const CHARACTERISTICS = [
  'AGE',
  'DISABILITY',
  'GENDER_REASSIGNMENT',
  'MARRIAGE_AND_CIVIL_PARTNERSHIP',
  'PREGNANCY_AND_MATERNITY',
  'RACE',
  'RELIGION_OR_BELIEF',
  'SEX',
  'SEXUAL_ORIENTATION',
];

export const PARAMS = {
  regionId: 'south-west',
  groupId: 'wiltshire-christian-police-association',
  search: 'association',
  characteristics: ['RELIGION_OR_BELIEF', 'SEXUAL_ORIENTATION'],
  first: 20,
};

/**
 * @typedef {{ query: string; variables?: Record<string, unknown> }} GraphQLBody
 * @typedef {{
 *   id: string; letter: string; title: string; what: string;
 *   api: GraphQLBody; peer?: GraphQLBody; floor?: { path: string; sql: string; params: unknown[] };
 *   ids: { api: (d: any) => string[]; peer?: (d: any) => string[] };
 *   needsAuth?: boolean;
 * }} Operation
 */

const groupIds = (/** @type {any[]} */ list) => list.map((g) => g.id);

/** @type {Operation[]} */
export const OPERATIONS = [
  {
    id: 'catalogue',
    letter: 'a',
    title: '(a) full catalogue',
    what: 'all forces with region and objectives; their published groups with kind, characteristics, aims, year, national body',
    api: {
      query: `query Catalogue { forces { id name region { id name } equalityObjectives
  groups { id name kind characteristics aims established nationalBody { id name } } } }`,
    },
    peer: {
      query: `query Catalogue { forces(orderBy: NAME_ASC) { nodes { id name region { id name } equalityObjectives
  groups(orderBy: NAME_ASC, condition: { status: "PUBLISHED" }) { nodes { id name kind characteristics aims established nationalBody { id name } } } } } }`,
    },
    floor: {
      path: '/catalogue',
      params: [],
      sql: `SELECT json_build_object('data', json_build_object('forces', coalesce(json_agg(json_build_object(
    'id', f.id, 'name', f.name,
    'region', json_build_object('id', r.id, 'name', r.name),
    'equalityObjectives', f.equality_objectives,
    'groups', coalesce(gs.groups, '[]'::json)) ORDER BY f.name), '[]'::json)))::text AS body
  FROM force f
  JOIN region r ON r.id = f.region_id
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object(
             'id', g.id, 'name', g.name, 'kind', g.kind, 'characteristics', g.characteristics, 'aims', g.aims,
             'established', g.established,
             'nationalBody', CASE WHEN nb.id IS NULL THEN NULL ELSE json_build_object('id', nb.id, 'name', nb.name) END)
           ORDER BY g.name) AS groups
      FROM "group" g LEFT JOIN national_body nb ON nb.id = g.national_body_id
     WHERE g.force_id = f.id AND g.status = 'PUBLISHED') gs ON true`,
    },
    ids: {
      api: (d) => d.forces.flatMap((/** @type {any} */ f) => [f.id, ...groupIds(f.groups)]),
      peer: (d) => d.forces.nodes.flatMap((/** @type {any} */ f) => [f.id, ...groupIds(f.groups.nodes)]),
    },
  },
  {
    id: 'coverage',
    letter: 'b',
    title: '(b) coverage of a region',
    what: `the force × characteristic matrix of ${PARAMS.regionId}: each cell's groups and whether it is covered`,
    api: {
      query: `query Coverage($regionId: ID!) { coverage(regionId: $regionId) { characteristics
  rows { force { id name } cells { characteristic covered groups { id name } } } } }`,
      variables: { regionId: PARAMS.regionId },
    },
    // PostGraphile has no matrix: the nearest is the region's forces with their groups'
    // characteristics, which the client pivots.
    peer: {
      query: `query Coverage($regionId: String!) { region(id: $regionId) { forces(orderBy: NAME_ASC) { nodes { id name
  groups(orderBy: NAME_ASC, condition: { status: "PUBLISHED" }) { nodes { id name characteristics } } } } } }`,
      variables: { regionId: PARAMS.regionId },
    },
    floor: {
      path: '/coverage',
      params: [CHARACTERISTICS, PARAMS.regionId],
      sql: `SELECT json_build_object('data', json_build_object('coverage', json_build_object(
    'characteristics', $1::text[],
    'rows', coalesce(json_agg(json_build_object(
      'force', json_build_object('id', f.id, 'name', f.name),
      'cells', cells.cells) ORDER BY f.name), '[]'::json))))::text AS body
  FROM force f
  CROSS JOIN LATERAL (
    SELECT json_agg(json_build_object('characteristic', c.ch, 'covered', cg.groups IS NOT NULL,
                                      'groups', coalesce(cg.groups, '[]'::json)) ORDER BY c.n) AS cells
      FROM unnest($1::text[]) WITH ORDINALITY AS c(ch, n)
      LEFT JOIN LATERAL (
        SELECT json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name) AS groups
          FROM "group" g
         WHERE g.force_id = f.id AND g.status = 'PUBLISHED' AND c.ch = ANY (g.characteristics)) cg ON true) cells
 WHERE f.region_id = $2`,
    },
    ids: {
      api: (d) => d.coverage.rows.flatMap((/** @type {any} */ r) => [r.force.id, ...[...new Set(r.cells.flatMap((/** @type {any} */ c) => groupIds(c.groups)))].sort()]),
      peer: (d) =>
        d.region.forces.nodes.flatMap((/** @type {any} */ f) => [
          f.id,
          ...groupIds(f.groups.nodes.filter((/** @type {any} */ g) => g.characteristics.length)).sort(),
        ]),
    },
  },
  {
    id: 'counterparts',
    letter: 'c',
    title: '(c) group + counterparts',
    what: `${PARAMS.groupId}: its force, national body and the groups of other forces with the same national body or a characteristic in common`,
    api: {
      query: `query Group($id: ID!) { group(id: $id) { id name kind characteristics force { id name } nationalBody { id name }
  counterparts { id name kind force { id name } } } }`,
      variables: { id: PARAMS.groupId },
    },
    peer: {
      query: `query Group($id: String!) { group(id: $id) { id name kind characteristics force { id name } nationalBody { id name }
  counterparts { nodes { id name kind force { id name } } } } }`,
      variables: { id: PARAMS.groupId },
    },
    floor: {
      path: '/group',
      params: [PARAMS.groupId],
      sql: `SELECT json_build_object('data', json_build_object('group', (
    SELECT json_build_object(
             'id', g.id, 'name', g.name, 'kind', g.kind, 'characteristics', g.characteristics,
             'force', json_build_object('id', f.id, 'name', f.name),
             'nationalBody', CASE WHEN nb.id IS NULL THEN NULL ELSE json_build_object('id', nb.id, 'name', nb.name) END,
             'counterparts', coalesce((
               SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'kind', c.kind,
                                                 'force', json_build_object('id', cf.id, 'name', cf.name)) ORDER BY c.force_id, c.name)
                 FROM "group" c JOIN force cf ON cf.id = c.force_id
                WHERE c.force_id <> g.force_id AND c.status = 'PUBLISHED'
                  AND ((g.national_body_id IS NOT NULL AND c.national_body_id = g.national_body_id)
                       OR g.characteristics && c.characteristics)), '[]'::json))
      FROM "group" g JOIN force f ON f.id = g.force_id LEFT JOIN national_body nb ON nb.id = g.national_body_id
     WHERE g.id = $1 AND g.status = 'PUBLISHED')))::text AS body`,
    },
    ids: {
      api: (d) => [d.group.id, ...groupIds(d.group.counterparts)],
      peer: (d) => [d.group.id, ...groupIds(d.group.counterparts.nodes)],
    },
  },
  {
    id: 'search',
    letter: 'd',
    title: '(d) filtered, searched page',
    what: `groups serving ${PARAMS.characteristics.join(' or ')} matching "${PARAMS.search}", first ${PARAMS.first}, with totalCount, cursors, force and national body`,
    api: {
      query: `query Search($filter: GroupFilter, $first: Int) { groups(filter: $filter, first: $first) { totalCount
  edges { cursor node { id name kind characteristics force { id name } nationalBody { id name } } }
  pageInfo { hasNextPage endCursor } } }`,
      variables: { filter: { characteristics: PARAMS.characteristics, search: PARAMS.search }, first: PARAMS.first },
    },
    peer: {
      query: `query Search($chars: [String], $q: String, $first: Int) { searchGroups(chars: $chars, q: $q, first: $first) { totalCount
  edges { cursor node { id name kind characteristics force { id name } nationalBody { id name } } }
  pageInfo { hasNextPage endCursor } } }`,
      variables: { chars: PARAMS.characteristics, q: PARAMS.search, first: PARAMS.first },
    },
    floor: {
      path: '/groups',
      params: [PARAMS.characteristics, `%${PARAMS.search}%`, PARAMS.first],
      sql: `WITH matching AS (
    SELECT g.id, g.name, g.kind, g.characteristics, g.force_id, g.national_body_id
      FROM "group" g
     WHERE g.status = 'PUBLISHED' AND g.characteristics && $1::text[]
       AND (g.name ILIKE $2 OR g.description ILIKE $2
            OR array_to_string(g.also_known_as, ' ') ILIKE $2
            OR array_to_string(g.aims, ' ') ILIKE $2
            OR array_to_string(g.topics, ' ') ILIKE $2
            OR EXISTS (SELECT 1 FROM group_former_name n WHERE n.group_id = g.id AND n.name ILIKE $2))),
  page AS (
    SELECT m.*, row_number() OVER (ORDER BY m.name NULLS LAST, m.id) - 1 AS n
      FROM matching m ORDER BY m.name NULLS LAST, m.id LIMIT $3),
  total AS (SELECT count(*)::int AS n FROM matching)
SELECT json_build_object('data', json_build_object('groups', json_build_object(
    'totalCount', (SELECT n FROM total),
    'edges', coalesce((
      SELECT json_agg(json_build_object(
               'cursor', encode(convert_to('arrayconnection:' || p.n, 'UTF8'), 'base64'),
               'node', json_build_object('id', p.id, 'name', p.name, 'kind', p.kind, 'characteristics', p.characteristics,
                                         'force', json_build_object('id', f.id, 'name', f.name),
                                         'nationalBody', CASE WHEN nb.id IS NULL THEN NULL ELSE json_build_object('id', nb.id, 'name', nb.name) END))
             ORDER BY p.n)
        FROM page p JOIN force f ON f.id = p.force_id LEFT JOIN national_body nb ON nb.id = p.national_body_id), '[]'::json),
    'pageInfo', json_build_object(
      'hasNextPage', (SELECT count(*) FROM page) < (SELECT n FROM total),
      'endCursor', (SELECT encode(convert_to('arrayconnection:' || max(p.n), 'UTF8'), 'base64') FROM page p)))))::text AS body`,
    },
    ids: {
      api: (d) => [String(d.groups.totalCount), ...d.groups.edges.map((/** @type {any} */ e) => e.node.id)],
      peer: (d) => [String(d.searchGroups.totalCount), ...d.searchGroups.edges.map((/** @type {any} */ e) => e.node.id)],
    },
  },
  {
    id: 'update',
    letter: 'e',
    title: '(e) authenticated update',
    what: 'a force admin updates one of their groups with the expected version (signed in with a session cookie)',
    // Filled in by ./update.mjs once the schema has sign-in and updateGroup.
    api: { query: '' },
    ids: { api: () => [] },
    needsAuth: true,
  },
];

/** SQL the peer needs for what PostGraphile cannot derive from the tables (bench databases only). */
export const PEER_SQL = `
CREATE OR REPLACE FUNCTION public.group_counterparts(g public."group") RETURNS SETOF public."group"
LANGUAGE sql STABLE AS $$
  SELECT c.* FROM public."group" c
   WHERE c.force_id <> g.force_id AND c.status = 'PUBLISHED'
     AND ((g.national_body_id IS NOT NULL AND c.national_body_id = g.national_body_id) OR g.characteristics && c.characteristics)
   ORDER BY c.force_id, c.name
$$;
CREATE OR REPLACE FUNCTION public.search_groups(chars text[], q text) RETURNS SETOF public."group"
LANGUAGE sql STABLE AS $$
  SELECT g.* FROM public."group" g
   WHERE g.status = 'PUBLISHED' AND g.characteristics && chars
     AND (g.name ILIKE '%' || q || '%' OR g.description ILIKE '%' || q || '%'
          OR array_to_string(g.also_known_as, ' ') ILIKE '%' || q || '%'
          OR array_to_string(g.aims, ' ') ILIKE '%' || q || '%'
          OR array_to_string(g.topics, ' ') ILIKE '%' || q || '%'
          OR EXISTS (SELECT 1 FROM public.group_former_name n WHERE n.group_id = g.id AND n.name ILIKE '%' || q || '%'))
   ORDER BY g.name NULLS LAST, g.id
$$;
`;
