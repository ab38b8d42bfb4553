// The Advanced Calendar service (global `Calendar`): Calendar API v3 as Apps Script exposes it. Results
// are plain JSON copies, as the real service returns parsed responses. Every call is the signed-in user's,
// held to their role on the calendar and to the manifest's scopes (api-access.ts).
import { GoogleApiError } from '../google-api-error';
import { overRateLimit } from '../urlfetch/rate-limits';
import type { Workspace } from '../workspace';
import { asSeenBy, calendarRoleOf, requireApiScope, requireCalendarAccess } from './api-access';
import { callAdvanced as callApi } from './api-error';
import { calendarResource, changeCalendarRecord, createCalendarRecord, deleteCalendarRecord } from './calendars';
import { listEvents, listInstances, type ListOptions } from './event-query';
import { cancelEvent, insertEvent, patchEvent, readEvent, replaceEvent } from './event-store';
import { sendUpdatesOption } from './invitations';
import { calendarState, copyOf, findCalendar, type CalendarRecord } from './state';

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
    return callAdvanced(this.ws, 'calendar.events.insert', () => {
      requireCalendarAccess(this.ws, 'calendar.events.insert', calendarId, 'write');
      return copyOf(insertEvent(this.ws, calendarId, resource, sendUpdatesOption(optionalArgs.sendUpdates)));
    });
  }

  get(calendarId: string, eventId: string): Event {
    this.ws.meter.call('Calendar.Events.get');
    return callAdvanced(this.ws, 'calendar.events.get', () => {
      const calendar = requireCalendarAccess(this.ws, 'calendar.events.get', calendarId, 'read');
      return copyOf(asSeenBy(this.ws, calendar, readEvent(this.ws, calendarId, eventId)));
    });
  }

  list(calendarId: string, optionalArgs: ListOptions = {}): GoogleAppsScript.Calendar.Schema.Events {
    this.ws.meter.call('Calendar.Events.list');
    return callAdvanced(this.ws, 'calendar.events.list', () => {
      const calendar = requireCalendarAccess(this.ws, 'calendar.events.list', calendarId, 'read');
      return seenBy(this.ws, calendar, listEvents(this.ws, calendarId, optionalArgs));
    });
  }

  instances(
    calendarId: string,
    eventId: string,
    optionalArgs: Parameters<typeof listInstances>[3] = {},
  ): GoogleAppsScript.Calendar.Schema.Events {
    this.ws.meter.call('Calendar.Events.instances');
    return callAdvanced(this.ws, 'calendar.events.instances', () => {
      const calendar = requireCalendarAccess(this.ws, 'calendar.events.instances', calendarId, 'read');
      return seenBy(this.ws, calendar, listInstances(this.ws, calendarId, eventId, optionalArgs));
    });
  }

  patch(resource: Event, calendarId: string, eventId: string, optionalArgs: WriteArgs = {}): Event {
    this.ws.meter.call('Calendar.Events.patch');
    return callAdvanced(this.ws, 'calendar.events.patch', () => {
      requireCalendarAccess(this.ws, 'calendar.events.patch', calendarId, 'write');
      return copyOf(patchEvent(this.ws, calendarId, eventId, resource, sendUpdatesOption(optionalArgs.sendUpdates)));
    });
  }

  update(resource: Event, calendarId: string, eventId: string, optionalArgs: WriteArgs = {}): Event {
    this.ws.meter.call('Calendar.Events.update');
    return callAdvanced(this.ws, 'calendar.events.update', () => {
      requireCalendarAccess(this.ws, 'calendar.events.update', calendarId, 'write');
      return copyOf(replaceEvent(this.ws, calendarId, eventId, resource, sendUpdatesOption(optionalArgs.sendUpdates)));
    });
  }

  remove(calendarId: string, eventId: string, optionalArgs: WriteArgs = {}): void {
    this.ws.meter.call('Calendar.Events.remove');
    // The REST method behind Events.remove is events.delete, and Apps Script names that in its errors.
    callAdvanced(this.ws, 'calendar.events.delete', () => {
      requireCalendarAccess(this.ws, 'calendar.events.delete', calendarId, 'write');
      cancelEvent(this.ws, calendarId, eventId, sendUpdatesOption(optionalArgs.sendUpdates));
    });
  }
}

class AdvancedCalendars implements Pick<CalendarsCollection, 'insert' | 'get' | 'patch' | 'update' | 'remove'> {
  constructor(private readonly ws: Workspace) {}

  insert(resource: CalendarResource): CalendarResource {
    this.ws.meter.call('Calendar.Calendars.insert', 'calendarsCreated');
    return callAdvanced(this.ws, 'calendar.calendars.insert', () => {
      requireApiScope(this.ws, 'calendar.calendars.insert');
      return calendarResource(createCalendarRecord(this.ws, resource));
    });
  }

