// Secondary calendars: creating, reading, renaming and deleting them. Shared by Calendars.* in the
// Advanced service and CalendarApp.createCalendar.
import type { Workspace } from '../workspace';
import { badRequest } from './api-error';
import { calendarState, nextEtag, requireCalendar, type CalendarRecord } from './state';
import { isValidTimeZone } from './time-zones';

type CalendarResource = GoogleAppsScript.Calendar.Schema.Calendar;

export function createCalendarRecord(ws: Workspace, fields: CalendarResource): CalendarRecord {
  if (!fields.summary) throw badRequest('Missing title.');
  const timeZone = fields.timeZone ?? ws.user.timeZone;
  if (!isValidTimeZone(timeZone)) throw badRequest('Invalid time zone definition.');
  const state = calendarState(ws);
  // Secondary calendar ids look like "c_<base32hex>@group.calendar.google.com".
  const code = [...ws.newId()].map((char) => char.charCodeAt(0).toString(32).padStart(2, '0')).join('');
  const record: CalendarRecord = {
    id: `c_${code}@group.calendar.google.com`,
    summary: fields.summary,
    description: fields.description ?? '',
    location: fields.location ?? '',
    timeZone,
    owner: ws.user.email,
    primary: false,
    etag: nextEtag(ws),
    color: '#9fc6e7',
    acl: {},
    createdByApp: true,
  };
  state.calendars[record.id] = record;
  state.events[record.id] = {};
  return record;
}

export function changeCalendarRecord(ws: Workspace, calendarId: string, fields: CalendarResource): CalendarRecord {
  const record = requireCalendar(ws, calendarId);
  if (fields.timeZone !== undefined && !isValidTimeZone(fields.timeZone)) {
    throw badRequest('Invalid time zone definition.');
  }
  if (fields.summary === '') throw badRequest('Missing title.');
  if (fields.summary !== undefined) record.summary = fields.summary;
  if (fields.description !== undefined) record.description = fields.description;
  if (fields.location !== undefined) record.location = fields.location;
  if (fields.timeZone !== undefined) record.timeZone = fields.timeZone;
  record.etag = nextEtag(ws);
  return record;
}

/** Deletes a secondary calendar and its events; the primary calendar can only be cleared, not deleted. */
export function deleteCalendarRecord(ws: Workspace, calendarId: string): void {
  const record = requireCalendar(ws, calendarId);
  if (record.primary) throw badRequest('Bad Request');
  const state = calendarState(ws);
  delete state.calendars[record.id];
  delete state.events[record.id];
}

export function calendarResource(record: CalendarRecord): CalendarResource {
  return {
    kind: 'calendar#calendar',
    etag: record.etag,
    id: record.id,
    summary: record.summary,
    description: record.description,
    location: record.location,
    timeZone: record.timeZone,
    conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
  };
}
