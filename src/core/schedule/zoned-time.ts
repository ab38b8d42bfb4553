// Wall-clock times in the school's IANA time zone, both ways. Meetings are typed as local date + time; Calendar
// needs the UTC instant, and DST must not move a 15:30 meeting to 14:30. The tz database is the one Intl
// carries, historical offsets included. This is the one implementation: the registry (cells.ts) and the
// emulator's Utilities, Sheets and Calendar all read wall clocks through it.
import type { IsoDate } from '../registry/cells';

/** What clocks in a zone show, to the second. `year` is astronomical (0 is 1 BC); `month` is 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building an Intl formatter costs far more than using one, and a registry holds thousands of date cells:
// one formatter per zone, kept for good. Dates before 1 AD also need the era (Intl writes 1 BC as year 1);
// asking for it always would slow every modern reading, so those few use a second formatter.
const formatters = new Map<string, Intl.DateTimeFormat>();
const eraFormatters = new Map<string, Intl.DateTimeFormat>();
/** Two days after 0001-01-01T00:00Z: any instant later is AD in every zone. */
const surelyAdMs = -62135596800000 + 2 * 86_400_000;

function formatterFor(timeZone: string, withEra = false): Intl.DateTimeFormat {
  const cache = withEra ? eraFormatters : formatters;
  let formatter = cache.get(timeZone);
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
      ...(withEra ? { era: 'short' } : {}),
    });
    cache.set(timeZone, formatter);
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

/** What clocks in `timeZone` show at the instant `instantMs` (milliseconds are dropped). */
export function wallTimeAt(instantMs: number, timeZone: string): WallTime {
  // Most days have no change of offset: on those, the day's one offset gives the wall clock by arithmetic, with
  // none of Intl's formatting (a district's year of 3,348 meetings asks this tens of thousands of times).
  const offset = instantMs >= surelyAdMs ? steadyOffsetMs(instantMs, timeZone) : undefined;
  if (offset !== undefined) {
    return wallOfUtcMs(Math.floor(instantMs / 1000) * 1000 + offset);
  }
  return formattedWallTime(instantMs, timeZone);
}

const dayMs = 86_400_000;
/** "zone day" → the zone's offset all that UTC day, or null when the offset changes during it. */
const steadyOffsets = new Map<string, number | null>();
/** Enough days for several zones over several school years; past it the cache starts again. */
const steadyOffsetsKept = 100_000;

/**
 * The zone's offset throughout the UTC day holding `instantMs`, when it is the same at the day's start, every six
 * hours and its last second (a day with a change answers undefined, and is read through Intl; the tz database has
 * no zone that changes and changes back within six hours).
 */
function steadyOffsetMs(instantMs: number, timeZone: string): number | undefined {
  const day = Math.floor(instantMs / dayMs);
  const key = `${timeZone} ${day}`;
  let offset = steadyOffsets.get(key);
  if (offset === undefined) {
    const at = (ms: number) => wallAsUtcMs(formattedWallTime(ms, timeZone)) - ms;
    const start = day * dayMs;
    const first = at(start);
    const quarters = [dayMs / 4, dayMs / 2, (3 * dayMs) / 4, dayMs - 1000];
    offset = quarters.every((ms) => at(start + ms) === first) ? first : null;
    if (steadyOffsets.size >= steadyOffsetsKept) steadyOffsets.clear();
    steadyOffsets.set(key, offset);
  }
  return offset ?? undefined;
}

/** The wall clock as Intl formats it: the tz database's answer, for any instant. */
function formattedWallTime(instantMs: number, timeZone: string): WallTime {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of formatterFor(timeZone, !(instantMs >= surelyAdMs)).formatToParts(new Date(instantMs))) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = part.value === 'BC';
        break;
    }
  }
  return { year: bc ? 1 - year : year, month, day, hour, minute, second };
}

/** The wall-clock reading `ms` milliseconds after 1970-01-01 00:00 on a clock at UTC: wallAsUtcMs undone. */
export function wallOfUtcMs(ms: number): WallTime {
  const utc = new Date(ms);
  return {
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
    hour: utc.getUTCHours(),
    minute: utc.getUTCMinutes(),
    second: utc.getUTCSeconds(),
  };
}

/** A wall-clock reading laid on the UTC axis (setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are). */
export function wallAsUtcMs(wall: WallTime): number {
  const utc = new Date(0);
  utc.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  utc.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return utc.getTime();
}

/** Milliseconds the zone's clocks read as UTC at this instant, i.e. local time expressed on the UTC axis. */
function wallMs(instantMs: number, timeZone: string): number {
  return wallAsUtcMs(wallTimeAt(instantMs, timeZone));
}

/** The zone's offset from UTC at that instant, in milliseconds (negative west of Greenwich; New York in summer: -4 h). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  return wallMs(instantMs, timeZone) - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant (ms) at which clocks in `timeZone` show `wall`.
 * When clocks go back and the time happens twice, the earlier instant is used (the meeting starts the first
 * time the clock shows it). When clocks go forward and the time never happens, it is read with the offset in
 * force before the change, so 02:30 on a spring-forward night becomes 03:30 — the same choice Temporal's
 * 'compatible' disambiguation and Google Calendar make.
 */
export function wallToInstantMs(wall: WallTime, timeZone: string): number {
  const target = wallAsUtcMs(wall);
  // Offsets half a day either side bracket any transition near this time (zones change at most once a day).
  const halfDay = 12 * 3_600_000;
  const offsetBefore = zoneOffsetMs(target - halfDay, timeZone);
  const offsetAfter = zoneOffsetMs(target + halfDay, timeZone);
  const candidates = [target - offsetBefore, target - offsetAfter].filter((ms) => wallMs(ms, timeZone) === target);
  if (candidates.length > 0) return Math.min(...candidates);
  return target - offsetBefore;
}

/** The instant at which clocks in `timeZone` show `time` ('HH:MM') on `date`; see wallToInstantMs. */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(wallToInstantMs({ year, month, day, hour, minute, second: 0 }, timeZone));
}

/** The local calendar day and 'HH:MM' that clocks in `timeZone` show at `instant`. */
export function instantToLocal(instant: Date, timeZone: string): { date: IsoDate; time: string } {
  const wall = wallTimeAt(instant.getTime(), timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return {
    date: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`,
    time: `${pad(wall.hour)}:${pad(wall.minute)}`,
  };
}
