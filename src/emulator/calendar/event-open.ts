// The event object Calendar passes to an add-on's eventOpenTrigger
// (https://developers.google.com/workspace/add-ons/concepts/event-objects#calendar-event-object).
// calendarId, id and recurringEventId are always there; organizer, attendees and conference data only when
// the manifest's calendar.currentEventAccess is READ or READ_WRITE and its scopes include
// calendar.addons.current.event.read (or .write); changing attendees or conference data needs WRITE or
// READ_WRITE and calendar.addons.current.event.write
// (https://developers.google.com/workspace/add-ons/calendar/calendar-actions#manifest).
//
// People open events from their own calendars: an owner or someone the calendar is shared with opens it
// there; a guest opens their own copy, on their own calendar, so the object names the guest's calendar.
import { hasScope, scope } from '../scopes';
import type { Workspace } from '../workspace';
import { canSeeCalendar } from './api-access';
import { notFound } from './api-error';
import { readEvent } from './event-store';
import { calendarState, findCalendar, type StoredEvent } from './state';
import { offsetMinutes } from './time-zones';

export type CurrentEventAccess = 'METADATA' | 'READ' | 'WRITE' | 'READ_WRITE';

export interface EventOpenRequest {
  /**
   * The calendar the user opened the event from. A guest who cannot see the organizer's calendar opens their
   * copy from their own calendar, whichever calendar is named here.
   */
  calendarId: string;
  eventId: string;
  userEmail: string;
  /** The manifest's addOns.calendar.currentEventAccess; default READ. */
  access?: CurrentEventAccess;
}

export interface CalendarEventOpenEvent {
  commonEventObject: {
    hostApp: 'CALENDAR';
    platform: 'WEB';
    userLocale: string;
    /** offset: milliseconds from UTC, as the add-on framework sends it. */
    timeZone: { id: string; offset: number };
  };
  calendar: {
    calendarId: string;
    id: string;
    recurringEventId?: string;
    organizer?: { email: string };
    attendees?: GoogleAppsScript.Calendar.Schema.EventAttendee[];
    capabilities: {
      canAddAttendees: boolean;
      canSeeAttendees: boolean;
      canSeeConferenceData: boolean;
      canSetConferenceData: boolean;
    };
  };
}

export function eventOpenEvent(ws: Workspace, request: EventOpenRequest): CalendarEventOpenEvent {
  const access = request.access ?? 'READ';
  const { event, calendarId } = findOpenedEvent(ws, request);
  const userEmail = request.userEmail.toLowerCase();
  const organizerEmail = event.organizer?.email?.toLowerCase() ?? '';
  const organizerCalendar = findCalendar(ws, organizerEmail);
  const isOrganizer = organizerEmail === userEmail || organizerCalendar?.owner.toLowerCase() === userEmail;
  const writeScope = hasScope(ws, scope.calendarAddonsCurrentEventWrite);
  const readScope = writeScope || hasScope(ws, scope.calendarAddonsCurrentEventRead);
  const canRead = (access === 'READ' || access === 'READ_WRITE') && readScope;
  const canWrite = (access === 'WRITE' || access === 'READ_WRITE') && writeScope;
  const canSeeAttendees = canRead && (isOrganizer || event.guestsCanSeeOtherGuests !== false);
  const canModify = isOrganizer || event.guestsCanModify === true;
  const calendar: CalendarEventOpenEvent['calendar'] = {
    calendarId,
    id: event.id,
    capabilities: {
      canAddAttendees: canWrite && canModify,
      canSeeAttendees,
      canSeeConferenceData: canRead,
      canSetConferenceData: canWrite && canModify,
    },
  };
  if (event.recurringEventId) calendar.recurringEventId = event.recurringEventId;
  if (canRead) {
    calendar.organizer = { email: event.organizer?.email ?? '' };
    if (canSeeAttendees) {
      // `self` marks the person who opened the event, not the calendar owner the API marks.
      calendar.attendees = (event.attendees ?? []).map(({ self: _ownerFlag, ...attendee }) =>
        attendee.email?.toLowerCase() === userEmail ? { ...attendee, self: true } : attendee,
      );
    }
  }
  return {
    commonEventObject: {
      hostApp: 'CALENDAR',
      platform: 'WEB',
      userLocale: 'en-US',
      timeZone: { id: ws.user.timeZone, offset: offsetMinutes(ws.clock.nowMs, ws.user.timeZone) * 60_000 },
    },
    calendar,
  };
}

/**
 * The event from the calendar it was opened in, if the user can see that calendar; else, for a guest, their
 * copy of the organizer's event (on the guest's own calendar). Anyone else cannot open it.
 */
function findOpenedEvent(ws: Workspace, request: EventOpenRequest): { event: StoredEvent; calendarId: string } {
  const user = request.userEmail.toLowerCase();
  const opened = findCalendar(ws, request.calendarId);
  if (opened && canSeeCalendar(ws, opened, user)) {
    return { event: readEvent(ws, request.calendarId, request.eventId), calendarId: request.calendarId };
  }
  for (const calendarId of Object.keys(calendarState(ws).calendars)) {
    try {
      const event = readEvent(ws, calendarId, request.eventId);
      if (event.attendees?.some((a) => a.email?.toLowerCase() === user)) {
        return { event, calendarId: request.userEmail };
      }
    } catch {
      continue;
    }
  }
  throw notFound();
}
