import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Source } from '../source/source.entity.js';
import { sourcesOf } from '../source/sources.js';
import { Commitment, CommitmentAction } from './commitment.entity.js';

@Resolver(() => Commitment)
export class CommitmentResolver {
  @FieldResolver(() => [CommitmentAction], { description: 'The actions promised, in order' })
  actions(@Root() c: Commitment, @Ctx() ctx: Context): Promise<CommitmentAction[]> {
    return ctx.loaders.actionsByCommitment.load(c.id);
  }

  @FieldResolver(() => [Source])
  sources(@Root() c: Commitment, @Ctx() ctx: Context): Promise<Source[]> {
    return sourcesOf(ctx, c.sourceIds);
  }
}
