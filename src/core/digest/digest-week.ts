// Which week's digest is due: the ISO 8601 week (Monday to Sunday) of the school's own wall clock, so a school
// in Sydney or Kolkata starts its week on its own Monday, not on the server's or UTC's. The week's digest goes
// out from Monday 06:00 in the school's zone, so nobody's arrives in the middle of the night.
import { wallClock, type IsoDate } from '../registry/cells';
import { weekdays } from '../registry/roles';
import { addDays, dayNumber, weekdayOf } from '../schedule/calendar-days';

/** The hour of Monday, in the school's zone, from which that week's digest is due. */
export const digestHour = '06:00';

/** '2026-W37': the ISO week `date` falls in (its year is the year of that week's Thursday). */
export function isoWeek(date: IsoDate): string {
  const thursday = addDays(date, 3 - weekdays.indexOf(weekdayOf(date)));
  const year = thursday.slice(0, 4);
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export interface DigestWeek {
  /** The ISO week whose digest is due now. */
  week: string;
  /** The school's date now, from which the digest looks back and ahead. */
  today: IsoDate;
  /** Monday of that week. */
  monday: IsoDate;
}

export function digestWeekAt(now: Date, timeZone: string): DigestWeek {
  const { date, time } = wallClock(now, timeZone);
  // Before 06:00 on a Monday it is still last week's digest (already sent) that is due.
  const day = weekdayOf(date) === 'Monday' && time < digestHour ? addDays(date, -1) : date;
  return { week: isoWeek(day), today: date, monday: addDays(day, -weekdays.indexOf(weekdayOf(day))) };
}
