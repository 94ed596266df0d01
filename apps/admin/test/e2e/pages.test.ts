import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, openPage, settle } from './browser';

// Every page of the portal, opened from its URL as a shared link would open it,
// with what must be on it once loaded, checked by axe against WCAG 2.2 AA.
const PAGES = [
  { name: 'overview', url: '/', title: 'Overview – Network Atlas', ready: '.region table' },
  { name: 'coverage of a region', url: '/coverage?region=south-west', title: 'Coverage – Network Atlas', ready: '.coverage-table' },
  { name: 'coverage of chosen forces', url: '/coverage?forces=leicestershire&forces=wiltshire', title: 'Coverage – Network Atlas', ready: '.coverage-table' },
  { name: 'compare, nothing chosen', url: '/compare', title: 'Compare forces – Network Atlas', ready: 'text=Choose two or more forces' },
  { name: 'compare two forces', url: '/compare?forces=leicestershire&forces=wiltshire', title: 'Compare forces – Network Atlas', ready: '.compare-table' },
  { name: 'force', url: '/forces/leicestershire', title: 'Leicestershire Police – Network Atlas', ready: '.groups-table' },
  { name: 'force with no groups', url: '/forces/dorset', title: 'Dorset Police – Network Atlas', ready: 'text=No recorded groups' },
  { name: 'group', url: '/groups/wiltshire-ethnic-police-association', title: 'Wiltshire Ethnic Police Association, Wiltshire Police – Network Atlas', ready: 'text=Counterparts in other forces' },
  { name: 'unknown group', url: '/groups/no-such-group', title: 'Group not found – Network Atlas', ready: 'text=No group has the id' },
  { name: 'unknown page', url: '/no/such/page', title: 'Page not found – Network Atlas', ready: 'text=There is no page at' },
  { name: 'commitments of a region', url: '/commitments?region=east-midlands', title: 'Commitments – Network Atlas', ready: '.progress-table' },
  { name: 'commitments of every force', url: '/commitments', title: 'Commitments – Network Atlas', ready: '.progress-table' },
  { name: 'API explorer', url: '/explorer', title: 'API explorer – Network Atlas', ready: '.graphiql-container .monaco-editor' },
];

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser));
});
afterAll(() => browser?.close());

describe.each(PAGES)('the $name page ($url)', ({ url, title, ready }) => {
  beforeAll(async () => {
    errors.length = 0;
    await page.goto(url);
    await page.locator(ready).first().waitFor();
    await settle(page);
  });

  it('has one h1 and its own title', async () => {
    expect([await page.locator('h1').count(), await page.title()]).toEqual([1, title]);
  });

  it('has no WCAG 2.2 AA violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('throws no script errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('the overview', () => {
  it('lists all 43 forces, those with no recorded groups shown as such', async () => {
    await page.goto('/');
    await page.locator('.region table').first().waitFor();
    const forces = await page.locator('.region tbody tr').count();
    const without = await page.locator('.region td.no-groups').count();
    expect([forces, without]).toEqual([43, 41]);
  });
});
