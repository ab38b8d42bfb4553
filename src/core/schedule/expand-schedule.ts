// A group's cadence turned into dated meetings for the school year, skipping closures ("Publicize and commit to
// a regular schedule for PLG mtgs. Hold this time sacred.").
import type { IsoDate } from '../registry/cells';
import type { Settings } from '../registry/settings';
import type { ClosureRow, GroupRow } from '../registry/tabs';
import { addDays, daysBetween, earlierDate, firstOfMonth, monthOf, monthsBetween, nextWeekday } from './calendar-days';
import { meetingKey, type MeetingSlot } from './meeting-slot';
import { dateInMonth, parseWeeksOfMonth, weekOfMonthOf } from './weeks-of-month';

export function expandSchedule(
  group: GroupRow,
  settings: Pick<Settings, 'yearEnd' | 'minMeetingsPerMonth'>,
  closures: readonly Pick<ClosureRow, 'from' | 'until'>[],
): MeetingSlot[] {
  if (!group.active) return [];
  const last = lastMeetingDay(group, settings);
  const isClosed = closedOn(closures);
  const regular = scheduledDates(group, last).filter((date) => !isClosed(date));
  const makeUps = makeUpDates(group, settings, closures, regular);
  return [
    ...regular.map((date) => slotOf(group, date)),
    ...makeUps.map((m) => ({ ...slotOf(group, m.date), makeUpFor: m.month })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function slotOf(group: GroupRow, date: IsoDate): MeetingSlot {
  return {
    // The group's PLG Hub key, not its id: a renamed group keeps its meetings (and their events).
    key: meetingKey(group.key ?? group.id, date),
    group: group.id,
    date,
    startTime: group.startTime,
    minutes: group.minutes,
    location: group.location,
  };
}

function lastMeetingDay(group: GroupRow, settings: Pick<Settings, 'yearEnd'>): IsoDate {
  return group.rosterTermEnd ? earlierDate(settings.yearEnd, group.rosterTermEnd) : settings.yearEnd;
}

function closedOn(closures: readonly Pick<ClosureRow, 'from' | 'until'>[]): (date: IsoDate) => boolean {
  return (date) => closures.some((c) => c.from <= date && date <= (c.until ?? c.from));
}

/**
 * Make-up meetings for months that closures left below Settings' minimum ("at least twice monthly", shared/seeds
 * 001, Structure): in such a month, the group's free days on its own weekday (or its Make-up day, where the
 * Groups tab names one), nearest the meetings lost first. Only what closures took away is made up — a cadence
 * that never gives two a month is the guideline check's finding, not a gap to fill — and never past the
 * school year, the roster term, or into a closure.
 */
export function makeUpDates(
  group: GroupRow,
  settings: Pick<Settings, 'yearEnd' | 'minMeetingsPerMonth'>,
  closures: readonly Pick<ClosureRow, 'from' | 'until'>[],
  regular: readonly IsoDate[],
): { date: IsoDate; month: string }[] {
  const last = lastMeetingDay(group, settings);
  const first = nextWeekday(group.firstMeeting, group.weekday);
  const isClosed = closedOn(closures);
  const lost = scheduledDates(group, last).filter(isClosed);
  const taken = new Set(regular);
  const found: { date: IsoDate; month: string }[] = [];
  for (const month of new Set(lost.map(monthOf))) {
    const held = regular.filter((d) => monthOf(d) === month).length;
    const lostThere = lost.filter((d) => monthOf(d) === month);
    const needed = Math.min(settings.minMeetingsPerMonth - held, lostThere.length);
    if (needed <= 0) continue;
    const day = group.makeUpDay ?? group.weekday;
    const candidates: IsoDate[] = [];
    for (let d = nextWeekday(firstOfMonth(month), day); monthOf(d) === month; d = addDays(d, 7)) {
      if (d >= first && d <= last && !isClosed(d) && !taken.has(d)) candidates.push(d);
    }
    const distance = (d: IsoDate) => Math.min(...lostThere.map((l) => Math.abs(daysBetween(l, d))));
    for (const date of candidates.sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1)).slice(0, needed)) {
      taken.add(date);
      found.push({ date, month });
    }
  }
  return found;
}

/** Every date the cadence names from the first meeting (moved to the group's weekday if need be) to `last`. */
function scheduledDates(group: GroupRow, last: IsoDate): IsoDate[] {
  const first = nextWeekday(group.firstMeeting, group.weekday);
  if (group.cadence === 'monthly') {
    const { weeks } = parseWeeksOfMonth(group.weeksOfMonth);
    // Blank weeks of month: the same week as the first meeting, e.g. "every 3rd Tuesday".
    const chosen = weeks.length > 0 ? weeks : [weekOfMonthOf(first)];
    const dates = monthsBetween(first, last).flatMap((month) =>
      chosen.map((week) => dateInMonth(month, group.weekday, week)).filter((d): d is IsoDate => d !== undefined),
    );
    return [...new Set(dates)].filter((d) => first <= d && d <= last).sort();
  }
  const step = group.cadence === 'weekly' ? 7 : 14;
  const dates: IsoDate[] = [];
  for (let date = first; date <= last; date = addDays(date, step)) dates.push(date);
  return dates;
}
