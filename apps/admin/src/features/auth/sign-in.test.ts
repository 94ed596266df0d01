import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { safeNext, signInPath } from './next';
import { checkSignIn, signInFailure } from './sign-in-errors';

const refused = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions: { code, ...extensions } }] });

describe('signing in', () => {
  it('asks for both boxes before calling the API', () => {
    expect(checkSignIn({ email: ' ', password: '' })).toEqual({ email: 'Enter your email address', password: 'Enter your password' });
  });

  it('says wrong credentials in words, on the email field', () => {
    expect(signInFailure(refused('UNAUTHENTICATED'))).toEqual({ path: 'email', message: 'The email address or password is not right' });
  });

  it('says how long to wait after too many attempts', () => {
    expect(signInFailure(refused('TOO_MANY_REQUESTS', { retryAfter: 8 }))).toEqual({ message: 'Too many attempts to sign in: try again in 8 seconds' });
  });
});

describe('coming back after signing in', () => {
  it('keeps the page asked for, query string included', () => {
    expect(signInPath('/groups/x/edit?tab=1')).toBe('/sign-in?next=%2Fgroups%2Fx%2Fedit%3Ftab%3D1');
  });

  it.each(['https://evil.example', '//evil.example', '/\\evil.example', '/sign-in?next=/', ''])('never follows %j off the portal', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});
