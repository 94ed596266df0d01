import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../../auth/roles.js';
import type { UserViewer } from '../../auth/viewer.js';
import { Session } from './session.entity.js';

export const SESSION_COOKIE = 'atlas_session';
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a new session (a fresh token every sign-in) and returns the token for the cookie. */
export async function startSession(manager: EntityManager, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await manager.insert(Session, { tokenHash: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

export async function endSession(ds: DataSource, tokenHash: string): Promise<void> {
  await ds.getRepository(Session).delete({ tokenHash });
}

/** The signed-in user behind a session cookie: one statement, or none without a cookie. */
export async function viewerFromToken(ds: DataSource, token: string | undefined): Promise<UserViewer | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const rows: { id: string; email: string; role: Role; force_id: string | null; region_id: string | null }[] = await ds.query(
    `SELECT u.id, u.email, u.role, u.force_id, u.region_id
       FROM session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
    [tokenHash],
  );
  const u = rows[0];
  if (!u) return null;
  return { kind: 'user', userId: u.id, email: u.email, role: u.role, forceId: u.force_id, regionId: u.region_id, sessionTokenHash: tokenHash };
}
