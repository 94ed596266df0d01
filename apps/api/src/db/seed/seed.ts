/**
 * Loads the reviewed seed files (see seed-data.ts) into the database.
 *
 * Everything goes in one transaction, one multi-row `INSERT ... ON CONFLICT DO NOTHING`
 * per table, keyed on ids: a second run inserts nothing, and a row an admin has since
 * edited is never overwritten. Child rows without natural ids (former names, fees,
 * affiliations) are inserted only for the groups inserted by this run, so they are
 * never duplicated. Seeded groups are PUBLISHED. List order is kept in `position`.
 */
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Commitment, CommitmentAction } from '../../modules/commitment/commitment.entity.js';
import { GroupStatus } from '../../modules/common/enums.js';
import { CorporateMembership, ForceFacility, ForceScheme } from '../../modules/force/force-detail.entity.js';
import { Force } from '../../modules/force/force.entity.js';
import { Affiliation, FormerName, MembershipFee } from '../../modules/group/group-detail.entity.js';
import { Group } from '../../modules/group/group.entity.js';
import { NationalBody } from '../../modules/national-body/national-body.entity.js';
import { Region } from '../../modules/region/region.entity.js';
import { Source } from '../../modules/source/source.entity.js';
import { loadSeedData, type SeedData } from './seed-data.js';

/** The tables the seed writes, in insertion order. */
export const SEED_TABLES = [
  'source',
  'region',
  'force',
  'corporate_membership',
  'force_scheme',
  'force_facility',
  'national_body',
  'group',
  'group_former_name',
  'membership_fee',
  'group_affiliation',
  'commitment',
  'commitment_action',
] as const;

export type SeedTable = (typeof SEED_TABLES)[number];

/** Rows inserted per table by one run (0 everywhere on a re-run). */
export type SeedReport = Record<SeedTable, number>;

/** The total of a report's counts. */
export function seededRows(report: SeedReport): number {
  return Object.values(report).reduce((sum, n) => sum + n, 0);
}

/** True when no force has been loaded yet: the database has never been seeded. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.getRepository(Force).exists());
}

/**
 * One multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING <returning>.
 * Returns the rows actually inserted (conflicting rows are skipped and not returned).
 */
async function insertIgnore<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
  returning: (keyof T & string)[],
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(rows as never)
    .orIgnore()
    .returning(returning)
    .updateEntity(false)
    .execute();
  return (result.raw ?? []) as Record<string, unknown>[];
}

/**
 * Inserts the seed data (read from `apps/api/seed/` unless given) in one transaction.
 * Safe to run on every start: existing rows are left exactly as they are.
 */
