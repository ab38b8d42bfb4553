// Wall-clock ↔ instant conversion in IANA time zones, derived from Intl so DST follows the real tz database.

export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

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

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function instantToWall(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

function wallAsUtcMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Minutes east of UTC in `timeZone` at the instant `ms` (New York in summer: -240). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const wholeSecondMs = Math.floor(ms / 1000) * 1000;
  return Math.round((wallAsUtcMs(instantToWall(wholeSecondMs, timeZone)) - wholeSecondMs) / 60_000);
}

/**
 * The instant a wall-clock time names in `timeZone`. A time skipped by a spring-forward gap resolves to the
 * later offset's reading (02:30 → 03:30), as Google Calendar does; an ambiguous fall-back time takes the
 * first occurrence.
 */
export function wallToInstant(wall: WallTime, timeZone: string): number {
  const naive = wallAsUtcMs(wall);
  const earlier = naive - offsetMinutes(naive - 86_400_000 / 2, timeZone) * 60_000;
  const later = naive - offsetMinutes(naive + 86_400_000 / 2, timeZone) * 60_000;
  const candidates = [earlier, later].filter((ms) => wallAsUtcMs(instantToWall(ms, timeZone)) === naive);
  if (candidates.length > 0) return Math.min(...candidates);
  return naive - offsetMinutes(naive - 86_400_000 / 2, timeZone) * 60_000;
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
