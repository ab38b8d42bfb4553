// Wall-clock ↔ instant conversion in IANA time zones, derived from Intl so DST follows the real tz database.

import { wallTimeAt, wallToInstantMs, zoneOffsetMs, type WallTime } from '../../core/schedule/zoned-time';

export { isValidTimeZone, type WallTime } from '../../core/schedule/zoned-time';

export function instantToWall(ms: number, timeZone: string): WallTime {
  return wallTimeAt(ms, timeZone);
}

/** Minutes east of UTC in `timeZone` at the instant `ms` (New York in summer: -240). */
export function offsetMinutes(ms: number, timeZone: string): number {
  return Math.round(zoneOffsetMs(ms, timeZone) / 60_000);
}

/**
 * The instant a wall-clock time names in `timeZone`. A time skipped by a spring-forward gap resolves to the
 * later offset's reading (02:30 → 03:30), as Google Calendar does; an ambiguous fall-back time takes the
 * first occurrence. The same rule PLG Hub itself uses (core's wallToInstantMs).
 */
export function wallToInstant(wall: WallTime, timeZone: string): number {
  return wallToInstantMs(wall, timeZone);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatOffset(minutes: number, separator = ':'): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

/** RFC 3339 with the zone's offset, the form the Calendar API returns: 2026-09-01T15:30:00-04:00. */
export function formatRfc3339(ms: number, timeZone: string): string {
  const wall = instantToWall(ms, timeZone);
  const offset = offsetMinutes(ms, timeZone);
  return `${formatWallDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${offset === 0 ? 'Z' : formatOffset(offset)}`;
}

export function formatWallDate(wall: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** iCalendar's basic form, 20260901T153000 (local) or with a trailing Z when `utc`. */
export function formatBasic(wall: WallTime, utc = false): string {
  return `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}${utc ? 'Z' : ''}`;
}

/** Days since 1970-01-01 of a calendar date, for date arithmetic that ignores time zones. */
export function dayNumber(date: Pick<WallTime, 'year' | 'month' | 'day'>): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

export function dateOfDayNumber(day: number): Pick<WallTime, 'year' | 'month' | 'day'> {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Parses "YYYY-MM-DD". */
export function parseIsoDate(text: string): Pick<WallTime, 'year' | 'month' | 'day'> | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}
