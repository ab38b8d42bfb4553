// CalendarApp's CalendarEvent, CalendarEventSeries and EventGuest: thin handles over the shared Calendar
// slice (an occurrence of a series is addressed by its instance id), so an edit made through the Advanced
// service or in the Calendar UI shows through at once. Reads need no server call in Apps Script (the event
// is loaded with the handle), so only changes are metered.
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import { requireCalendarRole } from './api-access';
import { CalendarApiError } from './api-error';
import { guestStatusOf, GuestStatus } from './calendar-app-enums';
import { cancelEvent, patchEvent, readEvent } from './event-store';
import { resolveEventTime } from './event-times';
import { findCalendar, requireCalendar, type EventResource, type StoredEvent } from './state';
import { formatRfc3339 } from './time-zones';

type Guest = GoogleAppsScript.Calendar.EventGuest;
type CalendarEvent = GoogleAppsScript.Calendar.CalendarEvent;
type CalendarEventSeries = GoogleAppsScript.Calendar.CalendarEventSeries;
type Attendee = GoogleAppsScript.Calendar.Schema.EventAttendee;

/** Runs a store operation, reporting API failures as CalendarApp exceptions. */
export function inCalendarApp<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof CalendarApiError) throw appsScriptError(error.message);
    throw error;
  }
}

class EventGuestHandle implements Pick<Guest, 'getEmail' | 'getGuestStatus' | 'getName' | 'getAdditionalGuests'> {
  constructor(
    private readonly attendee: Attendee,
    private readonly isOwner: boolean,
  ) {}
  getEmail(): string {
    return this.attendee.email ?? '';
  }
  getGuestStatus(): GoogleAppsScript.Calendar.GuestStatus {
    const status = this.isOwner ? GuestStatus.OWNER : guestStatusOf(this.attendee.responseStatus);
    return status as unknown as GoogleAppsScript.Calendar.GuestStatus;
  }
  getName(): string {
    return this.attendee.displayName ?? this.attendee.email ?? '';
  }
  getAdditionalGuests(): number {
    return this.attendee.additionalGuests ?? 0;
  }
}

type SharedMethods =
  | 'getId'
  | 'getTitle'
  | 'setTitle'
  | 'getDescription'
  | 'setDescription'
  | 'getLocation'
  | 'setLocation'
  | 'getGuestList'
  | 'getGuestByEmail'
  | 'addGuest'
  | 'removeGuest'
  | 'getTag'
  | 'setTag'
  | 'deleteTag'
  | 'getAllTagKeys'
  | 'getLastUpdated'
  | 'getDateCreated'
  | 'getColor'
  | 'isOwnedByMe'
  | 'getOriginalCalendarId'
  | 'getCreators'
  | 'getMyStatus';

/** What events and series share; `kind` names the class in metered calls. */
abstract class EventHandleBase<Self> {
  protected abstract readonly kind: 'CalendarEvent' | 'CalendarEventSeries';

  constructor(
    protected readonly ws: Workspace,
    protected readonly calendarId: string,
    protected readonly eventId: string,
  ) {}

  /** The event, as long as the signed-in user can still see the calendar. */
  protected event(): StoredEvent {
    return inCalendarApp(() => {
      requireCalendarRole(this.ws, this.calendarId, 'read');
      return readEvent(this.ws, this.calendarId, this.eventId);
    });
  }

  /** A change needs edit rights on the calendar (its owner, or someone it is shared with as writer). */
  protected change(method: string, changes: EventResource): Self {
    this.ws.meter.call(`CalendarApp.${this.kind}.${method}`);
    inCalendarApp(() => {
      requireCalendarRole(this.ws, this.calendarId, 'write');
      patchEvent(this.ws, this.calendarId, this.eventId, changes, 'none');
    });
    return this as unknown as Self;
  }

