// One Calendar API v3 events request over HTTP — as a part of a batch request (./batch-endpoint.ts) carries it —
// answered from the same event store, permission and scope checks and invitation rules as the Advanced Calendar
// service (./advanced-service.ts), so an event written here is the event every other surface sees. The REST
// paths are the reference's (https://developers.google.com/workspace/calendar/api/v3/reference/events):
//   POST   /calendar/v3/calendars/{calendarId}/events             events.insert
//   GET    /calendar/v3/calendars/{calendarId}/events/{eventId}   events.get
//   PATCH  /calendar/v3/calendars/{calendarId}/events/{eventId}   events.patch
//   PUT    /calendar/v3/calendars/{calendarId}/events/{eventId}   events.update
//   DELETE /calendar/v3/calendars/{calendarId}/events/{eventId}   events.delete (204, no body)
// with sendUpdates as a query parameter. Every request counts against the Calendar API's per-user rate
// (../urlfetch/rate-limits.ts), one by one even inside a batch.
import { GoogleApiError } from '../google-api-error';
import { overRateLimit } from '../urlfetch/rate-limits';
import { answering, json, jsonError, type RestCaller, type RestResponse } from '../urlfetch/rest-endpoint';
import type { Workspace } from '../workspace';
import { asSeenBy, requireCalendarAccess } from './api-access';
import { badRequest } from './api-error';
import { cancelEvent, insertEvent, patchEvent, readEvent, replaceEvent } from './event-store';
import { sendUpdatesOption } from './invitations';
import { copyOf, type EventResource } from './state';

export type CalendarEventsMethod =
  | 'calendar.events.insert'
  | 'calendar.events.get'
  | 'calendar.events.patch'
  | 'calendar.events.update'
  | 'calendar.events.delete';

export interface CalendarRestRequest {
  method: string;
  /** The path with its query, "/calendar/v3/calendars/…". */
  target: string;
  body: string;
}

interface Route {
  method: CalendarEventsMethod;
  calendarId: string;
  eventId?: string;
  query: URLSearchParams;
}

const eventsPath = /^\/calendar\/v3\/calendars\/([^/?]+)\/events(?:\/([^/?]+))?$/;

/** The REST method a request calls, or undefined for one this emulator does not answer (a 404). */
export function routeOf(request: Pick<CalendarRestRequest, 'method' | 'target'>): Route | undefined {
  const url = new URL(request.target, 'https://www.googleapis.com');
  const match = eventsPath.exec(url.pathname);
  if (!match) return undefined;
  const calendarId = decodeURIComponent(match[1]!);
  const eventId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
  const verb = request.method.toUpperCase();
  const method: CalendarEventsMethod | undefined =
    eventId === undefined
      ? verb === 'POST'
        ? 'calendar.events.insert'
        : undefined
      : (
          {
            GET: 'calendar.events.get',
            PATCH: 'calendar.events.patch',
            PUT: 'calendar.events.update',
            DELETE: 'calendar.events.delete',
          } as const
        )[verb as 'GET' | 'PATCH' | 'PUT' | 'DELETE'];
  if (!method) return undefined;
  return { method, calendarId, ...(eventId === undefined ? {} : { eventId }), query: url.searchParams };
}

/** Answers one events request as `caller` (ws.user and ws.oauthScopes are the caller's while it runs). */
export function answerEventsRequest(ws: Workspace, request: CalendarRestRequest, caller: RestCaller): RestResponse {
  const route = routeOf(request);
  if (!route) return jsonError(404, 'Not Found');
  const refused = overRateLimit(ws, 'calendar', caller.email);
  if (refused) return refused;
  return answering(() => {
    const sendUpdates = () => sendUpdatesOption(route.query.get('sendUpdates') ?? undefined);
    const { calendarId, eventId } = route;
    switch (route.method) {
      case 'calendar.events.insert': {
        const calendar = requireCalendarAccess(ws, route.method, calendarId, 'write');
        const event = insertEvent(ws, calendarId, eventBody(request), sendUpdates());
        return json(200, copyOf(asSeenBy(ws, calendar, event)));
      }
      case 'calendar.events.get': {
        const calendar = requireCalendarAccess(ws, route.method, calendarId, 'read');
        return json(200, copyOf(asSeenBy(ws, calendar, readEvent(ws, calendarId, eventId!))));
      }
      case 'calendar.events.patch': {
        const calendar = requireCalendarAccess(ws, route.method, calendarId, 'write');
        const event = patchEvent(ws, calendarId, eventId!, eventBody(request), sendUpdates());
        return json(200, copyOf(asSeenBy(ws, calendar, event)));
      }
      case 'calendar.events.update': {
        const calendar = requireCalendarAccess(ws, route.method, calendarId, 'write');
        const event = replaceEvent(ws, calendarId, eventId!, eventBody(request), sendUpdates());
        return json(200, copyOf(asSeenBy(ws, calendar, event)));
      }
      case 'calendar.events.delete':
        requireCalendarAccess(ws, route.method, calendarId, 'write');
        cancelEvent(ws, calendarId, eventId!, sendUpdates());
        return json(204, undefined);
    }
  });
}

/** The request's event resource: a JSON object, or the API's 400. */
function eventBody(request: CalendarRestRequest): EventResource {
  if (request.body.trim() === '') throw badRequest('Missing event resource.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body);
  } catch {
    throw new GoogleApiError(400, 'Invalid JSON payload received.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new GoogleApiError(400, 'Invalid JSON payload received. Expected an object.');
  return parsed as EventResource;
}
