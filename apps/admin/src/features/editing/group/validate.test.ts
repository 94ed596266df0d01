import { describe, expect, it } from 'vitest';
import { EMPTY_GROUP, type GroupFormValues } from './values';
import { validateGroup } from './validate';

const valid: GroupFormValues = { ...EMPTY_GROUP, name: 'Carers Network', kind: 'SUPPORT_GROUP' };

describe('validateGroup', () => {
  it('accepts a named group of a kind', () => {
    expect(validateGroup(valid)).toEqual({});
  });

  it('asks for the name and the kind', () => {
    expect(validateGroup(EMPTY_GROUP)).toEqual({ name: 'Enter the name of the group', kind: 'Choose what kind of group it is' });
  });

  it('names the aim left blank by its position', () => {
    expect(validateGroup({ ...valid, aims: [{ key: 'a', text: 'Support carers' }, { key: 'b', text: ' ' }] })).toEqual({ 'aims.1': 'Enter aim 2, or remove it' });
  });

  it('wants fees as pounds with up to two decimals, and a period above zero', () => {
    const fees = [
      { key: 'a', amount: '12.345', period: '' as const, appliesFrom: '', note: '' },
      { key: 'b', amount: '3', period: '' as const, appliesFrom: '', note: '' },
    ];
    expect(validateGroup({ ...valid, fees })).toEqual({
      'fees.0.amountPence': 'Fee 1 must be an amount in pounds with up to 2 decimals, like 23.58',
      'fees.1.period': 'Choose whether fee 2 is a month or a year',
    });
  });

  it('checks years and web addresses the simple way', () => {
    expect(validateGroup({ ...valid, established: '19', website: 'www.example.org' })).toEqual({
      established: 'Year must be a year as 4 digits, like 2005',
      website: 'Website must be a web address starting with http:// or https://, like https://www.leics.police.uk',
    });
  });

  it('refuses the same body twice among those the group works with', () => {
    const affiliations = [
      { key: 'a', nationalBodyId: 'unison', relation: 'works with' },
      { key: 'b', nationalBodyId: 'unison', relation: 'meets' },
    ];
    expect(validateGroup({ ...valid, affiliations })).toEqual({ 'affiliations.1.nationalBodyId': 'Body 2 is listed twice: remove one' });
  });
});
