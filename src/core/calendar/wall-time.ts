// Clock arithmetic and the times PLG Hub writes for Calendar. Dates and times written for people are in
// schedule/local-style.ts, in the school's own style.
import { wallClock, type IsoDate } from '../registry/cells';

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
