// Calendar batch requests: POST https://www.googleapis.com/batch/calendar/v3, a multipart/mixed body of up to
// 1000 events requests ("You're limited to 1000 calls in a single batch request",
// https://developers.google.com/workspace/calendar/api/guides/batch; the guide said 50 until about 2020 —
// see googleapis/google-api-dotnet-client#1621 — and PLG Hub still sends no more than that). What the guide
// says and the emulator does:
// - "All the inner requests must go to the same Google API": a part outside /calendar/v3/ is answered 404;
// - a part's URL is a path, "full URLs are not allowed in batch requests": such a part is answered 400;
// - "The HTTP headers for the outer batch request, except for the Content- headers such as Content-Type, apply
//   to every request in the batch … If you provide an Authorization header for a specific call, then that header
//   applies only to that call": each part acts as the outer token's user unless it carries its own token;
// - "A set of n requests batched together counts toward your usage limit as n requests, not as one request":
//   every part counts against the Calendar API's 600-a-minute per-user rate, and a part over it is answered
//   403 rateLimitExceeded on its own while the others are done;
// - each part succeeds or fails by itself (409 for an id already taken, 404, 403 …) in its own response part,
//   in the requests' order, with "response-" + its Content-ID; the batch itself answers 200.
// Metering: the batch is one UrlFetchApp request ("UrlFetchApp.fetch:calendar.batch", one round trip, its
// latency.ts row); each part is counted in meter.requests as "UrlFetchApp.fetch:calendar.batch/<method>" and a
// fault rule on that kind slows the part down (Google's 403 rateLimitExceeded for that part alone).
import { serverWorkMs } from '../latency';
import { answerBatch } from '../urlfetch/batch-multipart';
import { asCaller } from '../urlfetch/as-caller';
import { callerOf } from '../urlfetch/oauth-tokens';
import { jsonError, type RestCaller, type RestEndpoint, type RestResponse } from '../urlfetch/rest-endpoint';
import type { Workspace } from '../workspace';
import { answerEventsRequest, routeOf, type CalendarEventsMethod } from './rest-requests';

export const calendarBatchUrl = 'https://www.googleapis.com/batch/calendar/v3';
export const maxBatchParts = 1000;

/**
 * The server's own time for one part, on top of the batch's single round trip. Google publishes no figure, so
 * the model is derived from the latency table: an advanced-service call is one Apps Script → API round trip
 * plus the server's work, and the cheapest Calendar call (events.get by id, latency.ts) is taken as the round
 * trip alone. A batch saves the round trips and keeps the work: events.insert 450 − 150 = 300 ms, patch 250,
 * delete 200, update 250. The parts are taken as done one after another: writes to one calendar in quick
 * succession are exactly what Calendar throttles ("you might be rate limited at any time … if you attempt to
 * write to a single calendar in quick succession", https://developers.google.com/workspace/calendar/api/guides/quota),
 * and the guide promises no parallelism — the conservative reading, so budgets built on it hold.
 */
export function partServerMs(method: CalendarEventsMethod): number {
  const advanced: Record<CalendarEventsMethod, string> = {
    'calendar.events.insert': 'Calendar.Events.insert',
    'calendar.events.get': 'Calendar.Events.get',
    'calendar.events.patch': 'Calendar.Events.patch',
    'calendar.events.update': 'Calendar.Events.update',
    'calendar.events.delete': 'Calendar.Events.remove',
  };
  return serverWorkMs(advanced[method], 'Calendar.Events.get');
}

export const calendarBatchEndpoint: RestEndpoint = {
  prefix: calendarBatchUrl,
  methodOf: (request) =>
    request.method === 'POST' && request.url.pathname === '/batch/calendar/v3' ? 'calendar.batch' : undefined,
  handle(ws, request) {
    if (request.method !== 'POST' || request.url.pathname !== '/batch/calendar/v3') return jsonError(404, 'Not Found');
    return answerBatch(ws, request, maxBatchParts, (part) => answerPart(ws, part, request.caller));
  },
};

function answerPart(
  ws: Workspace,
  part: { method: string; target: string; headers: Record<string, string>; body: string },
  outerCaller: RestCaller,
): RestResponse {
  if (/^[a-z]+:\/\//i.test(part.target)) return jsonError(400, 'Full URLs are not allowed in batch requests.');
  const route = routeOf(part);
  const kind = `UrlFetchApp.fetch:calendar.batch/${route?.method ?? 'unknown'}`;
  ws.meter.countRequest(kind);
  if (!route) return jsonError(404, 'Not Found');
  const caller = part.headers.authorization === undefined ? outerCaller : callerOf(ws, part.headers.authorization);
  if (!caller)
    return jsonError(401, 'Request had invalid authentication credentials.', { domain: 'global', reason: 'authError' });
  if (ws.meter.takeRateLimit(kind))
    return jsonError(403, 'Rate Limit Exceeded', { domain: 'usageLimits', reason: 'rateLimitExceeded' });
  const response = asCaller(ws, caller, () => answerEventsRequest(ws, part, caller));
  // A refused part (over the rate) cost the server nothing worth modeling; any other answer took its work.
  if (!(response.status === 403 && response.body.includes('rateLimitExceeded')))
    ws.meter.spend(partServerMs(route.method));
  return response;
}
