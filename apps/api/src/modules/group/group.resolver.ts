import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { asksFor, fieldsOn } from '../../graphql/lookahead.js';
import type { Context } from '../../graphql/context.js';
import { Force } from '../force/force.entity.js';
import { NationalBody } from '../national-body/national-body.entity.js';
import { Source } from '../source/source.entity.js';
import { sourcesOf } from '../source/sources.js';
import { GroupConnection } from './group-connection.type.js';
import { Affiliation, FormerName, MembershipFee } from './group-detail.entity.js';
import { Group } from './group.entity.js';
import { GroupsArgs } from './group.input.js';
import { findGroups, findGroupWithCounterparts } from './group.service.js';

@Resolver(() => Group)
export class GroupResolver {
  @Query(() => GroupConnection, { description: 'Groups across forces: filtered, searched, sorted and paged' })
  groups(@Args(() => GroupsArgs) args: GroupsArgs, @Ctx() ctx: Context): Promise<GroupConnection> {
    return findGroups(ctx, args);
  }

  @Query(() => Group, { nullable: true })
  group(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Group | null> {
    // Asked with its counterparts: both in one statement.
    return asksFor(info, 'counterparts') ? findGroupWithCounterparts(ctx, id, fieldsOn(info, 'Group')) : ctx.loaders.group.load(id);
  }

  @FieldResolver(() => Force)
  force(@Root() group: Group, @Ctx() ctx: Context): Force | Promise<Force> {
    // Readers of groups set it where the force is not the key (entity-rows.ts): then no promise per group.
    return group.force ?? (ctx.loaders.force.load(group.forceId) as Promise<Force>);
  }

  @FieldResolver(() => [FormerName], { description: 'Names the group went by before, oldest first' })
  formerNames(@Root() group: Group, @Ctx() ctx: Context): Promise<FormerName[]> {
    return ctx.loaders.formerNames.load(group.id);
  }

  @FieldResolver(() => NationalBody, { nullable: true, description: 'The national body the group belongs to' })
  nationalBody(@Root() group: Group, @Ctx() ctx: Context): NationalBody | null | Promise<NationalBody | null> {
    // Readers of groups set it (entity-rows.ts): then no promise per group.
    if (group.nationalBody !== undefined) return group.nationalBody;
    return group.nationalBodyId ? ctx.loaders.nationalBody.load(group.nationalBodyId) : null;
  }

  @FieldResolver(() => [Affiliation], { description: 'Other national or regional bodies the group works with' })
  affiliations(@Root() group: Group, @Ctx() ctx: Context): Promise<Affiliation[]> {
    return ctx.loaders.affiliations.load(group.id);
  }

  @FieldResolver(() => [MembershipFee], { description: 'Membership fees, newest first' })
  fees(@Root() group: Group, @Ctx() ctx: Context): Promise<MembershipFee[]> {
    return ctx.loaders.fees.load(group.id);
  }

  @FieldResolver(() => [Group], {
    description: 'Groups of other forces with the same national body or serving a characteristic in common',
  })
  counterparts(@Root() group: Group, @Ctx() ctx: Context): Group[] | Promise<Group[]> {
    return group.counterparts ?? ctx.loaders.counterparts.load(group.id);
  }

  @FieldResolver(() => [Source], { description: 'The pages the facts about the group come from' })
  sources(@Root() group: Group, @Ctx() ctx: Context): Promise<Source[]> {
    return sourcesOf(ctx, group.sourceIds);
  }
}

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => NationalBody)
  async nationalBody(@Root() a: Affiliation, @Ctx() ctx: Context): Promise<NationalBody> {
    return (await ctx.loaders.nationalBody.load(a.nationalBodyId)) as NationalBody;
  }
}
