import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formatIsoDate } from '../../lib/format';

/**
 * The record/correct figures form: what a person typed, checked by the same
 * rules the API applies (apps/api commitment-figure.input.ts and the overlap
 * check in commitment.mutations.ts), so most mistakes are caught before a
 * round trip, and the API's own answers land on the same fields.
 */
export interface FigureDraft {
  periodStart: string;
  periodEnd: string;
  total: string;
  part: string;
  source: string;
}

export type FigureField = keyof FigureDraft;
export type FieldErrors = Partial<Record<FigureField, string>>;

export interface FigureInput {
  periodStart: string;
  periodEnd: string;
  total: number;
  part: number;
  source: string | null;
}

/** The order errors are listed in the summary: the order of the fields on the form. */
export const FIELD_ORDER: readonly FigureField[] = ['periodStart', 'periodEnd', 'total', 'part', 'source'];

export const MAX_COUNT = 1_000_000;
export const MAX_SOURCE = 500;

export const EMPTY_DRAFT: FigureDraft = { periodStart: '', periodEnd: '', total: '', part: '', source: '' };

export function draftOf(figure: { periodStart: string; periodEnd: string; total: number; part: number; source?: string | null }): FigureDraft {
  return { periodStart: figure.periodStart, periodEnd: figure.periodEnd, total: String(figure.total), part: String(figure.part), source: figure.source ?? '' };
}

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A count as typed: digits, optionally grouped "1,200" or "1 200". Anything else (1.5, -3, 1e3) is null. */
export function parseWholeNumber(value: string): number | null {
  const compact = value.trim().replace(/(?<=\d)[,\s](?=\d{3}\b)/g, '');
  if (!/^\d+$/.test(compact)) return null;
  const n = Number(compact);
  return Number.isSafeInteger(n) ? n : null;
}

function countError(value: string, what: string): { error?: string; n?: number } {
  if (value.trim() === '') return { error: `Enter ${what}` };
  const n = parseWholeNumber(value);
  if (n === null) return { error: `Enter ${what} as a whole number, like 120` };
  if (n > MAX_COUNT) return { error: `${capitalise(what)} must be ${MAX_COUNT.toLocaleString('en-GB')} or fewer` };
  return { n };
}

function capitalise(text: string): string {
  return text.replace(/^(the |a )/, '').replace(/^./, (c) => c.toUpperCase());
}

export interface RecordedPeriod {
  id: string;
  periodStart: string;
  periodEnd: string;
}

/**
 * Checks a draft against the rules and the periods already recorded (leaving out
 * the one being corrected). Returns the errors by field, or the input to send.
 */
export function validateFigure(draft: FigureDraft, recorded: readonly RecordedPeriod[] = [], exceptId?: string): { errors: FieldErrors; input?: FigureInput } {
  const errors: FieldErrors = {};
  const start = draft.periodStart.trim();
  const end = draft.periodEnd.trim();
  if (!start) errors.periodStart = 'Enter the first day of the period';
  else if (!isCalendarDate(start)) errors.periodStart = 'Enter a real date for the first day of the period';
  if (!end) errors.periodEnd = 'Enter the last day of the period';
  else if (!isCalendarDate(end)) errors.periodEnd = 'Enter a real date for the last day of the period';
  else if (!errors.periodStart && end < start) errors.periodEnd = 'The period must end on or after the day it starts';

  if (!errors.periodStart && !errors.periodEnd) {
    const clash = recorded.find((p) => p.id !== exceptId && p.periodStart <= end && p.periodEnd >= start);
    if (clash) errors.periodStart = `This period overlaps ${formatIsoDate(clash.periodStart)} to ${formatIsoDate(clash.periodEnd)}, which is already recorded`;
  }

  const total = countError(draft.total, 'the total');
  if (total.error) errors.total = total.error;
  const part = countError(draft.part, 'the part from the target group');
  if (part.error) errors.part = part.error;
  else if (total.n !== undefined && part.n !== undefined && part.n > total.n)
    errors.part = `The part cannot be more than the total (${total.n.toLocaleString('en-GB')})`;

  const source = draft.source.trim();
  if (source.length > MAX_SOURCE) errors.source = `The source must be ${MAX_SOURCE} characters or fewer (it has ${source.length})`;

  if (Object.keys(errors).length) return { errors };
  return { errors, input: { periodStart: start, periodEnd: end, total: total.n!, part: part.n!, source: source || null } };
}

export type SaveProblem =
  | { kind: 'fields'; errors: FieldErrors }
  | { kind: 'conflict'; currentVersion?: number }
  | { kind: 'forbidden' }
  | { kind: 'other'; error: unknown };

/** The API's answer to a failed save, sorted into what the form shows. */
export function saveProblem(error: unknown): SaveProblem {
  if (!CombinedGraphQLErrors.is(error)) return { kind: 'other', error };
  const first = error.errors[0];
  const code = first?.extensions?.code;
  if (code === 'CONFLICT') {
    const current = first?.extensions?.currentVersion;
    return { kind: 'conflict', currentVersion: typeof current === 'number' ? current : undefined };
  }
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return { kind: 'forbidden' };
  if (code === 'BAD_USER_INPUT') {
    const errors: FieldErrors = {};
    for (const e of error.errors) {
      const listed = Array.isArray(e.extensions?.fields) ? (e.extensions.fields as { field?: unknown; reason?: unknown }[]) : [e.extensions ?? {}];
      for (const item of listed) {
        const field = fieldOf(item.field);
        if (field && !errors[field]) errors[field] = serverMessage(field, typeof item.reason === 'string' ? item.reason : e.message);
      }
    }
    if (Object.keys(errors).length) return { kind: 'fields', errors };
  }
  return { kind: 'other', error };
}

/** "input.part" or "part" → part; anything not on the form → undefined. */
function fieldOf(path: unknown): FigureField | undefined {
  if (typeof path !== 'string') return undefined;
  const last = path.split('.').at(-1);
  return (FIELD_ORDER as readonly string[]).includes(last ?? '') ? (last as FigureField) : undefined;
}

const LABELS: Record<FigureField, string> = {
  periodStart: 'The first day of the period',
  periodEnd: 'The last day of the period',
  total: 'The total',
  part: 'The part from the target group',
  source: 'The source',
};

/** The API's reason ("must not be more than total (120)") as a sentence about the field. */
function serverMessage(field: FigureField, reason: string): string {
  const text = reason.replace(/^[\w.]+: /, '');
  if (field === 'periodStart' && /^overlaps/.test(text)) {
    return `This period ${text.replace(/(\d{4}-\d{2}-\d{2})/g, (d) => formatIsoDate(d) ?? d)}`;
  }
  return `${LABELS[field]} ${text}`;
}
