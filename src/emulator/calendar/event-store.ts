// Creating, reading, changing and cancelling events, with the Calendar API's validation and bookkeeping.
// Both API surfaces and the "person in the Calendar UI" hooks go through here; metering and error wording
// belong to the callers.
import type { Workspace } from '../workspace';
import { badRequest, CalendarApiError, notFound } from './api-error';
import { normalizedEventTime, resolveEventTime } from './event-times';
import { findOccurrence, isRecurringMaster } from './instances';
import { attendeeEmails, guestVisibleChange, notifyGuests, type SendUpdates } from './invitations';
import { validateRecurrence } from './recurrence';
import {
  copyOf,
  eventsOf,
  markChanged,
  nextEtag,
  requireCalendar,
  type CalendarRecord,
  type EventResource,
  type StoredEvent,
} from './state';

/** Fields a client may set; the rest (etag, created, organizer, …) are the server's. */
const writableFields = [
  'summary',
  'description',
  'location',
  'start',
  'end',
  'recurrence',
  'attendees',
  'extendedProperties',
  'status',
  'colorId',
  'visibility',
  'transparency',
  'reminders',
  'source',
  'guestsCanInviteOthers',
  'guestsCanModify',
  'guestsCanSeeOtherGuests',
  'anyoneCanAddSelf',
] as const satisfies readonly (keyof EventResource)[];

// Client-supplied ids: base32hex characters (a–v, 0–9), 5 to 1024 of them
// (https://developers.google.com/workspace/calendar/api/v3/reference/events#id).
const clientIdPattern = /^[a-v0-9]{5,1024}$/;

export function insertEvent(
  ws: Workspace,
  calendarId: string,
  resource: EventResource,
  sendUpdates: SendUpdates,
): StoredEvent {
  const calendar = requireCalendar(ws, calendarId);
  const events = eventsOf(ws, calendar.id);
  if (resource.id !== undefined && !clientIdPattern.test(resource.id)) throw badRequest('Invalid resource id value.');
  // An id stays taken after the event is deleted: the API keeps cancelled events.
  if (resource.id !== undefined && events[resource.id]) {
    throw new CalendarApiError(409, 'The requested identifier already exists.');
  }
  const id = resource.id ?? generatedEventId(ws);
  const now = ws.now().toISOString();
  const event: StoredEvent = {
    kind: 'calendar#event',
    id,
    status: 'confirmed',
    etag: nextEtag(ws),
    created: now,
    updated: now,
    sequence: 0,
    iCalUID: resource.iCalUID ?? `${id}@google.com`,
    htmlLink: htmlLinkFor(id, calendar.id),
    creator: { email: ws.user.email, self: true },
    organizer: organizerOf(ws, calendar),
    eventType: 'default',
    reminders: { useDefault: true },
    ...pickWritable(resource),
  };
  normalize(event, calendar);
  events[id] = event;
  notifyGuests(ws, calendar.id, event, 'invitation', attendeeEmails(event), sendUpdates);
  return event;
}

/** The stored event or recurring occurrence with this id, cancelled ones included. */
export function readEvent(ws: Workspace, calendarId: string, eventId: string): StoredEvent {
  const calendar = requireCalendar(ws, calendarId);
  const events = eventsOf(ws, calendar.id);
  const stored = events[eventId];
  if (stored) return stored;
  const master = events[eventId.slice(0, eventId.lastIndexOf('_'))];
  const occurrence = master && isRecurringMaster(master) ? findOccurrence(master, calendar, eventId) : undefined;
  if (!occurrence) throw notFound();
  return occurrence;
}

/** Patch semantics: nested objects merge, arrays replace, a null value clears the field. */
export function patchEvent(
  ws: Workspace,
  calendarId: string,
  eventId: string,
  patch: EventResource,
  sendUpdates: SendUpdates,
): StoredEvent {
  return changeEvent(ws, calendarId, eventId, sendUpdates, (current) => {
    const merged = mergePatch(copyOf(current) as unknown as Json, copyOf(pickWritable(patch)) as unknown as Json);
    return merged as unknown as EventResource;
  });
}

/** Update semantics: the writable fields become exactly those given. */
export function replaceEvent(
  ws: Workspace,
  calendarId: string,
  eventId: string,
  resource: EventResource,
  sendUpdates: SendUpdates,
): StoredEvent {
  return changeEvent(ws, calendarId, eventId, sendUpdates, (current) => {
    const next: EventResource = { ...current };
    for (const field of writableFields) delete next[field];
    return { ...next, status: current.status, ...pickWritable(resource) };
  });
}

/** Deleting marks the event cancelled; it stays readable by id, as in the API. */
export function cancelEvent(ws: Workspace, calendarId: string, eventId: string, sendUpdates: SendUpdates): void {
  const current = readEvent(ws, calendarId, eventId);
  if (current.status === 'cancelled') throw new CalendarApiError(410, 'Resource has been deleted');
  changeEvent(ws, calendarId, eventId, sendUpdates, (event) => ({ ...event, status: 'cancelled' }));
}

