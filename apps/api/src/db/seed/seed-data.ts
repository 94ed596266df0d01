/**
 * Reads and validates the reviewed seed files in `apps/api/seed/` (data, not code):
 *
 *   forces.tsv            the 43 territorial forces (id, name, region); regions derive from it
 *   sources.yaml          the source pages every fact traces to
 *   national-bodies.yaml  national and regional bodies named on those pages
 *   forces/<id>.yaml      one force's profile and everything it owns
 *
 * A bad file fails with the file and the path of the bad value, e.g.
 * `forces/wiltshire.yaml: groups[10].fees[0].period: Invalid option: expected one of "MONTH"|"YEAR"`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  Eligibility,
  EstablishmentEvent,
  FeePeriod,
  GroupKind,
  PositiveActionArea,
  ProtectedCharacteristic,
  SocialPlatform,
} from '../../modules/common/enums.js';

/** `apps/api/seed/`, resolved from this module: the same from `src/db/seed` and `dist/db/seed`. */
export const SEED_DIR = fileURLToPath(new URL('../../../seed/', import.meta.url));

/**
 * A seed file that does not parse or validate. `file` is relative to the seed folder,
 * `path` points at the bad value (`groups[3].fees[0].period`, or `line 7` in forces.tsv).
 */
export class SeedDataError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly detail: string,
    readonly dir?: string,
  ) {
    super(`${dir ? join(dir, file) : file}${path ? `: ${path}` : ''}: ${detail}`);
    this.name = 'SeedDataError';
  }
}

import { slugify } from '../../lib/slug.js';

export { slugify };

// ---------------------------------------------------------------------------
// Schemas

const text = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug (lower case words joined by hyphens)');
const sourceId = z.string().regex(/^[0-9]{3}_[0-9a-f]{16}$/, 'must be a source page id such as 000_8bab5c8eecbe0abc');
const sourceList = z.array(sourceId).min(1, 'must name at least one source');
const year = z.int().min(1800).max(2200);
const isoDate = z.iso.date();
const url = z.url({ protocol: /^https?$/ });

function uniqueList<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .default([])
    .superRefine((list, ctx) => {
      const seen = new Set<unknown>();
      list.forEach((value, index) => {
        if (seen.has(value)) ctx.addIssue({ code: 'custom', message: `duplicate value ${JSON.stringify(value)}`, path: [index] });
        seen.add(value);
      });
    });
}

const socialHandle = z.strictObject({
  platform: z.enum(SocialPlatform),
  handle: z.string().regex(/^@[A-Za-z0-9_.]+$/, 'must be a handle with its @'),
});

export const sourceSchema = z.strictObject({
  id: sourceId,
  title: text,
  publisher: text.optional(),
  url: url.optional(),
});

export const nationalBodySchema = z.strictObject({
  id: slug,
  name: text,
  shortName: text.optional(),
  founded: year.optional(),
  description: text.optional(),
  website: url.optional(),
  sources: sourceList,
});

const formerNameSchema = z.strictObject({ name: text, until: year.optional() });

const feeSchema = z
  .strictObject({
    amountPence: z.int().min(0),
    period: z.enum(FeePeriod).optional(),
    appliesFrom: isoDate.optional(),
    note: text.optional(),
  })
  .superRefine((fee, ctx) => {
    if (fee.amountPence > 0 && !fee.period) ctx.addIssue({ code: 'custom', message: 'a paid fee needs a period', path: ['period'] });
    if (fee.amountPence === 0 && fee.period) ctx.addIssue({ code: 'custom', message: 'a free membership has no period', path: ['period'] });
  });

const affiliationSchema = z.strictObject({ nationalBody: slug, relation: text });

