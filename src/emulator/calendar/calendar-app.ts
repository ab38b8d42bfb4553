// CalendarApp and its Calendar class over the shared Calendar slice
// (https://developers.google.com/apps-script/reference/calendar/calendar-app).
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import { EventColor, GuestStatus, Weekday } from './calendar-app-enums';
import { CalendarEventHandle, CalendarEventSeriesHandle, inCalendarApp } from './calendar-app-event';
import { EventRecurrenceBuilder, recurrenceBuilderOf } from './calendar-app-recurrence';
import { changeCalendarRecord, createCalendarRecord, deleteCalendarRecord } from './calendars';
import { listEvents } from './event-query';
import { insertEvent } from './event-store';
import { canSeeCalendar, requireCalendarRole, type CalendarNeed } from './api-access';
import { calendarState, eventsOf, findCalendar, type EventResource, type StoredEvent } from './state';
import { formatRfc3339, formatWallDate, instantToWall, wallToInstant } from './time-zones';

type AppCalendar = GoogleAppsScript.Calendar.Calendar;
type CalendarEvent = GoogleAppsScript.Calendar.CalendarEvent;
type CalendarEventSeries = GoogleAppsScript.Calendar.CalendarEventSeries;
type BaseDate = GoogleAppsScript.Base.Date;
type Options = { [key: string]: unknown };

class CalendarHandle implements Pick<
  AppCalendar,
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getDescription'
  | 'setDescription'
  | 'getTimeZone'
  | 'setTimeZone'
  | 'getColor'
  | 'isOwnedByMe'
  | 'isMyPrimaryCalendar'
  | 'deleteCalendar'
  | 'createEvent'
  | 'createAllDayEvent'
  | 'createEventSeries'
  | 'getEvents'
  | 'getEventsForDay'
  | 'getEventById'
  | 'getEventSeriesById'
