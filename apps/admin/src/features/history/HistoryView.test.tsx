import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HistoryView, type HistoryEvent } from './HistoryView';

const edited: HistoryEvent = {
  id: 'e2',
  at: '2026-03-02T14:05:00Z',
  actorEmail: 'leicestershire.admin@demo.network-atlas.test',
  action: 'UPDATE',
  changes: [
    { field: 'aims', before: ['Support members'], after: ['Support members', 'Champion allies'] },
    { field: 'description', before: null, after: 'A network for LGBT+ colleagues.' },
    { field: 'kind', before: 'SUPPORT_GROUP', after: 'STAFF_NETWORK' },
  ],
};

function rows() {
  const table = screen.getByRole('table', { name: /^Edited the group on/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));
}

describe('HistoryView', () => {
  it('heads each event with what was done, when and by whom', () => {
    render(<HistoryView events={[edited]} what="the group" />);
    const heading = screen.getByRole('heading', { level: 3 });
    expect([heading.textContent, heading.nextElementSibling?.textContent]).toEqual([
      expect.stringMatching(/^Edited on 2 March 2026 at \d{2}:05$/),
      'by leicestershire.admin@demo.network-atlas.test',
    ]);
  });

  it('tabulates each field before and after, lists as lists and nothing as "(none)"', () => {
    render(<HistoryView events={[edited]} what="the group" />);
    expect(rows()).toEqual([
      ['Aims', 'Support members', 'Support membersChampion allies (added)'],
      ['Description', '(none)', 'A network for LGBT+ colleagues.'],
      ['Kind', 'Support group', 'Staff network'],
    ]);
  });

  it('marks the list items added, and those removed', () => {
    const removed: HistoryEvent = { ...edited, changes: [{ field: 'topics', before: ['Cancer', 'Menopause'], after: ['Menopause'] }] };
    render(<HistoryView events={[removed]} what="the group" />);
    expect([screen.getByRole('deletion').textContent, screen.queryByRole('insertion')]).toEqual(['Cancer', null]);
  });

  it('says when there is no history yet', () => {
    render(<HistoryView events={[]} what="the group" />);
    expect(screen.getByText('No changes recorded yet.')).toBeTruthy();
  });
});
