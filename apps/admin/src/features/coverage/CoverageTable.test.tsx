import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Matrix } from './coverage-matrix';
import { CoverageTable } from './CoverageTable';

const matrix: Matrix = {
  characteristics: ['AGE', 'RELIGION_OR_BELIEF', 'SEXUAL_ORIENTATION'],
  rows: [
    {
      force: { id: 'leicestershire', name: 'Leicestershire Police' },
      cells: [
        { characteristic: 'AGE', covered: false, groups: [] },
        {
          characteristic: 'RELIGION_OR_BELIEF',
          covered: true,
          groups: [
            { id: 'leicestershire-christian-police-association', name: 'Christian Police Association' },
            { id: 'leicestershire-sikh-police-association', name: 'Sikh Police Association' },
          ],
        },
        { characteristic: 'SEXUAL_ORIENTATION', covered: true, groups: [{ id: 'leicestershire-lgbt-network', name: 'LGBT+ Network' }] },
      ],
    },
    {
      force: { id: 'wiltshire', name: 'Wiltshire Police' },
      cells: [
        { characteristic: 'AGE', covered: false, groups: [] },
        { characteristic: 'RELIGION_OR_BELIEF', covered: false, groups: [] },
        { characteristic: 'SEXUAL_ORIENTATION', covered: true, groups: [{ id: 'wiltshire-lgbtq-network', name: 'LGBTQ+ Network' }] },
      ],
    },
  ],
};

function renderTable() {
  const router = createMemoryRouter([{ path: '/', element: <CoverageTable matrix={matrix} caption="Coverage: chosen forces" /> }]);
  render(<RouterProvider router={router} />);
  return screen.getByRole('table', { name: 'Coverage: chosen forces' });
}

/** The cell where a force's row meets a characteristic's column, found through the headers. */
function cell(table: HTMLElement, force: string, characteristic: string) {
  const columns = within(table).getAllByRole('columnheader').map((th) => th.textContent);
  const row = within(table).getByRole('rowheader', { name: force }).closest('tr')!;
  return row.children[columns.indexOf(characteristic)] as HTMLElement;
}

describe('CoverageTable', () => {
  it('heads each column with a characteristic in words, scoped to the column', () => {
    const headers = within(renderTable()).getAllByRole('columnheader');
    expect(headers.map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Force', 'col'],
      ['Age', 'col'],
      ['Religion or belief', 'col'],
      ['Sexual orientation', 'col'],
      ['Covered', 'col'],
    ]);
  });

  it('heads each row with the force, scoped to the row', () => {
    const table = renderTable();
    expect(within(table).getByRole('rowheader', { name: 'Wiltshire Police' }).getAttribute('scope')).toBe('row');
  });

  it('writes a covered cell as "Covered by" and the group', () => {
    expect(cell(renderTable(), 'Wiltshire Police', 'Sexual orientation').textContent).toBe('✓ Covered by LGBTQ+ Network');
  });

  it('links every covering group to its page', () => {
    const links = within(cell(renderTable(), 'Leicestershire Police', 'Religion or belief')).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/groups/leicestershire-christian-police-association',
      '/groups/leicestershire-sikh-police-association',
    ]);
  });

  it('writes a gap as "No group"', () => {
    expect(cell(renderTable(), 'Wiltshire Police', 'Religion or belief').textContent).toBe('✕ No group');
  });

  it('hides the ✓ and ✕ marks from screen readers, the words carry the status', () => {
    const marks = cell(renderTable(), 'Wiltshire Police', 'Age').querySelectorAll('[aria-hidden="true"]');
    expect([...marks].map((m) => m.textContent)).toEqual(['✕']);
  });

  it('counts the characteristics each force covers', () => {
    expect(cell(renderTable(), 'Leicestershire Police', 'Covered').textContent).toBe('2 of 3');
  });

  it('counts the forces covering each characteristic in the footer', () => {
    const footer = renderTable().querySelector('tfoot tr')!;
    expect([...footer.children].map((c) => c.textContent)).toEqual(['Forces covering', '0 of 2', '1 of 2', '2 of 2', '']);
  });

  it('lets keyboard users scroll a wide table', () => {
    const region = screen.queryByRole('region') ?? renderTable().closest('[role="region"]');
    expect(region?.getAttribute('tabindex')).toBe('0');
  });
});
