import type { EntityManager } from 'typeorm';
import { assertCanWriteForce, forceForWrite } from '../../auth/access.js';
import type { Context } from '../../graphql/context.js';
import { conflict, notFound } from '../../graphql/errors.js';
import { slugify } from '../../lib/slug.js';
import { normaliseHandles } from '../common/social-handles.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { CorporateMembership } from './force-detail.entity.js';
import type { ForceProfileInput } from './force-write.input.js';
import { Force } from './force.entity.js';

async function forceSnapshot(m: EntityManager, id: string) {
  const force = await m.findOneByOrFail(Force, { id });
  const memberships = await m.find(CorporateMembership, { where: { forceId: id }, order: { position: 'ASC' } });
  return { ...snapshot(force), memberships: memberships.map((x) => x.organisation) };
}

/** Keeps the memberships still named (and their sources), drops the rest, adds the new, in the order given. */
async function writeMemberships(m: EntityManager, forceId: string, organisations: string[]) {
  const existing = await m.findBy(CorporateMembership, { forceId });
  const byName = new Map(existing.map((x) => [x.organisation, x]));
  await m.delete(CorporateMembership, { forceId });
  if (!organisations.length) return;
  // Distinct names may slug alike ("Stonewall" and "Stonewall!", or two in a script slugify
  // drops): a new membership takes the first id no other membership of the list has.
  const ids = new Set(organisations.map((name) => byName.get(name.trim())?.id).filter((id): id is string => !!id));
  const freshId = (organisation: string) => {
    const base = `${forceId}-${slugify(organisation)}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  await m.insert(
    CorporateMembership,
    organisations.map((name, position) => {
      const organisation = name.trim();
      const kept = byName.get(organisation);
      return { id: kept?.id ?? freshId(organisation), forceId, organisation, position, sourceIds: kept?.sourceIds ?? [] };
    }),
  );
}

/** Edits the profile of the caller's force (a national admin names it), guarded by its version. */
export async function updateForceProfile(ctx: Context, version: number, input: ForceProfileInput, requestedForceId?: string | null): Promise<Force> {
  const forceId = forceForWrite(ctx.viewer, requestedForceId);
  const actor = assertCanWriteForce(ctx.viewer, forceId);
  return ctx.dataSource.transaction(async (m) => {
    const current = await m.findOne(Force, { where: { id: forceId }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw notFound('Force', forceId);
    if (current.version !== version) throw conflict('Force', forceId, current.version);
    const before = await forceSnapshot(m, forceId);
    const { memberships, socialHandles, ...scalars } = input;
    const set: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(scalars)) if (v !== undefined) set[k] = Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x.trim() : x)) : v;
    if (socialHandles) set.socialHandles = normaliseHandles(socialHandles);
    const result = await m
      .createQueryBuilder()
      .update(Force)
      .set({ ...set, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id: forceId, version })
      .execute();
    if (result.affected !== 1) throw conflict('Force', forceId, version + 1);
    if (memberships) await writeMemberships(m, forceId, memberships);
    const after = await forceSnapshot(m, forceId);
    await recordAudit(m, actor, ctx.requestId, { action: 'UPDATE', entityType: 'Force', entityId: forceId, forceId, before, after });
    return m.findOneByOrFail(Force, { id: forceId });
  });
}
