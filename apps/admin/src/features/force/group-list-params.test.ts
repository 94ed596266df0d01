import { describe, expect, it } from 'vitest';
import { describeRange, readGroupListState, toGroupFilter } from './group-list-params';

describe('readGroupListState', () => {
  it('reads filters, sorting and the page from the URL', () => {
    const state = readGroupListState(new URLSearchParams('q=police&kind=staff_association&characteristic=RACE&status=archived&sort=established&dir=desc&page=2'));
    expect(state).toEqual({
      search: 'police',
      kinds: ['STAFF_ASSOCIATION'],
      characteristics: ['RACE'],
      statuses: ['ARCHIVED'],
      orderBy: 'ESTABLISHED',
      direction: 'DESC',
      page: 2,
    });
  });

  it('falls back to name order, ascending, page 1', () => {
    expect(readGroupListState(new URLSearchParams('sort=shoe&dir=up&page=none'))).toMatchObject({ orderBy: 'NAME', direction: 'ASC', page: 1 });
  });
});

describe('toGroupFilter', () => {
  it('always narrows to the force and leaves unused filters out', () => {
    expect(toGroupFilter('wiltshire', readGroupListState(new URLSearchParams('')))).toEqual({ forceIds: ['wiltshire'] });
  });
});

describe('toGroupFilter with a status', () => {
  it('asks for archived groups only when the URL says so', () => {
    expect(toGroupFilter('leicestershire', readGroupListState(new URLSearchParams('status=ARCHIVED')))).toEqual({ forceIds: ['leicestershire'], statuses: ['ARCHIVED'] });
  });
});

describe('describeRange', () => {
  it('counts the second page from eleven', () => {
    expect(describeRange(2, 1, 11)).toBe('Showing 11–11 of 11 groups');
  });

  it('says when there is nothing', () => {
    expect(describeRange(1, 0, 0)).toBe('No groups');
  });
});
