import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { assertCanWriteForce, forceForWrite } from '../../auth/access.js';
import type { Context } from '../../graphql/context.js';
import { badInput, conflict, ErrorCode, notFound } from '../../graphql/errors.js';
import { slugify } from '../../lib/slug.js';
import { normaliseHandles } from '../common/social-handles.js';
import { recordAudit, snapshot, type AuditAction } from '../audit/audit.service.js';
import { GroupStatus } from '../common/enums.js';
import { Force } from '../force/force.entity.js';
import { NationalBody } from '../national-body/national-body.entity.js';
import { Affiliation, FormerName, MembershipFee } from './group-detail.entity.js';
import { yearProblems, type GroupInput } from './group-write.input.js';
import { Group } from './group.entity.js';

type Scalars = Omit<GroupInput, 'formerNames' | 'fees' | 'affiliations'>;

/** The group with its former names, fees and affiliations, as the audit log keeps it. */
async function groupSnapshot(m: EntityManager, id: string): Promise<Record<string, unknown>> {
  const group = await m.findOneByOrFail(Group, { id });
  // One transaction is one connection: its statements run one after another.
  const formerNames = await m.find(FormerName, { where: { groupId: id }, order: { position: 'ASC' } });
  const fees = await m.find(MembershipFee, { where: { groupId: id }, order: { id: 'ASC' } });
  const affiliations = await m.find(Affiliation, { where: { groupId: id }, order: { nationalBodyId: 'ASC' } });
  return {
    ...snapshot(group),
    formerNames: formerNames.map((n) => ({ name: n.name, until: n.until })),
    fees: fees.map((f) => ({ amountPence: f.amountPence, period: f.period, appliesFrom: f.appliesFrom, note: f.note })),
    affiliations: affiliations.map((a) => ({ nationalBodyId: a.nationalBodyId, relation: a.relation })),
  };
}

function checkInput(input: GroupInput) {
  const [first] = yearProblems(input);
  if (first) throw badInput(first.field, first.reason);
}

async function checkReferences(m: EntityManager, input: GroupInput) {
  const seen = new Set<string>();
  input.affiliations?.forEach((a, i) => {
    if (seen.has(a.nationalBodyId)) throw badInput(`affiliations.${i}.nationalBodyId`, `names ${a.nationalBodyId} a second time`);
    seen.add(a.nationalBodyId);
  });
  // Every id given is checked, "" too (null alone means none): an unknown one is the caller's mistake, not a 500.
  const bodies = [input.nationalBodyId, ...(input.affiliations ?? []).map((a) => a.nationalBodyId)].filter((b): b is string => b != null);
  if (!bodies.length) return;
  const found = new Set((await m.findBy(NationalBody, bodies.map((id) => ({ id })))).map((b) => b.id));
  if (input.nationalBodyId != null && !found.has(input.nationalBodyId)) throw badInput('nationalBodyId', `no such national body: ${input.nationalBodyId}`);
  input.affiliations?.forEach((a, i) => {
    if (!found.has(a.nationalBodyId)) throw badInput(`affiliations.${i}.nationalBodyId`, `no such national body: ${a.nationalBodyId}`);
  });
}

/** Replaces the child lists the input gives; leaves the others alone. */
async function writeChildren(m: EntityManager, groupId: string, input: GroupInput) {
  if (input.formerNames) {
    await m.delete(FormerName, { groupId });
    if (input.formerNames.length)
      await m.insert(FormerName, input.formerNames.map((n, position) => ({ groupId, name: n.name.trim(), until: n.until ?? null, position })));
  }
  if (input.fees) {
    await m.delete(MembershipFee, { groupId });
    if (input.fees.length)
      await m.insert(
        MembershipFee,
        input.fees.map((f) => ({ groupId, amountPence: f.amountPence, period: f.period ?? null, appliesFrom: f.appliesFrom ?? null, note: f.note ?? null })),
      );
  }
  if (input.affiliations) {
    await m.delete(Affiliation, { groupId });
    if (input.affiliations.length)
      await m.insert(Affiliation, input.affiliations.map((a) => ({ groupId, nationalBodyId: a.nationalBodyId, relation: a.relation.trim() })));
  }
}

function scalarsOf(input: GroupInput): Partial<Group> {
  const { formerNames: _f, fees: _fees, affiliations: _a, ...scalars } = input as Scalars & Pick<GroupInput, 'formerNames' | 'fees' | 'affiliations'>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(scalars)) if (v !== undefined) out[k] = typeof v === 'string' ? v.trim() : v;
  if (input.socialHandles) out.socialHandles = normaliseHandles(input.socialHandles);
  return out as Partial<Group>;
}

