import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, settle } from './browser';
import { exportCsv } from './csv';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  ({ page } = await openPage(browser));
});
afterAll(() => browser?.close());

const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim().slice(0, 60)}`);

describe('keyboard and navigation', () => {
  it('offers a skip link first, which moves focus to the main content', async () => {
    await page.goto('/');
    await page.locator('.region table').first().waitFor();
    await page.keyboard.press('Tab');
    const first = await focused(page);
    await page.keyboard.press('Enter');
    expect([first, await page.evaluate(() => document.activeElement?.id)]).toEqual(['A Skip to main content', 'main']);
  });

  it('moves focus to the new heading and changes the title after following a link', async () => {
    await page.goto('/');
    await page.locator('.region table').first().waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coverage' }).click();
    await page.waitForURL(/\/coverage$/);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect([await focused(page), await page.title()]).toEqual(['H1 Coverage', 'Coverage – Network Atlas']);
  });

  it('reaches a force and its groups by keyboard alone', async () => {
    await page.goto('/');
    await page.locator('.region table').first().waitFor();
    const link = page.getByRole('link', { name: 'Wiltshire Police', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.locator('.groups-table').waitFor();
    expect(await page.title()).toBe('Wiltshire Police – Network Atlas');
  });
});

describe('a force’s groups', () => {
  beforeAll(async () => {
    await page.goto('/forces/wiltshire');
    await page.locator('.groups-table').waitFor();
  });

  it('pages through Wiltshire’s 11 groups ten at a time', async () => {
    await page.goto('/forces/wiltshire');
    await page.locator('.groups-table').waitFor();
    const first = await page.locator('.groups-table tbody tr').count();
    await page.getByRole('navigation', { name: 'Pages of groups' }).getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/page=2/);
    await page.getByText('Showing 11–11 of 11 groups').waitFor();
    expect([first, await page.locator('.groups-table tbody tr').count()]).toEqual([10, 1]);
  });

  it('opens page 2 from a shared link', async () => {
    await page.goto('/forces/wiltshire?page=2');
    await page.getByText('Showing 11–11 of 11 groups').waitFor();
    expect(await page.locator('.groups-table tbody tr').count()).toBe(1);
  });

  it('goes back to the first page with the back button', async () => {
    await page.goto('/forces/wiltshire');
    await page.getByText('Showing 1–10 of 11 groups').waitFor();
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.getByText('Showing 11–11 of 11 groups').waitFor();
    await page.goBack();
    await page.getByText('Showing 1–10 of 11 groups').waitFor();
    expect(new URL(page.url()).search).toBe('');
  });

  it('filters by kind and characteristic into the URL', async () => {
    await page.goto('/forces/wiltshire');
    await page.locator('.groups-table').waitFor();
    await page.getByLabel('Kind').selectOption('SUPPORT_GROUP');
    await page.getByLabel('Serves').selectOption('SEX');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Showing 1–1 of 1 group').waitFor();
    const names = await page.locator('.groups-table tbody th').allTextContents();
    expect([new URL(page.url()).search, names]).toEqual(['?kind=SUPPORT_GROUP&characteristic=SEX', ['Menopause Support Group']]);
  });

  it('searches and sorts', async () => {
    await page.goto('/forces/leicestershire?q=police&sort=NAME&dir=DESC');
    await page.locator('.groups-table').waitFor();
    const names = await page.locator('.groups-table tbody th').allTextContents();
    const descending = [...names].sort((a, b) => b.localeCompare(a, 'en'));
    expect([names.length > 1, names]).toEqual([true, descending]);
  });

  it('exports the filtered list, every page of it, as CSV', async () => {
    await page.goto('/forces/wiltshire');
    await page.locator('.groups-table').waitFor();
    const { rows } = await exportCsv(page, page.getByRole('button', { name: 'Export these 11 groups as CSV' }));
    expect([rows.length, rows[0].slice(0, 3)]).toEqual([12, ['Group', 'Force', 'Kind']]);
  });
});

describe('when the API is down', () => {
  it('says so and offers a retry that recovers', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto('/compare?forces=leicestershire&forces=dorset');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const message = await alert.locator('h2').textContent();
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.compare-table').waitFor();
    await settle(page);
    expect([message, await page.getByRole('alert').count()]).toEqual(["We can't reach the Network Atlas API", 0]);
  });
});
