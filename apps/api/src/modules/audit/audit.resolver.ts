import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { canReadHistoryOf, forbidden, requireUser } from '../../auth/access.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { Force } from '../force/force.entity.js';
import { Group } from '../group/group.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { diff, FieldChange } from './field-change.type.js';

const ENTITY_TYPES = ['Group', 'Force', 'User', 'Commitment', 'CommitmentFigure'];

/** Whether the viewer may read the history of a record of `forceId` (or of a user). */
async function mayReadHistory(ctx: Context, entityType: string, forceId: string | null): Promise<boolean> {
  const viewer = requireUser(ctx.viewer);
  if (entityType === 'User') return viewer.role === 'NATIONAL_ADMIN';
  const force = forceId ? await ctx.loaders.force.load(forceId) : null;
  return canReadHistoryOf(viewer, forceId, force?.regionId ?? null);
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => [AuditEvent], {
    description:
      'The change history of one record, newest first (at most 50). Signed-in users only: each reads the history of what their role reads.',
  })
  async history(
    @Ctx() ctx: Context,
    @Arg('entityType', () => String, { description: 'Group, Force, User, Commitment or CommitmentFigure' }) entityType: string,
    @Arg('entityId', () => ID) entityId: string,
  ): Promise<AuditEvent[]> {
    requireUser(ctx.viewer);
    if (!ENTITY_TYPES.includes(entityType)) throw badInput('entityType', `must be one of ${ENTITY_TYPES.join(', ')}`);
    const events = await ctx.loaders.history.load(`${entityType}:${entityId}`);
    const forceId = events.find((e) => e.forceId)?.forceId ?? (entityType === 'Force' ? entityId : null);
    if (!(await mayReadHistory(ctx, entityType, forceId))) throw forbidden('That history is outside what your role reads');
    return events;
  }

  @FieldResolver(() => [FieldChange], { description: 'The fields that changed, with their values before and after' })
  changes(@Root() event: AuditEvent): FieldChange[] {
    return diff(event.before, event.after);
  }
}

/** `Group.history` and `Force.history` for the portal's history views. */
@Resolver(() => Group)
export class GroupHistoryResolver {
  @FieldResolver(() => [AuditEvent], { description: 'Changes to this group, newest first (signed-in users in scope)' })
  async history(@Root() group: Group, @Ctx() ctx: Context): Promise<AuditEvent[]> {
    if (!(await mayReadHistory(ctx, 'Group', group.forceId))) throw forbidden('That history is outside what your role reads');
    return ctx.loaders.history.load(`Group:${group.id}`);
  }
}

@Resolver(() => Force)
export class ForceHistoryResolver {
  @FieldResolver(() => [AuditEvent], { description: "Changes to this force's profile, newest first (signed-in users in scope)" })
  async history(@Root() force: Force, @Ctx() ctx: Context): Promise<AuditEvent[]> {
    if (!(await mayReadHistory(ctx, 'Force', force.id))) throw forbidden('That history is outside what your role reads');
    return ctx.loaders.history.load(`Force:${force.id}`);
  }
}
