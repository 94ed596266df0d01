import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError } from './errors';

describe('describeError', () => {
  it('treats a failed fetch as the API being unreachable', () => {
    expect(describeError(new TypeError('Failed to fetch')).unreachable).toBe(true);
  });

  it('treats a 502 from a proxy as the API being unreachable', () => {
    const error = new ServerError('Bad Gateway', { response: new Response('', { status: 502 }), bodyText: '' });
    expect(describeError(error).detail).toMatch(/HTTP 502: it is probably not running/);
  });

  it("passes on the API's message and code for a rejected request", () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'first: must be at most 100', extensions: { code: 'BAD_USER_INPUT', requestId: 'r-1' } }],
    });
    expect(describeError(error)).toMatchObject({ unreachable: false, code: 'BAD_USER_INPUT', detail: 'first: must be at most 100', requestId: 'r-1' });
  });
});
