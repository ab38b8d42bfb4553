// What is Calendar's own in a Calendar batch request (https://developers.google.com/workspace/calendar/api/guides/batch):
// its batch URL and the events paths its parts call. The multipart/mixed format, the same for every Google API,
// is in ../batch-request.ts.
export { batchRequestBody, parseBatchResponse, type BatchAnswer, type BatchCall } from '../batch-request';

export const calendarBatchUrl = 'https://www.googleapis.com/batch/calendar/v3';

/** "/calendar/v3/calendars/{calendarId}/events[/{eventId}]" with its parts encoded, and the query if any. */
export function eventsPath(calendarId: string, eventId?: string, query: Record<string, string> = {}): string {
  const path = `/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events${
    eventId === undefined ? '' : `/${encodeURIComponent(eventId)}`
  }`;
  const search = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return search ? `${path}?${search}` : path;
}
