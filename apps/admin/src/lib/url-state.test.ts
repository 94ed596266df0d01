import { describe, expect, it } from 'vitest';
import { readEnum, readEnumList, readList, readPage, toSearch, withParams } from './url-state';

const p = (query: string) => new URLSearchParams(query);

describe('readList', () => {
  it('reads repeated keys as a form sends them', () => {
    expect(readList(p('forces=leicestershire&forces=wiltshire'), 'forces')).toEqual(['leicestershire', 'wiltshire']);
  });

  it('reads comma-separated values as people type them', () => {
    expect(readList(p('forces=leicestershire,wiltshire'), 'forces')).toEqual(['leicestershire', 'wiltshire']);
  });

  it('drops duplicates and blanks', () => {
    expect(readList(p('forces=a,,a&forces=b'), 'forces')).toEqual(['a', 'b']);
  });
});

describe('readEnumList and readEnum', () => {
  it('keeps only allowed values, in any case', () => {
    expect(readEnumList(p('kind=staff_network&kind=NOPE'), 'kind', ['STAFF_NETWORK', 'TRADE_UNION'])).toEqual(['STAFF_NETWORK']);
  });

  it('falls back when a value is not allowed', () => {
    expect(readEnum(p('dir=sideways'), 'dir', ['ASC', 'DESC'], 'ASC')).toBe('ASC');
  });
});

describe('readPage', () => {
  it.each(['', 'page=0', 'page=-2', 'page=1.5', 'page=x'])('reads %j as page 1', (query) => {
    expect(readPage(p(query))).toBe(1);
  });

  it('reads a page number', () => {
    expect(readPage(p('page=3'))).toBe(3);
  });
});

describe('withParams', () => {
  it('sets, replaces and removes keys without touching the original', () => {
    const original = p('q=bpa&page=2&kind=STAFF_NETWORK');
    const next = withParams(original, { q: 'lgbt', page: null, kind: ['TRADE_UNION', 'PEER_SUPPORT'] });
    expect([next.toString(), original.toString()]).toEqual(['q=lgbt&kind=TRADE_UNION&kind=PEER_SUPPORT', 'q=bpa&page=2&kind=STAFF_NETWORK']);
  });

  it('leaves page 1 implicit', () => {
    expect(toSearch(withParams(p('page=4'), { page: 1 }))).toBe('');
  });
});
