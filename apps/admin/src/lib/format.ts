import type { EstablishmentEvent, FeePeriod } from '../gql/graphql';
import { ESTABLISHMENT_LABELS } from './labels';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2020-09-01" → "1 September 2020"; the API sends plain ISO dates, so no time zone is involved. */
export function formatIsoDate(iso: string | null | undefined): string | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return iso ?? null;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

export function formatMonthYear(month: number | null | undefined, year: number | null | undefined): string | null {
  if (!year) return null;
  return month && month >= 1 && month <= 12 ? `${MONTHS[month - 1]} ${year}` : String(year);
}

/** Whole pence to pounds: 2358 → "£23.58", 2000 → "£20". */
export function formatPence(pence: number): string {
  const pounds = pence / 100;
  return `£${Number.isInteger(pounds) ? pounds : pounds.toFixed(2)}`;
}

export interface FeeLike {
  amountPence: number;
  period?: FeePeriod | null;
  appliesFrom?: string | null;
}

/** "Free", or "£23.58 a month from 1 September 2020". */
export function formatFee(fee: FeeLike): string {
  if (fee.amountPence === 0) return 'Free';
  const period = fee.period === 'MONTH' ? ' a month' : fee.period === 'YEAR' ? ' a year' : '';
  const from = fee.appliesFrom ? ` from ${formatIsoDate(fee.appliesFrom)}` : '';
  return `${formatPence(fee.amountPence)}${period}${from}`;
}

/** The current fee (the API lists newest first), or a plain "Not recorded". */
export function currentFee(fees: readonly FeeLike[]): string {
  return fees[0] ? formatFee(fees[0]) : 'Not recorded';
}

/** "1994 (recognised)", "2012 (reformed)", "2020". */
export function formatEstablished(year: number | null | undefined, event: EstablishmentEvent | null | undefined): string | null {
  if (!year) return null;
  return event && event !== 'ESTABLISHED' ? `${year} (${ESTABLISHMENT_LABELS[event]})` : String(year);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
