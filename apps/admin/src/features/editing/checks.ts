/** Small checks shared by the forms; each mirrors a rule the API enforces. */
export const YEAR_MIN = 1800;

export function thisYear(): number {
  return new Date().getFullYear();
}

/** A message for a year box, or undefined when it is empty or fine. */
export function yearProblem(value: string, label = 'Year'): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (!/^\d{4}$/.test(trimmed)) return `${label} must be a year as 4 digits, like 2005`;
  const year = Number(trimmed);
  if (year < YEAR_MIN) return `${label} must be ${YEAR_MIN} or later`;
  if (year > thisYear()) return `${label} must be ${thisYear()} or earlier`;
  return undefined;
}

/** The API checks a web address more closely; this catches the common slip of leaving out https://. */
export function websiteProblem(value: string, label = 'Website'): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (!/^https?:\/\/\S+$/i.test(trimmed)) return `${label} must be a web address starting with http:// or https://, like https://www.leics.police.uk`;
  if (trimmed.length > 500) return `${label} must be at most 500 characters`;
  return undefined;
}

export const HANDLE = /^@?[A-Za-z0-9_.-]{1,60}$/;

export function lengthProblem(value: string, label: string, max: number, min = 0): string | undefined {
  const length = value.trim().length;
  if (min > 0 && length === 0) return `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  if (length > max) return `${label} must be at most ${max} characters (it has ${length})`;
  if (length < min) return `${label} must be ${min} to ${max} characters`;
  return undefined;
}
