// Who quiet start welcomes and which calendar writes go out without email, as the people who would notice a
// mistake: a teacher who was already invited and is welcomed again, a newcomer added in silence and never told,
// a moved meeting that nobody hears about.
import { planCalendar, type CalendarPlan } from '../../../src/core/calendar/calendar-plan';
import {
  createIsSilent,
  planWelcomes,
  updateIsSilentAddition,
  type WelcomeState,
} from '../../../src/core/sync/welcome-plan';
import { asCalendarHasIt, now, roster, season, syncedState, wanted } from '../calendar/calendar-fixtures';

const everyone = [...roster, 'fac@school.org'].sort();
const newcomer = 'di@school.org';

function dayOne(): { plan: CalendarPlan; wantedEvents: ReturnType<typeof wanted>[] } {
  const wantedEvents = season.map((m, i) => wanted(m, i + 2));
  return { plan: planCalendar({ wanted: wantedEvents, recorded: {}, live: {}, now }), wantedEvents };
}

function welcomesFor(
  plan: CalendarPlan,
  wantedEvents: ReturnType<typeof wanted>[],
  options: {
    quietStart?: boolean;
    records?: [string, WelcomeState][];
    live?: Parameters<typeof planWelcomes>[0]['live'];
  } = {},
) {
  return planWelcomes({
    plan,
    wanted: wantedEvents,
    live: options.live ?? {},
    records: new Map(options.records ?? []),
    quietStart: options.quietStart ?? true,
  });
}

describe('planWelcomes', () => {
  it('on day one welcomes each guest once, in place of one invitation per guest per upcoming meeting', () => {
    const { plan, wantedEvents } = dayOne();
    const upcoming = plan.creates.length;
    expect(upcoming).toBeGreaterThan(1);
    const welcomes = welcomesFor(plan, wantedEvents);
    expect(welcomes.audience.map((w) => w.email)).toEqual(everyone);
    expect(welcomes.audience.every((w) => w.meetings === upcoming && w.groups.join() === 'MATH-6')).toBe(true);
    expect(welcomes.invitationsInstead).toBe(upcoming * everyone.length);
    expect(plan.creates.every((c) => createIsSilent(c, (e) => everyone.includes(e)))).toBe(true);
  });

  it('does not count an invitation for the admin whose Apply writes the events: Calendar never sends them one', () => {
    const { plan, wantedEvents } = dayOne();
    const welcomes = planWelcomes({
      plan,
      wanted: wantedEvents,
      live: {},
      records: new Map(),
      quietStart: true,
      actingUser: 'FAC@school.org',
    });
    expect(welcomes.invitationsInstead).toBe(plan.creates.length * (everyone.length - 1));
  });

  it('welcomes nobody already on a PLG event (invited before quiet start was turned on)', () => {
    const first = season.slice(0, 2).map((m, i) => wanted(m, i + 2));
    const all = season.map((m, i) => wanted(m, i + 2));
    const { live, recorded } = syncedState(first);
    const plan = planCalendar({ wanted: all, recorded, live, now });
    expect(plan.creates.length).toBeGreaterThan(0);
    const welcomes = welcomesFor(plan, all, { live });
    expect(welcomes.audience).toEqual([]);
    expect(welcomes.invitationsInstead).toBe(0);
  });

  it('welcomes a newcomer who joins a group, and adds them to its events without an invitation each', () => {
    const before = season.map((m, i) => wanted(m, i + 2));
    const after = season.map((m, i) => wanted({ ...m, roster: [...roster, newcomer] }, i + 2));
    const { live, recorded } = syncedState(before);
    const plan = planCalendar({ wanted: after, recorded, live, now });
    const welcomes = welcomesFor(plan, after, { live });
    expect(welcomes.audience.map((w) => w.email)).toEqual([newcomer]);
    expect(welcomes.invitationsInstead).toBe(plan.updates.length);
    expect(plan.updates.every((u) => updateIsSilentAddition(u, (e) => e === newcomer))).toBe(true);
  });

  it('announces a move to everyone even when it also adds a newcomer, and a removal always', () => {
    const m = season[2];
    const live = asCalendarHasIt(wanted(m!));
    const moved = planCalendar({
      wanted: [wanted({ ...m!, time: '16:00', roster: [...roster, newcomer] })],
      recorded: {},
      live: { [live.id!]: live },
      now,
    }).updates[0]!;
    expect(moved.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['time', 'guests']));
    expect(updateIsSilentAddition(moved, (e) => e === newcomer)).toBe(false);
    const swapped = planCalendar({
      wanted: [wanted({ ...m!, roster: [roster[0]!, newcomer] })],
      recorded: {},
      live: { [live.id!]: live },
      now,
    }).updates[0]!;
    expect(swapped.changes).toContainEqual({ field: 'guests', added: [newcomer], removed: roster.slice(1) });
    expect(updateIsSilentAddition(swapped, (e) => e === newcomer)).toBe(false);
  });

  it('invites as usual to a new meeting whose guests were told before, even if one of them is new', () => {
    const { plan } = dayOne();
    expect(createIsSilent(plan.creates[0]!, (e) => e === newcomer || e === 'ana@school.org')).toBe(false);
  });

  it('with quiet start off welcomes nobody new, but says what it would change', () => {
    const { plan, wantedEvents } = dayOne();
    const welcomes = welcomesFor(plan, wantedEvents, { quietStart: false });
    expect(welcomes.audience).toEqual([]);
    expect(welcomes.invitationsInstead).toBe(0);
    expect(welcomes.couldWelcome).toBe(everyone.length);
    expect(welcomes.couldSave).toBe(plan.creates.length * everyone.length);
  });

  it('still welcomes someone whose events were added in silence, even after quiet start is turned off', () => {
    const all = season.map((m, i) => wanted(m, i + 2));
    const { live, recorded } = syncedState(all);
    const plan = planCalendar({ wanted: all, recorded, live, now });
    const welcomes = welcomesFor(plan, all, { quietStart: false, live, records: [['bo@school.org', 'due']] });
    expect(welcomes.audience.map((w) => w.email)).toEqual(['bo@school.org']);
  });

  it('holds a due welcome back while its person has no upcoming meeting to read about', () => {
    const all = season.map((m, i) => wanted(m, i + 2));
    const { live, recorded } = syncedState(all);
    const plan = planCalendar({ wanted: all, recorded, live, now });
    const welcomes = welcomesFor(plan, all, { live, records: [['gone@school.org', 'due']] });
    expect(welcomes.audience).toEqual([]);
  });

  it('names those a stopped send may have missed, and never welcomes them again by itself', () => {
    const { plan, wantedEvents } = dayOne();
    const welcomes = welcomesFor(plan, wantedEvents, {
      records: [
        ['ana@school.org', 'sending'],
        ['bo@school.org', 'uncertain'],
        ['cy@school.org', 'mailed'],
      ],
    });
    expect(welcomes.uncertain).toEqual(['ana@school.org', 'bo@school.org']);
    expect(welcomes.audience.map((w) => w.email)).toEqual(['fac@school.org']);
  });
});
