import { rotateRoles, type RotationMeeting } from '../../../src/core/agenda/rotate-roles';

const members = ['ana@s.org', 'bo@s.org', 'cy@s.org', 'di@s.org'];
const dates = ['2026-09-08', '2026-09-22', '2026-10-06', '2026-10-20', '2026-11-03', '2026-11-17'];
const meetingsOn = (ds: string[]): RotationMeeting[] => ds.map((date) => ({ key: `M-${date}`, date }));
const rostersFor = (ms: RotationMeeting[], roster = members) => Object.fromEntries(ms.map((m) => [m.key, roster]));

function presenters(meetings: RotationMeeting[], rotation: ReturnType<typeof rotateRoles>) {
  return meetings.map((m) => m.presenter ?? rotation.assignments.find((a) => a.key === m.key)?.presenter);
}

describe('rotateRoles', () => {
  it('gives everyone a presenting turn when there are enough meetings', () => {
    const meetings = meetingsOn(dates);
    const rotation = rotateRoles({ meetings, rosters: rostersFor(meetings), unavailable: {}, today: '2026-09-01' });
    expect(new Set(presenters(meetings, rotation).slice(0, 4))).toEqual(new Set(members));
    expect(rotation.withoutPresentingTurn).toEqual([]);
  });

  it('never changes a presenter already announced, and counts their turn', () => {
    const meetings = meetingsOn(dates.slice(0, 4));
    meetings[0]!.presenter = 'di@s.org';
    meetings[3]!.presenter = 'ana@s.org';
    const rotation = rotateRoles({ meetings, rosters: rostersFor(meetings), unavailable: {}, today: '2026-09-01' });
    for (const announced of ['M-2026-09-08', 'M-2026-10-20']) {
      expect(rotation.assignments.find((a) => a.key === announced)?.presenter).toBeUndefined();
    }
    expect(presenters(meetings, rotation)).toEqual(['di@s.org', 'bo@s.org', 'cy@s.org', 'ana@s.org']);
  });

  it('does not touch meetings before today', () => {
    const meetings = meetingsOn(dates.slice(0, 3));
    const rotation = rotateRoles({ meetings, rosters: rostersFor(meetings), unavailable: {}, today: '2026-09-22' });
    expect(rotation.assignments.map((a) => a.key)).toEqual(['M-2026-09-22', 'M-2026-10-06']);
  });

  it('respects "not available" marks, giving the constrained member the one meeting they can make', () => {
    const meetings = meetingsOn(dates.slice(0, 4));
    // Di can make only the first meeting; alphabetical order alone would give it to Ana and leave Di out.
    const unavailable = { 'di@s.org': dates.slice(1, 4) };
    const rotation = rotateRoles({ meetings, rosters: rostersFor(meetings), unavailable, today: '2026-09-01' });
    const chosen = presenters(meetings, rotation);
    expect(chosen[0]).toBe('di@s.org');
    expect(new Set(chosen)).toEqual(new Set(members));
    for (const a of rotation.assignments.slice(1)) {
      expect([a.presenter, a.timekeeper, a.noteTaker]).not.toContain('di@s.org');
    }
  });

  it('never gives one person two roles in a meeting, and leaves the facilitator free to facilitate', () => {
    const meetings = meetingsOn(dates).map((m) => ({ ...m, facilitator: 'ana@s.org' }));
    meetings[1]!.timekeeper = 'bo@s.org';
    const rotation = rotateRoles({ meetings, rosters: rostersFor(meetings), unavailable: {}, today: '2026-09-01' });
    for (const m of meetings) {
      const a = rotation.assignments.find((x) => x.key === m.key)!;
      const roles = [a.presenter ?? m.presenter, a.timekeeper ?? m.timekeeper, a.noteTaker ?? m.noteTaker];
      expect(new Set(roles).size).toBe(3);
      expect(roles).not.toContain('ana@s.org');
    }
    expect(rotation.assignments[1]!.timekeeper).toBeUndefined();
  });

  it('spreads timekeeping and note-taking evenly', () => {
    const meetings = meetingsOn([...dates, '2026-12-01', '2026-12-15']);
    const rotation = rotateRoles({ meetings, rosters: rostersFor(meetings), unavailable: {}, today: '2026-09-01' });
    const tally = (role: 'timekeeper' | 'noteTaker') =>
      members.map((e) => rotation.assignments.filter((a) => a[role] === e).length);
    expect(tally('timekeeper')).toEqual([2, 2, 2, 2]);
    expect(tally('noteTaker')).toEqual([2, 2, 2, 2]);
  });

  it('reports who cannot get a presenting turn and the roles nobody could take', () => {
    const meetings = meetingsOn(dates.slice(0, 2));
    const rotation = rotateRoles({
      meetings,
      rosters: rostersFor(meetings, ['ana@s.org', 'bo@s.org', 'cy@s.org']),
      unavailable: { 'cy@s.org': dates.slice(0, 2), 'bo@s.org': [dates[1]!] },
      today: '2026-09-01',
    });
    expect(rotation.withoutPresentingTurn).toEqual(['cy@s.org']);
    expect(rotation.unfilled).toEqual([
      { key: 'M-2026-09-08', role: 'noteTaker' },
      { key: 'M-2026-09-22', role: 'timekeeper' },
      { key: 'M-2026-09-22', role: 'noteTaker' },
    ]);
  });

  it('gives the same answer every time', () => {
    const meetings = meetingsOn(dates);
    const input = {
      meetings,
      rosters: rostersFor(meetings),
      unavailable: { 'cy@s.org': [dates[2]!] },
      today: '2026-09-01',
    };
    expect(rotateRoles(input)).toEqual(rotateRoles(input));
  });
});
