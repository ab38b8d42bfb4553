// Wall-clock times in the school's IANA time zone, both ways. Meetings are typed as local date + time; Calendar
// needs the UTC instant, and DST must not move a 15:30 meeting to 14:30.
import type { IsoDate } from '../registry/cells';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Milliseconds the zone's clocks read as UTC at this instant, i.e. local time expressed on the UTC axis. */
function wallMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) parts[part.type] = Number(part.value);
  const wall = new Date(0);
  wall.setUTCFullYear(parts.year!, parts.month! - 1, parts.day!);
  wall.setUTCHours(parts.hour!, parts.minute!, parts.second!, 0);
  return wall.getTime();
}

function offsetMs(instantMs: number, timeZone: string): number {
  return wallMs(instantMs, timeZone) - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant at which clocks in `timeZone` show `time` on `date`.
 * When clocks go back and the time happens twice, the earlier instant is used (the meeting starts the first
 * time the clock shows it). When clocks go forward and the time never happens, it is read with the offset in
 * force before the change, so 02:30 on a spring-forward night becomes 03:30 — the same choice Temporal's
 * 'compatible' disambiguation and Google Calendar make.
 */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, 0, 0);
  const target = wall.getTime();
  // Offsets half a day either side bracket any transition near this time (zones change at most once a day).
  const halfDay = 12 * 3_600_000;
  const offsetBefore = offsetMs(target - halfDay, timeZone);
  const offsetAfter = offsetMs(target + halfDay, timeZone);
  const candidates = [target - offsetBefore, target - offsetAfter].filter((ms) => wallMs(ms, timeZone) === target);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(target - offsetBefore);
}

/** The local calendar day and 'HH:MM' that clocks in `timeZone` show at `instant`. */
export function instantToLocal(instant: Date, timeZone: string): { date: IsoDate; time: string } {
  const iso = new Date(wallMs(instant.getTime(), timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
