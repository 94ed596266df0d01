import { describe, expect, it } from 'vitest';
import { formatDateTime, validateKeyDraft } from './api-key-form';

describe('a new API key', () => {
  it('needs the partner it is for', () => {
    expect(validateKeyDraft({ partnerName: '  ', note: '' }).errors).toEqual({ partnerName: 'Enter who the key is for, such as the organisation and team' });
  });

  it('keeps the partner’s name to 120 characters, as the API does', () => {
    expect(validateKeyDraft({ partnerName: 'x'.repeat(121), note: '' }).errors.partnerName).toBe('The partner’s name must be 120 characters or fewer (it has 121)');
  });

  it('keeps the note to 500 characters', () => {
    expect(validateKeyDraft({ partnerName: 'UNISON', note: 'n'.repeat(501) }).errors).toEqual({ note: 'The note must be 500 characters or fewer (it has 501)' });
  });

  it('sends trimmed values, and no note rather than an empty one', () => {
    expect(validateKeyDraft({ partnerName: ' University of Leicester ', note: ' ' })).toEqual({ errors: {}, input: { partnerName: 'University of Leicester', note: null } });
  });
});

describe('key dates', () => {
  it('are shown in UK time', () => {
    expect(formatDateTime('2025-07-01T13:05:00.000Z')).toBe('1 Jul 2025, 14:05');
  });

  it('leave a missing date missing', () => {
    expect(formatDateTime(null)).toBeNull();
  });
});
