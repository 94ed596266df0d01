import type { EntityManager } from 'typeorm';
import type { UserViewer } from '../../auth/viewer.js';
import { AuditEvent } from './audit-event.entity.js';

export type AuditAction = 'CREATE' | 'UPDATE' | 'PUBLISH' | 'ARCHIVE' | 'RESTORE' | 'REVOKE' | 'SIGN_IN' | 'SIGN_OUT';

export interface AuditInput {
  action: AuditAction;
  entityType: string;
  entityId: string;
  forceId: string | null;
  before: object | null;
  after: object | null;
}

/** Plain JSON of a record as stored: dates as ISO strings, no functions or relations. */
export function snapshot<T extends object>(record: T, omit: (keyof T)[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (omit.includes(k as keyof T) || typeof v === 'function') continue;
    out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/** Writes the audit event through the caller's transaction: it stands or falls with the change. */
export async function recordAudit(manager: EntityManager, actor: UserViewer, requestId: string, event: AuditInput): Promise<void> {
  const row = manager.create(AuditEvent, { actorId: actor.userId, actorEmail: actor.email, requestId, ...event } as Partial<AuditEvent>);
  // TypeORM types jsonb object columns as deep-partial entities; the row is a plain AuditEvent.
  await manager.insert(AuditEvent, row as never);
}
