// The teachers' directory: what a card can answer without opening the registry, within the property size limit.
import { directoryEntries, groupOfMeetingKey, meetingKeyOfEvent, parseDirectoryEntry } from '../../src/core/directory';
import { eventIdFor } from '../../src/core/calendar/event-id';
import { schoolRegistry } from './registry/school-fixture';

describe('directory', () => {
  it('finds the meeting behind a PLG Hub event id, and nothing behind another event', () => {
    expect(meetingKeyOfEvent(eventIdFor('MATH-6-20260908'))).toBe('MATH-6-20260908');
    expect(meetingKeyOfEvent(`${eventIdFor('MATH-6-20260908')}_20260908T193000Z`)).toBe('MATH-6-20260908');
    expect(meetingKeyOfEvent('abc123xyz')).toBeUndefined();
    expect(groupOfMeetingKey('MATH-6-20260908')).toBe('MATH-6');
  });

  it('publishes each group with its roles and every person on its roster named, however large the group', () => {
    const registry = schoolRegistry();
    const group = registry.groups[0]!;
    const many = Array.from({ length: 150 }, (_, i) => `person${i}@lincolnms.org`);
    const big = {
      ...registry,
      staff: [
        ...registry.staff,
        ...many.map((email, i) => ({
          row: { ...registry.staff[0]!.row, email, name: `Person Number ${i}` },
          rowNumber: 100 + i,
        })),
      ],
      members: [
        ...registry.members,
        ...many.map((email, i) => ({
          row: { ...registry.members[0]!.row, group: group.row.id, email },
          rowNumber: 100 + i,
        })),
      ],
    };
    const entries = directoryEntries(big, new Date('2026-09-01T12:00:00Z'));
    const raw = entries.get((group.row.key ?? group.row.id).toUpperCase())!.json;
    const entry = parseDirectoryEntry(raw)!;
    expect(entry.roles['person149@lincolnms.org']).toBe('member');
    expect(entry.names['person149@lincolnms.org']).toBe('Person Number 149');
    expect(entry.roles[group.row.facilitator!]).toBe('facilitator');
  });

  it('ignores a damaged stored entry instead of trusting it', () => {
    expect(parseDirectoryEntry('{"id": 3}')).toBeUndefined();
    expect(parseDirectoryEntry('not json')).toBeUndefined();
  });
});