function changeEvent(
  ws: Workspace,
  calendarId: string,
  eventId: string,
  sendUpdates: SendUpdates,
  change: (current: StoredEvent) => EventResource,
): StoredEvent {
  const calendar = requireCalendar(ws, calendarId);
  const events = eventsOf(ws, calendar.id);
  const before = readEvent(ws, calendar.id, eventId);
  const after = { ...(change(copyOf(before)) as StoredEvent), id: before.id };
  normalize(after, calendar);
  if (JSON.stringify(after) === JSON.stringify(before)) return before;
  markChanged(ws, after);
  events[after.id] = after;
  notifyChange(ws, calendar, before, after, sendUpdates);
  return after;
}

function notifyChange(
  ws: Workspace,
  calendar: CalendarRecord,
  before: StoredEvent,
  after: StoredEvent,
  sendUpdates: SendUpdates,
): void {
  const had = attendeeEmails(before);
  const has = attendeeEmails(after);
  if (after.status === 'cancelled') {
    notifyGuests(ws, calendar.id, after, 'cancellation', had, sendUpdates);
    return;
  }
  notifyGuests(
    ws,
    calendar.id,
    after,
    'invitation',
    has.filter((email) => !had.includes(email)),
    sendUpdates,
  );
  notifyGuests(
    ws,
    calendar.id,
    after,
    'cancellation',
    had.filter((email) => !has.includes(email)),
    sendUpdates,
  );
  if (guestVisibleChange(before, after)) {
    notifyGuests(
      ws,
      calendar.id,
      after,
      'update',
      has.filter((email) => had.includes(email)),
      sendUpdates,
    );
  }
}

/** Validates and normalizes an event in place, as the API does before storing it. */
function normalize(event: StoredEvent, calendar: CalendarRecord): void {
  const start = resolveEventTime(event.start, calendar.timeZone, 'start');
  const end = resolveEventTime(event.end, calendar.timeZone, 'end');
  if (start.allDay !== end.allDay)
    throw badRequest('Start and end times must either both be date or both be dateTime.');
  if (end.ms < start.ms) throw badRequest('The specified time range is empty.');
  const recurrence = event.recurrence ?? [];
  if (recurrence.length > 0 && !event.recurringEventId) {
    if (!start.allDay && !event.start!.timeZone) throw badRequest('Missing time zone definition for start time.');
    validateRecurrence(recurrence, start.wall, start.timeZone);
  } else {
    delete event.recurrence;
  }
  event.start = normalizedEventTime(event.start!, start);
  event.end = normalizedEventTime(event.end!, end);
  if (event.attendees) {
    event.attendees = event.attendees.map((attendee) => {
      if (!attendee.email) throw badRequest('Missing attendee email.');
      const isOrganizer = attendee.email.toLowerCase() === calendar.id.toLowerCase();
      return {
        ...attendee,
        ...(isOrganizer ? { organizer: true } : {}),
        ...(attendee.email.toLowerCase() === calendar.owner.toLowerCase() ? { self: true } : {}),
        responseStatus: attendee.responseStatus ?? (isOrganizer ? 'accepted' : 'needsAction'),
      };
    });
  }
  for (const scope of ['private', 'shared'] as const) {
    const properties = event.extendedProperties?.[scope];
    if (properties) for (const [key, value] of Object.entries(properties)) properties[key] = String(value);
  }
}

function pickWritable(resource: EventResource): EventResource {
  const picked: Record<string, unknown> = {};
  for (const field of writableFields) if (resource[field] !== undefined) picked[field] = resource[field];
  return picked as EventResource;
}

function organizerOf(ws: Workspace, calendar: CalendarRecord): StoredEvent['organizer'] {
  return {
    email: calendar.id,
    ...(calendar.primary ? {} : { displayName: calendar.summary }),
    ...(calendar.owner === ws.user.email ? { self: true } : {}),
  };
}

/** Server-generated ids are base32hex too; this one encodes a workspace id so it is unique and stable. */
function generatedEventId(ws: Workspace): string {
  return [...ws.newId()].map((char) => char.charCodeAt(0).toString(32).padStart(2, '0')).join('');
}

function htmlLinkFor(eventId: string, calendarId: string): string {
  const eid = Buffer.from(`${eventId} ${calendarId}`).toString('base64').replace(/=+$/, '');
  return `https://www.google.com/calendar/event?eid=${eid}`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function mergePatch(target: Json, patch: Json): Json {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const base: { [key: string]: Json } =
    target !== null && typeof target === 'object' && !Array.isArray(target) ? target : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete base[key];
    else base[key] = mergePatch(base[key] ?? null, value);
  }
  return base;
}
