import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, settle } from './browser';

// The portal runs under a strict same-origin Content-Security-Policy: no inline
// script or style, no eval. The explorer (GraphiQL's Monaco editor) also needs
// inline styles and data: fonts, and nothing else. The policies are applied here
// to each page as it loads, so this pins what the portal needs whatever the API sends.
const STRICT = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};
const PORTAL_CSP = serialise(STRICT);
const EXPLORER_CSP = serialise({ ...STRICT, 'style-src': "'self' 'unsafe-inline'", 'img-src': "'self' data:", 'font-src': "'self' data:" });

function serialise(policy: Record<string, string>): string {
  return Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A page whose documents arrive with the given policy (or the API's own); violations are collected in the page. */
async function underPolicy(policy: string | null): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const context = await browser.newContext({ baseURL: baseURL(), viewport: { width: 1440, height: 1000 } });
  await context.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (e) => found.push(`${e.effectiveDirective} blocked ${e.blockedURI.slice(0, 40)} from ${e.sourceFile}`));
  });
  if (policy) await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  const page = await context.newPage();
  return { page, violations: () => page.evaluate(() => [...new Set((window as unknown as { cspViolations: string[] }).cspViolations)]) };
}

async function runCatalogue(page: Page): Promise<void> {
  await page.goto('/explorer');
  await page.locator('.graphiql-container .monaco-editor').first().waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Execute query/ }).click();
  await page.locator('.graphiql-response').getByText('"east-midlands"').first().waitFor({ timeout: 15_000 });
}

describe.each([
  { name: 'overview', url: '/', ready: '.region table' },
  { name: 'coverage with its chart', url: '/coverage?forces=leicestershire&forces=wiltshire', ready: '.chart__canvas svg' },
  { name: 'commitments', url: '/commitments?region=east-midlands', ready: '.progress-table' },
  { name: 'sign-in', url: '/sign-in', ready: 'form' },
])('the $name page under the strict policy', ({ url, ready }) => {
  it('runs with no violations', async () => {
    const { page, violations } = await underPolicy(PORTAL_CSP);
    await page.goto(url);
    await page.locator(ready).first().waitFor();
    await settle(page);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});

describe('the explorer', () => {
  it(`runs a query with no violations under: ${EXPLORER_CSP}`, async () => {
    const { page, violations } = await underPolicy(EXPLORER_CSP);
    await runCatalogue(page);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('still runs queries under the strict policy, without syntax colours', async () => {
    const { page, violations } = await underPolicy(PORTAL_CSP);
    await runCatalogue(page);
    const blocked = await violations();
    expect(blocked.every((v) => /^(style-src-elem|style-src-attr|font-src) /.test(v))).toBe(true);
    await page.context().close();
  });
});

describe('the policy the API itself sends', () => {
  it('lets the explorer run a query with no violations', async () => {
    const { page, violations } = await underPolicy(null);
    await runCatalogue(page);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('lets the commitments page draw with no violations', async () => {
    const { page, violations } = await underPolicy(null);
    await page.goto('/commitments?forces=leicestershire&forces=wiltshire');
    await page.locator('.progress-table').waitFor();
    await settle(page);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});
