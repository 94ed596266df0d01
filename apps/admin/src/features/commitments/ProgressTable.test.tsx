import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { figure, leicestershireProgress, wiltshireProgress } from './fixtures';
import type { ForceProgressLike } from './progress';
import { ProgressTable } from './ProgressTable';

function renderTable(progress: ForceProgressLike[]) {
  const router = createMemoryRouter([{ path: '/', element: <ProgressTable progress={progress} caption="Progress: chosen forces" /> }]);
  render(<RouterProvider router={router} />);
  return screen.getByRole('table', { name: 'Progress: chosen forces' });
}

/** A row's cells as text, found by the row header (the force) and a text in the row. */
function rowCells(table: HTMLElement, force: string, containing?: string): string[] {
  const rows = within(table)
    .getAllByRole('rowheader', { name: force })
    .map((th) => th.closest('tr')!)
    .filter((tr) => !containing || tr.textContent!.includes(containing));
  return [...rows[0].children].map((c) => c.textContent!);
}

const short = figure('f1', '2024-04-01', '2025-03-31', 120, 27);
const above = figure('f0', '2023-04-01', '2024-03-31', 100, 30);

describe('ProgressTable', () => {
  it('heads its columns with what a coordinator compares, scoped to the column', () => {
    const headers = within(renderTable([wiltshireProgress])).getAllByRole('columnheader');
    expect(headers.map((th) => [th.textContent, th.getAttribute('scope')])).toEqual(
      ['Force', 'Commitment', 'Target', 'Period', 'Total', 'Part', 'Share', 'Gap to target (percentage points)', 'Shortfall', 'Met target?'].map((c) => [c, 'col']),
    );
  });

  it('writes a period short of the target with its share, gap, shortfall and "Not met"', () => {
    expect(rowCells(renderTable([leicestershireProgress([short])]), 'Leicestershire Police')).toEqual([
      'Leicestershire Police',
      'Not less than one in four',
      '1 in 4 (25%)',
      '1 April 2024 to 31 March 2025',
      '120',
      '27',
      '22.5%',
      '\u22122.5 below',
      '3',
      '✕ Not met',
    ]);
  });

  it('writes a period above the target as met, with no shortfall', () => {
    const cells = rowCells(renderTable([leicestershireProgress([above, short])]), 'Leicestershire Police', '2023');
    expect(cells.slice(6)).toEqual(['30.0%', '+5.0 above', '0', '✓ Met']);
  });

  it('writes large counts with thousands separators', () => {
    const cells = rowCells(renderTable([leicestershireProgress([figure('f2', '2025-04-01', '2026-03-31', 12000, 3000)])]), 'Leicestershire Police');
    expect(cells.slice(4, 7)).toEqual(['12,000', '3,000', '25.0%']);
  });

  it('keeps a row for a force with no target, saying so', () => {
    expect(rowCells(renderTable([wiltshireProgress]), 'Wiltshire Police')).toEqual(['Wiltshire Police', 'No target set']);
  });

  it('says when a commitment has no figures recorded yet', () => {
    expect(rowCells(renderTable([leicestershireProgress([])]), 'Leicestershire Police').at(-1)).toBe('No figures recorded yet');
  });

  it('hides the ✓ and ✕ marks from screen readers; the words carry the status', () => {
    const table = renderTable([leicestershireProgress([short])]);
    expect([...table.querySelectorAll('[aria-hidden="true"]')].map((m) => m.textContent)).toEqual(['✕']);
  });

  it('says "n/a" for the share of a period with a total of 0', () => {
    const cells = rowCells(renderTable([leicestershireProgress([figure('f3', '2026-04-01', '2027-03-31', 0, 0)])]), 'Leicestershire Police');
    expect(cells.slice(6)).toEqual(['n/a', 'n/a', '0', '✓ Met']);
  });

  it('links each force to its page', () => {
    const link = within(renderTable([wiltshireProgress])).getByRole('link', { name: 'Wiltshire Police' });
    expect(link.getAttribute('href')).toBe('/forces/wiltshire');
  });
});
