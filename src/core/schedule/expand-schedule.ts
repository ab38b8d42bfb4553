// A group's cadence turned into dated meetings for the school year, skipping closures ("Publicize and commit to
// a regular schedule for PLG mtgs. Hold this time sacred.").
import type { IsoDate } from '../registry/cells';
import type { Settings } from '../registry/settings';
import type { ClosureRow, GroupRow } from '../registry/tabs';
import { addDays, earlierDate, monthsBetween, nextWeekday } from './calendar-days';
import { meetingKey, type MeetingSlot } from './meeting-slot';
import { dateInMonth, parseWeeksOfMonth, weekOfMonthOf } from './weeks-of-month';

export function expandSchedule(
  group: GroupRow,
  settings: Pick<Settings, 'yearEnd'>,
  closures: readonly Pick<ClosureRow, 'from' | 'until'>[],
): MeetingSlot[] {
  if (!group.active) return [];
  const last = group.rosterTermEnd ? earlierDate(settings.yearEnd, group.rosterTermEnd) : settings.yearEnd;
  const isClosed = (date: IsoDate) => closures.some((c) => c.from <= date && date <= (c.until ?? c.from));
  return scheduledDates(group, last)
    .filter((date) => !isClosed(date))
    .map((date) => ({
      // The group's PLG Hub key, not its id: a renamed group keeps its meetings (and their events).
      key: meetingKey(group.key ?? group.id, date),
      group: group.id,
      date,
      startTime: group.startTime,
      minutes: group.minutes,
      location: group.location,
    }));
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
