import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../../../test/render';
import { MeDocument } from '../../auth/useMe';
import { ScopeNamesQuery } from '../../auth/AccountMenu';
import { GroupEditQuery, UpdateGroupMutation } from './documents';
import { GroupEditPage } from './GroupEditPage';

// The form against a mocked API: which control each of the server's
// BAD_USER_INPUT errors lands on, and the summary that takes focus.
const ID = 'leicestershire-lgbt-network';

const me = {
  __typename: 'Me',
  user: {
    __typename: 'User',
    id: 'u1',
    email: 'leicestershire.admin@demo.network-atlas.test',
    displayName: 'Demo Leicestershire force admin',
    role: 'FORCE_ADMIN',
    forceId: 'leicestershire',
    regionId: null,
  },
  permissions: { __typename: 'PermissionsType', canEdit: true, editableForceId: 'leicestershire', canManageUsers: false, canManageApiKeys: false, canReadHistory: true },
};

const group = {
  __typename: 'Group',
  id: ID,
  version: 3,
  status: 'PUBLISHED',
  name: 'LGBT+ Network',
  kind: 'STAFF_NETWORK',
  description: 'For officers and staff who identify as LGBT+.',
  aims: ['To create a workplace where people feel able to be themselves'],
  alsoKnownAs: [],
  established: null,
  establishedEvent: null,
  characteristics: ['SEXUAL_ORIENTATION'],
  topics: [],
  eligibility: ['POLICE_OFFICERS'],
  eligibilityNote: null,
  ranks: [],
  meetingPattern: null,
  website: null,
  nationalBody: null,
  socialHandles: [],
  formerNames: [],
  fees: [{ __typename: 'MembershipFee', amountPence: 500, period: 'YEAR', appliesFrom: null, note: null }],
  affiliations: [],
  force: { __typename: 'Force', id: 'leicestershire', name: 'Leicestershire Police' },
};

const badInput = {
  message: 'fees.0.amountPence: must be at most 1,000,000 pence (£10,000); website: must be a web address starting with http:// or https://',
  extensions: {
    code: 'BAD_USER_INPUT',
    field: 'fees.0.amountPence',
    reason: 'must be at most 1,000,000 pence (£10,000)',
    fields: [
      { field: 'fees.0.amountPence', reason: 'must be at most 1,000,000 pence (£10,000)' },
      { field: 'website', reason: 'must be a web address starting with http:// or https://' },
    ],
  },
};

let sent: unknown[] = [];

beforeAll(() => {
  // jsdom lays nothing out, so it has no scrollIntoView; the summary's links call it.
  Element.prototype.scrollIntoView = vi.fn();
});

const mocks = [
  { request: { query: MeDocument }, result: { data: { me } }, maxUsageCount: Infinity },
  {
    request: { query: ScopeNamesQuery, variables: { forceIds: ['leicestershire'], withForce: true, withRegion: false } },
    result: { data: { forces: [{ __typename: 'Force', id: 'leicestershire', name: 'Leicestershire Police' }] } },
    maxUsageCount: Infinity,
  },
  {
    request: { query: GroupEditQuery, variables: { id: ID } },
    result: { data: { group, nationalBodies: [{ __typename: 'NationalBody', id: 'unison', name: 'UNISON' }] } },
    maxUsageCount: Infinity,
  },
  {
    request: {
      query: UpdateGroupMutation,
      variables: (variables: Record<string, unknown>) => {
        sent.push(variables);
        return true;
      },
    },
    result: { errors: [badInput] },
    maxUsageCount: Infinity,
  },
];

async function open() {
  sent = [];
  const view = renderPage(<GroupEditPage />, { path: '/groups/:groupId/edit', url: `/groups/${ID}/edit`, mocks });
  await screen.findByRole('textbox', { name: 'Name' });
  return view;
}

async function saveWith(change: (user: ReturnType<typeof userEvent.setup>) => Promise<void>) {
  const user = userEvent.setup();
  await open();
  await change(user);
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  return screen.findByRole('group', { name: 'There is a problem' });
}

describe('GroupEditPage errors', () => {
  it('sends only the changed fields, fees in whole pence', async () => {
    await saveWith(async (user) => {
      await user.clear(screen.getByLabelText('Fee 1, in pounds'));
      await user.type(screen.getByLabelText('Fee 1, in pounds'), '£1,234.50');
      await user.type(screen.getByLabelText('Website'), 'https://example');
    });
    expect(sent).toEqual([{ id: ID, version: 3, input: { website: 'https://example', fees: [{ amountPence: 123450, period: 'YEAR', appliesFrom: null, note: null }] } }]);
  });

  it('puts each of the server’s field errors on its control', async () => {
    await saveWith(async (user) => {
      await user.type(screen.getByLabelText('Website'), 'https://example');
    });
    const fee = screen.getByLabelText('Fee 1, in pounds');
    const website = screen.getByLabelText('Website');
    const message = (input: HTMLElement) => input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect([fee.getAttribute('aria-invalid'), message(fee), website.getAttribute('aria-invalid'), message(website)]).toEqual([
      'true',
      ['e.g. 23.58', 'Error: Fee 1 amount must be at most 1,000,000 pence (£10,000)'],
      'true',
      ['The full address, starting https://', 'Error: Website must be a web address starting with http:// or https://'],
    ]);
  });

  it('lists the problems in the summary in the order of the form, each linking to its control, and focuses it', async () => {
    const summary = await saveWith(async (user) => {
      await user.type(screen.getByLabelText('Website'), 'https://example');
    });
    const links = within(summary)
      .getAllByRole('link')
      .map((a) => [a.textContent, a.getAttribute('href')]);
    expect([links, document.activeElement]).toEqual([
      [
        ['Fee 1 amount must be at most 1,000,000 pence (£10,000)', '#f-fees-0-amountPence'],
        ['Website must be a web address starting with http:// or https://', '#f-website'],
      ],
      summary,
    ]);
  });

  it('moves focus to the control when its link in the summary is followed', async () => {
    const summary = await saveWith(async (user) => {
      await user.type(screen.getByLabelText('Website'), 'https://example');
    });
    await userEvent.setup().click(within(summary).getByRole('link', { name: /^Website/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Website'));
  });

  it('checks what it can before sending anything', async () => {
    const summary = await saveWith(async (user) => {
      await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect([within(summary).getByRole('link').textContent, sent]).toEqual(['Enter the name of the group', []]);
  });
});
