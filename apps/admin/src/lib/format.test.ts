import { describe, expect, it } from 'vitest';
import { currentFee, formatEstablished, formatFee, formatIsoDate, formatPence, plural } from './format';

describe('formatFee', () => {
  it('calls a zero fee free', () => {
    expect(formatFee({ amountPence: 0 })).toBe('Free');
  });

  it('writes pence as pounds with the period and the date it applies from', () => {
    expect(formatFee({ amountPence: 2358, period: 'MONTH', appliesFrom: '2020-09-01' })).toBe('£23.58 a month from 1 September 2020');
  });
});

describe('formatting helpers', () => {
  it('drops the pence of a whole-pound amount', () => {
    expect(formatPence(2000)).toBe('£20');
  });

  it('says when no fee is recorded', () => {
    expect(currentFee([])).toBe('Not recorded');
  });

  it('writes an ISO date the British way', () => {
    expect(formatIsoDate('2005-06-15')).toBe('15 June 2005');
  });

  it('names the event of a year that is not a founding', () => {
    expect(formatEstablished(1994, 'RECOGNISED')).toBe('1994 (recognised)');
  });

  it('writes a plain founding year alone', () => {
    expect(formatEstablished(2020, 'ESTABLISHED')).toBe('2020');
  });

  it('pluralises', () => {
    expect([plural(1, 'group'), plural(3, 'group')]).toEqual(['1 group', '3 groups']);
  });
});
