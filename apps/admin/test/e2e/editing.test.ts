import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, openPage, settle } from './browser';
import { apiSession, DEMO, signInWithForm } from './session';

// Issue 4 in the browser: signing in, editing a group (with the history it
// leaves), being refused another force's, server errors on the right fields,
// a conflict and re-applying, publishing, archiving and restoring.
const GROUP = 'leicestershire-lgbt-network';
const OTHER = 'wiltshire-lgbtq-network';
const stamp = Date.now().toString(36);

let browser: Browser;
let page: Page;
let errors: string[];
let createdId: string | undefined;

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser));
});
afterAll(async () => {
  // Leave the catalogue as the other browser tests expect it: the group made here archived.
  if (createdId) {
    const admin = await apiSession(DEMO.national);
    const { group } = await admin.gql<{ group: { version: number; status: string } }>('query($id: ID!) { group(id: $id) { version status } }', { id: createdId });
    if (group.status !== 'ARCHIVED') await admin.gql('mutation($id: ID!, $v: Int!) { archiveGroup(id: $id, version: $v) { id } }', { id: createdId, v: group.version });
  }
  await browser?.close();
});

const focusedClass = (p: Page) => p.evaluate(() => document.activeElement?.className ?? '');
const toast = (p: Page) => p.locator('.toast[role="status"]');
const summary = (p: Page) => p.locator('.error-summary');

describe('signing in', () => {
  let other: Page;
  beforeAll(async () => {
    ({ page: other } = await openPage(browser));
  });
  afterAll(() => other.context().close());

  it('sends a signed-out visitor from an edit page to sign in', async () => {
    await page.goto(`/groups/${GROUP}/edit`);
    await page.waitForURL(/\/sign-in\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/groups/${GROUP}/edit`);
  });

  it('has no WCAG 2.2 AA violations on the sign-in page', async () => {
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says in words when the password is wrong, with the summary focused', async () => {
    await signInWithForm(page, DEMO.leicestershire, 'not-the-password');
    await summary(page).waitFor();
    expect([await summary(page).innerText(), await focusedClass(page)]).toEqual([
      expect.stringContaining('The email address or password is not right'),
      'error-summary',
    ]);
  });

  it('has no WCAG 2.2 AA violations with the error shown', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('asks to wait after too many failed attempts', async () => {
    await other.goto('/sign-in');
    for (let i = 0; i < 4; i++) {
      const answered = other.waitForResponse((r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('SignIn'));
      await signInWithForm(other, `nobody-${stamp}@example.test`, 'wrong-password');
      await answered;
    }
    await summary(other).getByText(/Too many/).waitFor();
    expect(await summary(other).innerText()).toMatch(/Too many attempts to sign in: try again in \d+ seconds?/);
  });

  it('goes back to the page asked for after signing in', async () => {
    await signInWithForm(page, DEMO.leicestershire);
    await page.waitForURL(`**/groups/${GROUP}/edit`);
    await page.getByRole('heading', { name: /^Edit / }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/groups/${GROUP}/edit`);
  });

  it('shows who is signed in, their role and force, and a way to sign out', async () => {
    const header = page.locator('.site-header');
    await header.getByRole('button', { name: 'Sign out' }).waitFor();
    await header.getByText('Force admin, Leicestershire Police').waitFor();
    expect(await header.locator('.account__who').innerText()).toMatch(/Demo Leicestershire force admin\s+Force admin, Leicestershire Police/);
  });
});

