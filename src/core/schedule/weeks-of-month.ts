// "Weeks of month" for monthly groups, as people type it: "1, 3", "2nd", "third", "last".
import { addDays, firstOfMonth, lastOfMonth, nextWeekday } from './calendar-days';
import type { IsoDate } from '../registry/cells';
import type { Weekday } from '../registry/roles';

/** 1–5 = that occurrence of the weekday in the month; 'last' = the month's last one. */
export type WeekOfMonth = 1 | 2 | 3 | 4 | 5 | 'last';

const words: Record<string, WeekOfMonth> = {
  '1': 1,
  '1st': 1,
  first: 1,
  '2': 2,
  '2nd': 2,
  second: 2,
  '3': 3,
  '3rd': 3,
  third: 3,
  '4': 4,
  '4th': 4,
  fourth: 4,
  '5': 5,
  '5th': 5,
  fifth: 5,
  last: 'last',
};

export function parseWeeksOfMonth(entries: readonly string[]): { weeks: WeekOfMonth[]; unreadable: string[] } {
  const weeks: WeekOfMonth[] = [];
  const unreadable: string[] = [];
  for (const entry of entries) {
    const week =
      words[
        entry
          .trim()
          .toLowerCase()
          .replace(/\s*(week|wk)$/, '')
      ];
    if (week === undefined) unreadable.push(entry);
    else if (!weeks.includes(week)) weeks.push(week);
  }
  return { weeks, unreadable };
}

/** Which occurrence of its weekday `date` is within its month (the 15th is always the 3rd). */
export function weekOfMonthOf(date: IsoDate): WeekOfMonth {
  return Math.ceil(Number(date.slice(8, 10)) / 7) as WeekOfMonth;
}

/** The date of that occurrence of `weekday` in `month` ('YYYY-MM'), if the month has one (not every month has a 5th). */
export function dateInMonth(month: string, weekday: Weekday, week: WeekOfMonth): IsoDate | undefined {
  if (week === 'last') return nextWeekday(addDays(lastOfMonth(month), -6), weekday);
  const date = addDays(nextWeekday(firstOfMonth(month), weekday), (week - 1) * 7);
  return date.startsWith(month) ? date : undefined;
}
