import type { Page } from 'playwright-core';
import { baseURL } from './browser';

export const DEMO_PASSWORD = 'network-atlas-demo';
export const DEMO = {
  national: 'national.admin@demo.network-atlas.test',
  leicestershire: 'leicestershire.admin@demo.network-atlas.test',
  wiltshire: 'wiltshire.admin@demo.network-atlas.test',
  coordinator: 'east-midlands.coordinator@demo.network-atlas.test',
} as const;

/** Signs in through the portal's own form (the page must be on /sign-in). */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export interface ApiSession {
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * Another person at another computer: a session of its own straight against the
 * API, e.g. to change a group between the moment the browser loads a form and saves it.
 */
export async function apiSession(email: string): Promise<ApiSession> {
  const url = `${baseURL()}/graphql`;
  const post = (body: unknown, cookie?: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  const signIn = await post({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }', variables: { e: email, p: DEMO_PASSWORD } });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error(`signing in as ${email} set no cookie: ${await signIn.text()}`);
  return {
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await post({ query, variables }, cookie);
      const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data as T;
    },
  };
}
