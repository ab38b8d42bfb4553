// Next school year's dates, from this year's. The year's first and last day move a year on, to the same weekday
// nearest the same date (a school that starts on a Monday and ends on a Friday does so again, never on a Sunday);
// a district's calendar decides them, and the admin checks them on the new registry's Settings tab. A group's
// first meeting is not copied: the same date falls on another weekday next year. It is worked out again from the
// group's own rule — its weekday, cadence and weeks of the month — as the same meeting of the new year: a group
// that first met on the second Wednesday of the school year does so again, and a monthly group that meets on
// the third Tuesday starts on a third Tuesday.
import type { IsoDate } from '../registry/cells';
import type { GroupRow } from '../registry/tabs';
import { addDays, daysBetween, monthOf, nextWeekday, weekdayOf } from '../schedule/calendar-days';
import { dateInMonth, parseWeeksOfMonth, weekOfMonthOf } from '../schedule/weeks-of-month';

export interface SchoolYearDates {
  yearStart: IsoDate;
  yearEnd: IsoDate;
}

/** The same day and month a year later; 29 February becomes 28 February. */
export function sameDateNextYear(date: IsoDate): IsoDate {
  const year = String(Number(date.slice(0, 4)) + 1).padStart(4, '0');
  const monthDay = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4);
  return `${year}${monthDay}`;
}

/** The day a year on that falls on the same weekday, nearest the same date (at most three days either way). */
export function sameWeekdayNextYear(date: IsoDate): IsoDate {
  const target = sameDateNextYear(date);
  const weekday = weekdayOf(date);
  return nextWeekday(addDays(target, -3), weekday);
}

export function nextSchoolYear(year: SchoolYearDates): SchoolYearDates {
  return { yearStart: sameWeekdayNextYear(year.yearStart), yearEnd: sameWeekdayNextYear(year.yearEnd) };
}

type Rule = Pick<GroupRow, 'firstMeeting' | 'weekday' | 'cadence' | 'weeksOfMonth'>;

/**
 * The group's first meeting next year: as many of its weekdays into the new year as this year's first meeting
 * was into this one; for a monthly group, the first date on or after that its weeks of the month name (blank
 * weeks: the week of the month this year's first meeting fell in, as the schedule reads them).
 */
export function nextFirstMeeting(group: Rule, thisYearStart: IsoDate, nextYearStart: IsoDate): IsoDate {
  const first = nextWeekday(group.firstMeeting, group.weekday);
  const weeksIn = Math.max(0, Math.floor(daysBetween(nextWeekday(thisYearStart, group.weekday), first) / 7));
  const anchor = addDays(nextWeekday(nextYearStart, group.weekday), 7 * weeksIn);
  if (group.cadence !== 'monthly') return anchor;
  const { weeks } = parseWeeksOfMonth(group.weeksOfMonth);
  const chosen = weeks.length > 0 ? weeks : [weekOfMonthOf(first)];
  // Every month has a 1st–4th and a last weekday, so a date is found within two months; a 5th may wait longer.
  for (let month = monthOf(anchor), i = 0; i < 14; i++, month = monthAfter(month)) {
    const dates = chosen
      .map((week) => dateInMonth(month, group.weekday, week))
      .filter((d): d is IsoDate => d !== undefined && d >= anchor)
      .sort();
    if (dates[0]) return dates[0];
  }
  return anchor;
}

function monthAfter(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}
