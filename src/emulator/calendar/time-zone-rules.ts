// A zone's yearly daylight-saving rule, derived from Intl's offsets, in the shape an iCalendar VTIMEZONE
// needs (RFC 5545 §3.6.5): each observance's offsets, the local time it starts, and its yearly RRULE.
import { dayNumber, instantToWall, offsetMinutes, weekdayOfDayNumber, type WallTime } from './time-zones';

export interface ZoneObservance {
  kind: 'STANDARD' | 'DAYLIGHT';
  offsetFromMinutes: number;
  offsetToMinutes: number;
  /** Local wall time (in the "from" offset) of the first onset, anchored in 1970 as Google's exports are. */
  firstOnset: WallTime;
  /** e.g. "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"; absent for a zone without DST. */
  rrule?: string;
  /** Abbreviation such as EDT, when Intl knows one. */
  name?: string;
}

const dayMs = 86_400_000;
const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export function zoneObservances(timeZone: string, year: number): ZoneObservance[] {
  const transitions = transitionsIn(timeZone, year);
  if (transitions.length === 0) {
    const offset = offsetMinutes(Date.UTC(year, 0, 1), timeZone);
    return [
      {
        kind: 'STANDARD',
        offsetFromMinutes: offset,
        offsetToMinutes: offset,
        firstOnset: { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 },
        name: abbreviation(Date.UTC(year, 0, 1), timeZone),
      },
    ];
  }
  return transitions.map((atMs) => {
    const from = offsetMinutes(atMs - 60_000, timeZone);
    const to = offsetMinutes(atMs, timeZone);
    const local = instantToWall(atMs + from * 60_000, 'UTC');
    const day = dayNumber(local);
    const weekday = weekdayOfDayNumber(day);
    const daysInMonth = new Date(Date.UTC(local.year, local.month, 0)).getUTCDate();
    const ordinal = local.day + 7 > daysInMonth ? -1 : Math.ceil(local.day / 7);
    return {
      kind: to > from ? 'DAYLIGHT' : 'STANDARD',
      offsetFromMinutes: from,
      offsetToMinutes: to,
      firstOnset: {
        ...nthWeekdayOf(1970, local.month, weekday, ordinal),
        hour: local.hour,
        minute: local.minute,
        second: 0,
      },
      rrule: `FREQ=YEARLY;BYMONTH=${local.month};BYDAY=${ordinal}${weekdayCodes[weekday]}`,
      name: abbreviation(atMs, timeZone),
    };
  });
}

/** Instants in `year` where the zone's UTC offset changes, to the minute. */
function transitionsIn(timeZone: string, year: number): number[] {
  const out: number[] = [];
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  for (let ms = start; ms < end; ms += dayMs) {
    if (offsetMinutes(ms, timeZone) === offsetMinutes(ms + dayMs, timeZone)) continue;
    let low = ms;
    let high = ms + dayMs;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetMinutes(mid, timeZone) === offsetMinutes(low, timeZone)) low = mid;
      else high = mid;
    }
    out.push(high);
  }
  return out;
}

function nthWeekdayOf(
  year: number,
  month: number,
  weekday: number,
  ordinal: number,
): Pick<WallTime, 'year' | 'month' | 'day'> {
  const first = dayNumber({ year, month, day: 1 });
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const matching: number[] = [];
  for (let i = 0; i < daysInMonth; i++) if (weekdayOfDayNumber(first + i) === weekday) matching.push(i + 1);
  const day = ordinal > 0 ? matching[ordinal - 1]! : matching[matching.length + ordinal]!;
  return { year, month, day };
}

function abbreviation(ms: number, timeZone: string): string | undefined {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName')?.value;
  return part && /^[A-Z]{2,5}$/.test(part) ? part : undefined;
}
