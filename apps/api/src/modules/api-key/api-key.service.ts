import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ApiKeyViewer, UserViewer } from '../../auth/viewer.js';
import { notFound } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { ApiKey } from './api-key.entity.js';

/** Every key starts so: easy to spot in code and in secret scanners. */
export const API_KEY_PREFIX = 'atlas_live_';
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** `atlas_live_` + 8 visible characters + `.` + 32 random bytes (base64url). */
const KEY_PATTERN = /^atlas_live_[A-Za-z0-9]{8}\.[A-Za-z0-9_-]{43}$/;
/** The last use is written at most this often per key. */
export const LAST_USED_PRECISION_SECONDS = 60;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A fresh key with its visible prefix and the hash that is stored. */
export function generateApiKey(): { key: string; prefix: string; keyHash: string } {
  let visible = '';
  for (let i = 0; i < 8; i++) visible += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  const prefix = `${API_KEY_PREFIX}${visible}`;
  const key = `${prefix}.${randomBytes(32).toString('base64url')}`;
  return { key, prefix, keyHash: hashApiKey(key) };
}

const auditable = (k: ApiKey) => snapshot(k, ['keyHash']);

export async function createApiKey(ds: DataSource, actor: UserViewer, requestId: string, partnerName: string, note: string | null): Promise<{ key: string; apiKey: ApiKey }> {
  const { key, prefix, keyHash } = generateApiKey();
  const apiKey = await ds.transaction(async (m) => {
    const id = randomUUID();
    await m.insert(ApiKey, { id, partnerName: partnerName.trim(), note: note?.trim() || null, prefix, keyHash, createdByEmail: actor.email });
    const saved = await m.findOneByOrFail(ApiKey, { id });
    await recordAudit(m, actor, requestId, { action: 'CREATE', entityType: 'ApiKey', entityId: id, forceId: null, before: null, after: auditable(saved) });
    return saved;
  });
  return { key, apiKey };
}

/** Revokes a key at once (every process checks the database on each request). Revoking twice changes nothing. */
export async function revokeApiKey(ds: DataSource, actor: UserViewer, requestId: string, id: string): Promise<ApiKey> {
  return ds.transaction(async (m) => {
    const before = await m.findOne(ApiKey, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!before) throw notFound('API key', id);
    if (before.revokedAt) return before;
    await m.update(ApiKey, { id }, { revokedAt: () => 'now()' });
    const after = await m.findOneByOrFail(ApiKey, { id });
    await recordAudit(m, actor, requestId, { action: 'REVOKE', entityType: 'ApiKey', entityId: id, forceId: null, before: auditable(before), after: auditable(after) });
    return after;
  });
}

export function listApiKeys(ds: DataSource): Promise<ApiKey[]> {
  return ds.getRepository(ApiKey).find({ order: { createdAt: 'DESC', id: 'ASC' } });
}

export type ApiKeyCheck = { ok: true; viewer: ApiKeyViewer } | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' };

/**
 * The viewer behind a presented key: one statement (none for a malformed key), plus a write of
 * the last use at most once a minute per key.
 */
export async function checkApiKey(ds: DataSource, key: string): Promise<ApiKeyCheck> {
  if (!KEY_PATTERN.test(key)) return { ok: false, reason: 'malformed' };
  const rows: { id: string; partner_name: string; revoked: boolean; stale: boolean }[] = await ds.query(
    `SELECT id, partner_name, revoked_at IS NOT NULL AS revoked,
            (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2)) AS stale
       FROM api_key WHERE key_hash = $1`,
    [hashApiKey(key), LAST_USED_PRECISION_SECONDS],
  );
  const row = rows[0];
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.revoked) return { ok: false, reason: 'revoked' };
  if (row.stale) {
    // Guarded again in SQL, so processes racing for the same key write once between them.
    await ds.query(
      `UPDATE api_key SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))`,
      [row.id, LAST_USED_PRECISION_SECONDS],
    );
  }
  return { ok: true, viewer: { kind: 'apiKey', keyId: row.id, partner: row.partner_name } };
}
