import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../../test/render';
import { figure, leicestershireProgress } from './fixtures';
import { FigureForm, RecordCommitmentFigure } from './FigureForm';

const commitment = leicestershireProgress([figure('f0', '2023-04-01', '2024-03-31', 100, 30)]).commitments[0];
const input = { periodStart: '2024-04-01', periodEnd: '2025-03-31', total: 120, part: 27, source: null };

function renderForm(mocks = [] as Parameters<typeof renderPage>[1]['mocks'], onSaved = vi.fn()) {
  renderPage(<FigureForm commitment={commitment} onSaved={onSaved} onCancel={() => {}} reload={async () => {}} />, { path: '/', url: '/', mocks });
  return onSaved;
}

function fill(values: Partial<Record<'First day' | 'Last day' | 'Total new recruits to the police family' | 'Of these, from the Black, Asian and Minority Ethnic community', string>>) {
  for (const [label, value] of Object.entries(values)) fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const good = {
  'First day': input.periodStart,
  'Last day': input.periodEnd,
  'Total new recruits to the police family': '120',
  'Of these, from the Black, Asian and Minority Ethnic community': '27',
};

describe('FigureForm', () => {
  it('moves focus to a summary of the problems when the form is sent empty', async () => {
    renderForm();
    await userEvent.click(await screen.findByRole('button', { name: 'Record these figures' }));
    await waitFor(() => expect(document.activeElement?.classList.contains('error-summary')).toBe(true));
  });

  it('marks each field in error and ties the message to it', async () => {
    renderForm();
    await userEvent.click(await screen.findByRole('button', { name: 'Record these figures' }));
    const total = screen.getByLabelText('Total new recruits to the police family');
    const described = total.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect([total.getAttribute('aria-invalid'), described]).toEqual(['true', ['The whole, as a whole number', 'Error: Enter the total']]);
  });

  it('shows the share the figures would give, against the target, before they are sent', async () => {
    renderForm();
    await screen.findByRole('button', { name: 'Record these figures' });
    fill(good);
    expect(screen.getByText(/^That is/).textContent).toBe('That is 22.5%, 2.5 percentage points below the target of 1 in 4 (25%).');
  });

  it('puts the API’s objection on the field it names', async () => {
    renderForm([
      {
        request: { query: RecordCommitmentFigure, variables: { commitmentId: commitment.id, input } },
        result: { errors: [new GraphQLError('periodStart: overlaps the period 2024-01-01 to 2024-12-31 already recorded', { extensions: { code: 'BAD_USER_INPUT', field: 'periodStart', reason: 'overlaps the period 2024-01-01 to 2024-12-31 already recorded' } })] },
      },
    ]);
    await screen.findByRole('button', { name: 'Record these figures' });
    fill(good);
    await userEvent.click(screen.getByRole('button', { name: 'Record these figures' }));
    const error = await screen.findByText('This period overlaps the period 1 January 2024 to 31 December 2024 already recorded', { selector: '.field__error' });
    expect(error.id).toBe(screen.getByLabelText('First day').getAttribute('aria-describedby')!.split(' ')[1]);
  });

  it('says what was recorded once the API has it', async () => {
    const onSaved = renderForm([
      {
        request: { query: RecordCommitmentFigure, variables: { commitmentId: commitment.id, input } },
        result: { data: { recordCommitmentFigure: { __typename: 'CommitmentFigure', ...figure('f1', input.periodStart, input.periodEnd, 120, 27) } } },
      },
    ]);
    await screen.findByRole('button', { name: 'Record these figures' });
    fill(good);
    await userEvent.click(screen.getByRole('button', { name: 'Record these figures' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('Recorded the figures for 1 April 2024 to 31 March 2025.'));
  });
});