> {
  constructor(
    private readonly ws: Workspace,
    private readonly calendarId: string,
  ) {}

  /** The calendar, if the signed-in user may still do `need` with it (readers read; writers add events). */
  private record(need: CalendarNeed = 'read') {
    return inCalendarApp(() => requireCalendarRole(this.ws, this.calendarId, need));
  }

  getId(): string {
    return this.record().id;
  }
  getName(): string {
    return this.record().summary;
  }
  setName(name: string): AppCalendar {
    this.ws.meter.call('CalendarApp.Calendar.setName');
    this.record('owner');
    inCalendarApp(() => changeCalendarRecord(this.ws, this.calendarId, { summary: name }));
    return this.self();
  }
  getDescription(): string {
    return this.record().description;
  }
  setDescription(description: string): AppCalendar {
    this.ws.meter.call('CalendarApp.Calendar.setDescription');
    this.record('owner');
    inCalendarApp(() => changeCalendarRecord(this.ws, this.calendarId, { description }));
    return this.self();
  }
  getTimeZone(): string {
    return this.record().timeZone;
  }
  setTimeZone(timeZone: string): AppCalendar {
    this.ws.meter.call('CalendarApp.Calendar.setTimeZone');
    this.record('owner');
    inCalendarApp(() => changeCalendarRecord(this.ws, this.calendarId, { timeZone }));
    return this.self();
  }
  getColor(): string {
    return this.record().color;
  }
  isOwnedByMe(): boolean {
    return this.record().owner === this.ws.user.email;
  }
  isMyPrimaryCalendar(): boolean {
    return this.record().primary;
  }
  deleteCalendar(): void {
    this.ws.meter.call('CalendarApp.Calendar.deleteCalendar');
    if (this.record('owner').primary) throw appsScriptError('The primary calendar cannot be deleted.');
    inCalendarApp(() => deleteCalendarRecord(this.ws, this.calendarId));
  }

  createEvent(title: string, startTime: BaseDate, endTime: BaseDate, options: Options = {}): CalendarEvent {
    this.ws.meter.call('CalendarApp.Calendar.createEvent', 'calendarEventsCreated');
    checkOrder(startTime, endTime);
    const timeZone = this.record().timeZone;
    const event = this.insert(title, options, {
      start: { dateTime: formatRfc3339(startTime.getTime(), timeZone), timeZone },
      end: { dateTime: formatRfc3339(endTime.getTime(), timeZone), timeZone },
    });
    return this.eventHandle(event.id);
  }

  createAllDayEvent(
    title: string,
    date: BaseDate,
    endOrOptions?: BaseDate | Options,
    options?: Options,
  ): CalendarEvent {
    this.ws.meter.call('CalendarApp.Calendar.createAllDayEvent', 'calendarEventsCreated');
    const timeZone = this.record().timeZone;
    const endDate = isDate(endOrOptions) ? endOrOptions : undefined;
    const startDay = instantToWall(date.getTime(), timeZone);
    // With one date the event covers that day; the API's end date is exclusive.
    const endDay = endDate
      ? instantToWall(endDate.getTime(), timeZone)
      : instantToWall(Date.UTC(startDay.year, startDay.month - 1, startDay.day + 1, 12), 'UTC');
    const event = this.insert(title, (isDate(endOrOptions) ? options : endOrOptions) ?? {}, {
      start: { date: formatWallDate(startDay) },
      end: { date: formatWallDate(endDay) },
    });
    return this.eventHandle(event.id);
  }

  createEventSeries(
    title: string,
    startTime: BaseDate,
    endTime: BaseDate,
    recurrence: GoogleAppsScript.Calendar.EventRecurrence,
    options: Options = {},
  ): CalendarEventSeries {
    this.ws.meter.call('CalendarApp.Calendar.createEventSeries', 'calendarEventsCreated');
    checkOrder(startTime, endTime);
    const builder = recurrenceBuilderOf(recurrence);
    const timeZone = builder.timeZone ?? this.record().timeZone;
    const event = this.insert(title, options, {
      start: { dateTime: formatRfc3339(startTime.getTime(), timeZone), timeZone },
      end: { dateTime: formatRfc3339(endTime.getTime(), timeZone), timeZone },
      recurrence: builder.toLines(startTime.getTime(), timeZone),
    });
    return new CalendarEventSeriesHandle(this.ws, this.record().id, event.id) as unknown as CalendarEventSeries;
  }

  /** Occurrences overlapping [start, end), series expanded, in start order; options.search matches text. */
  getEvents(startTime: BaseDate, endTime: BaseDate, options: Options = {}): CalendarEvent[] {
    this.ws.meter.call('CalendarApp.Calendar.getEvents');
    const timeZone = this.record().timeZone;
    const found: StoredEvent[] = [];
    let pageToken: string | undefined;
    do {
      const page = inCalendarApp(() =>
        listEvents(this.ws, this.calendarId, {
          timeMin: formatRfc3339(startTime.getTime(), timeZone),
          timeMax: formatRfc3339(endTime.getTime(), timeZone),
          singleEvents: true,
          orderBy: 'startTime',
          q: typeof options.search === 'string' ? options.search : undefined,
          maxResults: 2500,
          pageToken,
        }),
      );
      found.push(...((page.items ?? []) as StoredEvent[]));
      pageToken = page.nextPageToken;
    } while (pageToken);
    const max = typeof options.max === 'number' ? options.max : found.length;
    return found.slice(0, max).map((event) => this.eventHandle(event.id));
  }

  getEventsForDay(date: BaseDate, options: Options = {}): CalendarEvent[] {
    const timeZone = this.record().timeZone;
    const day = instantToWall(date.getTime(), timeZone);
    const midnight = { ...day, hour: 0, minute: 0, second: 0 };
    const next = instantToWall(Date.UTC(day.year, day.month - 1, day.day + 1, 12), 'UTC');
    const start = wallToInstant(midnight, timeZone);
    const end = wallToInstant({ ...next, hour: 0, minute: 0, second: 0 }, timeZone);
    return this.getEvents(new Date(start), new Date(end), options);
  }

  /** Looks an event up by its iCalUID, as CalendarApp ids are; null when there is none. */
  getEventById(iCalId: string): CalendarEvent {
    this.ws.meter.call('CalendarApp.Calendar.getEventById');
    const event = this.findByICalUid(iCalId);
    return (event ? this.eventHandle(event.id) : null) as CalendarEvent;
  }

  getEventSeriesById(iCalId: string): CalendarEventSeries {
    this.ws.meter.call('CalendarApp.Calendar.getEventSeriesById');
    const event = this.findByICalUid(iCalId);
    return (event
      ? new CalendarEventSeriesHandle(this.ws, this.record().id, event.id)
      : null) as unknown as CalendarEventSeries;
  }

  private findByICalUid(iCalId: string): StoredEvent | undefined {
    this.record();
    const events = inCalendarApp(() => eventsOf(this.ws, this.calendarId));
    return Object.values(events).find(
      (event) => event.iCalUID === iCalId && !event.recurringEventId && event.status !== 'cancelled',
    );
  }

  private insert(title: string, options: Options, times: EventResource): StoredEvent {
    const guests = typeof options.guests === 'string' ? options.guests.split(',').map((g) => g.trim()) : [];
    const resource: EventResource = {
      summary: title,
      ...times,
      ...(typeof options.description === 'string' ? { description: options.description } : {}),
      ...(typeof options.location === 'string' ? { location: options.location } : {}),
      ...(guests.filter(Boolean).length > 0 ? { attendees: guests.filter(Boolean).map((email) => ({ email })) } : {}),
    };
    // CalendarApp mails guests only when asked to (options.sendInvites, default false).
    const sendUpdates = options.sendInvites === true ? 'all' : 'none';
    this.record('write');
    return inCalendarApp(() => insertEvent(this.ws, this.calendarId, resource, sendUpdates));
  }

  private eventHandle(eventId: string): CalendarEvent {
    return new CalendarEventHandle(this.ws, this.record().id, eventId) as unknown as CalendarEvent;
  }

  private self(): AppCalendar {
    return this as unknown as AppCalendar;
  }
}

