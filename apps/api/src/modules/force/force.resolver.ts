import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { asksFor, fieldsOn } from '../../graphql/lookahead.js';
import type { Context } from '../../graphql/context.js';
import { Commitment } from '../commitment/commitment.entity.js';
import { Group } from '../group/group.entity.js';
import { Region } from '../region/region.entity.js';
import { Source } from '../source/source.entity.js';
import { sourcesOf, sourcesResolverFor } from '../source/sources.js';
import { CorporateMembership, ForceFacility, ForceScheme } from './force-detail.entity.js';
import { Force } from './force.entity.js';
import { ForceProfileInput } from './force-write.input.js';
import { updateForceProfile } from './force.mutations.js';
import { findForces } from './force.service.js';

@Resolver(() => Force)
export class ForceResolver {
  @Query(() => [Force], { description: 'All forces, those of one region, or those with the given ids; by name' })
  forces(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('regionId', () => ID, { nullable: true }) regionId?: string,
    @Arg('ids', () => [ID], { nullable: true }) ids?: string[],
  ): Promise<Force[]> {
    return findForces(ctx, regionId, ids, { forceFields: fieldsOn(info, 'Force'), groupFields: asksFor(info, 'groups') ? fieldsOn(info, 'Group') : undefined });
  }

  @Query(() => Force, { nullable: true, description: "A force by its data.police.uk id, e.g. leicestershire" })
  force(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Force | null> {
    return ctx.loaders.force.load(id);
  }

  @Mutation(() => Force, { description: "Edits the caller's force profile, objectives and memberships (a national admin names the force)" })
  updateForceProfile(
    @Arg('version', () => Int, { description: 'The version last read: a stale one gives CONFLICT and changes nothing' }) version: number,
    @Arg('input', () => ForceProfileInput) input: ForceProfileInput,
    @Ctx() ctx: Context,
    @Arg('forceId', () => ID, { nullable: true, description: 'National admins only' }) forceId?: string,
  ): Promise<Force> {
    return updateForceProfile(ctx, version, input, forceId);
  }

  @FieldResolver(() => Region)
  region(@Root() force: Force, @Ctx() ctx: Context): Region | Promise<Region> {
    // Readers of forces set it (entity-rows.ts): then no promise per force.
    return force.region ?? (ctx.loaders.region.load(force.regionId) as Promise<Region>);
  }

  @FieldResolver(() => [Group], { description: 'The groups of the force the caller may read, by name' })
  groups(@Root() force: Force, @Ctx() ctx: Context): Group[] | Promise<Group[]> {
    // findForces sets them when it read them with the forces: then no promise per force.
    return force.groups ?? ctx.loaders.groupsByForce.load(force.id);
  }

  @FieldResolver(() => [CorporateMembership], { description: 'Organisations promoting diversity the force is a corporate member of' })
  memberships(@Root() force: Force, @Ctx() ctx: Context): Promise<CorporateMembership[]> {
    return ctx.loaders.membershipsByForce.load(force.id);
  }

  @FieldResolver(() => [ForceScheme])
  schemes(@Root() force: Force, @Ctx() ctx: Context): Promise<ForceScheme[]> {
    return ctx.loaders.schemesByForce.load(force.id);
  }

  @FieldResolver(() => [ForceFacility])
  facilities(@Root() force: Force, @Ctx() ctx: Context): Promise<ForceFacility[]> {
    return ctx.loaders.facilitiesByForce.load(force.id);
  }

  @FieldResolver(() => [Commitment], { description: 'Equality commitments made for the force' })
  commitments(@Root() force: Force, @Ctx() ctx: Context): Promise<Commitment[]> {
    return ctx.loaders.commitmentsByForce.load(force.id);
  }

  @FieldResolver(() => [Source], { description: 'The pages the facts about the force come from' })
  sources(@Root() force: Force, @Ctx() ctx: Context): Promise<Source[]> {
    return sourcesOf(ctx, force.sourceIds);
  }
}

/** Sources of the smaller force-owned records. */
export const ForceSchemeResolver = sourcesResolverFor(ForceScheme);
export const ForceFacilityResolver = sourcesResolverFor(ForceFacility);
export const CorporateMembershipResolver = sourcesResolverFor(CorporateMembership);