  /** CalendarApp ids are the iCalUID, shared by every occurrence of a series. */
  getId(): string {
    return this.event().iCalUID;
  }
  getTitle(): string {
    return this.event().summary ?? '';
  }
  setTitle(title: string): Self {
    return this.change('setTitle', { summary: title });
  }
  getDescription(): string {
    return this.event().description ?? '';
  }
  setDescription(description: string): Self {
    return this.change('setDescription', { description });
  }
  getLocation(): string {
    return this.event().location ?? '';
  }
  setLocation(location: string): Self {
    return this.change('setLocation', { location });
  }
  getGuestList(includeOwner = false): Guest[] {
    const owner = requireCalendar(this.ws, this.calendarId).owner.toLowerCase();
    const guests = (this.event().attendees ?? [])
      .filter((a) => !a.organizer && a.email?.toLowerCase() !== owner)
      .map((a) => new EventGuestHandle(a, false) as unknown as Guest);
    if (!includeOwner) return guests;
    return [new EventGuestHandle({ email: owner }, true) as unknown as Guest, ...guests];
  }
  getGuestByEmail(email: string): Guest {
    const attendee = (this.event().attendees ?? []).find((a) => a.email?.toLowerCase() === email.toLowerCase());
    return (attendee ? new EventGuestHandle(attendee, false) : null) as unknown as Guest;
  }
  addGuest(email: string): Self {
    const attendees = this.event().attendees ?? [];
    if (attendees.some((a) => a.email?.toLowerCase() === email.toLowerCase())) return this as unknown as Self;
    return this.change('addGuest', { attendees: [...attendees, { email }] });
  }
  removeGuest(email: string): Self {
    const attendees = this.event().attendees ?? [];
    return this.change('removeGuest', {
      attendees: attendees.filter((a) => a.email?.toLowerCase() !== email.toLowerCase()),
    });
  }
  // Tags are the event's private extended properties, so the Advanced service sees them too
  // (https://developers.google.com/apps-script/reference/calendar/calendar-event#setTag(String,String)).
  getTag(key: string): string {
    return (this.event().extendedProperties?.private?.[key] ?? null) as string;
  }
  setTag(key: string, value: string): Self {
    return this.change('setTag', { extendedProperties: { private: { [key]: value } } });
  }
  deleteTag(key: string): Self {
    return this.change('deleteTag', { extendedProperties: { private: { [key]: null as unknown as string } } });
  }
  getAllTagKeys(): string[] {
    return Object.keys(this.event().extendedProperties?.private ?? {});
  }
  getLastUpdated(): GoogleAppsScript.Base.Date {
    return new Date(this.event().updated);
  }
  getDateCreated(): GoogleAppsScript.Base.Date {
    return new Date(this.event().created);
  }
  getColor(): string {
    return this.event().colorId ?? '';
  }
  isOwnedByMe(): boolean {
    return findCalendar(this.ws, this.calendarId)?.owner === this.ws.user.email;
  }
  getOriginalCalendarId(): string {
    return this.event().organizer?.email ?? this.calendarId;
  }
  getCreators(): string[] {
    const creator = this.event().creator?.email;
    return creator ? [creator] : [];
  }
  getMyStatus(): GoogleAppsScript.Calendar.GuestStatus {
    const me = this.ws.user.email.toLowerCase();
    const mine = (this.event().attendees ?? []).find((a) => a.email?.toLowerCase() === me);
    const owner = requireCalendar(this.ws, this.calendarId).owner.toLowerCase() === me;
    const status = owner && !mine ? GuestStatus.OWNER : guestStatusOf(mine?.responseStatus);
    return status as unknown as GoogleAppsScript.Calendar.GuestStatus;
  }
}

export class CalendarEventHandle
  extends EventHandleBase<CalendarEvent>
  implements
    Pick<
      CalendarEvent,
      | SharedMethods
      | 'getStartTime'
      | 'getEndTime'
      | 'setTime'
      | 'isAllDayEvent'
      | 'isRecurringEvent'
      | 'getEventSeries'
      | 'deleteEvent'
      | 'setColor'
    >
{
  protected readonly kind = 'CalendarEvent';

  getStartTime(): GoogleAppsScript.Base.Date {
    return new Date(this.span().start);
  }
  getEndTime(): GoogleAppsScript.Base.Date {
    return new Date(this.span().end);
  }
  setTime(startTime: GoogleAppsScript.Base.Date, endTime: GoogleAppsScript.Base.Date): CalendarEvent {
    if (endTime.getTime() < startTime.getTime()) {
      throw appsScriptError('Event start date must be before event end date.');
    }
    const event = this.event();
    const timeZone = event.start?.timeZone ?? requireCalendar(this.ws, this.calendarId).timeZone;
    return this.change('setTime', {
      start: { dateTime: formatRfc3339(startTime.getTime(), timeZone), timeZone, date: null as unknown as string },
      end: { dateTime: formatRfc3339(endTime.getTime(), timeZone), timeZone, date: null as unknown as string },
    });
  }
  isAllDayEvent(): boolean {
    return Boolean(this.event().start?.date);
  }
  isRecurringEvent(): boolean {
    const event = this.event();
    return Boolean(event.recurringEventId) || (event.recurrence?.length ?? 0) > 0;
  }
  getEventSeries(): CalendarEventSeries {
    const event = this.event();
    const seriesId = event.recurringEventId ?? event.id;
    return new CalendarEventSeriesHandle(this.ws, this.calendarId, seriesId) as unknown as CalendarEventSeries;
  }
  deleteEvent(): void {
    this.ws.meter.call('CalendarApp.CalendarEvent.deleteEvent');
    inCalendarApp(() => {
      requireCalendarRole(this.ws, this.calendarId, 'write');
      cancelEvent(this.ws, this.calendarId, this.eventId, 'none');
    });
  }
  setColor(color: string): CalendarEvent {
    return this.change('setColor', { colorId: String(color) });
  }

  private span(): { start: number; end: number } {
    const event = this.event();
    const zone = requireCalendar(this.ws, this.calendarId).timeZone;
    return {
      start: resolveEventTime(event.start, zone, 'start').ms,
      end: resolveEventTime(event.end, zone, 'end').ms,
    };
  }
}

export class CalendarEventSeriesHandle
  extends EventHandleBase<CalendarEventSeries>
  implements Pick<CalendarEventSeries, SharedMethods | 'deleteEventSeries' | 'setColor'>
{
  protected readonly kind = 'CalendarEventSeries';

  deleteEventSeries(): void {
    this.ws.meter.call('CalendarApp.CalendarEventSeries.deleteEventSeries');
    inCalendarApp(() => {
      requireCalendarRole(this.ws, this.calendarId, 'write');
      cancelEvent(this.ws, this.calendarId, this.eventId, 'none');
    });
  }
  setColor(color: string): CalendarEventSeries {
    return this.change('setColor', { colorId: String(color) });
  }
}
