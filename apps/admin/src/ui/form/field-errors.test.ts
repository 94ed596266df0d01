import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { groupFieldLabel } from '../../features/editing/group/labels';
import { errorCode, fieldId, serverFieldErrors } from './field-errors';

const badInput = (extensions: Record<string, unknown>, message = 'bad input') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', ...extensions } }] });

describe('serverFieldErrors', () => {
  it('puts one field’s reason on that field, in the words of its label', () => {
    const mapped = serverFieldErrors(badInput({ field: 'website', reason: 'must be a web address starting with http:// or https://' }), groupFieldLabel);
    expect(mapped).toEqual({ fields: { website: 'Website must be a web address starting with http:// or https://' }, unplaced: [] });
  });

  it('maps every field of a `fields` list, nested paths included', () => {
    const error = badInput({
      field: 'fees.0.amountPence',
      fields: [
        { field: 'fees.0.amountPence', reason: 'must be at most 1,000,000 pence (£10,000)' },
        { field: 'formerNames.1.until', reason: 'must be 2026 or earlier' },
      ],
    });
    expect(serverFieldErrors(error, groupFieldLabel)?.fields).toEqual({
      'fees.0.amountPence': 'Fee 1 amount must be at most 1,000,000 pence (£10,000)',
      'formerNames.1.until': 'Former name 2 year it was last used must be 2026 or earlier',
    });
  });

  it('drops the property name class-validator starts its own messages with', () => {
    const error = badInput({ fields: [{ field: 'eligibilityNote', reason: 'eligibilityNote must be shorter than or equal to 1000 characters' }] });
    expect(serverFieldErrors(error, groupFieldLabel)?.fields).toEqual({ eligibilityNote: 'More on who may join must be shorter than or equal to 1000 characters' });
  });

  it('places a list item’s error on the list when the item has no control of its own', () => {
    const error = badInput({ field: 'characteristics.3', reason: 'must not repeat a characteristic' });
    expect(serverFieldErrors(error, groupFieldLabel)?.fields).toEqual({ characteristics: 'Protected characteristics must not repeat a characteristic' });
  });

  it('reads `input.`-prefixed paths (literal arguments) as the same field', () => {
    expect(serverFieldErrors(badInput({ field: 'input.kind', reason: 'is required' }), groupFieldLabel)?.fields).toEqual({ kind: 'Kind is required' });
  });

  it('keeps problems with no control on the form for the summary', () => {
    const error = badInput({ field: 'status', reason: 'An archived group is restored before it is edited' });
    expect(serverFieldErrors(error, groupFieldLabel)).toEqual({ fields: {}, unplaced: ['An archived group is restored before it is edited'] });
  });

  it('ignores errors that are not about input', () => {
    const forbidden = new CombinedGraphQLErrors({ errors: [{ message: 'You edit wiltshire only', extensions: { code: 'FORBIDDEN' } }] });
    expect([serverFieldErrors(forbidden, groupFieldLabel), errorCode(forbidden)]).toEqual([undefined, 'FORBIDDEN']);
  });
});

describe('fieldId', () => {
  it('turns a dotted path into an id the summary can link to', () => {
    expect(fieldId('fees.0.amountPence')).toBe('f-fees-0-amountPence');
  });
});
