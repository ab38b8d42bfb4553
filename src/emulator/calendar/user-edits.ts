// Test hooks for what a person does directly in the Calendar UI: their edits change the same data the
// add-on reads (new etag, `updated`, sequence) but are not calls the add-on makes, so nothing is metered.
import type { Workspace } from '../workspace';
import { cancelEvent, insertEvent, patchEvent } from './event-store';
import type { SendUpdates } from './invitations';
import {
  calendarState,
  copyOf,
  eventsOf,
  requireCalendar,
  type CalendarRole,
  type EventResource,
  type StoredEvent,
} from './state';

export interface UserEditOptions {
  /** The UI asks whether to email guests; by default the person chooses not to. */
  sendUpdates?: SendUpdates;
}

export function userEditEvent(
  ws: Workspace,
  calendarId: string,
  eventId: string,
  changes: EventResource,
  options: UserEditOptions = {},
): StoredEvent {
  return copyOf(patchEvent(ws, calendarId, eventId, changes, options.sendUpdates ?? 'none'));
}

export function userCreateEvent(
  ws: Workspace,
  calendarId: string,
  event: EventResource,
  options: UserEditOptions = {},
): StoredEvent {
  return copyOf(insertEvent(ws, calendarId, event, options.sendUpdates ?? 'none'));
}

export function userDeleteEvent(
  ws: Workspace,
  calendarId: string,
  eventId: string,
  options: UserEditOptions = {},
): void {
  cancelEvent(ws, calendarId, eventId, options.sendUpdates ?? 'none');
}

/** Every stored event (cancelled ones and modified occurrences included) of one calendar or of all. */
export function allEvents(ws: Workspace, calendarId?: string): StoredEvent[] {
  const events =
    calendarId === undefined
      ? Object.values(calendarState(ws).events).flatMap((byId) => Object.values(byId))
      : Object.values(eventsOf(ws, calendarId));
  return copyOf(events);
}

/**
 * The calendar's owner sharing it in Calendar's settings ("Share with specific people"): `role` for `email`,
 * or no access with null. Not metered; the add-on never shares its calendar.
 */
export function shareCalendar(ws: Workspace, calendarId: string, email: string, role: CalendarRole | null): void {
  const calendar = requireCalendar(ws, calendarId);
  const acl = (calendar.acl ??= {});
  if (role === null) delete acl[email.toLowerCase()];
  else acl[email.toLowerCase()] = role;
}
