import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Force } from '../force/force.entity.js';
import { forcesFor } from '../force/force.service.js';
import { Source } from '../source/source.entity.js';
import { sourcesOf } from '../source/sources.js';
import { CommitmentFigureInput } from './commitment-figure.input.js';
import { Commitment, CommitmentAction, CommitmentFigure } from './commitment.entity.js';
import { correctFigure, recordFigure } from './commitment.mutations.js';
import { CommitmentTarget, ForceProgress, shareOf, shortfallOf, targetOf } from './commitment.types.js';

@Resolver(() => Commitment)
export class CommitmentResolver {
  @Query(() => [ForceProgress], {
    description: "Forces' progress against their commitments, side by side: a region, chosen forces (in the order given) or all; forces with no target included",
  })
  async commitmentProgress(
    @Ctx() ctx: Context,
    @Arg('regionId', () => ID, { nullable: true }) regionId?: string,
    @Arg('forceIds', () => [ID], { nullable: true }) forceIds?: string[],
  ): Promise<ForceProgress[]> {
    const forces = await forcesFor(ctx, regionId, forceIds);
    const lists = await Promise.all(forces.map((f) => ctx.loaders.commitmentsByForce.load(f.id)));
    return forces.map((force, i) => ({ force, commitments: lists[i], hasTarget: lists[i].some((c) => targetOf(c) !== null) }));
  }

  @Mutation(() => CommitmentFigure, {
    description: "Records a period's figures for a commitment of the caller's force: whole numbers, part not above total, no overlap with a recorded period",
  })
  recordCommitmentFigure(
    @Arg('commitmentId', () => ID) commitmentId: string,
    @Arg('input', () => CommitmentFigureInput) input: CommitmentFigureInput,
    @Ctx() ctx: Context,
  ): Promise<CommitmentFigure> {
    return recordFigure(ctx, commitmentId, input);
  }

  @Mutation(() => CommitmentFigure, { description: 'Corrects recorded figures; the history keeps what they were' })
  correctCommitmentFigure(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version last read: a stale one gives CONFLICT and changes nothing' }) version: number,
    @Arg('input', () => CommitmentFigureInput) input: CommitmentFigureInput,
    @Ctx() ctx: Context,
  ): Promise<CommitmentFigure> {
    return correctFigure(ctx, id, version, input);
  }

  @FieldResolver(() => CommitmentTarget, { nullable: true, description: 'The target share, if the commitment sets one' })
  target(@Root() c: Commitment): CommitmentTarget | null {
    return targetOf(c);
  }

  @FieldResolver(() => Force)
  async force(@Root() c: Commitment, @Ctx() ctx: Context): Promise<Force> {
    return (await ctx.loaders.force.load(c.forceId)) as Force;
  }

  @FieldResolver(() => [CommitmentAction], { description: 'The actions promised, in order' })
  actions(@Root() c: Commitment, @Ctx() ctx: Context): Promise<CommitmentAction[]> {
    return ctx.loaders.actionsByCommitment.load(c.id);
  }

  @FieldResolver(() => [CommitmentFigure], { description: 'Recorded figures, oldest period first' })
  figures(@Root() c: Commitment, @Ctx() ctx: Context): Promise<CommitmentFigure[]> {
    return ctx.loaders.figuresByCommitment.load(c.id);
  }

  @FieldResolver(() => CommitmentFigure, { nullable: true, description: 'The figures of the latest period recorded' })
  async latest(@Root() c: Commitment, @Ctx() ctx: Context): Promise<CommitmentFigure | null> {
    return (await ctx.loaders.figuresByCommitment.load(c.id)).at(-1) ?? null;
  }

  @FieldResolver(() => [Source])
  sources(@Root() c: Commitment, @Ctx() ctx: Context): Promise<Source[]> {
    return sourcesOf(ctx, c.sourceIds);
  }
}

@Resolver(() => CommitmentFigure)
export class CommitmentFigureResolver {
  @FieldResolver(() => Float, { nullable: true, description: 'part / total, computed (null when total is 0)' })
  share(@Root() f: CommitmentFigure): number | null {
    return shareOf(f);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'share minus the target share: below 0 is short of the target' })
  async gapToTarget(@Root() f: CommitmentFigure, @Ctx() ctx: Context): Promise<number | null> {
    const t = await this.targetFor(f, ctx);
    const share = shareOf(f);
    return t && share !== null ? share - t.share : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the period met the target (null without a target)' })
  async meetsTarget(@Root() f: CommitmentFigure, @Ctx() ctx: Context): Promise<boolean | null> {
    const t = await this.targetFor(f, ctx);
    return t ? shortfallOf(f, t) === 0 : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many more from the target group the period needed to meet the target' })
  async shortfall(@Root() f: CommitmentFigure, @Ctx() ctx: Context): Promise<number | null> {
    const t = await this.targetFor(f, ctx);
    return t ? shortfallOf(f, t) : null;
  }

  private async targetFor(f: CommitmentFigure, ctx: Context): Promise<CommitmentTarget | null> {
    const c = await ctx.loaders.commitment.load(f.commitmentId);
    return c ? targetOf(c) : null;
  }
}