export const groupSchema = z
  .strictObject({
    id: slug,
    kind: z.enum(GroupKind),
    name: text,
    alsoKnownAs: uniqueList(text),
    formerNames: z.array(formerNameSchema).default([]),
    description: text.optional(),
    aims: z.array(text).default([]),
    established: year.optional(),
    establishedEvent: z.enum(EstablishmentEvent).optional(),
    characteristics: uniqueList(z.enum(ProtectedCharacteristic)),
    topics: uniqueList(text),
    eligibility: uniqueList(z.enum(Eligibility)),
    eligibilityNote: text.optional(),
    ranks: uniqueList(text),
    nationalBody: slug.optional(),
    affiliations: z.array(affiliationSchema).default([]),
    fees: z.array(feeSchema).default([]),
    meetingPattern: text.optional(),
    socialHandles: z.array(socialHandle).default([]),
    website: url.optional(),
    sources: sourceList,
  })
  .superRefine((group, ctx) => {
    if ((group.established === undefined) !== (group.establishedEvent === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'established and establishedEvent go together',
        path: [group.established === undefined ? 'established' : 'establishedEvent'],
      });
    }
  });

const membershipSchema = z.strictObject({ id: slug.optional(), organisation: text, sources: sourceList });

const schemeSchema = z.strictObject({
  id: slug,
  name: text,
  since: year.optional(),
  description: text.optional(),
  sources: sourceList,
});

const facilitySchema = z.strictObject({
  id: slug,
  name: text,
  description: text.optional(),
  location: text.optional(),
  openedYear: year.optional(),
  openedMonth: z.int().min(1).max(12).optional(),
  sources: sourceList,
});

const commitmentSchema = z
  .strictObject({
    id: slug,
    title: text,
    statement: text.optional(),
    madeBy: text.optional(),
    madeOn: isoDate.optional(),
    madeAt: text.optional(),
    measure: text.optional(),
    targetGroup: text.optional(),
    targetNumerator: z.int().min(0).optional(),
    targetDenominator: z.int().min(1).optional(),
    actions: z.array(z.strictObject({ theme: text, text })).default([]),
    sources: sourceList,
  })
  .superRefine((c, ctx) => {
    if ((c.targetNumerator === undefined) !== (c.targetDenominator === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'targetNumerator and targetDenominator go together', path: ['targetDenominator'] });
    } else if (c.targetNumerator !== undefined && c.targetNumerator > c.targetDenominator!) {
      ctx.addIssue({ code: 'custom', message: 'the target share must not exceed one', path: ['targetNumerator'] });
    }
  });

export const forceProfileSchema = z.strictObject({
  id: slug,
  website: url.nullable().optional(),
  description: text.optional(),
  socialHandles: z.array(socialHandle).default([]),
  equalityObjectives: z.array(text).default([]),
  positiveActionFocus: uniqueList(z.enum(PositiveActionArea)),
  sources: sourceList,
  memberships: z.array(membershipSchema).default([]),
  schemes: z.array(schemeSchema).default([]),
  facilities: z.array(facilitySchema).default([]),
  groups: z.array(groupSchema).default([]),
  commitments: z.array(commitmentSchema).default([]),
});

const forceRowSchema = z.strictObject({ id: slug, name: text, region: text });

// ---------------------------------------------------------------------------
// Types

export type SourceRecord = z.output<typeof sourceSchema>;
export type NationalBodyRecord = z.output<typeof nationalBodySchema>;
export type GroupRecord = z.output<typeof groupSchema>;
type RawProfile = z.output<typeof forceProfileSchema>;
export type MembershipRecord = Omit<RawProfile['memberships'][number], 'id'> & { id: string };
export type CommitmentActionRecord = RawProfile['commitments'][number]['actions'][number] & { id: string };
export type CommitmentRecord = Omit<RawProfile['commitments'][number], 'actions'> & { actions: CommitmentActionRecord[] };
export type ForceProfile = Omit<RawProfile, 'memberships' | 'commitments'> & {
  memberships: MembershipRecord[];
  commitments: CommitmentRecord[];
};
export interface RegionRecord {
  id: string;
  name: string;
}
export interface ForceRecord {
  id: string;
  name: string;
  regionId: string;
}

