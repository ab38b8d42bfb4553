// Applies a calendar plan in a time-budgeted slice. Each write is recorded in the Meetings tab (Calendar event,
// Synced) in small batches; a run stopped between a write and its record loses nothing, because event ids are
// derived from meeting keys: the next plan finds the event already there and only records it.
// Who is emailed: new events and new times, places and guest lists are announced (sendUpdates "all"), except the
// writes quiet start makes silent — a new event whose guests are all due a welcome email, or a guest-list change
// that only adds such people (core/sync/welcome-plan.ts): the welcome email tells them instead.
import type { CalendarPlan, PlannedCancel, PlannedCreate, PlannedUpdate } from '../core/calendar/calendar-plan';
import { syncedAsCanceled } from '../core/calendar/calendar-plan';
import type { EventResource } from '../core/calendar/calendar-event';
import type { FieldChange } from '../core/calendar/event-changes';
import { createIsSilent, updateIsSilentAddition } from '../core/sync/welcome-plan';
import type { SheetTab } from './sheet-tab';

/** The slice's time budget (addon/budget.ts): elapsed time on the clock, the script's CPU time included. */
export interface ApplyBudget {
  allows(stepMs?: number): boolean;
}

export interface ApplyProgress {
  done: number;
  total: number;
  /** Google's error that stopped the slice early (quota, rate limit), if any. */
  error?: unknown;
}

const recordEvery = 20;
const writeMs = 700;

export function calendarWorkCount(plan: CalendarPlan): number {
  return plan.creates.length + plan.updates.length + plan.cancels.length + plan.records.length;
}

export function applyCalendarPlan(
  plan: CalendarPlan,
  calendarId: string,
  meetings: SheetTab,
  budget: ApplyBudget,
  /** Quiet start: whether a person is due a welcome email (workspace/welcome-send.ts); none by default. */
  dueWelcome: (email: string) => boolean = () => false,
): ApplyProgress {
  const total = calendarWorkCount(plan);
  let done = 0;
  const record = (rowNumber: number | undefined, eventId: string, synced: string) => {
    if (rowNumber === undefined) return;
    meetings.set(rowNumber, 'Calendar event', eventId);
    meetings.set(rowNumber, 'Synced', synced);
  };
  for (const r of plan.records) record(r.rowNumber, r.eventId, r.synced);
  done += plan.records.length;

  const steps: (() => void)[] = [
    ...plan.cancels.map((c) => () => record(c.rowNumber, cancel(calendarId, c), syncedAsCanceled)),
    ...plan.updates.map((u) => () => record(u.rowNumber, u.eventId, update(calendarId, u, dueWelcome))),
    ...plan.creates.map((c) => () => record(c.rowNumber, c.event.id, create(calendarId, c, dueWelcome))),
  ];
  try {
    for (const step of steps) {
      if (!budget.allows(writeMs)) break;
      step();
      done += 1;
      if (meetings.pending >= recordEvery * 2) meetings.flush();
    }
  } catch (error) {
    meetings.flush();
    return { done, total, error };
  }
  meetings.flush();
  return { done, total };
}

function create(calendarId: string, planned: PlannedCreate, dueWelcome: (email: string) => boolean): string {
  try {
    Calendar!.Events!.insert(asApiEvent(planned.event), calendarId, {
      sendUpdates: createIsSilent(planned, dueWelcome) ? 'none' : 'all',
    });
  } catch (error) {
    // The id is the meeting's own: "already exists" means an earlier, interrupted run created it. Make it match.
    if (!/already exists/i.test(String((error as Error).message))) throw error;
    Calendar!.Events!.patch(asApiEvent(planned.event), calendarId, planned.event.id, { sendUpdates: 'none' });
  }
  return planned.event.extendedProperties.private.fingerprint;
}

function update(calendarId: string, planned: PlannedUpdate, dueWelcome: (email: string) => boolean): string {
  const announce = planned.changes.some(notifiesGuests) && !updateIsSilentAddition(planned, dueWelcome);
  Calendar!.Events!.patch(asApiEvent(planned.event), calendarId, planned.eventId, {
    sendUpdates: announce ? 'all' : 'none',
  });
  return planned.event.extendedProperties.private.fingerprint;
}

function cancel(calendarId: string, planned: PlannedCancel): string {
  Calendar!.Events!.remove(calendarId, planned.eventId, { sendUpdates: 'all' });
  return planned.eventId;
}

/** The core's event is a plain object of the API's shape; the typings spell some fields more loosely. */
function asApiEvent(event: EventResource): GoogleAppsScript.Calendar.Schema.Event {
  return event as unknown as GoogleAppsScript.Calendar.Schema.Event;
}

/** Guests hear about a new time, place or guest list; a new agenda link in the description needs no email. */
function notifiesGuests(change: FieldChange): boolean {
  return change.field === 'time' || change.field === 'place' || change.field === 'guests';
}