  get(calendarId: string): CalendarResource {
    this.ws.meter.call('Calendar.Calendars.get');
    return callAdvanced(this.ws, 'calendar.calendars.get', () =>
      calendarResource(requireCalendarAccess(this.ws, 'calendar.calendars.get', calendarId, 'read')),
    );
  }

  patch(resource: CalendarResource, calendarId: string): CalendarResource {
    this.ws.meter.call('Calendar.Calendars.patch');
    return callAdvanced(this.ws, 'calendar.calendars.patch', () => {
      requireCalendarAccess(this.ws, 'calendar.calendars.patch', calendarId, 'owner');
      return calendarResource(changeCalendarRecord(this.ws, calendarId, resource));
    });
  }

  update(resource: CalendarResource, calendarId: string): CalendarResource {
    this.ws.meter.call('Calendar.Calendars.update');
    return callAdvanced(this.ws, 'calendar.calendars.update', () => {
      requireCalendarAccess(this.ws, 'calendar.calendars.update', calendarId, 'owner');
      return calendarResource(
        changeCalendarRecord(this.ws, calendarId, { description: '', location: '', ...resource }),
      );
    });
  }

  remove(calendarId: string): void {
    this.ws.meter.call('Calendar.Calendars.remove');
    callAdvanced(this.ws, 'calendar.calendars.delete', () => {
      requireCalendarAccess(this.ws, 'calendar.calendars.delete', calendarId, 'owner');
      deleteCalendarRecord(this.ws, calendarId);
    });
  }
}

class AdvancedCalendarList implements Pick<CalendarListCollection, 'list' | 'get'> {
  constructor(private readonly ws: Workspace) {}

  /**
   * The signed-in user's calendar list: their own calendars and those shared with them. The method takes
   * calendar.readonly, calendar, calendar.calendarlist or calendar.calendarlist.readonly — not
   * calendar.app.created (https://developers.google.com/workspace/calendar/api/v3/reference/calendarList/list).
   */
  list(): GoogleAppsScript.Calendar.Schema.CalendarList {
    this.ws.meter.call('Calendar.CalendarList.list');
    return callAdvanced(this.ws, 'calendar.calendarList.list', () => {
      requireApiScope(this.ws, 'calendar.calendarList.list');
      findCalendar(this.ws, 'primary');
      const mine = Object.values(calendarState(this.ws).calendars).filter((record) => {
        const role = calendarRoleOf(this.ws, record);
        return role !== undefined && role !== 'freeBusyReader';
      });
      return {
        kind: 'calendar#calendarList',
        etag: `"${this.ws.clock.nowMs * 1000}"`,
        items: mine.map((record) => this.entry(record)),
      };
    });
  }

  get(calendarId: string): GoogleAppsScript.Calendar.Schema.CalendarListEntry {
    this.ws.meter.call('Calendar.CalendarList.get');
    return callAdvanced(this.ws, 'calendar.calendarList.get', () =>
      this.entry(requireCalendarAccess(this.ws, 'calendar.calendarList.get', calendarId, 'read')),
    );
  }

  private entry(record: CalendarRecord): GoogleAppsScript.Calendar.Schema.CalendarListEntry {
    return {
      kind: 'calendar#calendarListEntry',
      etag: record.etag,
      id: record.id,
      summary: record.summary,
      description: record.description,
      timeZone: record.timeZone,
      backgroundColor: record.color,
      accessRole: calendarRoleOf(this.ws, record) ?? 'reader',
      selected: true,
      ...(record.primary ? { primary: true } : {}),
      defaultReminders: [],
    };
  }
}

/**
 * One Calendar API request through the advanced service: like a batch part or any other request it counts
 * against the API's 600-a-minute per-user rate (urlfetch/rate-limits.ts), and over it Google answers 403
 * rateLimitExceeded, which Apps Script throws as "API call to … failed with error: Rate Limit Exceeded".
 */
function callAdvanced<T>(ws: Workspace, method: string, run: () => T): T {
  return callApi(method, () => {
    const refused = overRateLimit(ws, 'calendar', ws.user.email);
    if (refused)
      throw new GoogleApiError(403, 'Rate Limit Exceeded', {
        domain: 'usageLimits',
        reason: 'rateLimitExceeded',
        message: 'Rate Limit Exceeded',
      });
    return run();
  });
}

/** A page of events as the signed-in user sees them (private extended properties only with edit rights). */
function seenBy(
  ws: Workspace,
  calendar: CalendarRecord,
  page: GoogleAppsScript.Calendar.Schema.Events,
): GoogleAppsScript.Calendar.Schema.Events {
  const role = calendarRoleOf(ws, calendar);
  return {
    ...page,
    accessRole: role ?? 'reader',
    items: (page.items ?? []).map((event) => asSeenBy(ws, calendar, event)),
  };
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
