// How many Calendar API writes a metered stretch made, by REST method, however they were sent: one advanced-service
// call each ("Calendar.Events.insert") or as calls inside batch requests
// ("UrlFetchApp.fetch:calendar.batch/calendar.events.insert" in the meter's requests). A test asking "was each
// event written once?" must not depend on the transport.
import type { MeterSnapshot } from '../meter';

export interface CalendarWrites {
  insert: number;
  patch: number;
  delete: number;
}

export function calendarWrites(used: MeterSnapshot): CalendarWrites {
  const both = (advanced: string, rest: string) =>
    (used.counts[advanced] ?? 0) + (used.requests[`UrlFetchApp.fetch:calendar.batch/${rest}`] ?? 0);
  return {
    insert: both('Calendar.Events.insert', 'calendar.events.insert'),
    patch: both('Calendar.Events.patch', 'calendar.events.patch'),
    delete: both('Calendar.Events.remove', 'calendar.events.delete'),
  };
}
