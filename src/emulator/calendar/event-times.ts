// Reading an event's start/end ({dateTime, timeZone} or {date}) into instants, and writing them back in the
// form the API returns. Rules from the Events resource reference
// (https://developers.google.com/workspace/calendar/api/v3/reference/events#resource): a dateTime without
// an offset needs a timeZone (else the calendar's applies); a recurring event's start must name its
// timeZone, which is where the recurrence is expanded; `end.date` is exclusive.
import { badRequest } from './api-error';
import {
  formatRfc3339,
  formatWallDate,
  instantToWall,
  isValidTimeZone,
  parseIsoDate,
  wallToInstant,
  type WallTime,
} from './time-zones';

type EventDateTime = GoogleAppsScript.Calendar.Schema.EventDateTime;

export interface ResolvedTime {
  allDay: boolean;
  ms: number;
  /** Wall-clock reading in `timeZone`; midnight for an all-day date. */
  wall: WallTime;
  timeZone: string;
}

const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i;

export function resolveEventTime(
  value: EventDateTime | undefined,
  calendarZone: string,
  which: 'start' | 'end',
): ResolvedTime {
  if (!value || (!value.date && !value.dateTime)) throw badRequest(`Missing ${which} time.`);
  const timeZone = value.timeZone ?? calendarZone;
  if (!isValidTimeZone(timeZone)) throw badRequest(`Invalid time zone definition for ${which} time.`);
  if (value.date && !value.dateTime) {
    const date = parseIsoDate(value.date);
    if (!date) throw badRequest(`Invalid value for: ${value.date}`);
    const wall = { ...date, hour: 0, minute: 0, second: 0 };
    return { allDay: true, ms: wallToInstant(wall, timeZone), wall, timeZone };
  }
  const match = dateTimePattern.exec(value.dateTime!);
  if (!match) throw badRequest(`Invalid value for: ${value.dateTime}`);
  const written: WallTime = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4]),
    minute: Number(match[5]),
    second: Number(match[6] ?? 0),
  };
  const ms = match[7] ? Date.parse(value.dateTime!) : wallToInstant(written, timeZone);
  return { allDay: false, ms, wall: instantToWall(ms, timeZone), timeZone };
}

/** The start/end as the API echoes it: dateTime with the zone's offset, the timeZone only if one was given. */
export function normalizedEventTime(value: EventDateTime, resolved: ResolvedTime): EventDateTime {
  if (resolved.allDay) return { date: formatWallDate(resolved.wall) };
  const normalized: EventDateTime = { dateTime: formatRfc3339(resolved.ms, resolved.timeZone) };
  if (value.timeZone) normalized.timeZone = value.timeZone;
  return normalized;
}

/** Parses a query bound (timeMin, timeMax, updatedMin), which the API requires to carry an offset. */
export function parseQueryTime(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = dateTimePattern.exec(text);
  if (!match || !match[7]) throw badRequest('Bad Request');
  return Date.parse(text);
}
