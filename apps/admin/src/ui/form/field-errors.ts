import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Messages keyed by the field's path as the API names it: `name`, `aims`, `fees.0.amountPence`. */
export type FieldErrors = Record<string, string>;

/** The element id of the control for a field path (`fees.0.amountPence` → `f-fees-0-amountPence`). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

export const errorId = (path: string) => `${fieldId(path)}-error`;
export const hintId = (path: string) => `${fieldId(path)}-hint`;

/** The first GraphQL error's code, if the API gave one. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

export function errorExtension<T>(error: unknown, key: string): T | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.extensions?.[key] as T | undefined;
}

interface Problem {
  field?: unknown;
  reason?: unknown;
}

/**
 * BAD_USER_INPUT from the API as field messages: `fields: [{field, reason}]` when it
 * reports several, else `field` and `reason`. `label` turns a path into the words that
 * start the message ("Fee 1 amount must be …"). Paths the form has no control for are
 * left to the caller (`unplaced`).
 */
export function serverFieldErrors(
  error: unknown,
  label: (path: string) => string | undefined,
): { fields: FieldErrors; unplaced: string[] } | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  for (const e of error.errors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const list = Array.isArray(e.extensions.fields) ? (e.extensions.fields as Problem[]) : [e.extensions as Problem];
    for (const p of list) {
      const path = typeof p.field === 'string' ? stripArgument(p.field) : undefined;
      const reason = plainReason(typeof p.reason === 'string' ? p.reason : e.message, path);
      const name = path ? placeable(path, label) : undefined;
      if (name && !fields[name.path]) fields[name.path] = sentence(`${name.label} ${reason}`);
      else if (!name) unplaced.push(sentence(reason));
    }
  }
  if (!Object.keys(fields).length && !unplaced.length) return undefined;
  return { fields, unplaced };
}

/** `input.name` (a literal's path) and `name` (a validator's) mean the same control. */
function stripArgument(path: string): string {
  return path.replace(/^input\./, '');
}

/** The path itself, or the nearest parent the form has a control for (`aims.3` → `aims`). */
function placeable(path: string, label: (path: string) => string | undefined): { path: string; label: string } | undefined {
  const parts = path.split('.');
  while (parts.length) {
    const candidate = parts.join('.');
    const words = label(candidate);
    if (words) return { path: candidate, label: words };
    parts.pop();
  }
  return undefined;
}

/**
 * class-validator's own messages name the property ("eachValue in aims must be…",
 * "note must be shorter than…"); the label says it better, so that part goes.
 */
function plainReason(reason: string, path: string | undefined): string {
  const property = path?.split('.').filter((p) => !/^\d+$/.test(p)).pop();
  if (!property) return reason;
  return reason.replace(new RegExp(`^(each value in )?${property} `), '');
}

/** "Name must be 2 to 200 characters": a capital first letter, no doubled words. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
