import { Field, ID, Int } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Force } from './force.entity.js';

/** Columns every force-owned detail row shares (not a type of its own: nothing returns it). */
@ObjectType()
abstract class ForceOwned {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', name: 'force_id' })
  forceId!: string;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ type: 'text', array: true, name: 'source_ids', default: () => "'{}'" })
  sourceIds!: string[];
}

@ObjectType({ description: 'An organisation promoting diversity of which the force is a corporate member' })
@Entity({ name: 'corporate_membership' })
@Index('corporate_membership_force_id_idx', ['forceId'])
export class CorporateMembership extends ForceOwned {
  @Field(() => String)
  @Column({ type: 'text' })
  organisation!: string;

  @ManyToOne('Force', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'force_id' })
  force?: Relation<Force>;
}

@ObjectType({ description: 'A force-wide scheme, e.g. the Equality Supporters Scheme' })
@Entity({ name: 'force_scheme' })
@Index('force_scheme_force_id_idx', ['forceId'])
export class ForceScheme extends ForceOwned {
  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'The year the scheme started' })
  @Column({ type: 'int', nullable: true })
  since!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @ManyToOne('Force', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'force_id' })
  force?: Relation<Force>;
}

@ObjectType({ description: 'A facility for staff, e.g. a multi-faith room' })
@Entity({ name: 'force_facility' })
@Index('force_facility_force_id_idx', ['forceId'])
export class ForceFacility extends ForceOwned {
  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true, name: 'opened_year' })
  openedYear!: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 12, when the source gives the month' })
  @Column({ type: 'int', nullable: true, name: 'opened_month' })
  openedMonth!: number | null;

  @ManyToOne('Force', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'force_id' })
  force?: Relation<Force>;
}
