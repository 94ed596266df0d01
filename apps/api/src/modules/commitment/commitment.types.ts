import { Field, Float, Int } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import { Force } from '../force/force.entity.js';
import { Commitment } from './commitment.entity.js';

@ObjectType({ description: 'A target share, kept as a fraction: "not less than one in four" is 1/4' })
export class CommitmentTarget {
  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field(() => Float, { description: 'numerator / denominator, e.g. 0.25' })
  share!: number;

  @Field(() => String, { description: 'e.g. "1 in 4 (25%)"' })
  label!: string;
}

@ObjectType({ description: "One force's commitments and their progress; forces with none are listed too" })
export class ForceProgress {
  @Field(() => Force)
  force!: Force;

  @Field(() => [Commitment])
  commitments!: Commitment[];

  @Field(() => Boolean, { description: 'False when the force has no commitment with a target' })
  hasTarget!: boolean;
}

export function targetOf(c: Pick<Commitment, 'targetNumerator' | 'targetDenominator'>): CommitmentTarget | null {
  if (c.targetNumerator == null || !c.targetDenominator) return null;
  const share = c.targetNumerator / c.targetDenominator;
  const percent = Math.round(share * 1000) / 10;
  return { numerator: c.targetNumerator, denominator: c.targetDenominator, share, label: `${c.targetNumerator} in ${c.targetDenominator} (${percent}%)` };
}

/** The share of a period's figures, or null when the whole is 0. */
export function shareOf(f: { part: number; total: number }): number | null {
  return f.total === 0 ? null : f.part / f.total;
}

/** How many more of the target group the period needed to meet the target (0 when met). */
export function shortfallOf(f: { part: number; total: number }, t: CommitmentTarget): number {
  return Math.max(0, Math.ceil((f.total * t.numerator) / t.denominator) - f.part);
}
