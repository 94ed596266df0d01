import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, openPage, settle } from './browser';
import { exportCsv } from './csv';
import { DEMO, signInWithForm } from './session';

// Leicestershire's seeded "not less than one in four" commitment has no figures;
// its force admin records a year, corrects it, and the comparison follows.
const PAGE = '/commitments?forces=leicestershire&forces=wiltshire';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser));
});
afterAll(() => browser?.close());

/** The progress table's rows as text, one array of cells a row. */
async function tableRows(page: Page): Promise<string[][]> {
  return page.locator('table.progress-table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.trim())));
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim().slice(0, 80));

describe('commitments, read by anyone', () => {
  beforeAll(async () => {
    await page.goto(PAGE);
    await page.locator('table.progress-table').waitFor();
    await settle(page);
  });

  it('says Leicestershire has recorded no figures yet, instead of drawing an empty chart', async () => {
    const notice = page.locator('.notice--empty', { has: page.getByRole('heading', { name: 'No figures recorded yet', level: 3 }) });
    expect([await notice.textContent(), await page.locator('.chart__canvas').count()]).toEqual([
      expect.stringContaining('against Leicestershire Police’s commitment “Not less than one in four”'),
      0,
    ]);
  });

  it('lists Wiltshire, which has no target, as "No target set"', async () => {
    expect(await tableRows(page)).toEqual([
      ['Leicestershire Police', 'Not less than one in four', '1 in 4 (25%)', 'No figures recorded yet'],
      ['Wiltshire Police', 'No target set'],
    ]);
  });

  it('offers no recording to someone not signed in', async () => {
    expect(await page.getByRole('button', { name: 'Record figures' }).count()).toBe(0);
  });

  it('has no WCAG 2.2 AA violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('recording figures as Leicestershire’s force admin', () => {
  beforeAll(async () => {
    await page.goto(`/sign-in?next=${encodeURIComponent(PAGE)}`);
    await signInWithForm(page, DEMO.leicestershire);
    await page.waitForURL((url) => url.pathname === '/commitments');
    await page.getByRole('button', { name: 'Record figures' }).click();
  });

  it('refuses an empty form, listing every problem in a summary that takes focus', async () => {
    await page.getByRole('button', { name: 'Record these figures' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect([await focused(page), await summary.locator('li').allTextContents()]).toEqual([
      expect.stringMatching(/^There is a problem/),
      ['Enter the first day of the period', 'Enter the last day of the period', 'Enter the total', 'Enter the part from the target group'],
    ]);
  });

  it('has no WCAG 2.2 AA violations with the errors shown', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('takes whole numbers only, and a part no larger than the total', async () => {
    await page.getByLabel('First day').fill('2024-04-01');
    await page.getByLabel('Last day').fill('2025-03-31');
    await page.getByLabel('Total new recruits to the police family').fill('120.5');
    await page.getByLabel('Of these, from the Black, Asian and Minority Ethnic community').fill('130');
    await page.getByRole('button', { name: 'Record these figures' }).click();
    await page.getByText('Enter the total as a whole number, like 120').first().waitFor();
    await page.getByLabel('Total new recruits to the police family').fill('120');
    await page.getByRole('button', { name: 'Record these figures' }).click();
    await page.locator('.error-summary li', { hasText: 'The part cannot be more than the total (120)' }).waitFor();
    const part = page.getByLabel('Of these, from the Black, Asian and Minority Ethnic community');
    expect(await part.getAttribute('aria-invalid')).toBe('true');
  });

  it('records a year and says so, moving focus to the message', async () => {
    await page.getByLabel('Of these, from the Black, Asian and Minority Ethnic community').fill('27');
    await page.getByLabel('Source (optional)').fill('=Recruitment report 2024/25');
    await page.getByRole('button', { name: 'Record these figures' }).click();
    await page.getByText('Recorded the figures for 1 April 2024 to 31 March 2025.').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('figure-editor__message'));
    expect(await focused(page)).toBe('✓ Recorded the figures for 1 April 2024 to 31 March 2025.');
  });

  it('puts the year in the comparison table with its share, gap, shortfall and verdict', async () => {
    await settle(page);
    expect(await tableRows(page)).toEqual([
      ['Leicestershire Police', 'Not less than one in four', '1 in 4 (25%)', '1 April 2024 to 31 March 2025', '120', '27', '22.5%', '\u22122.5 below', '3', '✕ Not met'],
      ['Wiltshire Police', 'No target set'],
    ]);
  });

  it('draws the year against the target line, and says it in words', async () => {
    await page.locator('.chart__canvas .recharts-bar-rectangle').first().waitFor();
    const chart = page.locator('figure.chart', { hasText: 'Share from the target group, period by period' });
    expect({
      summary: await chart.locator('.chart__summary').textContent(),
      labels: await chart.locator('.recharts-label-list text, .recharts-label').allTextContents(),
    }).toEqual({
      summary: expect.stringContaining('latest 1 April 2024 to 31 March 2025: 27 of 120 (22.5%), 2.5 percentage points below the target (3 short).'),
      labels: expect.arrayContaining(['22.5%', 'Target 1 in 4 (25%)']),
    });
  });

  it('has no WCAG 2.2 AA violations with the chart drawn', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('corrects the year, and the comparison follows', async () => {
    await page.getByRole('button', { name: 'Correct the figures for 1 April 2024 to 31 March 2025' }).click();
    await page.getByLabel('Of these, from the Black, Asian and Minority Ethnic community').fill('30');
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByText('Corrected the figures for 1 April 2024 to 31 March 2025.').waitFor();
    await settle(page);
    expect((await tableRows(page))[0].slice(5)).toEqual(['30', '25.0%', '0.0 on target', '0', '✓ Met']);
  });

  it('refuses a period that overlaps the recorded year', async () => {
    await page.getByRole('button', { name: 'Record figures' }).click();
    await page.getByLabel('First day').fill('2025-01-01');
    await page.getByLabel('Last day').fill('2025-12-31');
    await page.getByLabel('Total new recruits to the police family').fill('10');
    await page.getByLabel('Of these, from the Black, Asian and Minority Ethnic community').fill('3');
    await page.getByRole('button', { name: 'Record these figures' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary li').allTextContents()).toEqual(['This period overlaps 1 April 2024 to 31 March 2025, which is already recorded']);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('exports the comparison as CSV, numbers as numbers and the source made safe for spreadsheets', async () => {
    const { fileName, rows } = await exportCsv(page, page.getByRole('button', { name: 'Export progress as CSV' }));
    expect({ fileName, header: rows[0], leicestershire: rows[1], wiltshire: rows[2][3] }).toEqual({
      fileName: expect.stringMatching(/^commitments-leicestershire-police-wiltshire-police-\d{4}-\d{2}-\d{2}\.csv$/),
      header: expect.arrayContaining(['Force', 'Commitment', 'Target', 'Share (%)', 'Gap to target (percentage points)', 'Shortfall', 'Met target']),
      leicestershire: [
        'Leicestershire Police',
        'East Midlands',
        'Not less than one in four',
        '1 in 4 (25%)',
        '2024-04-01',
        '2025-03-31',
        '120',
        '30',
        '25',
        '0',
        '0',
        'Yes',
        "'=Recruitment report 2024/25",
        '',
      ],
      wiltshire: 'No target set',
    });
  });

  it('throws no script errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('another force’s admin', () => {
  it('sees Leicestershire’s progress but cannot record its figures', async () => {
    const { page: other } = await openPage(browser);
    await other.goto(`/sign-in?next=${encodeURIComponent(PAGE)}`);
    await signInWithForm(other, DEMO.wiltshire);
    await other.waitForURL((url) => url.pathname === '/commitments');
    await other.locator('table.progress-table').waitFor();
    await settle(other);
    expect([await other.locator('table.progress-table tbody tr').count(), await other.getByRole('button', { name: 'Record figures' }).count()]).toEqual([2, 0]);
    await other.context().close();
  });
});
