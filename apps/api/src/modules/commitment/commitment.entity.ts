import { Field, ID, Int } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import type { Force } from '../force/force.entity.js';

/**
 * A force-level goal: who made it and when, what it measures and the target share.
 * The target is kept as a fraction ("not less than one in four" is 1/4), so shares
 * are compared exactly and never typed in as percentages.
 */
@ObjectType({ description: 'A force-level equality goal with a measure, a target and recorded figures' })
@Entity({ name: 'commitment' })
@Index('commitment_force_id_idx', ['forceId'])
@Check('commitment_target_check', '"target_numerator" IS NULL OR ("target_denominator" > 0 AND "target_numerator" BETWEEN 0 AND "target_denominator")')
export class Commitment {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'force_id' })
  forceId!: string;

  @ManyToOne('Force', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'force_id' })
  force?: Relation<Force>;

  @Field(() => String)
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The goal in the words of whoever set it' })
  @Column({ type: 'text', nullable: true })
  statement!: string | null;

  @Field(() => String, { nullable: true, description: 'Who made the commitment, e.g. the Police and Crime Commissioner' })
  @Column({ type: 'text', nullable: true, name: 'made_by' })
  madeBy!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) it was made' })
  @Column({ type: 'date', nullable: true, name: 'made_on' })
  madeOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Where or how it was made' })
  @Column({ type: 'text', nullable: true, name: 'made_at' })
  madeAt!: string | null;

  @Field(() => String, { nullable: true, description: 'What is counted, e.g. new recruits to the police family' })
  @Column({ type: 'text', nullable: true })
  measure!: string | null;

  @Field(() => String, { nullable: true, description: 'The part of the whole the target is about' })
  @Column({ type: 'text', nullable: true, name: 'target_group' })
  targetGroup!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true, name: 'target_numerator' })
  targetNumerator!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true, name: 'target_denominator' })
  targetDenominator!: number | null;

  @Column({ type: 'text', array: true, name: 'source_ids', default: () => "'{}'" })
  sourceIds!: string[];

  @Field(() => Int)
  @VersionColumn({ type: 'int', default: 1 })
  version!: number;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

@ObjectType({ description: 'An action promised under a commitment, grouped by theme' })
@Entity({ name: 'commitment_action' })
@Index('commitment_action_commitment_id_idx', ['commitmentId'])
export class CommitmentAction {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'commitment_id' })
  commitmentId!: string;

  @ManyToOne('Commitment', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: Relation<Commitment>;

  @Field(() => String, { description: 'e.g. Police recruitment, Black community engagement' })
  @Column({ type: 'text' })
  theme!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'int', default: 0 })
  position!: number;
}

/** Recorded figures for one period; the share is computed from the counts, never typed in. */
@ObjectType({ description: 'Figures recorded for one period: the whole and the part from the target group' })
@Entity({ name: 'commitment_figure' })
@Index('commitment_figure_commitment_id_idx', ['commitmentId'])
@Check('commitment_figure_counts_check', '"total" >= 0 AND "part" >= 0 AND "part" <= "total"')
@Check('commitment_figure_period_check', '"period_start" <= "period_end"')
export class CommitmentFigure {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text', name: 'commitment_id' })
  commitmentId!: string;

  @ManyToOne('Commitment', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: Relation<Commitment>;

  @Field(() => String, { description: 'First day of the period, YYYY-MM-DD' })
  @Column({ type: 'date', name: 'period_start' })
  periodStart!: string;

  @Field(() => String, { description: 'Last day of the period (inclusive), YYYY-MM-DD' })
  @Column({ type: 'date', name: 'period_end' })
  periodEnd!: string;

  @Field(() => Int, { description: 'The whole, e.g. all new recruits in the period' })
  @Column({ type: 'int' })
  total!: number;

  @Field(() => Int, { description: 'Of the whole, how many are from the target group' })
  @Column({ type: 'int' })
  part!: number;

  @Field(() => String, { nullable: true, description: 'Where the figures come from' })
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Field(() => Int)
  @VersionColumn({ type: 'int', default: 1 })
  version!: number;
}