function isDate(value: unknown): value is BaseDate {
  return typeof (value as BaseDate | undefined)?.getTime === 'function';
}

function checkOrder(startTime: BaseDate, endTime: BaseDate): void {
  if (endTime.getTime() < startTime.getTime()) {
    throw appsScriptError('Event start date must be before event end date.');
  }
}

type AppMethods =
  | 'getCalendarById'
  | 'getDefaultCalendar'
  | 'getOwnedCalendarsByName'
  | 'getCalendarsByName'
  | 'getAllOwnedCalendars'
  | 'getAllCalendars'
  | 'createCalendar'
  | 'newRecurrence'
  | 'createEvent'
  | 'createEventSeries'
  | 'getEvents'
  | 'getEventById'
  | 'getEventSeriesById'
  | 'getTimeZone';

class CalendarAppService implements Pick<GoogleAppsScript.Calendar.CalendarApp, AppMethods> {
  readonly Weekday = Weekday;
  readonly GuestStatus = GuestStatus;
  readonly EventColor = EventColor;

  constructor(private readonly ws: Workspace) {}

  /** The calendar, or null when it does not exist or the user cannot see it. */
  getCalendarById(id: string): AppCalendar {
    this.ws.meter.call('CalendarApp.getCalendarById');
    const record = findCalendar(this.ws, id);
    return (record && canSeeCalendar(this.ws, record) ? this.handle(record.id) : null) as AppCalendar;
  }
  getDefaultCalendar(): AppCalendar {
    this.ws.meter.call('CalendarApp.getDefaultCalendar');
    return this.handle(this.ws.user.email);
  }
  /** Names match without regard to case, as in Apps Script. */
  getOwnedCalendarsByName(name: string): AppCalendar[] {
    this.ws.meter.call('CalendarApp.getOwnedCalendarsByName');
    return this.records(true)
      .filter((r) => r.summary.toLowerCase() === name.toLowerCase())
      .map((r) => this.handle(r.id));
  }
  getCalendarsByName(name: string): AppCalendar[] {
    this.ws.meter.call('CalendarApp.getCalendarsByName');
    return this.records(false)
      .filter((r) => r.summary.toLowerCase() === name.toLowerCase())
      .map((r) => this.handle(r.id));
  }
  getAllOwnedCalendars(): AppCalendar[] {
    this.ws.meter.call('CalendarApp.getAllOwnedCalendars');
    return this.records(true).map((r) => this.handle(r.id));
  }
  getAllCalendars(): AppCalendar[] {
    this.ws.meter.call('CalendarApp.getAllCalendars');
    return this.records(false).map((r) => this.handle(r.id));
  }
  /** options: timeZone, location, summary (the calendar's description), color. */
  createCalendar(name: string, options: Options = {}): AppCalendar {
    this.ws.meter.call('CalendarApp.createCalendar', 'calendarsCreated');
    const record = inCalendarApp(() =>
      createCalendarRecord(this.ws, {
        summary: name,
        ...(typeof options.timeZone === 'string' ? { timeZone: options.timeZone } : {}),
        ...(typeof options.location === 'string' ? { location: options.location } : {}),
        ...(typeof options.summary === 'string' ? { description: options.summary } : {}),
      }),
    );
    if (typeof options.color === 'string') record.color = options.color;
    return this.handle(record.id);
  }
  newRecurrence(): GoogleAppsScript.Calendar.EventRecurrence {
    return new EventRecurrenceBuilder() as unknown as GoogleAppsScript.Calendar.EventRecurrence;
  }

