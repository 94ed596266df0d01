import { describe, expect, it } from 'vitest';
import { conflictRows } from './conflict-rows';
import { eventsSince } from './events-since';

const event = (version: number, changes: { field: string; before: unknown; after: unknown }[]) => ({
  id: `e${version}`,
  at: '2026-03-02T10:00:00Z',
  actorEmail: 'national.admin@demo.network-atlas.test',
  action: 'UPDATE',
  after: { version },
  changes,
});

describe('conflictRows', () => {
  it('sets their change beside mine, marking a field both changed', () => {
    const events = [event(5, [{ field: 'meetingPattern', before: null, after: 'Monthly' }]), event(4, [{ field: 'description', before: 'Old', after: 'Theirs' }])];
    const rows = conflictRows(events, { description: 'Old', meetingPattern: null }, { description: 'Mine' });
    expect(rows).toEqual([
      { field: 'meetingPattern', loaded: null, current: 'Monthly', mine: undefined, clash: false },
      { field: 'description', loaded: 'Old', current: 'Theirs', mine: 'Mine', clash: true },
    ]);
  });
});

describe('eventsSince', () => {
  it('keeps the events after the version the form was loaded at', () => {
    const history = [event(7, []), event(6, []), event(5, [])];
    expect(eventsSince(history, 5, 7).map((e) => e.id)).toEqual(['e7', 'e6']);
  });
});
