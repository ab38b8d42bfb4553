// Who may do what with a calendar, as the signed-in user, and whether the add-on's OAuth scopes reach it.
// Checked by the API surfaces (the Advanced service and CalendarApp) on every call; the "person in the
// Calendar UI" test hooks are not checked.
//
// - A calendar the user has no role on does not exist for them: the API answers 404 "Not Found"
//   (https://developers.google.com/workspace/calendar/api/guides/errors#404_not_found).
// - Readers read; only writers and owners insert, change or delete events ("writer - Provides read and write
//   access to the calendar"); only owners change the calendar itself or its sharing
//   (https://developers.google.com/workspace/calendar/api/v3/reference/acl). Private extended properties
//   ("private to the copy of the event that appears on this calendar") are shown only to those who may change
//   the calendar's events — the emulator's reading of which copy a mere reader gets.
// - Scopes: the method must accept one of the manifest's scopes (scopes.ts), and that scope must reach the
//   calendar: calendar.app.created only calendars the add-on made, calendar.events.owned only the user's own.
//   A calendar no granted scope reaches answers 404, as a file outside drive.file does (the emulator's
//   choice: Google documents no text for it).
import type { Workspace } from '../workspace';
import { calendarScopeReach, grantedCalendarScopes } from '../scopes';
import { insufficientScopes, notFound, requiredAccess } from './api-error';
import { findCalendar, type CalendarRecord, type CalendarRole, type StoredEvent } from './state';

export type CalendarNeed = 'read' | 'write' | 'owner';

const strength: Record<CalendarRole, number> = { freeBusyReader: 1, reader: 2, writer: 3, owner: 4 };

/** The role of `user` (the signed-in user by default) on the calendar, or undefined when not shared with them. */
export function calendarRoleOf(
  ws: Workspace,
  calendar: CalendarRecord,
  user = ws.user.email,
): CalendarRole | undefined {
  const email = user.toLowerCase();
  if (calendar.owner.toLowerCase() === email) return 'owner';
  const entry = Object.entries(calendar.acl ?? {}).find(([who]) => who.toLowerCase() === email);
  return entry?.[1];
}

export function mayChangeEvents(role: CalendarRole | undefined): boolean {
  return role === 'writer' || role === 'owner';
}

/** Throws the API's 403 unless the manifest grants a scope the method accepts; returns the granted ones. */
export function requireApiScope(ws: Workspace, method: string): readonly string[] {
  const granted = grantedCalendarScopes(ws, method);
  if (granted.length === 0) throw insufficientScopes();
  return granted;
}

/**
 * The calendar, if the method's scopes reach it and the signed-in user's role allows `need`; otherwise the
 * API's error (404 when they cannot see it, 403 when they may only read).
 */
export function requireCalendarAccess(
  ws: Workspace,
  method: string,
  calendarId: string,
  need: CalendarNeed,
): CalendarRecord {
  const granted = requireApiScope(ws, method);
  const calendar = findCalendar(ws, calendarId);
  if (!calendar) throw notFound();
  const role = calendarRoleOf(ws, calendar);
  if (!role || strength[role] < strength.reader) throw notFound();
  if (!granted.some((scope) => reaches(scope, calendar, role))) throw notFound();
  return checkRole(calendar, role, need);
}

/** The same role check for CalendarApp, whose scopes are checked per method by the meter (scopes.ts). */
export function requireCalendarRole(ws: Workspace, calendarId: string, need: CalendarNeed): CalendarRecord {
  const calendar = findCalendar(ws, calendarId);
  if (!calendar) throw notFound();
  const role = calendarRoleOf(ws, calendar);
  if (!role || strength[role] < strength.reader) throw notFound();
  return checkRole(calendar, role, need);
}

/** Whether `user` (the signed-in user by default) can see the calendar's events at all. */
export function canSeeCalendar(ws: Workspace, calendar: CalendarRecord, user = ws.user.email): boolean {
  const role = calendarRoleOf(ws, calendar, user);
  return role !== undefined && strength[role] >= strength.reader;
}

function checkRole(calendar: CalendarRecord, role: CalendarRole, need: CalendarNeed): CalendarRecord {
  if (need === 'write' && !mayChangeEvents(role)) throw requiredAccess('writer');
  if (need === 'owner' && role !== 'owner') throw requiredAccess('owner');
  return calendar;
}

function reaches(scope: string, calendar: CalendarRecord, role: CalendarRole): boolean {
  const reach = calendarScopeReach[scope] ?? 'any';
  if (reach === 'any') return true;
  if (reach === 'owned') return role === 'owner';
  if (reach === 'appCreated') return !calendar.primary && calendar.createdByApp !== false;
  return false;
}

/** What a user sees of an event: without edit rights on the calendar, no private extended properties. */
export function asSeenBy<T extends StoredEvent | GoogleAppsScript.Calendar.Schema.Event>(
  ws: Workspace,
  calendar: CalendarRecord,
  event: T,
): T {
  if (mayChangeEvents(calendarRoleOf(ws, calendar)) || !event.extendedProperties?.private) return event;
  const { private: _hidden, ...shared } = event.extendedProperties;
  return { ...event, extendedProperties: shared };
}
