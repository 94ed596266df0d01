import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { User } from './user.entity.js';

/** A server-side session. The cookie carries a random token; only its SHA-256 is stored. */
@Entity({ name: 'session' })
export class Session {
  @PrimaryColumn({ type: 'text', name: 'token_hash' })
  tokenHash!: string;

  @Index('session_user_id_idx')
  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Index('session_expires_at_idx')
  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;
}

/** Failed sign-ins per email and per address, so repeated failures are slowed down. */
@Entity({ name: 'sign_in_throttle' })
export class SignInThrottle {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'int', default: 0 })
  failures!: number;

  @Column({ type: 'timestamptz', nullable: true, name: 'blocked_until' })
  blockedUntil!: Date | null;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
