// How PLG Hub writes dates and times for people and for Calendar. Names are spelled out (calendar-names.ts)
// rather than taken from Intl so previews read the same on every server, whatever its locale.
import { monthNames, shortMonthNames, shortWeekdayNames, weekdayNames } from '../calendar-names';
import { wallClock, type IsoDate } from '../registry/cells';

function parts(date: IsoDate) {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, weekday };
}

/** "Tue 8 Sep 2026" */
export function dayText(date: IsoDate): string {
  const { year, month, day, weekday } = parts(date);
  return `${shortWeekdayNames[weekday]} ${day} ${shortMonthNames[month - 1]} ${year}`;
}

/** "6 Oct": enough to tell meetings of one group apart within a school year. */
export function shortDayText(date: IsoDate): string {
  const { month, day } = parts(date);
  return `${day} ${shortMonthNames[month - 1]}`;
}

/** "Tuesday 8 September 2026" */
export function longDayText(date: IsoDate): string {
  const { year, month, day, weekday } = parts(date);
  return `${weekdayNames[weekday]} ${day} ${monthNames[month - 1]} ${year}`;
}

/** Minutes since midnight of an "HH:MM" time. */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** "HH:MM" of minutes since midnight, wrapping past midnight. */
export function timeOfDay(minutes: number): string {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** RFC 3339 with the zone's offset at that instant, e.g. 2026-09-08T15:30:00-04:00, as Calendar expects. */
export function dateTimeWithOffset(instant: Date, timeZone: string): string {
  const local = wallClock(instant, timeZone);
  const [year, month, day] = local.date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = local.time.split(':').map(Number) as [number, number];
  const wholeMinute = Math.floor(instant.getTime() / 60000) * 60000;
  const offset = Math.round((Date.UTC(year, month - 1, day, hour, minute) - wholeMinute) / 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local.date}T${local.time}:00${sign}${hh}:${mm}`;
}

/** The school's calendar day and clock time of an RFC 3339 instant. */
export function localDateAndTime(dateTime: string, timeZone: string): { date: IsoDate; time: string } {
  return wallClock(new Date(dateTime), timeZone);
}
