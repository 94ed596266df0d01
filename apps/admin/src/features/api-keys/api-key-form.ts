import type { FieldErrors } from '../../ui/form/field-errors';

/** The rules createApiKey applies (apps/api api-key input): a partner of 1 to 120 characters, a note of at most 500. */
export const PARTNER_MAX = 120;
export const NOTE_MAX = 500;

export interface KeyDraft {
  partnerName: string;
  note: string;
}

export function validateKeyDraft(draft: KeyDraft): { errors: FieldErrors; input?: { partnerName: string; note: string | null } } {
  const errors: FieldErrors = {};
  const partnerName = draft.partnerName.trim();
  const note = draft.note.trim();
  if (!partnerName) errors.partnerName = 'Enter who the key is for, such as the organisation and team';
  else if (partnerName.length > PARTNER_MAX) errors.partnerName = `The partner’s name must be ${PARTNER_MAX} characters or fewer (it has ${partnerName.length})`;
  if (note.length > NOTE_MAX) errors.note = `The note must be ${NOTE_MAX} characters or fewer (it has ${note.length})`;
  if (Object.keys(errors).length) return { errors };
  return { errors, input: { partnerName, note: note || null } };
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

/** "23 Nov 2025, 14:05", UK time; null stays null. */
export function formatDateTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}