async function uniqueId(m: EntityManager, forceId: string, name: string): Promise<string> {
  const base = `${forceId}-${slugify(name)}`.slice(0, 120);
  const taken = new Set(
    (await m.createQueryBuilder(Group, 'g').select('g.id', 'id').where('g.id = :base OR g.id LIKE :like', { base, like: `${base}-%` }).getRawMany()).map(
      (r: { id: string }) => r.id,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** New groups start as drafts, in the force the session allows (a national admin names it). */
export async function createGroup(ctx: Context, input: GroupInput, requestedForceId?: string | null): Promise<Group> {
  const forceId = forceForWrite(ctx.viewer, requestedForceId);
  const actor = assertCanWriteForce(ctx.viewer, forceId);
  if (!input.name) throw badInput('name', 'is required');
  if (!input.kind) throw badInput('kind', 'is required');
  checkInput(input);
  return ctx.dataSource.transaction(async (m) => {
    if (!(await m.existsBy(Force, { id: forceId }))) throw badInput('forceId', `no such force: ${forceId}`);
    await checkReferences(m, input);
    const id = await uniqueId(m, forceId, input.name as string);
    await m.insert(Group, { ...scalarsOf(input), id, forceId, status: GroupStatus.DRAFT, sourceIds: [] });
    await writeChildren(m, id, input);
    const after = await groupSnapshot(m, id);
    await recordAudit(m, actor, ctx.requestId, { action: 'CREATE', entityType: 'Group', entityId: id, forceId, before: null, after });
    return m.findOneByOrFail(Group, { id });
  });
}

/**
 * The one way a group changes: lock it, check the version the caller read, apply the change
 * with an update guarded by that version, write the audit event, all in one transaction.
 */
async function changeGroup(
  ctx: Context,
  id: string,
  version: number,
  action: AuditAction,
  change: (m: EntityManager, before: Group) => Promise<Partial<Group>>,
): Promise<Group> {
  return ctx.dataSource.transaction(async (m) => {
    const current = await m.findOne(Group, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw notFound('Group', id);
    const actor = assertCanWriteForce(ctx.viewer, current.forceId);
    if (current.version !== version) throw conflict('Group', id, current.version);
    const before = await groupSnapshot(m, id);
    const set = await change(m, current);
    const result = await m
      .createQueryBuilder()
      .update(Group)
      .set({ ...set, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw conflict('Group', id, version + 1);
    const after = await groupSnapshot(m, id);
    await recordAudit(m, actor, ctx.requestId, { action, entityType: 'Group', entityId: id, forceId: current.forceId, before, after });
    return m.findOneByOrFail(Group, { id });
  });
}

export function updateGroup(ctx: Context, id: string, version: number, input: GroupInput): Promise<Group> {
  checkInput(input);
  return changeGroup(ctx, id, version, 'UPDATE', async (m, before) => {
    if (before.status === GroupStatus.ARCHIVED) throw invalidState('An archived group is restored before it is edited');
    await checkReferences(m, input);
    await writeChildren(m, id, input);
    return scalarsOf(input);
  });
}

function invalidState(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'status', reason: message } });
}

export function publishGroup(ctx: Context, id: string, version: number): Promise<Group> {
  return changeGroup(ctx, id, version, 'PUBLISH', async (_m, before) => {
    if (before.status !== GroupStatus.DRAFT) throw invalidState(`Only a draft is published; this group is ${before.status}`);
    return { status: GroupStatus.PUBLISHED };
  });
}

/** A soft delete: the group leaves every list but stays, with its history, until restored. */
export function archiveGroup(ctx: Context, id: string, version: number): Promise<Group> {
  return changeGroup(ctx, id, version, 'ARCHIVE', async (_m, before) => {
    if (before.status === GroupStatus.ARCHIVED) throw invalidState('This group is already archived');
    return { status: GroupStatus.ARCHIVED, statusBeforeArchive: before.status };
  });
}

export function restoreGroup(ctx: Context, id: string, version: number): Promise<Group> {
  return changeGroup(ctx, id, version, 'RESTORE', async (_m, before) => {
    if (before.status !== GroupStatus.ARCHIVED) throw invalidState('Only an archived group is restored');
    return { status: before.statusBeforeArchive ?? GroupStatus.DRAFT, statusBeforeArchive: null };
  });
}
