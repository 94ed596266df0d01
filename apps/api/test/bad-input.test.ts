import fc from 'fast-check';
import { offsetToCursor } from 'graphql-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureGroup, LEICS_ADMIN, NATIONAL, signIn } from './helpers/auth.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';

/**
 * Bad input everywhere: generated strings (very long, control characters, right-to-left and
 * zero-width characters, SQL and HTML metacharacters, lone surrogates, NUL), numbers and enum
 * values thrown at every mutation's inputs and every filter, over real HTTP. The contract:
 *   - never a 500 and never INTERNAL_SERVER_ERROR: a value is stored, or refused with
 *     BAD_USER_INPUT naming the field;
 *   - text is stored as given but for leading and trailing white space, which is trimmed (as
 *     String.prototype.trim does) before the length rules apply; it reads back byte for byte;
 *   - NUL and unpaired surrogates (not storable as UTF-8 text) are refused;
 *   - responses are JSON: nothing the API sends is rendered as HTML by it. Whether the portal
 *     escapes what it shows (React does) is the portal's browser test, not this one.
 * FC_RUNS and FC_SEED reproduce a run (fast-check prints both on a failure).
 */
const RUNS = Number(process.env.FC_RUNS ?? 30);
/** A property's own count, scaled like the others when FC_RUNS is set. */
const scaled = (n: number) => Math.max(1, Math.round((n * RUNS) / 30));
/** Run settings; `examples` always run besides the generated inputs (one stored, one refused at least). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- examples are typed by each property's generators
const params = (runs = RUNS, examples: any[] = []) => ({
  numRuns: runs,
  examples,
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
});

// ---------------------------------------------------------------------------------------
// Generators

const PIECES = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u001b[31m', '\u007f', '\u0085', '\u009f',
  '\t', '\n', '\r\n', '\u000b', '\u000c', ' ', '  ', '\u00a0', '\u1680', '\u2028', '\u2029', '\u3000',
  '\u202e', '\u202b', '\u202c', '\u200e', '\u200f', '\u061c', '\u2066', '\u2069', // bidi controls
  '\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u00ad', // zero-width and invisible
  '\ud800', '\udfff', '\udc00x', '\ufffe', '\uffff', '\ufffd', // unpaired surrogates and non-characters
  '💥', '👩🏽‍⚕️', '🏳️‍🌈', 'e\u0301', 'Z̤̈́͐a̰l̗g̥o', 'ﷺ', 'עברית', 'العربية', 'İı', 'ß', '中文', '𝔘𝔫𝔦',
  "'", '"', '`', ';', '--', '/*', '*/', '\\', '\\\\', '%', '_', '\\%', "' OR '1'='1", '"; DROP TABLE "group"; --',
  '$1', '$$', '${x}', '::text', 'E\'\\x00\'',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</textarea>', '&amp;', '&#x3C;', '&lt;', 'javascript:alert(1)',
  '{{7*7}}', '../../etc/passwd', 'NULL', 'null', 'undefined', 'true', '0', '-1', '1e309', 'NaN',
  'x', 'Leicestershire', 'a b', 'Menopause',
];

const piece = fc.constantFrom(...PIECES);
/** Strings made of awkward pieces and random characters of every kind. */
const nasty = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 10 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  {
    weight: 2,
    // Around the length limits (and far beyond), padded with white space that trimming removes.
    arbitrary: fc
      .tuple(fc.constantFrom(1, 2, 59, 60, 61, 119, 120, 121, 199, 200, 201, 299, 300, 301, 499, 500, 501, 999, 1000, 1001, 4999, 5000, 5001, 20_000), piece, fc.constantFrom('', ' ', '\n\t', '\ufeff'))
      .map(([n, p, pad]) => pad + `${p}${'y'.repeat(n)}`.slice(0, n) + pad),
  },
);

/**
 * Length as the API counts it (class-validator, i.e. validator.js isLength): characters, so a
 * surrogate pair counts once and the emoji presentation selectors U+FE0E/U+FE0F not at all.
 */
const charLength = (s: string) => s.length - (s.match(/[\ud800-\udbff][\udc00-\udfff]/g)?.length ?? 0) - (s.match(/[\ufe0e\ufe0f]/g)?.length ?? 0);

