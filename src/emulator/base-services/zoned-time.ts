// Wall-clock time in an IANA time zone, both ways, using the tz database that Intl carries. Apps Script
// (Utilities.formatDate, spreadsheet date cells) resolves zones the same way, historical offsets included:
// a time-only cell read back as a Date on 1899-12-30 carries the zone's local mean time offset then.

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

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
      weekday: 'short',
      era: 'short',
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

export function wallClockIn(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - yearOfEra : yearOfEra,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((instant.getTime() % 1000) + 1000) % 1000,
    weekday: weekdays.indexOf(parts.weekday!),
  };
}

/** The zone's offset from UTC at that instant, in milliseconds (negative west of Greenwich). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const wall = wallClockIn(instant, timeZone);
  const wallAsUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
  return wallAsUtc - instant.getTime();
}

/** The instant at which the zone's clocks show this wall-clock time (the earlier one in a repeated hour). */
export function instantAtWallClock(
  wall: Pick<WallClock, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'> & { millisecond?: number },
  timeZone: string,
): Date {
  const utcGuess = new Date(0);
  utcGuess.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  utcGuess.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond ?? 0);
  const guessMs = utcGuess.getTime();
  const firstOffset = zoneOffsetMs(new Date(guessMs), timeZone);
  let candidate = guessMs - firstOffset;
  const secondOffset = zoneOffsetMs(new Date(candidate), timeZone);
  if (secondOffset !== firstOffset) candidate = guessMs - secondOffset;
  return new Date(candidate);
}
