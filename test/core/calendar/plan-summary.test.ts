import { planCalendar } from '../../../src/core/calendar/calendar-plan';
import { previewHeaders, previewRows, summarizePlan } from '../../../src/core/calendar/plan-summary';
import { asCalendarHasIt, now, roster, season, syncedState, wanted } from './calendar-fixtures';

describe('summarizePlan', () => {
  it('says the calendar is up to date when nothing would be written', () => {
    const all = season.map((s, i) => wanted(s, i + 2));
    const summary = summarizePlan(planCalendar({ wanted: all, ...syncedState(all), now }));
    expect(summary.lines).toEqual(['Calendar is up to date: nothing to change (4 meetings checked).']);
    expect(summary.counts).toMatchObject({ creates: 0, updates: 0, cancels: 0, drift: 0, unchanged: 4 });
  });

  it('describes creates, updates and cancels in sentences an admin can check', () => {
    const before = season.map((s, i) => wanted(s, i + 2));
    const state = syncedState(before.slice(0, 3));
    const after = [
      before[0]!,
      wanted({ ...season[1]!, canceled: true }, 3),
      wanted({ ...season[2]!, time: '16:00', roster: ['ana@school.org', 'bo@school.org', 'di@school.org'] }, 4),
      before[3]!,
    ];
    const summary = summarizePlan(planCalendar({ wanted: after, ...state, now }));
    expect(summary.lines).toEqual([
      'Create: Math 6 PLG, Tue 20 Oct 2026 15:30, 4 guests',
      'Update: Math 6 PLG, 6 Oct: time 15:30→16:00; guests +di@school.org, −cy@school.org',
      'Cancel: Math 6 PLG, Tue 22 Sep 2026 15:30 (canceled in the Meetings tab)',
    ]);
    expect(summary.counts).toMatchObject({ creates: 1, updates: 1, cancels: 1 });
  });

  it('asks the admin to choose for an event edited in Calendar, and passes warnings on', () => {
    const all = season.map((s, i) => wanted({ ...s, roster: [...roster, 'pat@gmail.com'] }, i + 2));
    const state = syncedState(all);
    state.live[all[1]!.event.id] = asCalendarHasIt(all[1]!, { location: 'Library' });
    const lines = summarizePlan(planCalendar({ wanted: all, ...state, now })).lines;
    expect(lines[0]).toBe(
      "Changed in Calendar: Math 6 PLG, 22 Sep: place Room 204→Library — choose: keep Calendar's version, or restore the registry's",
    );
    expect(lines[1]).toMatch(/^Warning: pat@gmail.com is outside the school's domain/);
  });
});

describe('previewRows', () => {
  it('gives the Preview tab a header and one row per planned action', () => {
    const all = season.map((s, i) => wanted(s, i + 2));
    const rows = previewRows(planCalendar({ wanted: all, recorded: {}, live: {}, now }));
    expect(rows[0]).toEqual([...previewHeaders]);
    expect(rows.slice(1)).toEqual(
      season.slice(1).map((s) => ['Create', s.key, 'MATH-6', expect.stringContaining(`Math 6 PLG, `), '4 guests']),
    );
  });
});
