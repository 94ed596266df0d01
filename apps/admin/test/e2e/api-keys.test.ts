import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launch, openPage, settle } from './browser';
import { DEMO, signInWithForm } from './session';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Asks the API for the regions with a key, as a partner's system would. */
async function withKey(key: string): Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${baseURL()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ regions { id } }' }),
  });
  return { status: response.status, body: await response.json() };
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim().slice(0, 80));

describe('API keys, as a national admin', () => {
  let page: Page;
  let errors: string[];
  let secret = '';

  beforeAll(async () => {
    ({ page, errors } = await openPage(browser));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/admin/api-keys');
    await page.waitForURL(/\/sign-in\?next=%2Fadmin%2Fapi-keys/);
    await signInWithForm(page, DEMO.national);
    await page.waitForURL((url) => url.pathname === '/admin/api-keys');
    await page.getByRole('heading', { name: 'Create a key' }).waitFor();
    await settle(page);
  });

  it('is in the main navigation for whoever may manage keys', async () => {
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).getAttribute('aria-current')).toBe('page');
  });

  it('has no WCAG 2.2 AA violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('asks who a key is for before creating it', async () => {
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await focused(page)).toMatch(/^There is a problem\s*Enter who the key is for/);
  });

  it('shows a new key once, with a warning that takes focus', async () => {
    await page.getByLabel('Partner').fill('University of Leicester, criminology');
    await page.getByLabel('Note (optional)').fill('Contact: research office');
    await page.getByRole('button', { name: 'Create key' }).click();
    const box = page.getByLabel('API key for University of Leicester, criminology');
    await box.waitFor();
    secret = await box.inputValue();
    expect([await focused(page), await page.locator('.new-key__warning').textContent()]).toEqual([
      'Copy the key for University of Leicester, criminology now',
      expect.stringMatching(/^You will not see this key again\./),
    ]);
  });

  it('copies the key to the clipboard', async () => {
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  });

  it('has no WCAG 2.2 AA violations with the key shown', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists the key by its visible start, never the whole of it', async () => {
    const row = page.locator('table.api-keys-table tbody tr', { hasText: 'University of Leicester, criminology' });
    const prefix = (await row.locator('code').textContent())!.replace(/…$/, '');
    expect([secret.startsWith(prefix), prefix.length < secret.length, await row.locator('td').nth(3).textContent()]).toEqual([true, true, 'Active']);
  });

  it('issues a key the API accepts', async () => {
    const { body } = await withKey(secret);
    expect(body.errors).toBeUndefined();
  });

  it('forgets the key once it is stored', async () => {
    await page.getByRole('button', { name: 'I have stored the key' }).click();
    await page.getByRole('heading', { name: 'Create a key' }).waitFor();
    expect(await page.content()).not.toContain(secret);
  });

  it('revokes a key after asking, and the API refuses it from then on', async () => {
    await page.getByRole('button', { name: 'Revoke the key for University of Leicester, criminology' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke the key for University of Leicester, criminology?' });
    await dialog.waitFor();
    const firstFocus = await focused(page);
    await dialog.getByRole('button', { name: 'Revoke key' }).click();
    const row = page.locator('table.api-keys-table tbody tr', { hasText: 'University of Leicester, criminology' });
    await row.locator('td', { hasText: /^Revoked/ }).waitFor();
    const { body } = await withKey(secret);
    expect([firstFocus, await row.getByRole('button').count(), body.errors?.[0]?.extensions?.code]).toEqual(['Keep the key', 0, 'UNAUTHENTICATED']);
  });

  it('throws no script errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('API keys, as a force admin', () => {
  it('says only national admins manage them, and offers no form', async () => {
    const { page } = await openPage(browser);
    await page.goto('/sign-in?next=%2Fadmin%2Fapi-keys');
    await signInWithForm(page, DEMO.leicestershire);
    await page.getByRole('heading', { name: 'Only national admins manage API keys' }).waitFor();
    expect([await page.getByRole('button', { name: 'Create key' }).count(), await axeViolations(page)]).toEqual([0, []]);
    await page.context().close();
  });
});