describe('editing a group of one’s own force', () => {
  const aim = `Support colleagues through every stage of transition (${stamp})`;
  const description = `The LGBT+ Network of Leicestershire Police, edited in a browser test (${stamp}).`;

  it('has no WCAG 2.2 AA violations on the edit form', async () => {
    await page.getByLabel('Name', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows client-side problems inline, in a focused summary that links to each field', async () => {
    await page.getByLabel('Name', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await summary(page).waitFor();
    const name = page.getByLabel('Name', { exact: true });
    expect([await focusedClass(page), await name.getAttribute('aria-invalid'), await page.locator(`#${await name.getAttribute('aria-describedby')}`).textContent()]).toEqual([
      'error-summary',
      'true',
      'Error: Enter the name of the group',
    ]);
  });

  it('has no WCAG 2.2 AA violations with errors shown', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('moves focus to the field when its error in the summary is followed', async () => {
    await summary(page).getByRole('link', { name: 'Enter the name of the group' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-name');
  });

  it('puts the server’s BAD_USER_INPUT on the field it names, with the summary focused', async () => {
    await page.getByLabel('Name', { exact: true }).fill('LGBT+ Network');
    await page.getByLabel('Website').fill('https://no-top-level-domain');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('#f-website-error').waitFor();
    expect([await page.locator('#f-website-error').textContent(), await page.getByLabel('Website').getAttribute('aria-invalid'), await focusedClass(page)]).toEqual([
      'Error: Website must be a web address starting with http:// or https://',
      'true',
      'error-summary',
    ]);
  });

  it('saves an added aim and a new description, and says so to screen readers', async () => {
    await page.getByLabel('Website').fill('https://www.leics.police.uk');
    await page.getByLabel('Description').fill(description);
    await page.getByRole('button', { name: 'Add an aim' }).click();
    // Focus goes to the new aim's box: type straight into it.
    await page.keyboard.type(aim);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`**/groups/${GROUP}`);
    await toast(page).getByText('Saved').waitFor();
    expect(await toast(page).innerText()).toContain('Saved');
  });

  it('shows the change on the group page', async () => {
    await page.locator('p.description', { hasText: description }).waitFor();
    expect(await page.locator('#aims + ol li').last().innerText()).toBe(aim);
  });

  it('shows the change in the history, before and after', async () => {
    const event = page.locator('.history__event').first();
    await event.waitFor();
    const rows = await event.locator('tbody tr').allInnerTexts();
    expect([await event.locator('.history__title').innerText(), rows.find((r) => r.startsWith('Description')), rows.find((r) => r.startsWith('Aims'))]).toEqual([
      expect.stringMatching(/^Edited on \d{1,2} \w+ \d{4} at \d{2}:\d{2}$/),
      expect.stringContaining(description),
      expect.stringContaining(`${aim} (added)`),
    ]);
  });

  it('has no WCAG 2.2 AA violations on the group page with its history', async () => {
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a conflict with someone else’s save', () => {
  it('shows what they changed, with the panel focused', async () => {
    await page.goto(`/groups/${GROUP}/edit`);
    await page.getByLabel('Meeting pattern').waitFor();
    // Someone else saves the group between this form loading and its being saved.
    const colleague = await apiSession(DEMO.national);
    const { group } = await colleague.gql<{ group: { version: number } }>('query($id: ID!) { group(id: $id) { version } }', { id: GROUP });
    await colleague.gql('mutation($id: ID!, $v: Int!, $i: GroupInput!) { updateGroup(id: $id, version: $v, input: $i) { id } }', {
      id: GROUP,
      v: group.version,
      i: { meetingPattern: `Monthly, at Force HQ (${stamp})` },
    });
    await page.getByLabel('More on who may join').fill(`Allies welcome (${stamp})`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const panel = page.locator('.conflict');
    await panel.waitFor();
    const rows = await panel.locator('tbody tr').allInnerTexts();
    expect([await page.evaluate(() => document.activeElement?.id), rows.find((r) => r.startsWith('Meeting pattern')), rows.find((r) => r.startsWith('More on who may join'))]).toEqual([
      'conflict-title',
      expect.stringContaining(`Monthly, at Force HQ (${stamp})`),
      expect.stringContaining(`Allies welcome (${stamp})`),
    ]);
  });

  it('has no WCAG 2.2 AA violations with the conflict shown', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('re-applies one’s changes on top of theirs', async () => {
    await page.getByRole('button', { name: 'Re-apply my changes' }).click();
    await page.waitForURL(`**/groups/${GROUP}`);
    const facts = page.locator('.summary-list');
    await facts.getByText(`Allies welcome (${stamp})`).waitFor();
    expect(await facts.innerText()).toContain(`Monthly, at Force HQ (${stamp})`);
  });
});

describe('another force’s group', () => {
  it('offers no Edit action on its page', async () => {
    await page.goto(`/groups/${OTHER}`);
    await page.getByRole('heading', { level: 1, name: 'LGBTQ+ Network' }).waitFor();
    await settle(page);
    expect(await page.getByRole('link', { name: /^Edit/ }).count()).toBe(0);
  });

  it('says at its edit URL that the user edits Leicestershire only', async () => {
    await page.goto(`/groups/${OTHER}/edit`);
    await page.getByRole('heading', { name: 'You can edit Leicestershire only', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'You can edit Leicestershire only', exact: true }).isVisible()).toBe(true);
  });

  it('shows the API’s FORBIDDEN in words when saved anyway', async () => {
    await page.getByLabel('Meeting pattern').fill('Never');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await summary(page).waitFor();
    expect(await summary(page).innerText()).toContain('The change was not saved: you can edit Leicestershire only.');
  });

  it('warns before leaving the form with unsaved changes', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
    const dialog = page.getByRole('dialog', { name: 'You have unsaved changes' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay on this page');
  });

  it('has no WCAG 2.2 AA violations with the warning open', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('stays on the form when asked to', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect([new URL(page.url()).pathname, await page.getByLabel('Meeting pattern').inputValue()]).toEqual([`/groups/${OTHER}/edit`, 'Never']);
  });

  it('leaves without saving when asked to', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('button', { name: 'Leave without saving' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(new URL(page.url()).pathname).toBe('/');
  });
});

describe('the force profile', () => {
  const objective = `Every new recruit meets a staff network in their first month (${stamp})`;

  it('has no WCAG 2.2 AA violations on its form', async () => {
    await page.goto('/forces/leicestershire');
    await page.getByRole('link', { name: 'Edit profile' }).click();
    await page.getByRole('group', { name: 'Equality objectives' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves a new objective moved to the top by keyboard', async () => {
    const objectives = page.getByRole('group', { name: 'Equality objectives' });
    const before = await objectives.getByRole('listitem').count();
    await objectives.getByRole('button', { name: 'Add an objective' }).click();
    await page.keyboard.type(objective);
    // Focus stays on the moved item's button, so Enter moves it again.
    await objectives.getByRole('button', { name: `Move up objective ${before + 1}` }).focus();
    for (let i = 0; i < before; i++) await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === '/forces/leicestershire');
    await toast(page).getByText('Saved').waitFor();
    expect(await page.locator('#objectives + ol li').first().innerText()).toBe(objective);
  });
});

describe('a new group: draft, publish, archive, restore', () => {
  it('is added as a draft from the force page', async () => {
    await page.goto('/forces/leicestershire');
    await page.getByRole('link', { name: 'New group' }).click();
    await page.getByLabel('Name', { exact: true }).fill(`Carers Network ${stamp}`);
    await page.getByLabel('Kind').selectOption('SUPPORT_GROUP');
    await page.getByRole('button', { name: 'Add a fee' }).click();
    await page.getByLabel('Fee 1, in pounds').fill('2.50');
    await page.getByLabel('Every').selectOption('MONTH');
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.waitForURL(/\/groups\/leicestershire-carers-network/);
    createdId = new URL(page.url()).pathname.split('/').pop();
    await page.locator('.status-badge').getByText('Draft').waitFor();
    expect(await page.locator('.summary-list').getByText('£2.50 a month').count()).toBe(1);
  });

  it('is published', async () => {
    await page.getByRole('button', { name: 'Publish' }).click();
    await toast(page).getByText('Published').waitFor();
    expect(await page.locator('.status-badge').textContent()).toBe('Status: Published');
  });

  it('asks before archiving, in a dialog that holds focus', async () => {
    await page.getByRole('button', { name: 'Archive' }).click();
    const dialog = page.getByRole('dialog', { name: /^Archive Carers Network/ });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
  });

  it('has no WCAG 2.2 AA violations with the dialog open', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is archived once confirmed', async () => {
    await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
    await toast(page).getByText('Archived').waitFor();
    expect(await page.locator('.status-badge').textContent()).toBe('Status: Archived');
  });

  it('is restored, to published, once confirmed', async () => {
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
    await toast(page).getByText('Restored').waitFor();
    expect(await page.locator('.status-badge').textContent()).toBe('Status: Published');
  });

  it('lists each step in its history', async () => {
    await page.locator('.history__event').nth(3).waitFor();
    const titles = await page.locator('.history__title').allInnerTexts();
    expect(titles.map((t) => t.split(' on ')[0])).toEqual(['Restored', 'Archived', 'Published', 'Created']);
  });
});

describe('signing out', () => {
  it('shows the visitor signed out, with the public pages as before', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.goto(`/groups/${GROUP}`);
    await page.getByRole('heading', { name: 'Counterparts in other forces' }).waitFor();
    await settle(page);
    expect([await page.locator('.history__event').count(), await page.getByRole('button', { name: 'Archive' }).count()]).toEqual([0, 0]);
  });

  it('throws no script errors', () => {
    expect(errors).toEqual([]);
  });
});
