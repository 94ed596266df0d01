import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { region } from '../../../test/fixtures';
import { renderPage } from '../../../test/render';
import { OverviewPage, OverviewPageQuery } from './OverviewPage';

const regions = [
  region('east-midlands', 'East Midlands', [
    { id: 'derbyshire', name: 'Derbyshire Constabulary', groups: [] },
    {
      id: 'leicestershire',
      name: 'Leicestershire Police',
      groups: [
        { id: 'l-lgbt', kind: 'STAFF_NETWORK' },
        { id: 'l-bpa', kind: 'STAFF_ASSOCIATION' },
        { id: 'l-unison', kind: 'TRADE_UNION' },
      ],
    },
  ]),
];

describe('OverviewPage', () => {
  it('shows a force with no groups as such rather than hiding it', async () => {
    renderPage(<OverviewPage />, { path: '/', url: '/', mocks: [{ request: { query: OverviewPageQuery }, result: { data: { regions } } }] });
    const table = await screen.findByRole('table', { name: 'Groups by kind in East Midlands' });
    const row = within(table).getByRole('rowheader', { name: 'Derbyshire Constabulary' }).closest('tr')!;
    expect(row.querySelector('td')?.textContent).toBe('No recorded groups');
  });

  it('counts a force’s groups by kind', async () => {
    renderPage(<OverviewPage />, { path: '/', url: '/', mocks: [{ request: { query: OverviewPageQuery }, result: { data: { regions } } }] });
    const table = await screen.findByRole('table', { name: 'Groups by kind in East Midlands' });
    const row = within(table).getByRole('rowheader', { name: 'Leicestershire Police' }).closest('tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['1', '1', '1', '0', '0', '3']);
  });

  it('shows the API being down as a message with a retry, not a blank page', async () => {
    renderPage(<OverviewPage />, { path: '/', url: '/', mocks: [{ request: { query: OverviewPageQuery }, error: new TypeError('Failed to fetch') }] });
    const alert = await screen.findByRole('alert');
    expect([alert.querySelector('h2')?.textContent, within(alert).getByRole('button').textContent]).toEqual([
      "We can't reach the Network Atlas API",
      'Try again',
    ]);
  });
});
