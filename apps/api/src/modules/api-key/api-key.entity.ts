import { Field, ID } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A partner's API key. The key itself (`atlas_live_<prefix>.<secret>`) is shown once, when it
 * is created; only its SHA-256 and its visible prefix are stored.
 */
@ObjectType({ description: 'A partner API key. The key itself is shown once, by createApiKey; this record never holds it' })
@Entity({ name: 'api_key' })
export class ApiKey {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'Who the key was issued to, e.g. "University of Leicester, criminology"' })
  @Column({ type: 'text', name: 'partner_name' })
  partnerName!: string;

  @Field(() => String, { nullable: true, description: 'What the key is for, who to contact' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => String, { description: 'The visible start of the key (e.g. atlas_live_AbC123xy): enough to tell keys apart, useless without the secret' })
  @Index('api_key_prefix_key', { unique: true })
  @Column({ type: 'text' })
  prefix!: string;

  /** SHA-256 (hex) of the whole key: what a presented key is looked up by. */
  @Index('api_key_hash_key', { unique: true })
  @Column({ type: 'text', name: 'key_hash' })
  keyHash!: string;

  @Field(() => String, { description: 'The national admin who created the key' })
  @Column({ type: 'text', name: 'created_by_email' })
  createdByEmail!: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the key was last used (recorded at most once a minute)' })
  @Column({ type: 'timestamptz', nullable: true, name: 'last_used_at' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; a revoked key is refused (UNAUTHENTICATED)' })
  @Column({ type: 'timestamptz', nullable: true, name: 'revoked_at' })
  revokedAt!: Date | null;

  @Field(() => Boolean, { description: 'Not revoked: the key is accepted' })
  get active(): boolean {
    return this.revokedAt === null;
  }
}

@ObjectType({ description: 'A new API key: `key` is shown this once and cannot be read again' })
export class CreatedApiKey {
  @Field(() => String, { description: 'The key to hand to the partner: send it as `Authorization: Bearer <key>` or `x-api-key: <key>`' })
  key!: string;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}
