import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorState } from './ErrorState';

describe('ErrorState', () => {
  it('says the API cannot be reached when the request never got an answer', () => {
    render(<ErrorState error={new TypeError('Failed to fetch')} onRetry={() => {}} />);
    expect(screen.getByRole('alert').querySelector('h2')?.textContent).toBe("We can't reach the Network Atlas API");
  });

  it('retries when asked', async () => {
    const retry = vi.fn().mockResolvedValue(undefined);
    render(<ErrorState error={new TypeError('Failed to fetch')} onRetry={retry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it("shows the API's code and request id for a rejected request", () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'forceIds: no such force: nope', extensions: { code: 'BAD_USER_INPUT', requestId: 'abc' } }] });
    render(<ErrorState error={error} onRetry={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('Error code BAD_USER_INPUT · request id abc');
  });
});
