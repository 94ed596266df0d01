import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { GroupInput } from './group-write.input.js';
import { Group } from './group.entity.js';
import { archiveGroup, createGroup, publishGroup, restoreGroup, updateGroup } from './group.mutations.js';

const VERSION = { description: 'The version last read: a stale one gives CONFLICT and changes nothing' };

@Resolver(() => Group)
export class GroupMutationResolver {
  @Mutation(() => Group, { description: "Adds a group as a DRAFT to the caller's force (a national admin names the force)" })
  createGroup(
    @Arg('input', () => GroupInput) input: GroupInput,
    @Ctx() ctx: Context,
    @Arg('forceId', () => ID, { nullable: true, description: 'National admins only; a force admin writes to their own force' })
    forceId?: string,
  ): Promise<Group> {
    return createGroup(ctx, input, forceId);
  }

  @Mutation(() => Group, { description: 'Changes a group; only the fields given change' })
  updateGroup(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('input', () => GroupInput) input: GroupInput,
    @Ctx() ctx: Context,
  ): Promise<Group> {
    return updateGroup(ctx, id, version, input);
  }

  @Mutation(() => Group, { description: 'Makes a draft visible to partners and the public' })
  publishGroup(@Arg('id', () => ID) id: string, @Arg('version', () => Int, VERSION) version: number, @Ctx() ctx: Context): Promise<Group> {
    return publishGroup(ctx, id, version);
  }

  @Mutation(() => Group, { description: 'Archives a group (a soft delete that restoreGroup undoes)' })
  archiveGroup(@Arg('id', () => ID) id: string, @Arg('version', () => Int, VERSION) version: number, @Ctx() ctx: Context): Promise<Group> {
    return archiveGroup(ctx, id, version);
  }

  @Mutation(() => Group, { description: 'Brings an archived group back with the status it had' })
  restoreGroup(@Arg('id', () => ID) id: string, @Arg('version', () => Int, VERSION) version: number, @Ctx() ctx: Context): Promise<Group> {
    return restoreGroup(ctx, id, version);
  }
}
