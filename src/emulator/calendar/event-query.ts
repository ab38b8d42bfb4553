// Events.list and Events.instances: filtering, recurring expansion, ordering and paging as the API does
// them (https://developers.google.com/workspace/calendar/api/v3/reference/events/list). timeMin bounds an
// event's end and timeMax its start, both exclusive; cancelled events appear only with showDeleted, or when
// updatedMin asks for changes; orderBy "startTime" needs singleEvents.
import type { Workspace } from '../workspace';
import { badRequest } from './api-error';
import { parseQueryTime } from './event-times';
import { eventSpan, expandInstances, isRecurringMaster } from './instances';
import { copyOf, eventsOf, requireCalendar, type CalendarRecord, type StoredEvent } from './state';

type Events = GoogleAppsScript.Calendar.Schema.Events;

export interface ListOptions {
  timeMin?: string;
  timeMax?: string;
  privateExtendedProperty?: string | string[];
  sharedExtendedProperty?: string | string[];
  singleEvents?: boolean;
  showDeleted?: boolean;
  maxResults?: number;
  pageToken?: string;
  updatedMin?: string;
  orderBy?: 'startTime' | 'updated';
  q?: string;
  iCalUID?: string;
}

const defaultPageSize = 250;
const maxPageSize = 2500;

export function listEvents(ws: Workspace, calendarId: string, options: ListOptions = {}): Events {
  const calendar = requireCalendar(ws, calendarId);
  const events = eventsOf(ws, calendar.id);
  const timeMin = parseQueryTime(options.timeMin) ?? -Infinity;
  const timeMax = parseQueryTime(options.timeMax) ?? Infinity;
  const updatedMin = parseQueryTime(options.updatedMin);
  if (options.orderBy === 'startTime' && !options.singleEvents) {
    throw badRequest('The requested ordering is not available for the particular query.');
  }
  const exceptions = exceptionsOf(events);
  const candidates: StoredEvent[] = [];
  for (const event of Object.values(events)) {
    if (isRecurringMaster(event)) {
      const occurrences = expandInstances(event, calendar, exceptions[event.id] ?? {}, timeMin, timeMax);
      if (options.singleEvents) {
        if (event.status !== 'cancelled') candidates.push(...occurrences);
      } else if (occurrences.length > 0) candidates.push(event);
    } else if (event.recurringEventId) {
      if (!options.singleEvents && overlaps(event, calendar, timeMin, timeMax)) candidates.push(event);
    } else if (overlaps(event, calendar, timeMin, timeMax)) candidates.push(event);
  }
  const includeCancelled = options.showDeleted === true || updatedMin !== undefined;
  let items = candidates.filter(
    (event) =>
      (includeCancelled || event.status !== 'cancelled') &&
      (updatedMin === undefined || Date.parse(event.updated) >= updatedMin) &&
      hasProperties(event.extendedProperties?.private, options.privateExtendedProperty) &&
      hasProperties(event.extendedProperties?.shared, options.sharedExtendedProperty) &&
      (options.iCalUID === undefined || event.iCalUID === options.iCalUID) &&
      matchesText(event, options.q),
  );
  if (options.orderBy === 'startTime') {
    items = [...items].sort((a, b) => eventSpan(a, calendar).startMs - eventSpan(b, calendar).startMs);
  } else if (options.orderBy === 'updated') {
    items = [...items].sort((a, b) => Date.parse(a.updated) - Date.parse(b.updated));
  }
  return page(ws, calendar, items, options);
}

export function listInstances(
  ws: Workspace,
  calendarId: string,
  eventId: string,
  options: Pick<ListOptions, 'timeMin' | 'timeMax' | 'showDeleted' | 'maxResults' | 'pageToken'> = {},
): Events {
  const calendar = requireCalendar(ws, calendarId);
  const events = eventsOf(ws, calendar.id);
  const master = events[eventId];
  if (!master || !isRecurringMaster(master)) throw badRequest('Bad Request');
  const occurrences = expandInstances(
    master,
    calendar,
    exceptionsOf(events)[master.id] ?? {},
    parseQueryTime(options.timeMin) ?? -Infinity,
    parseQueryTime(options.timeMax) ?? Infinity,
  );
  const items = occurrences.filter((event) => options.showDeleted || event.status !== 'cancelled');
  return page(ws, calendar, items, options);
}

function exceptionsOf(events: Record<string, StoredEvent>): Record<string, Record<string, StoredEvent>> {
  const byMaster: Record<string, Record<string, StoredEvent>> = {};
  for (const event of Object.values(events)) {
    if (event.recurringEventId) (byMaster[event.recurringEventId] ??= {})[event.id] = event;
  }
  return byMaster;
}

function overlaps(event: StoredEvent, calendar: CalendarRecord, timeMin: number, timeMax: number): boolean {
  const span = eventSpan(event, calendar);
  // A zero-length event at timeMin still counts, as it does in the API.
  return (span.endMs > timeMin || (span.endMs === span.startMs && span.startMs === timeMin)) && span.startMs < timeMax;
}

/** privateExtendedProperty=key=value constraints; every one must hold. */
function hasProperties(properties: Record<string, string> | undefined, wanted: string | string[] | undefined): boolean {
  if (wanted === undefined) return true;
  return (Array.isArray(wanted) ? wanted : [wanted]).every((constraint) => {
    const equals = constraint.indexOf('=');
    if (equals < 0) throw badRequest('Bad Request');
    return properties?.[constraint.slice(0, equals)] === constraint.slice(equals + 1);
  });
}

function matchesText(event: StoredEvent, query: string | undefined): boolean {
  if (!query) return true;
  const haystack = [event.summary, event.description, event.location, ...(event.attendees ?? []).map((a) => a.email)]
    .join('\n')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

function page(
  ws: Workspace,
  calendar: CalendarRecord,
  items: StoredEvent[],
  options: Pick<ListOptions, 'maxResults' | 'pageToken'>,
): Events {
  const requested = options.maxResults ?? defaultPageSize;
  if (!(requested >= 1)) throw badRequest(`Invalid value '${requested}'. Values must be within the range: [1, 2500]`);
  const size = Math.min(requested, maxPageSize);
  const offset = options.pageToken === undefined ? 0 : decodePageToken(options.pageToken);
  const pageItems = items.slice(offset, offset + size);
  const result: Events = {
    kind: 'calendar#events',
    etag: `"${ws.clock.nowMs * 1000}"`,
    summary: calendar.summary,
    description: calendar.description,
    updated: ws.now().toISOString(),
    timeZone: calendar.timeZone,
    accessRole: calendar.owner === ws.user.email ? 'owner' : 'reader',
    defaultReminders: [],
    items: copyOf(pageItems),
  };
  if (offset + size < items.length) result.nextPageToken = encodePageToken(offset + size);
  return result;
}

// Page tokens are opaque in the API; this one carries the offset of the next page.
function encodePageToken(offset: number): string {
  return Buffer.from(`plg-emulator-page:${offset}`).toString('base64url');
}

function decodePageToken(token: string): number {
  const match = /^plg-emulator-page:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!match) throw badRequest('Invalid page token value.');
  return Number(match[1]);
}
