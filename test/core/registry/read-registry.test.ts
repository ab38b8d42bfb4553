import { describeProblem } from '../../../src/core/problems';
import { readRegistry } from '../../../src/core/registry/registry';
import { email, schoolTabs } from './school-fixture';

describe('readRegistry', () => {
  it('reads a well-kept registry with no problems', () => {
    const { registry, problems } = readRegistry(schoolTabs());
    expect(problems.map(describeProblem)).toEqual([]);
    expect(registry!.settings).toMatchObject({
      yearStart: '2026-08-31',
      yearEnd: '2027-06-18',
      groupSizeMin: 3,
      minMinutes: 50,
    });
    expect(registry!.staff).toHaveLength(14);
    expect(registry!.groups.map((g) => g.row.id)).toEqual(['MATH-6', 'ELA-7', 'ADMIN', 'FAC']);
    const ela = registry!.groups[1]!.row;
    expect(ela).toMatchObject({ startTime: '15:15', firstMeeting: '2026-09-03', weeksOfMonth: ['1', '3'] });
  });

  it('matches a group id typed in lower case with trailing spaces to the Groups tab spelling', () => {
    const { registry } = readRegistry(schoolTabs());
    const sam = registry!.members.find((m) => m.row.email === email('sam.cole'))!;
    expect(sam.row.group).toBe('MATH-6');
    expect(sam.row.role).toBe('member');
  });

  it('reports a missing tab once and still reads the rest', () => {
    const tabs = schoolTabs();
    delete tabs.Attendance;
    const { registry, problems } = readRegistry(tabs);
    expect(problems).toEqual([
      expect.objectContaining({ tab: 'Attendance', message: expect.stringContaining('is missing') }),
    ]);
    expect(registry!.attendance).toEqual([]);
    expect(registry!.staff).toHaveLength(14);
  });

  it('finds a tab whose name differs only in case', () => {
    const tabs = schoolTabs();
    tabs.members = tabs.Members!;
    delete tabs.Members;
    expect(readRegistry(tabs).problems).toEqual([]);
  });

  it('gives no registry without readable settings, but still reports every tab', () => {
    const tabs = schoolTabs();
    tabs.Settings![2]![1] = 'next fall';
    tabs.Staff![12]![0] = 'Pat Jones';
    const { registry, problems } = readRegistry(tabs);
    expect(registry).toBeUndefined();
    expect(problems.map(describeProblem)).toEqual([
      'Settings, row 3, column "Value": "next fall" is not a date — type it as 2026-09-01 (School year start)',
      'Staff, row 13, column "Email": "Pat Jones" is not an email address — use the address from the Staff tab (row skipped until fixed)',
    ]);
  });

  it('reports duplicate staff emails and leaves the second row out', () => {
    const tabs = schoolTabs();
    tabs.Staff!.push(['Jane.Doe@lincolnms.org ', 'Jane D.', 'Teacher', '', '', '', '']);
    const { registry, problems } = readRegistry(tabs);
    expect(problems.map(describeProblem)).toEqual([
      `Staff, row 17, column "Email": "${email('jane.doe')}" is already on row 4 — this row is left out until it is fixed; delete or merge the duplicate`,
    ]);
    expect(registry!.staff.filter((s) => s.row.email === email('jane.doe'))).toHaveLength(1);
  });

  it('reports duplicate group ids whatever their case', () => {
    const tabs = schoolTabs();
    tabs.Groups!.push([...tabs.Groups![1]!.map((v, i) => (i === 0 ? 'Math-6' : v))]);
    const { registry, problems } = readRegistry(tabs);
    expect(problems).toEqual([
      expect.objectContaining({ tab: 'Groups', row: 6, message: expect.stringContaining('already on row 2') }),
    ]);
    expect(registry!.groups).toHaveLength(4);
  });

  it('leaves out memberships of unknown groups, unknown staff and staff who left', () => {
    const tabs = schoolTabs();
    tabs.Members!.push(
      ['SCI-8', email('ben.ortiz'), 'member', '', '', ''],
      ['MATH-6', email('new.hire'), 'member', '', '', ''],
      ['MATH-6', email('old.timer'), 'member', '', '', ''],
    );
    const { registry, problems } = readRegistry(tabs);
    expect(problems.map(describeProblem)).toEqual([
      'Members, row 14, column "Group id": "SCI-8" is not a group id on the Groups tab — this row is left out until it is fixed',
      `Members, row 15, column "Staff email": "${email('new.hire')}" is not on the Staff tab — add them there first; this row is left out until it is fixed; held until fixed: no invitation is sent, changed or canceled for the meetings of Grade 6 Math (MATH-6) — their events stay exactly as they are`,
      `Members, row 16, column "Staff email": "${email('old.timer')}" is marked not active on the Staff tab — type their last day in the Until column; this row is left out until it is fixed`,
    ]);
    expect(registry!.members).toHaveLength(12);
  });

  it('clears a facilitator, coach or goal that points nowhere, keeping the group and its members', () => {
    const tabs = schoolTabs();
    const math = tabs.Groups![1]!;
    math[3] = 'Every student reasons about fractions';
    math[7] = 'Mr. Kim';
    math[5] = email('jane.do');
    const { registry, problems } = readRegistry(tabs);
    expect(problems.map(describeProblem)).toEqual([
      'Groups, row 2, column "Coach": "Mr. Kim" is not an email address — use the address from the Staff tab (row skipped until fixed); held until fixed: no invitation is sent, changed or canceled for the meetings of Grade 6 Math (MATH-6) — their events stay exactly as they are',
      'Groups, row 2: until this row is fixed, PLG Hub also leaves out 5 rows on the Members tab and 2 rows on the Meetings tab and 1 row on the Attendance tab that refer to it',
    ]);
    expect(registry!.groups.map((g) => g.row.id)).toEqual(['ELA-7', 'ADMIN', 'FAC']);
    math[7] = email('lee.kim');
    const second = readRegistry(tabs);
    expect(second.problems.map(describeProblem)).toEqual([
      `Groups, row 2, column "Facilitator": "${email('jane.do')}" is not on the Staff tab — PLG Hub treats this group as having no facilitator until it is fixed`,
      'Groups, row 2, column "School goal": "Every student reasons about fractions" is not a goal id on the Goals tab — type the id (e.g. G1), not the goal text; the group counts as having no goal until it is fixed',
    ]);
    const group = second.registry!.groups[0]!.row;
    expect(group.facilitator).toBeUndefined();
    expect(group.goal).toBeUndefined();
    expect(second.registry!.members.filter((m) => m.row.group === 'MATH-6')).toHaveLength(5);
  });

  it('leaves out meetings of unknown groups, repeated meeting ids and attendance for unknown meetings', () => {
    const tabs = schoolTabs();
    tabs.Meetings!.push([...tabs.Meetings![1]!], ['SCI-8-20260910', 'SCI-8', '2026-09-10', '15:30', 60]);
    tabs.Attendance!.push(['MATH-6-20260101', email('cara.lin'), 'yes'], ['SCI-8-20260910', email('cara.lin'), 'Y']);
    const { registry, problems } = readRegistry(tabs);
    expect(problems.map((p) => [p.tab, p.row, p.column])).toEqual([
      ['Meetings', 4, 'Meeting'],
      ['Meetings', 5, 'Group id'],
      ['Attendance', 3, 'Meeting'],
      ['Meetings', 5, undefined],
    ]);
    expect(registry!.meetings).toHaveLength(2);
    expect(registry!.attendance).toHaveLength(1);
  });

  it('reads "Repurposed " typed by hand as repurposed; "other business" is located, listed with the statuses, and held', () => {
    const tabs = schoolTabs();
    const status = tabs.Meetings![0]!.indexOf('Status');
    tabs.Meetings![1]![status] = 'Repurposed ';
    tabs.Meetings![2]![status] = 'other business';
    const { registry, problems } = readRegistry(tabs);
    expect(registry!.meetings.find((m) => m.rowNumber === 2)!.row.status).toBe('repurposed');
    expect(problems.map(describeProblem)).toEqual([
      'Meetings, row 3, column "Status": "other business" must be one of: scheduled, canceled, repurposed (row skipped until fixed); ' +
        'held until fixed: no invitation is sent, changed or canceled for the meeting MATH-6-20260922 — their events stay exactly as they are',
    ]);
  });

  it('does not blame every membership when the Staff tab lost its Email header', () => {
    const tabs = schoolTabs();
    tabs.Staff![0]![0] = 'E-mail address';
    const { registry, problems } = readRegistry(tabs);
    expect(problems.map(describeProblem)).toEqual([
      'Staff, row 1, column "Email": the column "Email" is missing — add a header cell with exactly that text; held until fixed: no invitation is sent, changed or canceled for any meeting while this tab cannot be read — their events stay exactly as they are',
    ]);
    expect(registry!.staff).toEqual([]);
  });

  it('warns about a week of the month the schedule cannot read', () => {
    const tabs = schoolTabs();
    tabs.Groups![2]![10] = '1st, third, every';
    expect(readRegistry(tabs).problems.map(describeProblem)).toEqual([
      'Groups, row 3, column "Weeks of month": "every" is not a week of the month — use 1 to 5 or "last", e.g. "1, 3"; the schedule ignores it until then',
    ]);
  });
});
