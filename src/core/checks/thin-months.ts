// Months in which a group meets less often than asked. A month the group only partly spans (it starts on the
// 20th, the year ends on the 18th) asks only for the meetings that fit wholly in its share of the month
// (rounded down), so a group is not faulted for the days it did not exist.
import type { IsoDate } from '../registry/cells';
import {
  daysBetween,
  daysInMonth,
  earlierDate,
  firstOfMonth,
  lastOfMonth,
  laterDate,
  monthOf,
  monthsBetween,
} from '../schedule/calendar-days';
import { monthNames } from '../calendar-names';

export interface ThinMonth {
  month: string;
  count: number;
  required: number;
}

export function thinMonths(
  meetingDates: readonly IsoDate[],
  from: IsoDate,
  to: IsoDate,
  perMonth: number,
): ThinMonth[] {
  const countByMonth = new Map<string, number>();
  for (const date of meetingDates) {
    if (from <= date && date <= to) countByMonth.set(monthOf(date), (countByMonth.get(monthOf(date)) ?? 0) + 1);
  }
  return monthsBetween(from, to).flatMap((month) => {
    const spanned = daysBetween(laterDate(from, firstOfMonth(month)), earlierDate(to, lastOfMonth(month))) + 1;
    const required = Math.floor((perMonth * spanned) / daysInMonth(month));
    const count = countByMonth.get(month) ?? 0;
    return count < required ? [{ month, count, required }] : [];
  });
}

/** "November 2026 (1 of 2)" */
export function describeThinMonth({ month, count, required }: ThinMonth): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return `${monthNames[monthNumber! - 1]} ${year} (${count} of ${required})`;
}
