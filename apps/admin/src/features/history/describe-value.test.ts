import { describe, expect, it } from 'vitest';
import { describeValue, fieldLabel, valueAsText } from './describe-value';

const names = { nationalBodies: new Map([['national-black-police-association', 'National Black Police Association']]) };

describe('describeValue', () => {
  it('shows nothing as "(none)", an empty list included', () => {
    expect([valueAsText('description', null), valueAsText('aims', []), valueAsText('website', '')]).toEqual(['(none)', '(none)', '(none)']);
  });

  it('keeps lists as lists, in order', () => {
    expect(describeValue('aims', ['Support members', 'Advise the force'])).toEqual({ kind: 'list', items: ['Support members', 'Advise the force'] });
  });

  it('words enums as the portal labels them', () => {
    expect([valueAsText('kind', 'STAFF_ASSOCIATION'), valueAsText('status', 'ARCHIVED'), valueAsText('characteristics', ['RACE', 'RELIGION_OR_BELIEF'])]).toEqual([
      'Staff association',
      'Archived',
      'Race; Religion or belief',
    ]);
  });

  it('shows fees as money, not pence', () => {
    expect(valueAsText('fees', [{ amountPence: 2358, period: 'MONTH', appliesFrom: '2020-09-01', note: null }])).toBe('£23.58 a month from 1 September 2020');
  });

  it('names national bodies rather than their ids', () => {
    const affiliations = [{ nationalBodyId: 'national-black-police-association', relation: 'meets regularly with' }];
    expect([valueAsText('nationalBodyId', 'national-black-police-association', names), valueAsText('affiliations', affiliations, names)]).toEqual([
      'National Black Police Association',
      'meets regularly with National Black Police Association',
    ]);
  });

  it('reads former names and social handles', () => {
    expect([valueAsText('formerNames', [{ name: 'Black Police Association', until: 2020 }]), valueAsText('socialHandles', [{ platform: 'X', handle: '@WiltsEPA' }])]).toEqual([
      'Black Police Association (until 2020)',
      'X: @WiltsEPA',
    ]);
  });
});

describe('fieldLabel', () => {
  it('labels known fields and makes words of the others', () => {
    expect([fieldLabel('eligibilityNote'), fieldLabel('statusBeforeArchive'), fieldLabel('someNewField')]).toEqual([
      'More on who may join',
      'Status before it was archived',
      'Some new field',
    ]);
  });
});
