// Exports one emulated calendar as an iCalendar (RFC 5545) file, so a demo's calendar can be opened in any
// calendar program: a VTIMEZONE per TZID used, a VEVENT per event (modified occurrences as RECURRENCE-ID
// overrides), CRLF line ends, lines folded at 75 octets. One file is one calendar: it is named once, with the
// calendar's own name — RFC 7986's NAME, and X-WR-CALNAME, the older name that Apple and Google Calendar read
// on import — and a guest the school's directory knows is named on their ATTENDEE line (CN, RFC 5545 §3.2.2).
import { calendarState, type CalendarRecord, type StoredEvent } from '../calendar/state';
import { resolveEventTime } from '../calendar/event-times';
import { zoneObservances } from '../calendar/time-zone-rules';
import { formatBasic, formatOffset, instantToWall } from '../calendar/time-zones';
import { personName } from '../people-directory';
import type { Workspace } from '../workspace';

/**
 * The calendar `calendarId` as one .ics file. Without an id: the one calendar that holds events (a person's
 * empty primary calendar is not it); more than one such calendar must be chosen by id.
 */
export function exportIcs(ws: Workspace, calendarId?: string): string {
  const state = calendarState(ws);
  const calendar = calendarId ? state.calendars[calendarId] : onlyCalendarWithEvents(ws);
  if (!calendar) throw new Error(`exportIcs: no calendar ${calendarId}`);
  const events = Object.values(state.events[calendar.id] ?? {}).map((event) => ({ calendar, event }));
  const zones = [
    ...new Set(events.filter(({ event }) => !event.start?.date).map(({ calendar, event }) => zoneOf(event, calendar))),
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//PLG Hub//Workspace emulator//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.summary)}`,
    `X-WR-CALNAME:${escapeText(calendar.summary)}`,
    ...zones.flatMap((zone) => timeZoneLines(zone, instantToWall(ws.clock.nowMs, zone).year)),
    ...events.flatMap(({ event }) => eventLines(event, calendar, (email) => personName(ws, email))),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function onlyCalendarWithEvents(ws: Workspace): CalendarRecord {
  const state = calendarState(ws);
  const withEvents = Object.values(state.calendars).filter(
    (calendar) => Object.keys(state.events[calendar.id] ?? {}).length > 0,
  );
  if (withEvents.length !== 1)
    throw new Error(
      `exportIcs: ${withEvents.length} calendars hold events (${withEvents.map((c) => c.summary).join(', ')}); name one`,
    );
  return withEvents[0]!;
}

function zoneOf(event: StoredEvent, calendar: CalendarRecord): string {
  return event.start?.timeZone ?? calendar.timeZone;
}

function timeZoneLines(zone: string, year: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  for (const observance of zoneObservances(zone, year)) {
    lines.push(
      `BEGIN:${observance.kind}`,
      `TZOFFSETFROM:${formatOffset(observance.offsetFromMinutes, '')}`,
      `TZOFFSETTO:${formatOffset(observance.offsetToMinutes, '')}`,
      ...(observance.name ? [`TZNAME:${observance.name}`] : []),
      `DTSTART:${formatBasic(observance.firstOnset)}`,
      ...(observance.rrule ? [`RRULE:${observance.rrule}`] : []),
      `END:${observance.kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function eventLines(
  event: StoredEvent,
  calendar: CalendarRecord,
  nameOf: (email: string | undefined) => string | undefined,
): string[] {
  const zone = zoneOf(event, calendar);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.iCalUID}`,
    `DTSTAMP:${utcStamp(event.updated)}`,
    `CREATED:${utcStamp(event.created)}`,
    `LAST-MODIFIED:${utcStamp(event.updated)}`,
    `SEQUENCE:${event.sequence}`,
    timeLine('DTSTART', event.start, calendar, zone),
    timeLine('DTEND', event.end, calendar, zone),
  ];
  if (event.recurringEventId && event.originalStartTime) {
    lines.push(timeLine('RECURRENCE-ID', event.originalStartTime, calendar, zone));
  }
  lines.push(...(event.recurrence ?? []));
  lines.push(`SUMMARY:${escapeText(event.summary ?? '')}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  lines.push(`ORGANIZER;CN=${paramValue(calendar.summary)}:mailto:${event.organizer?.email ?? calendar.id}`);
  for (const attendee of event.attendees ?? []) {
    const known = attendee.displayName || nameOf(attendee.email);
    const name = known ? `;CN=${paramValue(known)}` : '';
    lines.push(`ATTENDEE${name};PARTSTAT=${partStat(attendee.responseStatus)};RSVP=TRUE:mailto:${attendee.email}`);
  }
  lines.push(`STATUS:${event.status.toUpperCase()}`, 'END:VEVENT');
  return lines;
}

function timeLine(
  name: string,
  value: GoogleAppsScript.Calendar.Schema.EventDateTime | undefined,
  calendar: CalendarRecord,
  zone: string,
): string {
  if (value?.date) return `${name};VALUE=DATE:${value.date.replace(/-/g, '')}`;
  const resolved = resolveEventTime({ ...value, timeZone: zone }, calendar.timeZone, 'start');
  return `${name};TZID=${zone}:${formatBasic(instantToWall(resolved.ms, zone))}`;
}

function utcStamp(iso: string): string {
  return formatBasic(instantToWall(Date.parse(iso), 'UTC'), true);
}

function partStat(responseStatus: string | undefined): string {
  switch (responseStatus) {
    case 'accepted':
      return 'ACCEPTED';
    case 'declined':
      return 'DECLINED';
    case 'tentative':
      return 'TENTATIVE';
    default:
      return 'NEEDS-ACTION';
  }
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Parameter values with : ; or , must be quoted, and cannot contain quotes (RFC 5545 §3.2). */
function paramValue(text: string): string {
  const clean = text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** Folds a content line into 75-octet pieces, continuation lines starting with a space (RFC 5545 §3.1). */
function fold(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}
