import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launch } from './browser';
import { apiSession, DEMO } from './session';

// The explorer must work with no network beyond this server: every request to
// any other host is refused and recorded, and none may be attempted.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

interface Offline {
  page: Page;
  /** Requests the page tried to send anywhere but this machine */
  outside: string[];
  errors: string[];
  graphql: Request[];
}

async function openOffline(): Promise<Offline> {
  const context = await browser.newContext({ baseURL: baseURL(), viewport: { width: 1440, height: 1000 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  const graphql: Request[] = [];
  await context.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    outside.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') graphql.push(request);
  });
  return { page, outside, errors, graphql };
}

/** Runs the operation in the open tab and waits for the answer to show in the response pane. */
async function run(page: Page, expected: string): Promise<string> {
  await page.getByRole('button', { name: /^Execute query/ }).click();
  const response = page.locator('.graphiql-response');
  await response.getByText(expected).first().waitFor({ timeout: 15_000 });
  // Monaco writes spaces as no-break spaces.
  return ((await response.textContent()) ?? '').replaceAll('\u00a0', ' ');
}

async function openExplorer(page: Page) {
  await page.goto('/explorer');
  await page.locator('.graphiql-container .monaco-editor').first().waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Open example' }).and(page.locator(':enabled')).waitFor();
}

describe('the explorer, offline, anonymously', () => {
  let offline: Offline;
  beforeAll(async () => {
    offline = await openOffline();
    await openExplorer(offline.page);
  });
  afterAll(() => offline.page.context().close());

  it('opens with the examples ready as tabs', async () => {
    const tabs = await offline.page.locator('.graphiql-tab-button').allTextContents();
    expect(tabs).toEqual(['Catalogue', 'RegionCoverage', 'GroupsServing', 'GroupWithCounterparts', 'CommitmentProgress']);
  });

  it('runs the catalogue query and shows the answer', async () => {
    const text = await run(offline.page, '"east-midlands"');
    expect(text).toContain('"East Midlands"');
  });

  it('has no WCAG 2.2 AA violations with an answer shown', async () => {
    expect(await axeViolations(offline.page)).toEqual([]);
  });

  it('opens an example from the list and runs it', async () => {
    const { page } = offline;
    await page.getByLabel('Example').selectOption({ label: 'A region’s coverage' });
    await page.getByRole('button', { name: 'Open example' }).click();
    await page.locator('.graphiql-tab-button[aria-current="true"]', { hasText: 'RegionCoverage' }).last().waitFor();
    const text = await run(page, '"characteristics"');
    expect(text).toContain('"name": "Derbyshire Constabulary"');
  });

  it('opens a query linked as /graphql?query=…, where the API sends a browser', async () => {
    const { page } = offline;
    await page.goto(`/graphql?query=${encodeURIComponent('{ nationalBodies { name founded } }')}`);
    await page.waitForURL(/\/explorer\?query=/);
    await page.locator('.graphiql-container .monaco-editor').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Open example' }).and(page.locator(':enabled')).waitFor();
    const text = await run(page, '"nationalBodies"');
    expect(text).toContain('"founded": 1883');
  });

  it('sent its queries without an Authorization header', () => {
    expect(offline.graphql.map((r) => r.headers().authorization ?? null)).toEqual(offline.graphql.map(() => null));
  });

  it('throws no script errors', () => {
    expect(offline.errors).toEqual([]);
  });

  it('tried no request beyond this machine', () => {
    expect(offline.outside).toEqual([]);
  });
});

describe('the explorer with a partner’s API key', () => {
  let offline: Offline;
  let key: string;
  beforeAll(async () => {
    const admin = await apiSession(DEMO.national);
    ({
      createApiKey: { key },
    } = await admin.gql<{ createApiKey: { key: string } }>('mutation { createApiKey(partnerName: "Explorer test partner") { key } }'));
    offline = await openOffline();
    await openExplorer(offline.page);
    await offline.page.getByLabel('API key (optional)').fill(key);
  });
  afterAll(() => offline.page.context().close());

  it('says requests now go with the key', async () => {
    expect(await offline.page.locator('.explorer__sends-as').textContent()).toBe(`Requests are sent with the API key ending “${key.slice(-4)}”, without your portal session.`);
  });

  it('sends the key as a bearer token and gets an answer', async () => {
    offline.graphql.length = 0;
    await run(offline.page, '"east-midlands"');
    expect(offline.graphql.map((r) => r.headers().authorization)).toEqual([`Bearer ${key}`]);
  });

  it('tried no request beyond this machine', () => {
    expect(offline.outside).toEqual([]);
  });
});
