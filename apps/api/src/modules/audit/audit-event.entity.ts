import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, when, before and after: written in the same transaction as the change. */
@ObjectType({ description: 'One change to one record: who, when, before and after' })
@Entity({ name: 'audit_event' })
@Index('audit_event_entity_idx', ['entityType', 'entityId', 'id'])
@Index('audit_event_force_idx', ['forceId', 'id'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true, name: 'actor_id' })
  actorId!: string | null;

  @Field(() => String, { description: 'The email of whoever made the change, as it was then' })
  @Column({ type: 'text', name: 'actor_email' })
  actorEmail!: string;

  @Field(() => String, { description: 'CREATE, UPDATE, PUBLISH, ARCHIVE, RESTORE' })
  @Column({ type: 'text' })
  action!: string;

  @Field(() => String, { description: 'Group, Force, User, …' })
  @Column({ type: 'text', name: 'entity_type' })
  entityType!: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'entity_id' })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'The force the record belongs to, if any' })
  @Column({ type: 'text', nullable: true, name: 'force_id' })
  forceId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true, name: 'request_id' })
  requestId!: string | null;
}
