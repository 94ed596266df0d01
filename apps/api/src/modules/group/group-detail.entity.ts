import { Field, Int } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { checkIn, FeePeriod } from '../common/enums.js';
import type { Group } from './group.entity.js';
import type { NationalBody } from '../national-body/national-body.entity.js';

@ObjectType({ description: 'A name the group went by before' })
@Entity({ name: 'group_former_name' })
@Index('group_former_name_group_id_idx', ['groupId'])
export class FormerName {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'text', name: 'group_id' })
  groupId!: string;

  @ManyToOne('Group', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Relation<Group>;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'The year the group stopped using this name' })
  @Column({ type: 'int', nullable: true })
  until!: number | null;

  @Column({ type: 'int', default: 0 })
  position!: number;
}

@ObjectType({ description: 'A membership fee and the date from which it applies' })
@Entity({ name: 'membership_fee' })
@Index('membership_fee_group_id_idx', ['groupId'])
@Check('membership_fee_period_check', `"period" IS NULL OR ${checkIn('period', FeePeriod)}`)
@Check('membership_fee_amount_check', '"amount_pence" >= 0')
export class MembershipFee {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'text', name: 'group_id' })
  groupId!: string;

  @ManyToOne('Group', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Relation<Group>;

  @Field(() => Int, { description: 'Whole pence; 0 means membership is free' })
  @Column({ type: 'int', name: 'amount_pence' })
  amountPence!: number;

  @Field(() => FeePeriod, { nullable: true, description: 'Null for free membership' })
  @Column({ type: 'text', nullable: true })
  period!: FeePeriod | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) from which the fee applies' })
  @Column({ type: 'date', nullable: true, name: 'applies_from' })
  appliesFrom!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'A national or regional body a group belongs to or works with' })
@Entity({ name: 'group_affiliation' })
@Index('group_affiliation_national_body_id_idx', ['nationalBodyId'])
export class Affiliation {
  @PrimaryColumn({ type: 'text', name: 'group_id' })
  groupId!: string;

  @PrimaryColumn({ type: 'text', name: 'national_body_id' })
  nationalBodyId!: string;

  @ManyToOne('Group', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Relation<Group>;

  @ManyToOne('NationalBody', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'national_body_id' })
  nationalBody?: Relation<NationalBody>;

  @Field(() => String, { description: 'How the group relates to the body, e.g. "meets regularly with"' })
  @Column({ type: 'text' })
  relation!: string;
}
