import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, settle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Opens a URL in a fresh context (nothing cached) and tells whether the charting library was downloaded. */
async function downloadsCharts(url: string, ready: string): Promise<boolean> {
  const context = await browser.newContext({ baseURL: baseURL() });
  const page: Page = await context.newPage();
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''));
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  await settle(page);
  const bodies = await Promise.all(scripts);
  await context.close();
  // Recharts' class names survive minification; no other code of the portal has them.
  return bodies.some((body) => body.includes('recharts-wrapper'));
}

describe('the charting library', () => {
  it('is not part of the first download of a page without charts', async () => {
    expect(await downloadsCharts('/forces/leicestershire', '.groups-table')).toBe(false);
  });

  it('is downloaded by the coverage page, which draws a chart', async () => {
    expect(await downloadsCharts('/coverage?region=east-midlands', '.coverage-table')).toBe(true);
  });
});
