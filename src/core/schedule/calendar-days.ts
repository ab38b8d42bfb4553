// Calendar arithmetic on 'YYYY-MM-DD' days. Days are counted in UTC so no time zone or DST change can shift
// them: a school day is a calendar day wherever the school is.
import type { IsoDate } from '../registry/cells';
import { weekdays, type Weekday } from '../registry/roles';

const msPerDay = 86_400_000;

export function dayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / msPerDay);
}

export function dateOfDayNumber(day: number): IsoDate {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function weekdayOf(date: IsoDate): Weekday {
  // Day 0 (1970-01-01) was a Thursday, index 3 in the Monday-first list.
  return weekdays[(((dayNumber(date) + 3) % 7) + 7) % 7]!;
}

/** The first date on or after `date` that falls on `weekday`. */
export function nextWeekday(date: IsoDate, weekday: Weekday): IsoDate {
  const shift = (weekdays.indexOf(weekday) - weekdays.indexOf(weekdayOf(date)) + 7) % 7;
  return addDays(date, shift);
}

/** 'YYYY-MM' of a date. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

export function daysInMonth(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, monthNumber!, 0)).getUTCDate();
}

export function firstOfMonth(month: string): IsoDate {
  return `${month}-01`;
}

export function lastOfMonth(month: string): IsoDate {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/** Each 'YYYY-MM' from the month of `from` to the month of `to`, inclusive. */
export function monthsBetween(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  let [year, month] = monthOf(from).split('-').map(Number) as [number, number];
  for (let m = monthOf(from); m <= monthOf(to); m = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(m);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

export function addYears(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // 29 February plus a year is 28 February, not 1 March.
  const lastDay = daysInMonth(`${year + years}-${String(month).padStart(2, '0')}`);
  return `${year + years}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

export const earlierDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const laterDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