export async function seed(dataSource: DataSource, data: SeedData = loadSeedData()): Promise<SeedReport> {
  const profiles = data.profiles;
  const groups = profiles.flatMap((p) => p.groups.map((g) => ({ forceId: p.id, group: g })));
  const profileById = new Map(profiles.map((p) => [p.id, p]));

  return dataSource.transaction(async (manager) => {
    const report = Object.fromEntries(SEED_TABLES.map((t) => [t, 0])) as SeedReport;
    const count = async <T extends ObjectLiteral>(
      table: SeedTable,
      entity: EntityTarget<T>,
      rows: Partial<T>[],
      returning: (keyof T & string)[],
    ) => {
      const inserted = await insertIgnore(manager, entity, rows, returning);
      report[table] = inserted.length;
      return inserted;
    };

    await count<Source>(
      'source',
      Source,
      data.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher ?? null, url: s.url ?? null })),
      ['id'],
    );

    await count<Region>('region', Region, data.regions.map((r) => ({ id: r.id, name: r.name })), ['id']);

    await count<Force>(
      'force',
      Force,
      data.forces.map((f) => {
        const p = profileById.get(f.id);
        return {
          id: f.id,
          name: f.name,
          regionId: f.regionId,
          website: p?.website ?? null,
          description: p?.description ?? null,
          socialHandles: p?.socialHandles ?? [],
          equalityObjectives: p?.equalityObjectives ?? [],
          positiveActionFocus: p?.positiveActionFocus ?? [],
          sourceIds: p?.sources ?? [],
        };
      }),
      ['id'],
    );

    await count<CorporateMembership>(
      'corporate_membership',
      CorporateMembership,
      profiles.flatMap((p) =>
        p.memberships.map((m, position) => ({
          id: m.id,
          forceId: p.id,
          organisation: m.organisation,
          position,
          sourceIds: m.sources,
        })),
      ),
      ['id'],
    );

    await count<ForceScheme>(
      'force_scheme',
      ForceScheme,
      profiles.flatMap((p) =>
        p.schemes.map((s, position) => ({
          id: s.id,
          forceId: p.id,
          name: s.name,
          since: s.since ?? null,
          description: s.description ?? null,
          position,
          sourceIds: s.sources,
        })),
      ),
      ['id'],
    );

    await count<ForceFacility>(
      'force_facility',
      ForceFacility,
      profiles.flatMap((p) =>
        p.facilities.map((f, position) => ({
          id: f.id,
          forceId: p.id,
          name: f.name,
          description: f.description ?? null,
          location: f.location ?? null,
          openedYear: f.openedYear ?? null,
          openedMonth: f.openedMonth ?? null,
          position,
          sourceIds: f.sources,
        })),
      ),
      ['id'],
    );

    await count<NationalBody>(
      'national_body',
      NationalBody,
      data.nationalBodies.map((b) => ({
        id: b.id,
        name: b.name,
        shortName: b.shortName ?? null,
        founded: b.founded ?? null,
        description: b.description ?? null,
        website: b.website ?? null,
        sourceIds: b.sources,
      })),
      ['id'],
    );

    const insertedGroups = await count<Group>(
      'group',
      Group,
      groups.map(({ forceId, group: g }) => ({
        id: g.id,
        forceId,
        kind: g.kind,
        name: g.name,
        alsoKnownAs: g.alsoKnownAs,
        description: g.description ?? null,
        aims: g.aims,
        established: g.established ?? null,
        establishedEvent: g.establishedEvent ?? null,
        characteristics: g.characteristics,
        topics: g.topics,
        eligibility: g.eligibility,
        eligibilityNote: g.eligibilityNote ?? null,
        ranks: g.ranks,
        nationalBodyId: g.nationalBody ?? null,
        meetingPattern: g.meetingPattern ?? null,
        socialHandles: g.socialHandles,
        website: g.website ?? null,
        status: GroupStatus.PUBLISHED,
        sourceIds: g.sources,
      })),
      ['id'],
    );

    // Children without natural ids: only for the groups this run created.
    const fresh = new Set(insertedGroups.map((row) => String(row.id)));
    const freshGroups = groups.filter(({ group }) => fresh.has(group.id)).map(({ group }) => group);

    await count<FormerName>(
      'group_former_name',
      FormerName,
      freshGroups.flatMap((g) =>
        g.formerNames.map((n, position) => ({ groupId: g.id, name: n.name, until: n.until ?? null, position })),
      ),
      ['id'],
    );

    await count<MembershipFee>(
      'membership_fee',
      MembershipFee,
      freshGroups.flatMap((g) =>
        g.fees.map((f) => ({
          groupId: g.id,
          amountPence: f.amountPence,
          period: f.period ?? null,
          appliesFrom: f.appliesFrom ?? null,
          note: f.note ?? null,
        })),
      ),
      ['id'],
    );

    await count<Affiliation>(
      'group_affiliation',
      Affiliation,
      freshGroups.flatMap((g) =>
        g.affiliations.map((a) => ({ groupId: g.id, nationalBodyId: a.nationalBody, relation: a.relation })),
      ),
      ['groupId', 'nationalBodyId'],
    );

    await count<Commitment>(
      'commitment',
      Commitment,
      profiles.flatMap((p) =>
        p.commitments.map((c) => ({
          id: c.id,
          forceId: p.id,
          title: c.title,
          statement: c.statement ?? null,
          madeBy: c.madeBy ?? null,
          madeOn: c.madeOn ?? null,
          madeAt: c.madeAt ?? null,
          measure: c.measure ?? null,
          targetGroup: c.targetGroup ?? null,
          targetNumerator: c.targetNumerator ?? null,
          targetDenominator: c.targetDenominator ?? null,
          sourceIds: c.sources,
        })),
      ),
      ['id'],
    );

    await count<CommitmentAction>(
      'commitment_action',
      CommitmentAction,
      profiles.flatMap((p) =>
        p.commitments.flatMap((c) =>
          c.actions.map((a, position) => ({ id: a.id, commitmentId: c.id, theme: a.theme, text: a.text, position })),
        ),
      ),
      ['id'],
    );

    return report;
  });
}