export interface SeedData {
  sources: SourceRecord[];
  /** In the order they first appear in forces.tsv. */
  regions: RegionRecord[];
  /** Every force in forces.tsv, in its order. */
  forces: ForceRecord[];
  nationalBodies: NationalBodyRecord[];
  /** The forces with a profile file, by file name. */
  profiles: ForceProfile[];
}

// ---------------------------------------------------------------------------
// Reading

type Path = readonly PropertyKey[];

function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function readText(dir: string, file: string): string {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    throw new SeedDataError(file, '', `cannot read: ${(error as Error).message}`);
  }
}

function readYaml(dir: string, file: string): unknown {
  const source = readText(dir, file);
  try {
    return parseYaml(source, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new SeedDataError(file, '', `not valid YAML: ${(error as Error).message}`);
  }
}

function validate<T extends z.ZodType>(schema: T, value: unknown, file: string, basePath: Path = []): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    throw new SeedDataError(file, formatPath([...basePath, ...issue.path]), `${issue.message}${more}`);
  }
  return result.data;
}

function readForcesTsv(dir: string): { regions: RegionRecord[]; forces: ForceRecord[] } {
  const file = 'forces.tsv';
  const lines = readText(dir, file).split(/\r?\n/);
  const header = lines[0]?.split('\t');
  if (header?.join('\t') !== 'id\tname\tregion') {
    throw new SeedDataError(file, 'line 1', 'the header must be "id<TAB>name<TAB>region"');
  }
  const regions = new Map<string, RegionRecord>();
  const forces: ForceRecord[] = [];
  const ids = new Set<string>();
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 2}`;
    const cells = line.split('\t');
    if (cells.length !== 3) throw new SeedDataError(file, where, `expected 3 tab-separated cells, found ${cells.length}`);
    const row = validate(forceRowSchema, { id: cells[0], name: cells[1], region: cells[2] }, file, [where]);
    if (ids.has(row.id)) throw new SeedDataError(file, `${where}.id`, `duplicate force id "${row.id}"`);
    ids.add(row.id);
    const regionId = slugify(row.region);
    const region = regions.get(regionId);
    if (region && region.name !== row.region) {
      throw new SeedDataError(file, `${where}.region`, `"${row.region}" and "${region.name}" make the same region id "${regionId}"`);
    }
    if (!region) regions.set(regionId, { id: regionId, name: row.region });
    forces.push({ id: row.id, name: row.name, regionId });
  });
  return { regions: [...regions.values()], forces };
}

function checkUnique(ids: Map<string, string>, id: string, file: string, path: Path, what: string): void {
  const previous = ids.get(id);
  if (previous !== undefined) throw new SeedDataError(file, formatPath(path), `duplicate ${what} id "${id}" (also in ${previous})`);
  ids.set(id, file);
}

/**
 * Reads every seed file under `dir` (default `apps/api/seed/`), validates each and checks
 * the references between them: sources, national bodies, forces, unique ids.
 */
export function loadSeedData(dir: string = SEED_DIR): SeedData {
  try {
    return readSeedData(dir);
  } catch (error) {
    if (error instanceof SeedDataError && !error.dir) throw new SeedDataError(error.file, error.path, error.detail, dir);
    throw error;
  }
}

function readSeedData(dir: string): SeedData {
  const { regions, forces } = readForcesTsv(dir);
  const forceIds = new Set(forces.map((f) => f.id));

  const sources = validate(z.array(sourceSchema).min(1), readYaml(dir, 'sources.yaml'), 'sources.yaml');
  const sourceIds = new Map<string, string>();
  sources.forEach((s, i) => checkUnique(sourceIds, s.id, 'sources.yaml', [i, 'id'], 'source'));

  const checkSources = (list: readonly string[], file: string, path: Path) => {
    list.forEach((id, i) => {
      if (!sourceIds.has(id)) throw new SeedDataError(file, formatPath([...path, i]), `unknown source "${id}" (not in sources.yaml)`);
    });
  };

  const bodiesFile = 'national-bodies.yaml';
  const nationalBodies = validate(z.array(nationalBodySchema), readYaml(dir, bodiesFile), bodiesFile);
  const bodyIds = new Map<string, string>();
  const bodyNames = new Set<string>();
  nationalBodies.forEach((body, i) => {
    checkUnique(bodyIds, body.id, bodiesFile, [i, 'id'], 'national body');
    if (bodyNames.has(body.name)) throw new SeedDataError(bodiesFile, formatPath([i, 'name']), `duplicate name "${body.name}"`);
    bodyNames.add(body.name);
    checkSources(body.sources, bodiesFile, [i, 'sources']);
  });
  const checkBody = (id: string, file: string, path: Path) => {
    if (!bodyIds.has(id)) throw new SeedDataError(file, formatPath(path), `unknown national body "${id}" (not in ${bodiesFile})`);
  };

  const profileFiles = readdirSync(join(dir, 'forces'))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join('forces', name));
  const ids = {
    group: new Map<string, string>(),
    membership: new Map<string, string>(),
    scheme: new Map<string, string>(),
    facility: new Map<string, string>(),
    commitment: new Map<string, string>(),
  };
  const profileOf = new Map<string, string>();

  const profiles = profileFiles.map((file): ForceProfile => {
    const raw = validate(forceProfileSchema, readYaml(dir, file), file);
    const stem = basename(file).replace(/\.ya?ml$/, '');
    if (raw.id !== stem) throw new SeedDataError(file, 'id', `"${raw.id}" does not match the file name "${stem}"`);
    if (!forceIds.has(raw.id)) throw new SeedDataError(file, 'id', `unknown force "${raw.id}" (not in forces.tsv)`);
    checkUnique(profileOf, raw.id, file, ['id'], 'force profile');
    checkSources(raw.sources, file, ['sources']);
    const prefix = `${raw.id}-`;
    const owned = (kind: keyof typeof ids, id: string, path: Path) => {
      if (!id.startsWith(prefix)) throw new SeedDataError(file, formatPath(path), `"${id}" must start with "${prefix}"`);
      checkUnique(ids[kind], id, file, path, kind);
    };

    const memberships = raw.memberships.map((m, i) => {
      const id = m.id ?? `${prefix}${slugify(m.organisation)}`;
      owned('membership', id, ['memberships', i, 'id']);
      checkSources(m.sources, file, ['memberships', i, 'sources']);
      return { ...m, id };
    });
    raw.schemes.forEach((s, i) => {
      owned('scheme', s.id, ['schemes', i, 'id']);
      checkSources(s.sources, file, ['schemes', i, 'sources']);
    });
    raw.facilities.forEach((f, i) => {
      owned('facility', f.id, ['facilities', i, 'id']);
      checkSources(f.sources, file, ['facilities', i, 'sources']);
    });
    raw.groups.forEach((g, i) => {
      owned('group', g.id, ['groups', i, 'id']);
      checkSources(g.sources, file, ['groups', i, 'sources']);
      if (g.nationalBody) checkBody(g.nationalBody, file, ['groups', i, 'nationalBody']);
      const affiliated = new Set<string>();
      g.affiliations.forEach((a, j) => {
        const path = ['groups', i, 'affiliations', j, 'nationalBody'];
        checkBody(a.nationalBody, file, path);
        if (affiliated.has(a.nationalBody)) throw new SeedDataError(file, formatPath(path), `duplicate affiliation "${a.nationalBody}"`);
        affiliated.add(a.nationalBody);
      });
    });
    const commitments = raw.commitments.map((c, i) => {
      owned('commitment', c.id, ['commitments', i, 'id']);
      checkSources(c.sources, file, ['commitments', i, 'sources']);
      const width = String(c.actions.length).length < 2 ? 2 : String(c.actions.length).length;
      return { ...c, actions: c.actions.map((a, j) => ({ ...a, id: `${c.id}-${String(j + 1).padStart(width, '0')}` })) };
    });
    return { ...raw, memberships, commitments };
  });

  return { sources, regions, forces, nationalBodies, profiles };
}

