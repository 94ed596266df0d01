import { describe, expect, it } from 'vitest';
import { isDirty, overlay } from '../form-values';
import { changedInput, toInput, toValues, type EditableGroup } from './values';

const group: EditableGroup = {
  name: 'Police Federation',
  kind: 'STAFF_ASSOCIATION',
  description: null,
  aims: ['Represent members', 'Negotiate pay'],
  alsoKnownAs: [],
  established: 1919,
  establishedEvent: 'ESTABLISHED',
  characteristics: [],
  topics: [],
  eligibility: ['POLICE_OFFICERS'],
  eligibilityNote: null,
  ranks: ['Constable', 'Sergeant'],
  nationalBody: { id: 'pfew' },
  meetingPattern: null,
  website: null,
  socialHandles: [],
  formerNames: [],
  fees: [{ amountPence: 2358, period: 'MONTH', appliesFrom: '2020-09-01', note: null }],
  affiliations: [],
};

describe('group form values', () => {
  it('round-trips a group to the same input, fees in pence', () => {
    expect(toInput(toValues(group))).toMatchObject({ fees: [{ amountPence: 2358, period: 'MONTH', appliesFrom: '2020-09-01', note: null }], nationalBodyId: 'pfew', established: 1919 });
  });

  it('sends only the fields that changed', () => {
    const initial = toValues(group);
    const edited = { ...initial, description: '  Represents officers  ', aims: [...initial.aims, { key: 'new', text: 'Support wellbeing' }] };
    expect(changedInput(initial, edited)).toEqual({ description: 'Represents officers', aims: ['Represent members', 'Negotiate pay', 'Support wellbeing'] });
  });

  it('clears a field emptied in the form by sending null', () => {
    const initial = toValues({ ...group, website: 'https://www.polfed.org' });
    expect(changedInput(initial, { ...initial, website: ' ' })).toEqual({ website: null });
  });

  it('sees a reordered list as a change, and the same values as none', () => {
    const initial = toValues(group);
    const same = toValues(group);
    expect([isDirty(initial, same), isDirty(initial, { ...initial, aims: [...initial.aims].reverse() })]).toEqual([false, true]);
  });

  it('lays the fields one person changed over the newer version of the others', () => {
    const initial = toValues(group);
    const mine = { ...initial, description: 'Mine' };
    const theirs = toValues({ ...group, meetingPattern: 'Monthly' });
    const merged = overlay(toInput, theirs, initial, mine);
    expect([merged.description, merged.meetingPattern]).toEqual(['Mine', 'Monthly']);
  });
});
