import 'reflect-metadata';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Commitment, CommitmentAction } from '../../modules/commitment/commitment.entity.js';
import {
  Eligibility,
  EstablishmentEvent,
  FeePeriod,
  GroupKind,
  GroupStatus,
  PositiveActionArea,
  ProtectedCharacteristic,
} from '../../modules/common/enums.js';
import { CorporateMembership, ForceFacility, ForceScheme } from '../../modules/force/force-detail.entity.js';
import { Force } from '../../modules/force/force.entity.js';
import { Affiliation, FormerName, MembershipFee } from '../../modules/group/group-detail.entity.js';
import { Group } from '../../modules/group/group.entity.js';
import { NationalBody } from '../../modules/national-body/national-body.entity.js';
import { Region } from '../../modules/region/region.entity.js';
import { Source } from '../../modules/source/source.entity.js';
import { openDatabase, type Database } from '../data-source.js';
import { countStatements } from '../sql-stats.js';
import { loadSeedData, SEED_DIR, SeedDataError } from './seed-data.js';
import { isEmpty, seed, seededRows, SEED_TABLES, type SeedReport, type SeedTable } from './seed.js';

let db: Database;
let ds: DataSource;
let first: SeedReport;
let wasEmpty: boolean;
let firstStatements: number;

async function rowCounts(): Promise<Record<SeedTable, number>> {
  const counts = {} as Record<SeedTable, number>;
  for (const table of SEED_TABLES) {
    const [row] = (await ds.query(`SELECT count(*)::int AS n FROM "${table}"`)) as { n: number }[];
    counts[table] = row!.n;
  }
  return counts;
}

beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://', poolMax: 1 });
  ds = db.dataSource;
  await ds.runMigrations();
  wasEmpty = await isEmpty(ds);
  ({ result: first, statements: firstStatements } = await countStatements(() => seed(ds)));
});

afterAll(async () => {
  await db?.close();
});

