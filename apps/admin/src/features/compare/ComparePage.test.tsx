import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CHARACTERISTICS, coverageRow, leicestershireGroups, pickerRegions, wiltshireGroups } from '../../../test/fixtures';
import { renderPage } from '../../../test/render';
import { ForcePickerQuery } from '../force-picker/ForcePicker';
import { ComparePage, ComparePageQuery } from './ComparePage';

const forceIds = ['leicestershire', 'wiltshire'];
const mocks = [
  { request: { query: ForcePickerQuery }, result: { data: { regions: pickerRegions } }, maxUsageCount: Infinity },
  {
    request: { query: ComparePageQuery, variables: { forceIds } },
    maxUsageCount: Infinity,
    result: {
      data: {
        coverage: {
          __typename: 'Coverage',
          characteristics: CHARACTERISTICS,
          forces: [
            { __typename: 'Force', id: 'leicestershire', name: 'Leicestershire Police', region: { __typename: 'Region', id: 'east-midlands', name: 'East Midlands' }, groups: leicestershireGroups },
            { __typename: 'Force', id: 'wiltshire', name: 'Wiltshire Police', region: { __typename: 'Region', id: 'south-west', name: 'South West' }, groups: wiltshireGroups },
          ],
          rows: [coverageRow('leicestershire', leicestershireGroups), coverageRow('wiltshire', wiltshireGroups)],
        },
      },
    },
  },
];

function open(url: string) {
  return renderPage(<ComparePage />, { path: '/compare', url, mocks });
}

const rowLabels = (table: HTMLElement) => [...table.querySelectorAll('.compare-table__label')].map((e) => e.textContent);

describe('ComparePage', () => {
  it('asks for two or more forces before comparing', async () => {
    open('/compare?forces=wiltshire');
    expect((await screen.findByRole('heading', { name: 'Choose at least one more force' })).tagName).toBe('H2');
  });

  it('aligns the chosen forces row by row', async () => {
    open('/compare?forces=leicestershire&forces=wiltshire');
    const table = await screen.findByRole('table', { name: /^Counterpart groups of/ });
    expect(rowLabels(table)).toEqual([
      'Race',
      'Christian Police Association',
      'National Association of Muslim Police',
      'Police Federation of England and Wales',
      'Peer support',
    ]);
  });

  it('sums up what each force has that the other lacks', async () => {
    open('/compare?forces=leicestershire&forces=wiltshire');
    const glance = await screen.findByRole('table', { name: 'At a glance' });
    const row = within(glance).getByRole('rowheader', { name: 'Only this force has' }).closest('tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['National Association of Muslim Police', 'Peer support']);
  });

  it('names the oldest recorded group of each force', async () => {
    open('/compare?forces=leicestershire&forces=wiltshire');
    const glance = await screen.findByRole('table', { name: 'At a glance' });
    const row = within(glance).getByRole('rowheader', { name: 'Oldest recorded group' }).closest('tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '1994 (recognised): Black Police Association',
      '1999: Wiltshire Ethnic Police Association',
    ]);
  });

  it('narrows to the differences through the URL, so back undoes it', async () => {
    const { router } = open('/compare?forces=leicestershire&forces=wiltshire');
    await userEvent.click(await screen.findByRole('link', { name: 'Show only differences' }));
    const table = await screen.findByRole('table', { name: /^Differences between/ });
    expect([router.state.location.search, rowLabels(table)]).toEqual([
      '?forces=leicestershire&forces=wiltshire&diff=1',
      ['National Association of Muslim Police', 'Peer support'],
    ]);
  });

  it('ticks the chosen forces in the picker', async () => {
    open('/compare?forces=leicestershire&forces=wiltshire');
    await screen.findByRole('table', { name: 'At a glance' });
    const ticked = (await screen.findAllByRole('checkbox')).filter((c) => (c as HTMLInputElement).checked);
    expect(ticked.map((c) => (c as HTMLInputElement).value)).toEqual(forceIds);
  });
});
