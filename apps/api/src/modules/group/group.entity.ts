import { Field, ID, Int } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import {
  checkIn,
  Eligibility,
  EstablishmentEvent,
  GroupKind,
  GroupStatus,
  ProtectedCharacteristic,
} from '../common/enums.js';
import { SocialHandle } from '../common/social-handle.type.js';
import type { Force } from '../force/force.entity.js';
import type { NationalBody } from '../national-body/national-body.entity.js';

@ObjectType({ description: 'One network, association, union, support group or peer support scheme of one force' })
@Entity({ name: 'group' })
@Check('group_kind_check', checkIn('kind', GroupKind))
@Check('group_status_check', checkIn('status', GroupStatus))
@Check('group_established_event_check', `"established_event" IS NULL OR ${checkIn('established_event', EstablishmentEvent)}`)
@Check('group_characteristics_check', checkIn('characteristics', ProtectedCharacteristic, true))
@Check('group_eligibility_check', checkIn('eligibility', Eligibility, true))
@Check('group_established_range_check', '"established" IS NULL OR "established" BETWEEN 1800 AND 2200')
// GIN serves `characteristics && $1` (groups serving any of the given characteristics).
@Index('group_characteristics_gin_idx', ['characteristics'], { type: 'gin' })
export class Group {
  @Field(() => ID, { description: 'A stable slug, e.g. wiltshire-christian-police-association' })
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Index('group_force_id_idx')
  @Column({ type: 'text', name: 'force_id' })
  forceId!: string;

  @ManyToOne('Force', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'force_id' })
  force?: Relation<Force>;

  @Field(() => GroupKind)
  @Index('group_kind_idx')
  @Column({ type: 'text' })
  kind!: GroupKind;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => [String], { description: 'Other names the same group goes by on the sources, at the same time' })
  @Column({ type: 'text', array: true, name: 'also_known_as', default: () => "'{}'" })
  alsoKnownAs!: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => [String], { description: 'In the order the group sets them' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aims!: string[];

  @Field(() => Int, { nullable: true, description: 'The year the group was established, recognised or reformed (see establishedEvent)' })
  @Column({ type: 'int', nullable: true })
  established!: number | null;

  @Field(() => EstablishmentEvent, { nullable: true })
  @Column({ type: 'text', nullable: true, name: 'established_event' })
  establishedEvent!: EstablishmentEvent | null;

  @Field(() => [ProtectedCharacteristic])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  characteristics!: ProtectedCharacteristic[];

  @Field(() => [String], { description: 'Free topics beyond the protected characteristics, e.g. cancer, menopause' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  @Field(() => [Eligibility], { description: 'Who may join' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eligibility!: Eligibility[];

  @Field(() => String, { nullable: true, description: 'More on who may join, e.g. the Diversity Advocates programme for allies' })
  @Column({ type: 'text', nullable: true, name: 'eligibility_note' })
  eligibilityNote!: string | null;

  @Field(() => [String], { description: 'The ranks the group represents, lowest first' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  ranks!: string[];

  @Index('group_national_body_id_idx')
  @Column({ type: 'text', nullable: true, name: 'national_body_id' })
  nationalBodyId!: string | null;

  @ManyToOne('NationalBody', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'national_body_id' })
  nationalBody?: Relation<NationalBody> | null;

  /** Not a column: set only by a read that applied the caller's scope to them (findGroupWithCounterparts); see GroupResolver.counterparts. */
  counterparts?: Group[];

  @Field(() => String, { nullable: true, description: 'How often and where the group meets' })
  @Column({ type: 'text', nullable: true, name: 'meeting_pattern' })
  meetingPattern!: string | null;

  @Field(() => [SocialHandle])
  @Column({ type: 'jsonb', name: 'social_handles', default: () => "'[]'" })
  socialHandles!: SocialHandle[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Field(() => GroupStatus)
  @Index('group_status_idx')
  @Column({ type: 'text', default: GroupStatus.DRAFT })
  status!: GroupStatus;

  @Column({ type: 'text', array: true, name: 'source_ids', default: () => "'{}'" })
  sourceIds!: string[];

  /** What an archived group returns to when restored. */
  @Column({ type: 'text', nullable: true, name: 'status_before_archive' })
  statusBeforeArchive!: GroupStatus | null;

  @Field(() => Int, { description: 'Goes up by one with every saved change; send it back to save' })
  @VersionColumn({ type: 'int', default: 1 })
  version!: number;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
