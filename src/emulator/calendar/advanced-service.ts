// The Advanced Calendar service (global `Calendar`): Calendar API v3 as Apps Script exposes it. Results
// are plain JSON copies, as the real service returns parsed responses.
import type { Workspace } from '../workspace';
import { callAdvanced } from './api-error';
import { calendarResource, changeCalendarRecord, createCalendarRecord, deleteCalendarRecord } from './calendars';
import { listEvents, listInstances, type ListOptions } from './event-query';
import { cancelEvent, insertEvent, patchEvent, readEvent, replaceEvent } from './event-store';
import { sendUpdatesOption } from './invitations';
import { calendarState, copyOf, requireCalendar } from './state';

type Event = GoogleAppsScript.Calendar.Schema.Event;
type CalendarResource = GoogleAppsScript.Calendar.Schema.Calendar;
type EventsCollection = GoogleAppsScript.Calendar.Collection.EventsCollection;
type CalendarsCollection = GoogleAppsScript.Calendar.Collection.CalendarsCollection;
type CalendarListCollection = GoogleAppsScript.Calendar.Collection.CalendarListCollection;

interface WriteArgs {
  sendUpdates?: unknown;
}

class AdvancedEvents implements Pick<
  EventsCollection,
  'insert' | 'get' | 'list' | 'patch' | 'update' | 'remove' | 'instances'
> {
  constructor(private readonly ws: Workspace) {}

  insert(resource: Event, calendarId: string, optionalArgs: WriteArgs = {}): Event {
    this.ws.meter.call('Calendar.Events.insert', 'calendarEventsCreated');
    return callAdvanced('calendar.events.insert', () =>
      copyOf(insertEvent(this.ws, calendarId, resource, sendUpdatesOption(optionalArgs.sendUpdates))),
    );
  }

  get(calendarId: string, eventId: string): Event {
    this.ws.meter.call('Calendar.Events.get');
    return callAdvanced('calendar.events.get', () => copyOf(readEvent(this.ws, calendarId, eventId)));
  }

  list(calendarId: string, optionalArgs: ListOptions = {}): GoogleAppsScript.Calendar.Schema.Events {
    this.ws.meter.call('Calendar.Events.list');
    return callAdvanced('calendar.events.list', () => listEvents(this.ws, calendarId, optionalArgs));
  }

  instances(
    calendarId: string,
    eventId: string,
    optionalArgs: Parameters<typeof listInstances>[3] = {},
  ): GoogleAppsScript.Calendar.Schema.Events {
    this.ws.meter.call('Calendar.Events.instances');
    return callAdvanced('calendar.events.instances', () => listInstances(this.ws, calendarId, eventId, optionalArgs));
  }

  patch(resource: Event, calendarId: string, eventId: string, optionalArgs: WriteArgs = {}): Event {
    this.ws.meter.call('Calendar.Events.patch');
    return callAdvanced('calendar.events.patch', () =>
      copyOf(patchEvent(this.ws, calendarId, eventId, resource, sendUpdatesOption(optionalArgs.sendUpdates))),
    );
  }

  update(resource: Event, calendarId: string, eventId: string, optionalArgs: WriteArgs = {}): Event {
    this.ws.meter.call('Calendar.Events.update');
    return callAdvanced('calendar.events.update', () =>
      copyOf(replaceEvent(this.ws, calendarId, eventId, resource, sendUpdatesOption(optionalArgs.sendUpdates))),
    );
  }

  remove(calendarId: string, eventId: string, optionalArgs: WriteArgs = {}): void {
    this.ws.meter.call('Calendar.Events.remove');
    // The REST method behind Events.remove is events.delete, and Apps Script names that in its errors.
    callAdvanced('calendar.events.delete', () =>
      cancelEvent(this.ws, calendarId, eventId, sendUpdatesOption(optionalArgs.sendUpdates)),
    );
  }
}

class AdvancedCalendars implements Pick<CalendarsCollection, 'insert' | 'get' | 'patch' | 'update' | 'remove'> {
  constructor(private readonly ws: Workspace) {}

  insert(resource: CalendarResource): CalendarResource {
    this.ws.meter.call('Calendar.Calendars.insert', 'calendarsCreated');
    return callAdvanced('calendar.calendars.insert', () => calendarResource(createCalendarRecord(this.ws, resource)));
  }

  get(calendarId: string): CalendarResource {
    this.ws.meter.call('Calendar.Calendars.get');
    return callAdvanced('calendar.calendars.get', () => calendarResource(requireCalendar(this.ws, calendarId)));
  }

  patch(resource: CalendarResource, calendarId: string): CalendarResource {
    this.ws.meter.call('Calendar.Calendars.patch');
    return callAdvanced('calendar.calendars.patch', () =>
      calendarResource(changeCalendarRecord(this.ws, calendarId, resource)),
    );
  }

  update(resource: CalendarResource, calendarId: string): CalendarResource {
    this.ws.meter.call('Calendar.Calendars.update');
    return callAdvanced('calendar.calendars.update', () =>
      calendarResource(changeCalendarRecord(this.ws, calendarId, { description: '', location: '', ...resource })),
    );
  }

  remove(calendarId: string): void {
    this.ws.meter.call('Calendar.Calendars.remove');
    callAdvanced('calendar.calendars.delete', () => deleteCalendarRecord(this.ws, calendarId));
  }
}

class AdvancedCalendarList implements Pick<CalendarListCollection, 'list' | 'get'> {
  constructor(private readonly ws: Workspace) {}

  list(): GoogleAppsScript.Calendar.Schema.CalendarList {
    this.ws.meter.call('Calendar.CalendarList.list');
    return {
      kind: 'calendar#calendarList',
      etag: `"${this.ws.clock.nowMs * 1000}"`,
      items: Object.values(calendarState(this.ws).calendars).map((record) => this.entry(record.id)),
    };
  }

  get(calendarId: string): GoogleAppsScript.Calendar.Schema.CalendarListEntry {
    this.ws.meter.call('Calendar.CalendarList.get');
    return callAdvanced('calendar.calendarList.get', () => this.entry(calendarId));
  }

  private entry(calendarId: string): GoogleAppsScript.Calendar.Schema.CalendarListEntry {
    const record = requireCalendar(this.ws, calendarId);
    return {
      kind: 'calendar#calendarListEntry',
      etag: record.etag,
      id: record.id,
      summary: record.summary,
      description: record.description,
      timeZone: record.timeZone,
      backgroundColor: record.color,
      accessRole: record.owner === this.ws.user.email ? 'owner' : 'reader',
      selected: true,
      ...(record.primary ? { primary: true } : {}),
      defaultReminders: [],
    };
  }
}

/** The Advanced Calendar service over the workspace's calendars. */
export function createAdvancedCalendar(ws: Workspace): GoogleAppsScript.Calendar {
  const service = {
    Events: new AdvancedEvents(ws),
    Calendars: new AdvancedCalendars(ws),
    CalendarList: new AdvancedCalendarList(ws),
    newEvent: (): Event => ({}),
    newEventDateTime: (): GoogleAppsScript.Calendar.Schema.EventDateTime => ({}),
    newEventAttendee: (): GoogleAppsScript.Calendar.Schema.EventAttendee => ({}),
    newEventExtendedProperties: (): GoogleAppsScript.Calendar.Schema.EventExtendedProperties => ({}),
    newCalendar: (): CalendarResource => ({}),
  } satisfies Partial<Record<keyof GoogleAppsScript.Calendar, unknown>>;
  return service as unknown as GoogleAppsScript.Calendar;
}
