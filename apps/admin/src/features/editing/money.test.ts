import { describe, expect, it } from 'vitest';
import { parsePounds, penceToPounds } from './money';

describe('parsePounds', () => {
  it.each([
    ['23.58', 2358],
    ['£23.58', 2358],
    ['0.29', 29],
    ['2.5', 250],
    ['12', 1200],
    ['£1,200.00', 120000],
    ['0', 0],
  ])('reads %s as %i pence', (text, pence) => {
    expect(parsePounds(text)).toBe(pence);
  });

  it.each(['', 'ten', '12.345', '-1', '1,20', '£'])('refuses %j', (text) => {
    expect(parsePounds(text)).toBeUndefined();
  });
});

describe('penceToPounds', () => {
  it('shows whole pence with two decimals', () => {
    expect([penceToPounds(2358), penceToPounds(29), penceToPounds(2000), penceToPounds(0)]).toEqual(['23.58', '0.29', '20.00', '0.00']);
  });
});
