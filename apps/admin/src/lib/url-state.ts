/**
 * The portal keeps what a person chose (forces, filters, page) in the URL so
 * that a link reproduces the view and back/forward walk through it. These
 * helpers read those values defensively: a hand-edited link never crashes a page.
 */
export type ParamValue = string | number | readonly string[] | null | undefined | false;

/** Values given as repeated keys (?forces=a&forces=b, as an HTML form sends them) or comma-separated (?forces=a,b), deduplicated in order. */
export function readList(params: URLSearchParams, key: string): string[] {
  const values = params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

/** Like readList, keeping only the allowed values (e.g. enum members). */
export function readEnumList<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  return readList(params, key)
    .map((value) => value.toUpperCase())
    .filter((value): value is T => (allowed as readonly string[]).includes(value));
}

/** One value of an enum, case-insensitive, or the fallback. */
export function readEnum<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[], fallback: T): T {
  const value = params.get(key)?.toUpperCase();
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A 1-based page number; anything else is page 1. */
export function readPage(params: URLSearchParams, key = 'page'): number {
  const page = Number(params.get(key));
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

export function readText(params: URLSearchParams, key: string): string {
  return params.get(key)?.trim() ?? '';
}

/** A copy of params with the changes applied; null, '', false and [] remove a key, page 1 is left implicit. */
export function withParams(params: URLSearchParams, changes: Record<string, ParamValue>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    next.delete(key);
    if (value === null || value === undefined || value === false || value === '') continue;
    if (typeof value === 'string' || typeof value === 'number') {
      if (key === 'page' && Number(value) === 1) continue;
      next.set(key, String(value));
    } else {
      for (const item of value) next.append(key, item);
    }
  }
  return next;
}

/** "?a=1" or "" for use in a link. */
export function toSearch(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}