/** Text any field should take: awkward but storable, not blank. */
const storable = fc
  .array(fc.oneof(fc.constantFrom(...PIECES.filter((p) => !p.includes('\u0000') && !/[\ud800-\udfff]/.test(p))), fc.string({ unit: 'grapheme', maxLength: 6 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((a) => a.join(''))
  .filter((s) => charLength(s.trim()) >= 2 && charLength(s.trim()) <= 60);
/** Mostly sound, now and then anything at all. */
const mostly = <T>(sound: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: sound }, { weight: 1, arbitrary: odd });

const hasUnstorable = (s: string) => s.includes('\u0000') || /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

type Expect<T> = { ok: true; stored: T } | { ok: false };

/** The text rule: trimmed, then `min`..`max` UTF-16 units; NUL and unpaired surrogates refused. */
function textRule(s: string, min: number, max: number): Expect<string> {
  if (hasUnstorable(s)) return { ok: false };
  const t = s.trim();
  return charLength(t) >= min && charLength(t) <= max ? { ok: true, stored: t } : { ok: false };
}

function listRule(items: string[], min: number, max: number, maxItems: number): Expect<string[]> {
  if (items.length > maxItems) return { ok: false };
  const out = [];
  for (const i of items) {
    const r = textRule(i, min, max);
    if (!r.ok) return { ok: false };
    out.push(r.stored);
  }
  return { ok: true, stored: out };
}

// ---------------------------------------------------------------------------------------
// Checks every response must pass

function expectSafe(res: GraphQLResponse, what: string) {
  expect([200, 400], `${what}: HTTP ${res.status} ${JSON.stringify(res.errors)}`).toContain(res.status);
  expect(res.headers.get('content-type') ?? '').toMatch(/^application\/(graphql-response\+)?json/);
  for (const e of res.errors ?? []) {
    expect(e.extensions?.code, `${what}: ${JSON.stringify(e)}`).not.toBe('INTERNAL_SERVER_ERROR');
    expect(e.extensions?.code, `${what}: ${JSON.stringify(e)}`).toBe('BAD_USER_INPUT');
  }
}

function expectRefused(res: GraphQLResponse, what: string, field?: RegExp) {
  expectSafe(res, what);
  expect(res.errors, `${what} should be refused`).toBeDefined();
  if (field) expect(String(res.errors![0].extensions!.field), what).toMatch(field);
}

function expectAccepted(res: GraphQLResponse, what: string) {
  expectSafe(res, what);
  expect(res.errors, `${what} should be accepted`).toBeUndefined();
}

/** Byte for byte: the UTF-8 of what was stored is the UTF-8 of what was expected. */
function expectBytes(actual: unknown, expected: unknown, what: string) {
  expect(actual, what).toEqual(expected);
  expect(Buffer.from(JSON.stringify(actual), 'utf8').equals(Buffer.from(JSON.stringify(expected), 'utf8')), what).toBe(true);
}

/** How many generated inputs were stored and refused: a property must see both. */
class Tally {
  accepted = 0;
  refused = 0;
  constructor(private readonly name: string) {}
  add(res: GraphQLResponse) {
    if (res.errors) this.refused++;
    else this.accepted++;
  }
  check(minAccepted = 1, minRefused = 1) {
    console.info(`${this.name}: ${this.accepted} stored, ${this.refused} refused`);
    expect(this.accepted, `${this.name}: inputs stored`).toBeGreaterThanOrEqual(minAccepted);
    expect(this.refused, `${this.name}: inputs refused`).toBeGreaterThanOrEqual(minRefused);
  }
}

// ---------------------------------------------------------------------------------------

let server: TestServer;
let national: Record<string, string>;
let leics: Record<string, string>;
let groupId: string;
const thisYear = new Date().getUTCFullYear();

beforeAll(async () => {
  server = await startTestServer();
  national = await signIn(server, NATIONAL);
  leics = await signIn(server, LEICS_ADMIN);
  groupId = (await createFixtureGroup(server, national, 'leicestershire', 'Bad input fixture')).id;
});
afterAll(async () => {
  await server?.close();
});

async function versionOf(table: 'group' | 'force', id: string): Promise<number> {
  const [row] = await server.db.dataSource.query(`SELECT version FROM "${table}" WHERE id = $1`, [id]);
  return row.version;
}

const GROUP_FIELDS = `id version name description aims topics ranks alsoKnownAs eligibilityNote meetingPattern website established
  nationalBody { id } socialHandles { platform handle } formerNames { name until } fees { amountPence period appliesFrom note } affiliations { relation nationalBody { id } }`;
const UPDATE_GROUP = `mutation ($id: ID!, $v: Int!, $i: GroupInput!) { updateGroup(id: $id, version: $v, input: $i) { ${GROUP_FIELDS} } }`;
const READ_GROUP = `query ($id: ID!) { group(id: $id) { ${GROUP_FIELDS} } }`;

/** A text field of GroupInput, its rule, and how it reads back. */
const GROUP_TEXT: { field: string; min: number; max: number; nullable: boolean }[] = [
  { field: 'name', min: 2, max: 200, nullable: false },
  { field: 'description', min: 0, max: 5000, nullable: true },
  { field: 'eligibilityNote', min: 0, max: 1000, nullable: true },
  { field: 'meetingPattern', min: 0, max: 500, nullable: true },
];
const GROUP_LISTS: { field: string; min: number; max: number; items: number }[] = [
  { field: 'aims', min: 1, max: 500, items: 30 },
  { field: 'topics', min: 1, max: 60, items: 20 },
  { field: 'ranks', min: 1, max: 60, items: 20 },
  { field: 'alsoKnownAs', min: 1, max: 200, items: 10 },
];

describe('GroupInput (updateGroup, createGroup)', () => {
  it('stores every text field trimmed and byte for byte, or refuses it with BAD_USER_INPUT', async () => {
    const tally = new Tally('GroupInput text fields');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...GROUP_TEXT), nasty, async (spec, value) => {
        const v = await versionOf('group', groupId);
        const res = await server.gql(UPDATE_GROUP, { id: groupId, v, i: { [spec.field]: value } }, leics);
        tally.add(res);
        const rule = textRule(value, spec.min, spec.max);
        const what = `${spec.field}=${JSON.stringify(value).slice(0, 120)}`;
        if (!rule.ok) {
          expectRefused(res, what, new RegExp(`^${spec.field}`));
          expect(await versionOf('group', groupId)).toBe(v);
          return;
        }
        expectAccepted(res, what);
        expectBytes(res.data!.updateGroup[spec.field], rule.stored, what);
        const read = await server.gql(READ_GROUP, { id: groupId }, leics);
        expectBytes(read.data!.group[spec.field], rule.stored, `${what} (read again)`);
      }),
      params(RUNS, [[GROUP_TEXT[0], ' \u202eEvil\u202c <b>name</b> \u200b '], [GROUP_TEXT[0], 'nul\u0000'], [GROUP_TEXT[1], 'x'.repeat(5001)]]),
    );
    tally.check();
  });

  it('stores every text list item trimmed and byte for byte, or refuses the list', async () => {
    const tally = new Tally('GroupInput text lists');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...GROUP_LISTS), fc.array(nasty, { maxLength: 4 }), async (spec, items) => {
        const v = await versionOf('group', groupId);
        const res = await server.gql(UPDATE_GROUP, { id: groupId, v, i: { [spec.field]: items } }, leics);
        tally.add(res);
        const rule = listRule(items, spec.min, spec.max, spec.items);
        const what = `${spec.field}=${JSON.stringify(items).slice(0, 160)}`;
        if (!rule.ok) return expectRefused(res, what, new RegExp(`^${spec.field}`));
        expectAccepted(res, what);
        const read = await server.gql(READ_GROUP, { id: groupId }, leics);
        expectBytes(read.data!.group[spec.field], rule.stored, what);
      }),
      params(RUNS, [[GROUP_LISTS[0], [' aim one ', 'zwj\u200d']], [GROUP_LISTS[1], ['   ']]]),
    );
    tally.check();
  });

  it('handles, website, former names, fees, affiliations and years: stored as given (trimmed) or refused', async () => {
    const handle = mostly(fc.stringMatching(/^\s?@?[A-Za-z0-9_.-]{1,60}\s?$/), nasty);
    const year = mostly(fc.integer({ min: 1800, max: thisYear }), fc.oneof(fc.integer(), fc.constantFrom(1799, thisYear + 1, 2200, 2201, -1, 0)));
    const date = mostly(
      fc.date({ min: new Date('1800-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.oneof(fc.constantFrom('0000-01-01', '9999-12-31', '2020-02-30', '2021-02-29', '2024-02-29', '2020-13-01', '20200101', '2020-1-1', ' 2020-01-01'), nasty),
    );
    const amount = mostly(fc.integer({ min: 0, max: 1_000_000 }), fc.oneof(fc.integer(), fc.constantFrom(-1, 1_000_001)));
    const input = fc.record(
      {
        website: mostly(fc.webUrl(), fc.oneof(fc.constantFrom('https://example.org/a b', 'javascript:alert(1)', 'http://x', 'ftp://example.org', ' https://example.org/ '), nasty)),
        socialHandles: fc.array(
          fc.record({ platform: mostly(fc.constantFrom('X', 'FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'YOUTUBE'), fc.constantFrom('MYSPACE', 'x', '')), handle }),
          { maxLength: 3 },
        ),
        formerNames: fc.array(fc.record({ name: mostly(storable, nasty), until: fc.option(year, { nil: undefined }) }), { maxLength: 2 }),
        fees: fc.array(
          fc
            .record({ amountPence: amount, period: mostly(fc.constantFrom('MONTH', 'YEAR'), fc.constantFrom('WEEK', null)), appliesFrom: fc.option(date, { nil: null }), note: fc.option(mostly(storable, nasty), { nil: null }) })
            .map((f) => (f.amountPence === 0 ? { ...f, period: null } : f)),
          { maxLength: 2 },
        ),
        affiliations: fc.uniqueArray(
          fc.record({ nationalBodyId: mostly(fc.constantFrom('unison', 'christian-police-association', 'disabled-police-association'), fc.constantFrom('no-such-body', '', 'unison')), relation: mostly(storable, nasty) }),
          { maxLength: 3, selector: (a) => a.nationalBodyId }, // a body named twice: see the examples below
        ),
        established: year,
        nationalBodyId: fc.option(mostly(fc.constantFrom('unison', 'christian-police-association'), fc.oneof(fc.constantFrom('', 'no-such-body', ' unison '), nasty)), { nil: null }),
      },
      { requiredKeys: [] },
    );
    const tally = new Tally('GroupInput handles, website, former names, fees, affiliations, years');
    await fc.assert(
      fc.asyncProperty(input, async (i) => {
        const v = await versionOf('group', groupId);
        const res = await server.gql(UPDATE_GROUP, { id: groupId, v, i }, leics);
        tally.add(res);
        const what = JSON.stringify(i).slice(0, 300);
        expectSafe(res, what);
        if (res.errors) return;
        const g = res.data!.updateGroup;
        if (i.website !== undefined) expectBytes(g.website, i.website.trim(), `website ${what}`);
        if (i.socialHandles) {
          expectBytes(
            g.socialHandles,
            i.socialHandles.map((h) => ({ platform: h.platform, handle: h.handle.trim().startsWith('@') ? h.handle.trim() : `@${h.handle.trim()}` })),
            `handles ${what}`,
          );
        }
        if (i.formerNames) expectBytes(g.formerNames, i.formerNames.map((n) => ({ name: n.name.trim(), until: n.until ?? null })), `former names ${what}`);
        if (i.fees) {
          for (const f of i.fees) {
            expect(f.amountPence >= 0 && f.amountPence <= 1_000_000, what).toBe(true);
            if (f.amountPence > 0) expect(f.period, what).not.toBeNull();
          }
          // Read back newest first: compared as a set.
          const sorted = (fees: unknown[]) => fees.map((f) => JSON.stringify(f)).sort();
          expectBytes(
            sorted(g.fees),
            sorted(i.fees.map((f) => ({ amountPence: f.amountPence, period: f.period, appliesFrom: f.appliesFrom?.trim() ?? null, note: f.note?.trim() ?? null }))),
            `fees ${what}`,
          );
        }
        if (i.affiliations) {
          expectBytes(g.affiliations.map((a: any) => a.relation).sort(), i.affiliations.map((a) => a.relation.trim()).sort(), `affiliations ${what}`);
        }
        if (i.nationalBodyId !== undefined) expect(g.nationalBody?.id ?? null, `national body ${what}`).toBe(i.nationalBodyId?.trim() ?? null);
        if (i.established !== undefined) {
          expect(i.established >= 1800 && i.established <= thisYear, `established ${what}`).toBe(true);
          expect(g.established).toBe(i.established);
        }
      }),
      params(RUNS, [[{ website: ' https://example.org/x ', affiliations: [{ nationalBodyId: 'unison', relation: ' meets with ' }] }], [{ affiliations: [{ nationalBodyId: 'unison', relation: 'a' }, { nationalBodyId: 'unison', relation: 'b' }] }], [{ affiliations: [{ nationalBodyId: '', relation: 'x' }] }], [{ nationalBodyId: '' }]]),
    );
    tally.check();
  });

  it('creates groups from any name and kind: stored trimmed, or refused', async () => {
    const kind = mostly(fc.constantFrom('STAFF_NETWORK', 'TRADE_UNION', 'PEER_SUPPORT'), fc.oneof(fc.constantFrom('staff_network', 'NETWORK', '', 'STAFF_NETWORK '), nasty));
    const tally = new Tally('createGroup');
    await fc.assert(
      fc.asyncProperty(fc.oneof(storable, nasty), kind, async (name, k) => {
        const res = await server.gql(
          `mutation ($i: GroupInput!) { createGroup(input: $i) { id name kind status } }`,
          { i: { name, kind: k, characteristics: ['RACE'] } },
          leics,
        );
        tally.add(res);
        const rule = textRule(name, 2, 200);
        const validKind = ['STAFF_NETWORK', 'TRADE_UNION', 'PEER_SUPPORT'].includes(k);
        const what = `createGroup ${JSON.stringify({ name, k }).slice(0, 200)}`;
        if (!rule.ok || !validKind) return expectRefused(res, what);
        expectAccepted(res, what);
        expectBytes(res.data!.createGroup.name, rule.stored, what);
        expect(res.data!.createGroup.id).toMatch(/^leicestershire-[a-z0-9-]*$/);
      }),
      params(scaled(25), [[' Ŝtaff \u05d0 network ', 'STAFF_NETWORK'], [' x ', 'STAFF_NETWORK']]),
    );
    tally.check();
  });
});

describe('updateForceProfile', () => {
  it('stores description, website, objectives and memberships trimmed and byte for byte, or refuses them', async () => {
    const input = fc.record(
      {
        description: nasty,
        website: fc.oneof(fc.webUrl(), nasty),
        equalityObjectives: fc.array(nasty, { maxLength: 3 }),
        memberships: fc.array(fc.oneof(nasty, fc.constantFrom('Stonewall', 'stonewall', 'Stonewall!', 'Stonewall?', ' Stonewall')), { maxLength: 4 }),
      },
      { requiredKeys: [] },
    );
    const READ = `{ force(id: "leicestershire") { version description website equalityObjectives memberships { organisation } } }`;
    const tally = new Tally('updateForceProfile');
    await fc.assert(
      fc.asyncProperty(input, async (i) => {
        const v = await versionOf('force', 'leicestershire');
        const res = await server.gql(
          `mutation ($v: Int!, $i: ForceProfileInput!) { updateForceProfile(version: $v, input: $i) { version } }`,
          { v, i },
          leics,
        );
        tally.add(res);
        const what = JSON.stringify(i).slice(0, 300);
        const rules = [
          i.description === undefined || textRule(i.description, 0, 5000).ok,
          i.equalityObjectives === undefined || listRule(i.equalityObjectives, 1, 1000, 20).ok,
          i.memberships === undefined ||
            (listRule(i.memberships, 1, 200, 50).ok && new Set(i.memberships.map((m) => m.trim())).size === i.memberships.length),
          i.website === undefined || !hasUnstorable(i.website),
        ];
        if (rules.includes(false)) return expectRefused(res, what);
        expectSafe(res, what);
        if (res.errors) {
          // Only the web address has a rule the model above does not state (a URL check).
          expect(res.errors[0].extensions!.field, what).toBe('website');
          return;
        }
        const f = (await server.gql(READ, {}, leics)).data!.force;
        if (i.description !== undefined) expectBytes(f.description, i.description.trim(), what);
        if (i.website !== undefined) expectBytes(f.website, i.website.trim(), what);
        if (i.equalityObjectives) expectBytes(f.equalityObjectives, i.equalityObjectives.map((o) => o.trim()), what);
        if (i.memberships) expectBytes(f.memberships.map((m: any) => m.organisation), i.memberships.map((m) => m.trim()), what);
      }),
      params(RUNS, [[{ memberships: ['Stonewall', 'Stonewall!'], description: ' <script>alert(1)</script> ' }], [{ equalityObjectives: ['\n'] }]]),
    );
    tally.check();
  });
});

describe('recordCommitmentFigure', () => {
  it('records figures with any dates, counts and source text, or refuses them', async () => {
    const commitmentId = (await server.gql(`{ force(id: "leicestershire") { commitments { id } } }`)).data!.force.commitments[0].id as string;
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const day = fc.date({ min: new Date('1000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true });
    const oddDate = fc.oneof(
      fc.constantFrom('0000-01-01', '0001-01-01', '9999-12-31', '2021-02-29', '2020-02-30', '2020-00-10', '2020-1-1', '2020-01-01T00:00:00Z', ' 2020-01-01'),
      nasty,
    );
    const count = fc.oneof(fc.integer(), fc.constantFrom(-1, 1_000_001, 2 ** 31 - 1));
    // Mostly a sound period and counts, each part now and then replaced by something odd.
    const figure = fc
      .tuple(day, fc.nat({ max: 400 }), fc.nat({ max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.option(nasty, { nil: null }))
      .map(([d, days, total, share, source]) => ({
        periodStart: iso(d),
        periodEnd: iso(new Date(d.getTime() + days * 86_400_000)),
        total,
        part: Math.floor(total * share),
        source,
      }))
      .chain((f) =>
        fc.record({
          periodStart: fc.oneof({ weight: 5, arbitrary: fc.constant(f.periodStart) }, { weight: 1, arbitrary: oddDate }),
          periodEnd: fc.oneof({ weight: 5, arbitrary: fc.constant(f.periodEnd) }, { weight: 1, arbitrary: oddDate }, { weight: 1, arbitrary: fc.constant(f.periodStart.replace(/^\d{4}/, (y) => String(Number(y) - 1).padStart(4, '0'))) }),
          total: fc.oneof({ weight: 6, arbitrary: fc.constant(f.total) }, { weight: 1, arbitrary: count }),
          part: fc.oneof({ weight: 6, arbitrary: fc.constant(f.part) }, { weight: 1, arbitrary: count }),
          source: fc.constant(f.source),
        }),
      );
    const tally = new Tally('recordCommitmentFigure');
    await fc.assert(
      fc.asyncProperty(figure, async (input) => {
        const { total, part, source } = input;
        // Every string field of an input is trimmed before anything looks at it (graphql/validate-input.ts).
        const [periodStart, periodEnd] = [input.periodStart.trim(), input.periodEnd.trim()];
        const res = await server.gql(
          `mutation ($c: ID!, $i: CommitmentFigureInput!) { recordCommitmentFigure(commitmentId: $c, input: $i) { id periodStart periodEnd total part source } }`,
          { c: commitmentId, i: input },
          leics,
        );
        tally.add(res);
        const what = JSON.stringify(input).slice(0, 300);
        expectSafe(res, what);
        if (res.errors) return;
        const f = res.data!.recordCommitmentFigure;
        // Accepted: a real calendar range PostgreSQL can store, counts in range, part within total.
        expect(periodStart <= periodEnd && /^\d{4}-\d{2}-\d{2}$/.test(periodStart) && periodStart >= '0001', what).toBe(true);
        expect(total >= 0 && total <= 1_000_000 && part >= 0 && part <= total, what).toBe(true);
        expectBytes(f, { id: f.id, periodStart, periodEnd, total, part, source: source?.trim() || null }, what);
      }),
      params(RUNS, [[{ periodStart: '2001-01-01', periodEnd: '2001-01-31', total: 10, part: 3, source: '  ' }], [{ periodStart: '0000-01-01', periodEnd: '0000-01-02', total: 1, part: 0, source: null }], [{ periodStart: ' 2020-01-01', periodEnd: '2243-07-08', total: 11, part: 0, source: null }]]),
    );
    tally.check();
  });
});

describe('createUser', () => {
  it('stores email (trimmed, lower-cased) and display name (trimmed) as given, keeps the password exact, or refuses', async () => {
    const local = mostly(fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9._%+-]{0,19}$/), nasty);
    const email = mostly(fc.oneof(local.map((l) => ` ${l}@Example.ORG `), fc.emailAddress()), nasty);
    const password = mostly(
      fc.tuple(storable, storable, storable).map((parts) => ` ${parts.join('')}\t`),
      fc.oneof(fc.array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 6 })), { minLength: 1, maxLength: 12 }).map((a) => a.join('')), fc.string({ maxLength: 12 })),
    );
    const displayName = mostly(storable, nasty);
    let n = 0;
    const tally = new Tally('createUser');
    await fc.assert(
      fc.asyncProperty(email, displayName, password, async (e, displayName, pw) => {
        const unique = `${n++}.${Date.now()}`;
        const withUnique = e.includes('@') ? e.replace(/@(?=[^@]*$)/, `+${unique}@`) : e;
        const res = await server.gql(
          `mutation ($i: CreateUserInput!) { createUser(input: $i) { id email displayName role forceId } }`,
          { i: { email: withUnique, displayName, password: pw, role: 'FORCE_ADMIN', forceId: 'wiltshire' } },
          national,
        );
        tally.add(res);
        const what = JSON.stringify({ withUnique, displayName, pw }).slice(0, 300);
        const nameRule = textRule(displayName, 1, 120);
        if (!nameRule.ok || hasUnstorable(pw) || charLength(pw) < 12 || charLength(pw) > 200) return expectRefused(res, what);
        expectSafe(res, what);
        if (res.errors) {
          expect(res.errors[0].extensions!.field, what).toBe('email');
          return;
        }
        const u = res.data!.createUser;
        expectBytes(u.email, withUnique.trim().toLowerCase(), what);
        expectBytes(u.displayName, nameRule.stored, what);
        // The password is taken exactly as given (never trimmed): it signs in as such.
        const signed = await server.gql(`mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }`, { e: u.email, p: pw });
        expect(signed.errors, `sign in ${what}`).toBeUndefined();
        expect(signed.data!.signIn.user.id).toBe(u.id);
      }),
      params(scaled(15), [[' Ana@Example.ORG ', ' Ana \u200f ', ' a password with spaces\t'], ['b@example.org', 'B', 'short']]),
    );
    tally.check();
  });
});

describe('filters: groups(filter, first, after) and coverage(forceIds)', () => {
  const GROUPS = `query ($f: GroupFilter, $first: Int, $after: String) {
    groups(filter: $f, first: $first, after: $after) { totalCount edges { cursor } nodes { name description aims topics alsoKnownAs formerNames { name } } } }`;
  const KINDS = ['STAFF_NETWORK', 'STAFF_ASSOCIATION', 'TRADE_UNION', 'SUPPORT_GROUP', 'PEER_SUPPORT'];
  const CHARS = ['AGE', 'DISABILITY', 'RACE', 'RELIGION_OR_BELIEF', 'SEX', 'SEXUAL_ORIENTATION'];

  beforeAll(async () => {
    // Groups whose names hold the metacharacters a search must treat literally.
    for (const name of ['Percent 100% network', 'Under_score network', 'Back\\slash network', "O'Brien \"quoted\" <b>network</b>"]) {
      const g = await createFixtureGroup(server, national, 'leicestershire', name);
      await server.gql(`mutation ($id: ID!, $v: Int!) { publishGroup(id: $id, version: $v) { id } }`, { id: g.id, v: g.version }, national);
    }
  });

  it('answers any search, kinds, characteristics, page size and cursor, or refuses with BAD_USER_INPUT', async () => {
    const search = fc.oneof(storable, nasty, fc.constantFrom('%', '_', '\\', "'", '"', '<b>', 'network', '100%', 'Under_', '%%', '\\%', '*'));
    const enumList = (valid: string[]) => mostly(fc.uniqueArray(fc.constantFrom(...valid), { maxLength: 3 }), fc.array(fc.oneof(fc.constantFrom(...valid), nasty), { maxLength: 3 }));
    const first = mostly(fc.integer({ min: 0, max: 100 }), fc.oneof(fc.integer(), fc.constantFrom(-1, 101, 2 ** 31 - 1)));
    const after = mostly(
      fc.nat({ max: 200 }).map((n) => offsetToCursor(n)),
      fc.oneof(fc.constantFrom(offsetToCursor(2 ** 53), 'YXJyYXljb25uZWN0aW9uOi0x', '===='), fc.base64String({ maxLength: 40 }), nasty),
    );
    const tally = new Tally('groups(filter, first, after)');
    await fc.assert(
      fc.asyncProperty(
        fc.record({ search, kinds: enumList(KINDS), characteristics: enumList(CHARS) }, { requiredKeys: [] }),
        fc.option(first, { nil: undefined }),
        fc.option(after, { nil: undefined }),
        async (filter, firstN, afterC) => {
          const res = await server.gql(GROUPS, { f: filter, first: firstN, after: afterC });
          tally.add(res);
          const what = JSON.stringify({ filter, firstN, afterC }).slice(0, 300);
          expectSafe(res, what);
          const badEnum = [...(filter.kinds ?? [])].some((k) => !KINDS.includes(k)) || [...(filter.characteristics ?? [])].some((c) => !CHARS.includes(c));
          const badFirst = firstN !== undefined && (firstN < 0 || firstN > 100);
          const badSearch = filter.search !== undefined && (hasUnstorable(filter.search) || charLength(filter.search.trim()) > 200);
          if (badEnum || badFirst || badSearch) {
            expect(res.errors, `should be refused: ${what}`).toBeDefined();
            return;
          }
          if (res.errors) {
            // Only a cursor the API never gave out is refused beyond the rules above.
            expect(res.errors[0].extensions!.field, what).toBe('after');
            return;
          }
          const s = filter.search?.trim();
          if (s && /^[\x20-\x7e]+$/.test(s)) {
            // Metacharacters are literal: every group found holds the text itself.
            for (const g of res.data!.groups.nodes) {
              const haystack = [g.name, g.description ?? '', ...g.aims, ...g.topics, ...g.alsoKnownAs, ...g.formerNames.map((n: any) => n.name)].join('\n').toLowerCase();
              expect(haystack, `${s} in ${g.name}`).toContain(s.toLowerCase());
            }
          }
        },
      ),
      params(scaled(40), [[{ search: '%' }, 5, undefined], [{ search: 'x'.repeat(201) }, undefined, undefined]]),
    );
    tally.check();
  });

  it('finds metacharacters literally', async () => {
    const names = async (search: string) => (await server.gql(GROUPS, { f: { search } })).data!.groups.nodes.map((g: any) => g.name);
    expect(await names('%')).toEqual(['Percent 100% network']);
    expect(await names('_')).toEqual(['Under_score network']);
    expect(await names('\\')).toEqual(['Back\\slash network']);
    expect(await names("o'brien \"QUOTED\" <b>")).toEqual(["O'Brien \"quoted\" <b>network</b>"]);
  });

  it('answers coverage for any list of force ids, or refuses the unknown ones', async () => {
    const id = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('leicestershire', 'wiltshire', 'avon-and-somerset') }, { weight: 1, arbitrary: nasty });
    const tally = new Tally('coverage(forceIds)');
    await fc.assert(
      fc.asyncProperty(fc.array(id, { maxLength: 4 }), async (forceIds) => {
        const res = await server.gql(`query ($f: [ID!]) { coverage(forceIds: $f) { rows { force { id } cells { covered } } } }`, { f: forceIds });
        tally.add(res);
        const what = JSON.stringify(forceIds);
        const known = forceIds.every((f) => ['leicestershire', 'wiltshire', 'avon-and-somerset'].includes(f));
        if (!known) return expectRefused(res, what, /^forceIds/);
        expectAccepted(res, what);
        expect(res.data!.coverage.rows.map((r: any) => r.force.id)).toEqual(forceIds);
      }),
      params(RUNS, [[['wiltshire', 'leicestershire']], [['leicestershire', 'nowhere\u0000']]]),
    );
    tally.check();
  });
});
