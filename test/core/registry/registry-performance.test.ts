// A large district: 2,000 staff, 200 groups, a year of meetings, read whole and checked. How long it takes is
// measured by `npm run bench` (a benchmark prints figures; a timed test would only be flaky).
import { runGuidelineChecks } from '../../../src/core/checks';
import { readRegistry } from '../../../src/core/registry/registry';
import { expandSchedule } from '../../../src/core/schedule/expand-schedule';
import { generatedAs } from '../../../src/core/schedule/generated-as';
import { schoolRegistry, schoolTabs, sheetDate, sheetTime } from './school-fixture';

function largeSchool(): Record<string, unknown[][]> {
  const tabs = schoolTabs();
  const staffHeader = tabs.Staff![0]!;
  const groupHeader = tabs.Groups![0]!;
  const template = tabs.Groups![1]!;
  const person = (i: number) => `teacher${i}@lincolnms.org`;
  const staff = Array.from({ length: 2_000 }, (_, i) => [
    person(i),
    `Teacher ${i}`,
    'Teacher',
    'Math',
    '6, 7',
    i % 10 === 0 ? sheetDate('2025-08-20') : '',
    'Yes',
  ]);
  const groups = Array.from({ length: 200 }, (_, g) =>
    template.map((cell, c) =>
      c === 0 ? `G-${g}` : c === 1 ? `Group ${g}` : c === 5 ? person(g * 10) : c === 7 || c === 8 ? '' : cell,
    ),
  );
  const members = Array.from({ length: 2_000 }, (_, i) => [`G-${Math.floor(i / 10)}`, person(i), 'member', '', '', '']);
  const registry = schoolRegistry();
  const meetingHeader = tabs.Meetings![0]!;
  const meetings = groups.flatMap((_, g) =>
    expandSchedule(
      { ...registry.groups[0]!.row, id: `G-${g}` },
      registry.settings,
      registry.closures.map((c) => c.row),
    ).map((slot) => [
      slot.key,
      slot.group,
      sheetDate(slot.date),
      sheetTime(slot.startTime),
      slot.minutes,
      slot.location,
      'scheduled',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      generatedAs(slot),
      '',
      '',
    ]),
  );
  return {
    ...tabs,
    Staff: [staffHeader, ...staff],
    Groups: [groupHeader, ...groups],
    Members: [tabs.Members![0]!, ...members],
    Meetings: [meetingHeader, ...meetings],
    Attendance: [tabs.Attendance![0]!],
  };
}

describe('a registry of 2,000 staff and 200 groups', () => {
  const tabs = largeSchool();

  it('is read and cross-checked whole, with no problem invented', () => {
    const { registry, problems } = readRegistry(tabs);
    expect(problems).toEqual([]);
    expect(registry!.staff).toHaveLength(2_000);
    expect(registry!.meetings.length).toBeGreaterThan(3_000);
  });

  it('runs the guideline checks on every group', () => {
    const { registry } = readRegistry(tabs);
    const groupsWarned = new Set(runGuidelineChecks(registry!, '2026-10-05').map((p) => p.row));
    expect(groupsWarned.size).toBeGreaterThan(0);
  });
});
