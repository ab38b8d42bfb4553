// The one Calendar slice both CalendarApp and the Advanced Calendar service read and write, so an event made
// through one API is seen by the other, and the whole calendar saves and loads with the workspace.
import type { Workspace } from '../workspace';
import { notFound } from './api-error';

export type EventResource = GoogleAppsScript.Calendar.Schema.Event;

/** An event as the Calendar API stores it: the API resource with its server-set fields always present. */
export interface StoredEvent extends EventResource {
  id: string;
  status: string;
  etag: string;
  created: string;
  updated: string;
  sequence: number;
  iCalUID: string;
}

/** A calendar ACL role (https://developers.google.com/workspace/calendar/api/v3/reference/acl). */
export type CalendarRole = 'freeBusyReader' | 'reader' | 'writer' | 'owner';

export interface CalendarRecord {
  id: string;
  summary: string;
  description: string;
  location: string;
  timeZone: string;
  /** Who created it (a primary calendar: its user); always has the owner role. */
  owner: string;
  primary: boolean;
  etag: string;
  color: string;
  /** Whom else it is shared with: email → role (the calendar's ACL, owner excluded). */
  acl?: Record<string, CalendarRole>;
  /**
   * Made by the add-on (Calendars.insert, CalendarApp.createCalendar), so the calendar.app.created scope reaches
   * it. Absent in workspaces saved before it was modeled: a secondary calendar then counts as the add-on's.
   */
  createdByApp?: boolean;
}

/** One email Calendar would send on the organizer's behalf because of sendUpdates / sendInvites. */
export interface SentInvitation {
  kind: 'invitation' | 'update' | 'cancellation';
  to: string;
  calendarId: string;
  eventId: string;
  summary: string;
  sentAt: string;
}

export interface CalendarState {
  calendars: Record<string, CalendarRecord>;
  /** calendarId → eventId → event; cancelled events stay, as the API keeps them. */
  events: Record<string, Record<string, StoredEvent>>;
  outbox: SentInvitation[];
  changeCounter: number;
}

export function calendarState(ws: Workspace): CalendarState {
  return ws.slice<CalendarState>('calendar', () => {
    const primary = primaryRecord(ws);
    return { calendars: { [primary.id]: primary }, events: { [primary.id]: {} }, outbox: [], changeCounter: 0 };
  });
}

/** A user's own calendar, whose id is their email. */
function primaryRecord(ws: Workspace): CalendarRecord {
  return {
    id: ws.user.email,
    summary: ws.user.email,
    description: '',
    location: '',
    timeZone: ws.user.timeZone,
    owner: ws.user.email,
    primary: true,
    etag: '"0"',
    color: '#9fe1e7',
    createdByApp: false,
  };
}

/**
 * The calendar's record; "primary" names the signed-in user's own calendar, as in the API. Every user has
 * one: a user signing in for the first time gets theirs when it is first asked for.
 */
export function findCalendar(ws: Workspace, calendarId: string): CalendarRecord | undefined {
  const state = calendarState(ws);
  const id = calendarId === 'primary' ? ws.user.email : calendarId;
  if (!state.calendars[id] && id.toLowerCase() === ws.user.email.toLowerCase()) {
    const primary = primaryRecord(ws);
    state.calendars[primary.id] = primary;
    state.events[primary.id] ??= {};
  }
  return state.calendars[id];
}

export function requireCalendar(ws: Workspace, calendarId: string): CalendarRecord {
  const calendar = findCalendar(ws, calendarId);
  if (!calendar) throw notFound();
  return calendar;
}

export function eventsOf(ws: Workspace, calendarId: string): Record<string, StoredEvent> {
  const calendar = requireCalendar(ws, calendarId);
  const state = calendarState(ws);
  return (state.events[calendar.id] ??= {});
}

/** A fresh etag: the API's are quoted decimal strings that change with every modification. */
export function nextEtag(ws: Workspace): string {
  const state = calendarState(ws);
  state.changeCounter += 1;
  return `"${ws.clock.nowMs * 1000 + (state.changeCounter % 1000)}"`;
}

/** Records a modification the way the API does: new etag, `updated` now, sequence one higher. */
export function markChanged(ws: Workspace, event: StoredEvent): void {
  event.etag = nextEtag(ws);
  event.updated = ws.now().toISOString();
  event.sequence += 1;
}

export function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
