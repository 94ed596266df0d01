import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { leicestershireGroups, wiltshireGroups } from '../../../test/fixtures';
import type { CompareGroupFragment } from '../../gql/graphql';
import { alignCounterparts } from './align';
import { CompareTable } from './CompareTable';

const forces = [
  { id: 'leicestershire', name: 'Leicestershire Police', groups: leicestershireGroups as unknown as CompareGroupFragment[] },
  { id: 'wiltshire', name: 'Wiltshire Police', groups: wiltshireGroups as unknown as CompareGroupFragment[] },
];

function renderTable() {
  const rows = alignCounterparts(forces);
  const router = createMemoryRouter([{ path: '/', element: <CompareTable forces={forces} rows={rows} caption="Counterparts" /> }]);
  render(<RouterProvider router={router} />);
  return screen.getByRole('table', { name: 'Counterparts' });
}

function row(table: HTMLElement, label: string) {
  const header = within(table)
    .getAllByRole('rowheader')
    .find((th) => th.querySelector('.compare-table__label')?.textContent === label);
  if (!header) throw new Error(`no row ${label}`);
  return [...header.closest('tr')!.children] as HTMLElement[];
}

describe('CompareTable', () => {
  it('has a column per force, in the order chosen', () => {
    const headers = within(renderTable()).getAllByRole('columnheader');
    expect(headers.map((th) => th.textContent)).toEqual(['Counterpart', 'Leicestershire Police', 'Wiltshire Police']);
  });

  it('puts groups of the same national body side by side', () => {
    const [, leics, wilts] = row(renderTable(), 'Christian Police Association');
    expect([leics, wilts].map((td) => within(td).getByRole('link').getAttribute('href'))).toEqual([
      '/groups/leicestershire-christian-police-association',
      '/groups/wiltshire-christian-police-association',
    ]);
  });

  it('says why a row matched', () => {
    const [header] = row(renderTable(), 'Race');
    expect(header.querySelector('.compare-table__basis')?.textContent).toBe('Serving race');
  });

  it('writes "No counterpart" where a force lacks what another has', () => {
    const [, , wilts] = row(renderTable(), 'National Association of Muslim Police');
    expect(wilts.textContent).toBe('✕ No counterpart');
  });

  it('shows the founding year with what happened that year', () => {
    const [, , wilts] = row(renderTable(), 'Christian Police Association');
    expect(wilts.textContent).toContain('Founded2012 (reformed)');
  });

  it('shows who may join and the fee in words', () => {
    const [, , wilts] = row(renderTable(), 'Police Federation of England and Wales');
    expect(wilts.textContent).toContain('Who may joinPolice officersFee£23.58 a month from 1 September 2020');
  });

  it('calls a zero fee free', () => {
    const [, leics] = row(renderTable(), 'Christian Police Association');
    expect(leics.textContent).toContain('FeeFree');
  });
});
