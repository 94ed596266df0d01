import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, settle } from './browser';
import { exportCsv } from './csv';

const SCREENSHOT = resolve(import.meta.dirname, '../../../../docs/img/coverage.png');
const CHARACTERISTICS = [
  'Age',
  'Disability',
  'Gender reassignment',
  'Marriage and civil partnership',
  'Pregnancy and maternity',
  'Race',
  'Religion or belief',
  'Sex',
  'Sexual orientation',
];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  ({ page } = await openPage(browser));
});
afterAll(() => browser?.close());

/** Ticks forces in the picker by their names, as a person would, and submits. */
async function choose(page: Page, legend: string, forces: string[], submit: string) {
  const picker = page.locator('details.picker', { hasText: legend });
  if (!(await picker.evaluate((d) => (d as HTMLDetailsElement).open))) await picker.locator('summary').click();
  for (const force of forces) await picker.getByLabel(force, { exact: true }).check();
  await picker.getByRole('button', { name: submit }).click();
}

/** The text of the matrix cell where a force's row meets a characteristic's column. */
async function cell(page: Page, force: string, characteristic: string): Promise<string> {
  const table = page.locator('table.coverage-table');
  const columns = await table.locator('thead th').allTextContents();
  const row = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: force, exact: true }) });
  return (await row.locator('> *').nth(columns.indexOf(characteristic)).textContent())!.trim();
}

describe('coverage of Leicestershire and Wiltshire', () => {
  beforeAll(async () => {
    await page.goto('/coverage');
    await page.locator('.coverage-table').waitFor();
    await choose(page, 'Or choose forces', ['Leicestershire Police', 'Wiltshire Police'], 'Show coverage');
    await page.waitForURL(/forces=leicestershire&forces=wiltshire/);
    await page.getByRole('heading', { name: 'Leicestershire Police, Wiltshire Police' }).waitFor();
    await settle(page);
  });

  it('keeps the chosen forces in the URL', () => {
    expect(new URL(page.url()).search).toBe('?forces=leicestershire&forces=wiltshire');
  });

  it('has a row per chosen force and a column per characteristic', async () => {
    const rows = await page.locator('table.coverage-table tbody th[scope="row"]').allTextContents();
    const columns = await page.locator('table.coverage-table thead th[scope="col"]').allTextContents();
    expect([rows, columns]).toEqual([['Leicestershire Police', 'Wiltshire Police'], ['Force', ...CHARACTERISTICS, 'Covered']]);
  });

  it('shows Wiltshire covering sexual orientation', async () => {
    expect(await cell(page, 'Wiltshire Police', 'Sexual orientation')).toBe('✓ Covered by LGBTQ+ Network');
  });

  it('shows Leicestershire covering religion or belief', async () => {
    expect(await cell(page, 'Leicestershire Police', 'Religion or belief')).toMatch(/^✓ Covered by .*Muslim Police Association/);
  });

  it('shows that neither covers marriage and civil partnership', async () => {
    const cells = [await cell(page, 'Leicestershire Police', 'Marriage and civil partnership'), await cell(page, 'Wiltshire Police', 'Marriage and civil partnership')];
    expect(cells).toEqual(['✕ No group', '✕ No group']);
  });

  it('draws the heatmap beside the table, described in words', async () => {
    const label = await page.locator('.heatmap svg').getAttribute('aria-label');
    expect(label).toContain('No force shown covers: Age; Marriage and civil partnership.');
  });

  it('exports the matrix as CSV that reads back to the same statuses', async () => {
    const { fileName, rows } = await exportCsv(page, page.getByRole('button', { name: 'Export coverage as CSV' }));
    expect({ fileName, header: rows[0], wiltshire: rows[2] }).toEqual({
      fileName: expect.stringMatching(/^coverage-leicestershire-police-wiltshire-police-\d{4}-\d{2}-\d{2}\.csv$/),
      header: ['Force', 'Region', ...CHARACTERISTICS, 'Characteristics covered'],
      wiltshire: expect.arrayContaining(['Wiltshire Police', 'South West', 'Covered by LGBTQ+ Network', 'No group', '7 of 9']),
    });
  });

  it('saves a screenshot of the page for the README', async () => {
    await mkdir(resolve(SCREENSHOT, '..'), { recursive: true });
    await page.mouse.move(0, 0);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });
});

describe('comparing Leicestershire and Wiltshire', () => {
  beforeAll(async () => {
    await page.goto('/compare');
    await choose(page, 'Choose forces to compare', ['Leicestershire Police', 'Wiltshire Police'], 'Compare');
    await page.locator('.compare-table').waitFor();
    await settle(page);
  });

  /** A comparison row's cells as text, by its label. */
  async function compareRow(label: string): Promise<string[]> {
    const row = page.locator('.compare-table tbody tr', { has: page.locator('.compare-table__label', { hasText: new RegExp(`^${label}$`) }) });
    return (await row.locator('td').allTextContents()).map((t) => t.trim());
  }

  it('keeps the chosen forces in the URL', () => {
    expect(new URL(page.url()).searchParams.getAll('forces')).toEqual(['leicestershire', 'wiltshire']);
  });

  it('lines up counterparts of the same national body', async () => {
    const [leics, wilts] = await compareRow('Christian Police Association');
    expect([leics, wilts].map((t) => t.startsWith('Christian Police Association'))).toEqual([true, true]);
  });

  it('shows what Leicestershire has and Wiltshire lacks', async () => {
    expect((await compareRow('National Association of Muslim Police'))[1]).toBe('✕ No counterpart');
  });

  it('shows what Wiltshire has and Leicestershire lacks', async () => {
    expect((await compareRow('Peer support'))[0]).toBe('✕ No counterpart');
  });

  it('shows the Federation’s fee in pounds from the date it applies', async () => {
    expect((await compareRow('Police Federation of England and Wales'))[1]).toContain('£23.58 a month from 1 September 2020');
  });

  it('exports the comparison as CSV that reads back row by row', async () => {
    const { rows } = await exportCsv(page, page.getByRole('button', { name: 'Export comparison as CSV' }));
    const muslim = rows.find((r) => r[0] === 'National Association of Muslim Police');
    expect({ header: rows[0].slice(0, 4), muslim: muslim && [muslim[2], muslim[6]] }).toEqual({
      header: ['Counterpart', 'Matched by', 'Leicestershire Police', 'Leicestershire Police: founded'],
      muslim: ['Muslim Police Association', 'No counterpart'],
    });
  });

  it('narrows to the differences, and back undoes it', async () => {
    await page.getByRole('link', { name: 'Show only differences' }).click();
    await page.getByRole('table', { name: /^Differences between/ }).waitFor();
    const narrowed = await page.locator('.compare-table__label').count();
    await page.goBack();
    await page.getByRole('table', { name: /^Counterpart groups of/ }).waitFor();
    expect([narrowed, await page.locator('.compare-table__label').count()]).toEqual([4, 11]);
  });
});
