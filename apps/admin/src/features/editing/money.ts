/**
 * Money is typed in pounds ("23.58", "£1,200") and kept as whole pence, never
 * through floating point: "0.29" is 29 pence, not 28.999….
 */
const POUNDS = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** Whole pence, or undefined when the text is not an amount of money. */
export function parsePounds(text: string): number | undefined {
  const match = POUNDS.exec(text.trim());
  if (!match) return undefined;
  const pounds = Number(match[1].replace(/,/g, ''));
  const pence = Number((match[2] ?? '0').padEnd(2, '0'));
  const total = pounds * 100 + pence;
  return Number.isSafeInteger(total) ? total : undefined;
}

/** 2358 → "23.58", as the form shows it (the £ sits in front of the box). */
export function penceToPounds(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
