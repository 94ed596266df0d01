import { Field, ID, Int } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { checkIn, PositiveActionArea } from '../common/enums.js';
import { SocialHandle } from '../common/social-handle.type.js';
import type { Group } from '../group/group.entity.js';
import type { Region } from '../region/region.entity.js';

@ObjectType({ description: 'A territorial police force of England and Wales' })
@Entity({ name: 'force' })
@Check('force_positive_action_focus_check', checkIn('positive_action_focus', PositiveActionArea, true))
export class Force {
  @Field(() => ID, { description: "The force's data.police.uk id, e.g. leicestershire" })
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Index('force_region_id_idx')
  @Column({ type: 'text', name: 'region_id' })
  regionId!: string;

  @ManyToOne('Region', (region: Region) => region.forces, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region>;

  /** Set only by a read that applied the caller's scope to them (findForces); see ForceResolver.groups. */
  @OneToMany('Group', (group: Group) => group.force)
  groups?: Relation<Group>[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => [SocialHandle])
  @Column({ type: 'jsonb', name: 'social_handles', default: () => "'[]'" })
  socialHandles!: SocialHandle[];

  @Field(() => [String], { description: 'In the order the force sets them' })
  @Column({ type: 'text', array: true, name: 'equality_objectives', default: () => "'{}'" })
  equalityObjectives!: string[];

  @Field(() => [PositiveActionArea], { description: 'The aspects of positive action the force focuses on' })
  @Column({ type: 'text', array: true, name: 'positive_action_focus', default: () => "'{}'" })
  positiveActionFocus!: PositiveActionArea[];

  @Column({ type: 'text', array: true, name: 'source_ids', default: () => "'{}'" })
  sourceIds!: string[];

  @Field(() => Int, { description: 'Goes up by one with every saved change' })
  @VersionColumn({ type: 'int', default: 1 })
  version!: number;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
