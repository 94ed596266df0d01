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
import { Role } from '../../auth/roles.js';
import { checkIn } from '../common/enums.js';
import type { Force } from '../force/force.entity.js';
import type { Region } from '../region/region.entity.js';

/** A person who signs in to the portal. A force admin has a force; a coordinator a region. */
@ObjectType({ description: 'A portal user' })
@Entity({ name: 'app_user' })
@Check('app_user_role_check', checkIn('role', Role))
@Check(
  'app_user_scope_check',
  `("role" = 'FORCE_ADMIN' AND "force_id" IS NOT NULL AND "region_id" IS NULL)
   OR ("role" = 'REGIONAL_COORDINATOR' AND "region_id" IS NOT NULL AND "force_id" IS NULL)
   OR ("role" = 'NATIONAL_ADMIN' AND "force_id" IS NULL AND "region_id" IS NULL)`,
)
export class User {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Index('app_user_email_key', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'display_name' })
  displayName!: string;

  @Column({ type: 'text', name: 'password_hash' })
  passwordHash!: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'The force a FORCE_ADMIN keeps' })
  @Column({ type: 'text', nullable: true, name: 'force_id' })
  forceId!: string | null;

  @ManyToOne('Force', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'force_id' })
  force?: Relation<Force> | null;

  @Field(() => String, { nullable: true, description: 'The region a REGIONAL_COORDINATOR reads' })
  @Column({ type: 'text', nullable: true, name: 'region_id' })
  regionId!: string | null;

  @ManyToOne('Region', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<Region> | null;

  @Field(() => Boolean, { description: 'A deactivated user cannot sign in' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true, name: 'last_sign_in_at' })
  lastSignInAt!: Date | null;

  @Field(() => Int)
  @VersionColumn({ type: 'int', default: 1 })
  version!: number;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
