// Occurrences of a recurring event as the API presents them: each has its own id "<eventId>_<start>" (UTC
// basic time, or the date for all-day series), recurringEventId and originalStartTime
// (https://developers.google.com/workspace/calendar/api/guides/recurringevents). A modified or cancelled
// occurrence is stored as an exception under that id and replaces the computed one.
import { normalizedEventTime, resolveEventTime, type ResolvedTime } from './event-times';
import { expandRecurrence } from './recurrence';
import { copyOf, type CalendarRecord, type StoredEvent } from './state';
import { dayNumber, dateOfDayNumber, formatBasic, instantToWall, wallToInstant, type WallTime } from './time-zones';

/** Without a window end, an endless series is cut off after this many occurrences. */
export const unboundedInstanceLimit = 2500;

export function isRecurringMaster(event: StoredEvent): boolean {
  return !event.recurringEventId && (event.recurrence?.length ?? 0) > 0;
}

export function instanceIdFor(masterId: string, start: ResolvedTime): string {
  if (start.allDay) return `${masterId}_${formatBasic(start.wall).slice(0, 8)}`;
  return `${masterId}_${formatBasic(instantToWall(start.ms, 'UTC'), true)}`;
}

/** The event's start and end instants (an all-day event's in the calendar's zone). */
export function eventSpan(event: StoredEvent, calendar: CalendarRecord): { startMs: number; endMs: number } {
  return {
    startMs: resolveEventTime(event.start, calendar.timeZone, 'start').ms,
    endMs: resolveEventTime(event.end, calendar.timeZone, 'end').ms,
  };
}

/**
 * The occurrences of `master` overlapping [windowStart, windowEnd), exceptions applied; cancelled
 * occurrences are included (callers filter them like any cancelled event).
 */
export function expandInstances(
  master: StoredEvent,
  calendar: CalendarRecord,
  exceptions: Record<string, StoredEvent>,
  windowStart = -Infinity,
  windowEnd = Infinity,
): StoredEvent[] {
  const start = resolveEventTime(master.start, calendar.timeZone, 'start');
  const end = resolveEventTime(master.end, calendar.timeZone, 'end');
  const limit = Number.isFinite(windowEnd) ? Number.MAX_SAFE_INTEGER : unboundedInstanceLimit;
  const starts = expandRecurrence(master.recurrence ?? [], start.wall, start.timeZone, windowEnd, limit);
  const out: StoredEvent[] = [];
  for (const wall of starts) {
    const instance = occurrence(master, start, end, wall);
    const chosen = exceptions[instance.id] ?? instance;
    const span = eventSpan(chosen, calendar);
    if (span.endMs > windowStart && span.startMs < windowEnd) out.push(chosen);
  }
  return out;
}

/** The computed occurrence with this instance id, if the series has one (exceptions not applied). */
export function findOccurrence(
  master: StoredEvent,
  calendar: CalendarRecord,
  instanceId: string,
): StoredEvent | undefined {
  const start = resolveEventTime(master.start, calendar.timeZone, 'start');
  const end = resolveEventTime(master.end, calendar.timeZone, 'end');
  const stamp = instanceId.slice(master.id.length + 1);
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/.exec(stamp);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const startMs = match[4]
    ? Date.UTC(date.year, date.month - 1, date.day, Number(match[4]), Number(match[5]), Number(match[6]))
    : wallToInstant({ ...date, hour: 0, minute: 0, second: 0 }, start.timeZone);
  const starts = expandRecurrence(
    master.recurrence ?? [],
    start.wall,
    start.timeZone,
    startMs + 1,
    Number.MAX_SAFE_INTEGER,
  );
  const wall = starts.find((candidate) => wallToInstant(candidate, start.timeZone) === startMs);
  if (!wall) return undefined;
  return occurrence(master, start, end, wall);
}

function occurrence(
  master: StoredEvent,
  seriesStart: ResolvedTime,
  seriesEnd: ResolvedTime,
  wall: WallTime,
): StoredEvent {
  const instance = copyOf(master);
  delete instance.recurrence;
  const startMs = wallToInstant(wall, seriesStart.timeZone);
  const start: ResolvedTime = { ...seriesStart, ms: startMs, wall };
  let end: ResolvedTime;
  if (seriesStart.allDay) {
    const days = dayNumber(seriesEnd.wall) - dayNumber(seriesStart.wall);
    const endWall = { ...dateOfDayNumber(dayNumber(wall) + days), hour: 0, minute: 0, second: 0 };
    end = { ...seriesEnd, wall: endWall, ms: wallToInstant(endWall, seriesEnd.timeZone) };
  } else {
    const endMs = startMs + (seriesEnd.ms - seriesStart.ms);
    end = { ...seriesEnd, ms: endMs, wall: instantToWall(endMs, seriesEnd.timeZone) };
  }
  instance.id = instanceIdFor(master.id, start);
  instance.recurringEventId = master.id;
  instance.start = normalizedEventTime(master.start!, start);
  instance.end = normalizedEventTime(master.end!, end);
  instance.originalStartTime = normalizedEventTime(master.start!, start);
  return instance;
}