describe('seed files', () => {
  it('read and validate from apps/api/seed', () => {
    const data = loadSeedData();
    expect(data.forces).toHaveLength(43);
    expect(data.profiles.map((p) => p.id)).toEqual(['leicestershire', 'wiltshire']);
  });

  it('fail with the file and the path of a bad value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-seed-'));
    try {
      cpSync(SEED_DIR, dir, { recursive: true });
      const file = join(dir, 'forces', 'wiltshire.yaml');
      const original = loadSeedData(dir);
      expect(original.profiles).toHaveLength(2);
      const yaml = (text: string) => writeFileSync(file, text);
      yaml('id: wiltshire\nsources: [003_a9fd0335ea620995]\ngroups:\n  - { id: wiltshire-x, kind: CLUB, name: X, sources: [003_a9fd0335ea620995] }\n');
      expect(() => loadSeedData(dir)).toThrow(SeedDataError);
      expect(() => loadSeedData(dir)).toThrow(/forces\/wiltshire\.yaml: groups\[0\]\.kind: /);
      yaml('id: wiltshire\nsources: [003_a9fd0335ea620995]\ngroups:\n  - { id: wiltshire-x, kind: SUPPORT_GROUP, name: X, sources: [999_0000000000000000] }\n');
      expect(() => loadSeedData(dir)).toThrow(/forces\/wiltshire\.yaml: groups\[0\]\.sources\[0\]: unknown source/);
      yaml('id: wiltshire\nsources: [003_a9fd0335ea620995]\ngroups:\n  - { id: leicestershire-x, kind: SUPPORT_GROUP, name: X, sources: [003_a9fd0335ea620995] }\n');
      expect(() => loadSeedData(dir)).toThrow(/groups\[0\]\.id: "leicestershire-x" must start with "wiltshire-"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('seed', () => {
  it('starts from an empty database and reports what it inserted', async () => {
    expect(wasEmpty).toBe(true);
    expect(await isEmpty(ds)).toBe(false);
    expect(first).toEqual({
      source: 5,
      region: 10,
      force: 43,
      corporate_membership: 6,
      force_scheme: 1,
      force_facility: 1,
      national_body: 7,
      group: 20,
      group_former_name: 1,
      membership_fee: 2,
      group_affiliation: 3,
      commitment: 1,
      commitment_action: 17,
    });
    expect(await rowCounts()).toEqual(first);
  });

  it('runs one batched INSERT per table inside one transaction', () => {
    // 13 multi-row INSERTs, plus the transaction's BEGIN and COMMIT.
    expect(firstStatements).toBe(SEED_TABLES.length + 2);
  });

  it('loads the 43 forces in 10 regions', async () => {
    const regions = await ds.getRepository(Region).find({ order: { id: 'ASC' } });
    expect(regions.map((r) => r.id)).toEqual([
      'east-midlands',
      'east-of-england',
      'london',
      'north-east',
      'north-west',
      'south-east',
      'south-west',
      'wales',
      'west-midlands',
      'yorkshire-and-the-humber',
    ]);
    expect(regions.find((r) => r.id === 'yorkshire-and-the-humber')?.name).toBe('Yorkshire and the Humber');
    const forces = await ds.getRepository(Force).find();
    expect(forces).toHaveLength(43);
    const byId = new Map(forces.map((f) => [f.id, f]));
    expect(byId.get('leicestershire')).toMatchObject({ name: 'Leicestershire Police', regionId: 'east-midlands' });
    expect(byId.get('wiltshire')).toMatchObject({ name: 'Wiltshire Police', regionId: 'south-west' });
    expect(byId.get('metropolitan')?.regionId).toBe('london');
    expect(byId.get('dyfed-powys')?.regionId).toBe('wales');
  });

  it('gives Leicestershire 9 groups and Wiltshire 11, all published, and no other force any', async () => {
    const groups = await ds.getRepository(Group).find();
    const perForce = new Map<string, number>();
    for (const g of groups) perForce.set(g.forceId, (perForce.get(g.forceId) ?? 0) + 1);
    expect(Object.fromEntries(perForce)).toEqual({ leicestershire: 9, wiltshire: 11 });
    expect(groups.every((g) => g.status === GroupStatus.PUBLISHED && g.version === 1)).toBe(true);
    expect(groups.every((g) => g.id.startsWith(`${g.forceId}-`))).toBe(true);
  });

  it("records Leicestershire's four equality objectives in order, its focus, memberships, scheme and facility", async () => {
    const force = await ds.getRepository(Force).findOneByOrFail({ id: 'leicestershire' });
    expect(force.equalityObjectives).toEqual([
      'To increase the confidence of members of the community in Leicester, Leicestershire and Rutland to report hate crimes and incidents.',
      'To reduce the current black/white disproportionality rate of those subjected to stop and search activity within the policing area.',
      'To continue to work towards a representative workforce which is reflective of the local community',
      'To ensure that our staff engage and communicate with members of the community in an accessible and inclusive way.',
    ]);
    expect(force.positiveActionFocus).toEqual([
      PositiveActionArea.RECRUITMENT,
      PositiveActionArea.RETENTION,
      PositiveActionArea.PROGRESSION,
      PositiveActionArea.COMMUNITY_ENGAGEMENT,
    ]);
    expect(force.socialHandles).toEqual([{ platform: 'X', handle: '@policediversity' }]);
    expect(force.website).toBeNull();

    const memberships = await ds.getRepository(CorporateMembership).find({ where: { forceId: 'leicestershire' }, order: { position: 'ASC' } });
    expect(memberships.map((m) => m.organisation)).toEqual([
      'Race for Opportunity',
      'Opportunity Now',
      'Public Sector Diversity Network',
      "Employer's Forum on Age",
      'Stonewall',
      'British Association of Women Police',
    ]);
    const scheme = await ds.getRepository(ForceScheme).findOneByOrFail({ forceId: 'leicestershire' });
    expect(scheme).toMatchObject({ name: 'Equality Supporters Scheme', since: 1991 });
    const room = await ds.getRepository(ForceFacility).findOneByOrFail({ forceId: 'leicestershire' });
    expect(room).toMatchObject({ openedYear: 2005, openedMonth: 6, location: 'Leicestershire Police Headquarters' });
  });

  it('matches page 001 names to page 000 groups and keeps the BPA aims in order', async () => {
    const repo = ds.getRepository(Group);
    const bpa = await repo.findOneByOrFail({ id: 'leicestershire-black-police-association' });
    expect(bpa).toMatchObject({
      alsoKnownAs: ['Black Support Network'],
      established: 1994,
      establishedEvent: EstablishmentEvent.RECOGNISED,
      characteristics: [ProtectedCharacteristic.RACE],
    });
    expect(bpa.aims).toHaveLength(5);
    expect(bpa.aims[0]).toBe('to provide a support network for members');
    expect(bpa.aims[4]).toBe('to support the Force to keep communities safe from harm');
    expect(bpa.sourceIds).toEqual(['000_8bab5c8eecbe0abc', '001_ca8d40075f79630c']);

    const lgbt = await repo.findOneByOrFail({ id: 'leicestershire-lgbt-network' });
    expect(lgbt.characteristics).toEqual([ProtectedCharacteristic.SEXUAL_ORIENTATION, ProtectedCharacteristic.GENDER_REASSIGNMENT]);
    expect(lgbt.eligibility).toContain(Eligibility.ASSOCIATE_MEMBERS);
    expect(lgbt.eligibilityNote).toMatch(/Diversity Advocates/);
    expect(lgbt.socialHandles).toEqual([{ platform: 'X', handle: '@LeicsPoliceLGBT' }]);

    const win = await repo.findOneByOrFail({ id: 'leicestershire-womens-inclusive-network' });
    expect(win.characteristics).toEqual([ProtectedCharacteristic.SEX, ProtectedCharacteristic.PREGNANCY_AND_MATERNITY]);
    expect(win.eligibility).toEqual([Eligibility.POLICE_OFFICERS, Eligibility.SPECIAL_CONSTABLES, Eligibility.POLICE_STAFF]);

    const cpaFee = await ds.getRepository(MembershipFee).findOneByOrFail({ groupId: 'leicestershire-christian-police-association' });
    expect(cpaFee).toMatchObject({ amountPence: 0, period: null });

    const onlyOn001 = await repo.find({ where: [{ id: 'leicestershire-disability-support-network' }, { id: 'leicestershire-sikh-police-association' }] });
    expect(onlyOn001.map((g) => g.sourceIds)).toEqual([['001_ca8d40075f79630c'], ['001_ca8d40075f79630c']]);
  });

  it('records the Wiltshire Federation fee as 2358 pence a month from 1 September 2020, with its ranks and aims', async () => {
    const fed = await ds.getRepository(Group).findOneByOrFail({ id: 'wiltshire-police-federation' });
    expect(fed.kind).toBe(GroupKind.STAFF_ASSOCIATION);
    expect(fed.nationalBodyId).toBe('police-federation-of-england-and-wales');
    expect(fed.ranks).toEqual(['Constable', 'Sergeant', 'Inspector', 'Chief Inspector']);
    expect(fed.website).toBe('https://www.polfed.org/wiltshire/');
    expect(fed.aims.map((a) => a.split(':')[0])).toEqual(['Represent and Support', 'Influence', 'Negotiation']);
    const fees = await ds.getRepository(MembershipFee).findBy({ groupId: 'wiltshire-police-federation' });
    expect(fees).toHaveLength(1);
    expect(fees[0]).toMatchObject({ amountPence: 2358, period: FeePeriod.MONTH, appliesFrom: '2020-09-01' });
  });

  it("records WEPA's former name and year, and the Wiltshire groups' links", async () => {
    const wepa = await ds.getRepository(Group).findOneByOrFail({ id: 'wiltshire-ethnic-police-association' });
    expect(wepa).toMatchObject({ established: 1999, establishedEvent: EstablishmentEvent.ESTABLISHED });
    const former = await ds.getRepository(FormerName).findBy({ groupId: wepa.id });
    expect(former.map((f) => ({ name: f.name, until: f.until }))).toEqual([{ name: 'Black Police Association', until: 2020 }]);

    const affiliations = await ds.getRepository(Affiliation).find({ order: { groupId: 'ASC', nationalBodyId: 'ASC' } });
    expect(affiliations.map((a) => [a.groupId, a.nationalBodyId, a.relation])).toEqual([
      ['wiltshire-disability-staff-support-network', 'disabled-police-association', 'links with'],
      ['wiltshire-disability-staff-support-network', 'national-police-autism-association', 'links with'],
      ['wiltshire-ethnic-police-association', 'south-west-regional-bpa', 'meets regularly with'],
    ]);

    const cpa = await ds.getRepository(Group).findOneByOrFail({ id: 'wiltshire-christian-police-association' });
    expect(cpa).toMatchObject({ established: 2012, establishedEvent: EstablishmentEvent.REFORMED, nationalBodyId: 'christian-police-association' });
    const peer = await ds.getRepository(Group).findOneByOrFail({ id: 'wiltshire-peer-support' });
    expect(peer).toMatchObject({ kind: GroupKind.PEER_SUPPORT, established: 2020, characteristics: [] });
    const menopause = await ds.getRepository(Group).findOneByOrFail({ id: 'wiltshire-menopause-support-group' });
    expect(menopause).toMatchObject({ kind: GroupKind.SUPPORT_GROUP, characteristics: [ProtectedCharacteristic.SEX], topics: ['menopause'] });
    const cancer = await ds.getRepository(Group).findOneByOrFail({ id: 'wiltshire-cancer-matters' });
    expect(cancer).toMatchObject({ characteristics: [], topics: ['cancer'] });
    const unison = await ds.getRepository(Group).findOneByOrFail({ id: 'wiltshire-unison' });
    expect(unison).toMatchObject({ kind: GroupKind.TRADE_UNION, website: 'https://branches.unison.org.uk/branch/wiltshire-police-and-justice/' });
  });

  it('records the national bodies the pages name, the CPA founded in 1883', async () => {
    const bodies = await ds.getRepository(NationalBody).find({ order: { id: 'ASC' } });
    expect(bodies.map((b) => b.id)).toEqual([
      'christian-police-association',
      'disabled-police-association',
      'national-association-of-muslim-police',
      'national-police-autism-association',
      'police-federation-of-england-and-wales',
      'south-west-regional-bpa',
      'unison',
    ]);
    const byId = new Map(bodies.map((b) => [b.id, b]));
    expect(byId.get('christian-police-association')).toMatchObject({ name: 'Christian Police Association', founded: 1883 });
    expect(byId.get('police-federation-of-england-and-wales')).toMatchObject({ shortName: 'PFEW', website: null });
    expect(byId.get('police-federation-of-england-and-wales')?.description).toMatch(/more than 130,000 rank and file officers over 43 branches/);
  });

  it("records the PCC's commitment: one in four, with every action under its theme in order", async () => {
    const c = await ds.getRepository(Commitment).findOneByOrFail({ id: 'leicestershire-not-less-than-one-in-four' });
    expect(c).toMatchObject({
      forceId: 'leicestershire',
      madeOn: '2020-10-30',
      madeBy: 'Police and Crime Commissioner for Leicestershire',
      targetNumerator: 1,
      targetDenominator: 4,
      sourceIds: ['004_64cd1db4177469fc'],
    });
    expect(c.statement).toMatch(/^I want a step change .* not less than one in four of the new recruits/);
    const actions = await ds.getRepository(CommitmentAction).find({ where: { commitmentId: c.id }, order: { position: 'ASC' } });
    expect(actions).toHaveLength(17);
    expect(actions[0]).toMatchObject({ theme: 'Our commitment', text: 'Paid black graduate intern positions within the Police and the OPCC', position: 0 });
    expect([...new Set(actions.map((a) => a.theme))]).toEqual([
      'Our commitment',
      'Police recruitment',
      'Black community engagement',
      'Black community action',
      'Partner & stakeholder influence',
    ]);
    expect(actions.at(-1)?.text).toBe('We expect to see a diversity progress report on the agenda at all meetings which the OPCC attends');
  });

  it('has every group, force detail, commitment and national body name at least one existing source', async () => {
    const sourceIds = new Set((await ds.getRepository(Source).find()).map((s) => s.id));
    expect(sourceIds.size).toBe(5);
    const cited: { what: string; sourceIds: string[] }[] = [
      ...(await ds.getRepository(Group).find()).map((r) => ({ what: r.id, sourceIds: r.sourceIds })),
      ...(await ds.getRepository(NationalBody).find()).map((r) => ({ what: r.id, sourceIds: r.sourceIds })),
      ...(await ds.getRepository(CorporateMembership).find()).map((r) => ({ what: r.id, sourceIds: r.sourceIds })),
      ...(await ds.getRepository(ForceScheme).find()).map((r) => ({ what: r.id, sourceIds: r.sourceIds })),
      ...(await ds.getRepository(ForceFacility).find()).map((r) => ({ what: r.id, sourceIds: r.sourceIds })),
      ...(await ds.getRepository(Commitment).find()).map((r) => ({ what: r.id, sourceIds: r.sourceIds })),
      ...(await ds.getRepository(Force).findBy([{ id: 'leicestershire' }, { id: 'wiltshire' }])).map((r) => ({ what: r.id, sourceIds: r.sourceIds })),
    ];
    expect(cited.length).toBe(20 + 7 + 6 + 1 + 1 + 1 + 2);
    for (const { what, sourceIds: ids } of cited) {
      expect(ids.length, what).toBeGreaterThan(0);
      for (const id of ids) expect(sourceIds.has(id), `${what} cites ${id}`).toBe(true);
    }
  });

  it('inserts nothing on a second run and changes no row', async () => {
    const before = await rowCounts();
    const second = await seed(ds);
    expect(seededRows(second)).toBe(0);
    expect(second).toEqual(Object.fromEntries(SEED_TABLES.map((t) => [t, 0])));
    expect(await rowCounts()).toEqual(before);
  });

  it("never overwrites an admin's later edit", async () => {
    await ds.query(`UPDATE "group" SET "name" = 'Renamed by an admin', "version" = "version" + 1 WHERE "id" = 'wiltshire-connect'`);
    await ds.query(`DELETE FROM "membership_fee" WHERE "group_id" = 'wiltshire-police-federation'`);
    const report = await seed(ds);
    expect(seededRows(report)).toBe(0);
    const connect = await ds.getRepository(Group).findOneByOrFail({ id: 'wiltshire-connect' });
    expect(connect).toMatchObject({ name: 'Renamed by an admin', version: 2 });
    expect(await ds.getRepository(MembershipFee).countBy({ groupId: 'wiltshire-police-federation' })).toBe(0);
  });
});