  // CalendarApp itself acts as the user's default calendar.
  createEvent(title: string, startTime: BaseDate, endTime: BaseDate, options?: Options): CalendarEvent {
    return this.primary().createEvent(title, startTime, endTime, options);
  }
  createEventSeries(
    title: string,
    startTime: BaseDate,
    endTime: BaseDate,
    recurrence: GoogleAppsScript.Calendar.EventRecurrence,
    options?: Options,
  ): CalendarEventSeries {
    return this.primary().createEventSeries(title, startTime, endTime, recurrence, options);
  }
  getEvents(startTime: BaseDate, endTime: BaseDate, options?: Options): CalendarEvent[] {
    return this.primary().getEvents(startTime, endTime, options);
  }
  getEventById(iCalId: string): CalendarEvent {
    return this.primary().getEventById(iCalId);
  }
  getEventSeriesById(iCalId: string): CalendarEventSeries {
    return this.primary().getEventSeriesById(iCalId);
  }
  getTimeZone(): string {
    return this.primary().getTimeZone();
  }

  private primary(): CalendarHandle {
    return new CalendarHandle(this.ws, this.ws.user.email);
  }
  private handle(calendarId: string): AppCalendar {
    return new CalendarHandle(this.ws, calendarId) as unknown as AppCalendar;
  }
  /** The user's calendars: owned ones, or every one they can see. */
  private records(ownedOnly: boolean) {
    findCalendar(this.ws, 'primary');
    return Object.values(calendarState(this.ws).calendars).filter((r) =>
      ownedOnly ? r.owner.toLowerCase() === this.ws.user.email.toLowerCase() : canSeeCalendar(this.ws, r),
    );
  }
}

export function createCalendarApp(ws: Workspace): GoogleAppsScript.Calendar.CalendarApp {
  return new CalendarAppService(ws) as unknown as GoogleAppsScript.Calendar.CalendarApp;
}
