import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseWholeNumber, saveProblem, validateFigure, type FigureDraft } from './figure-form';

const good: FigureDraft = { periodStart: '2024-04-01', periodEnd: '2025-03-31', total: '120', part: '27', source: ' Annual report ' };
const recorded = [{ id: 'f0', periodStart: '2023-04-01', periodEnd: '2024-03-31' }];

function graphqlError(extensions: Record<string, unknown>, message = 'rejected') {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('checking figures before they are sent', () => {
  it('turns a good draft into the input the API takes', () => {
    expect(validateFigure(good, recorded)).toEqual({
      errors: {},
      input: { periodStart: '2024-04-01', periodEnd: '2025-03-31', total: 120, part: 27, source: 'Annual report' },
    });
  });

  it('accepts counts written with thousands separators', () => {
    expect(parseWholeNumber('1,200')).toBe(1200);
  });

  it('refuses decimals, signs and exponents as counts', () => {
    expect(['1.5', '-3', '1e3', '12a'].map(parseWholeNumber)).toEqual([null, null, null, null]);
  });

  it('asks for whole numbers', () => {
    expect(validateFigure({ ...good, total: '12.5' }).errors).toEqual({ total: 'Enter the total as a whole number, like 120' });
  });

  it('puts a part above the total on the part, as the API does', () => {
    expect(validateFigure({ ...good, part: '121' }).errors).toEqual({ part: 'The part cannot be more than the total (120)' });
  });

  it('refuses counts above the API’s limit of 1,000,000', () => {
    expect(validateFigure({ ...good, total: '1000001' }).errors.total).toBe('Total must be 1,000,000 or fewer');
  });

  it('refuses a date that is not in the calendar', () => {
    expect([isCalendarDate('2025-02-29'), isCalendarDate('2024-02-29')]).toEqual([false, true]);
  });

  it('puts an end before the start on the end date', () => {
    expect(validateFigure({ ...good, periodEnd: '2024-03-31' }).errors).toEqual({ periodEnd: 'The period must end on or after the day it starts' });
  });

  it('puts an overlap with a recorded period on the start date, as the API does', () => {
    expect(validateFigure({ ...good, periodStart: '2024-03-01' }, recorded).errors).toEqual({
      periodStart: 'This period overlaps 1 April 2023 to 31 March 2024, which is already recorded',
    });
  });

  it('lets a correction keep its own period', () => {
    expect(validateFigure({ ...good, periodStart: '2023-04-01', periodEnd: '2024-03-31' }, recorded, 'f0').errors).toEqual({});
  });

  it('names every empty field', () => {
    expect(Object.keys(validateFigure({ periodStart: '', periodEnd: '', total: '', part: '', source: '' }).errors)).toEqual(['periodStart', 'periodEnd', 'total', 'part']);
  });
});

describe('the API’s objections', () => {
  it('lands BAD_USER_INPUT on the field it names', () => {
    expect(saveProblem(graphqlError({ code: 'BAD_USER_INPUT', field: 'part', reason: 'must not be more than total (120)' }))).toEqual({
      kind: 'fields',
      errors: { part: 'The part from the target group must not be more than total (120)' },
    });
  });

  it('reads a dotted field path', () => {
    expect(saveProblem(graphqlError({ code: 'BAD_USER_INPUT', field: 'input.total', reason: 'must be a whole number' }))).toEqual({
      kind: 'fields',
      errors: { total: 'The total must be a whole number' },
    });
  });

  it('writes an overlap’s dates out', () => {
    const problem = saveProblem(graphqlError({ code: 'BAD_USER_INPUT', field: 'periodStart', reason: 'overlaps the period 2023-04-01 to 2024-03-31 already recorded' }));
    expect(problem).toEqual({ kind: 'fields', errors: { periodStart: 'This period overlaps the period 1 April 2023 to 31 March 2024 already recorded' } });
  });

  it('reports a stale version as a conflict with the current version', () => {
    expect(saveProblem(graphqlError({ code: 'CONFLICT', currentVersion: 3 }))).toEqual({ kind: 'conflict', currentVersion: 3 });
  });

  it('reports FORBIDDEN as such', () => {
    expect(saveProblem(graphqlError({ code: 'FORBIDDEN' }))).toEqual({ kind: 'forbidden' });
  });
});
