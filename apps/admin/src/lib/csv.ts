/**
 * CSV writing for exports. Spreadsheet programs run a cell that starts with
 * =, +, -, @, tab or carriage return as a formula, so such a cell gets a leading
 * apostrophe (OWASP's advice) before the usual RFC 4180 quoting.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Neutralises a cell a spreadsheet would otherwise evaluate. */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell as written to the file: formula-escaped, then quoted when it has to be. */
export function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = escapeFormula(String(cell));
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends; the first row is the header. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(formatCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name safe on every system, e.g. "coverage-east-midlands-2026-05-01.csv". */
export function csvFileName(...parts: string[]): string {
  const stem = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'export'}-${new Date().toISOString().slice(0, 10)}.csv`;
}

/** Hands the CSV to the browser as a download. The BOM lets Excel read £ and accents as UTF-8. */
export function downloadCsv(fileName: string, rows: readonly (readonly CsvCell[])[]): void {
  const blob = new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
