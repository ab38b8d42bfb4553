// The calendar plan: what a sync would write, worked out before anything is written, so the admin can
// preview it and a retried sync repeats nothing. The rules, and the guidance behind them:
//  - past meetings are never touched: their events keep who was invited and when;
//  - each meeting owns one event, so moving, cancelling or re-rostering touches only the meetings it concerns,
//    and an unchanged registry plans no writes at all;
//  - an event someone edited directly in Calendar ("drift") is not overwritten: the admin chooses to keep
//    Calendar's version or restore the registry's;
//  - anything else on the PLG calendar that overlaps a meeting is flagged: "Hold this time sacred"
//    (shared/seeds 000, "Mindsets").
import { escapeForCell } from '../escape';
import type { MeetingRow } from '../registry/tabs';
import { calendarCancelled, type EventResource, type LiveEvent } from './calendar-event';
import { eventIdFor } from './event-id';
import { eventChanges, whenOf, type ChangedField, type FieldChange, type When } from './event-changes';
import { fingerprint } from './fingerprint';
import { localDateAndTime } from './wall-time';
import { dayText } from '../schedule/local-style';
import { holdOf, noHolds, type HoldCause, type Holds } from '../sync/holds';

/** One meeting's wanted event, with what the planner needs to know about the meeting. */
export interface WantedMeetingEvent {
  meetingKey: string;
  /** Meetings tab row, for writing back. */
  rowNumber: number;
  /** Group id, for previews. */
  group: string;
  event: EventResource;
  isPast: boolean;
  /** Status canceled in the Meetings tab. */
  canceled: boolean;
  /** Guests left off because they are outside the school's domain (from wantedEvent). */
  refusedGuests?: readonly string[];
}

/** What the Meetings tab remembers of the last sync: its Calendar event and Synced columns. */
export interface RecordedSync {
  eventId?: string;
  synced?: string;
}

export interface CalendarPlanInput {
  wanted: readonly WantedMeetingEvent[];
  /** By meeting key. */
  recorded: Readonly<Record<string, RecordedSync>>;
  /** Events on the PLG calendar tagged plgHub=1, by event id, cancelled ones included. */
  live: Readonly<Record<string, LiveEvent>>;
  /** Other events on the PLG calendar, checked for overlaps. */
  otherEvents?: readonly LiveEvent[];
  now: Date;
  /** What could not be read: the events of those meetings are held as they are (sync/holds.ts). */
  holds?: Holds;
}

/** Written to the Synced column after PLG Hub cancels an event, so re-scheduling the meeting later is recognised. */
export const syncedAsCanceled = 'canceled';

export interface PlannedCreate {
  meetingKey: string;
  rowNumber: number;
  group: string;
  event: EventResource;
}

export interface PlannedUpdate {
  meetingKey: string;
  rowNumber: number;
  group: string;
  eventId: string;
  /** Calendar's etag when planned: write with If-Match so an edit made since the preview is not lost. */
  etag?: string;
  event: EventResource;
  changes: FieldChange[];
}

export interface PlannedCancel {
  meetingKey: string;
  rowNumber: number;
  group: string;
  eventId: string;
  summary: string;
  when: When;
  /** Only ever a row that reads cleanly and says so: the meeting is canceled (or its group inactive). */
  reason: 'canceled';
}

/** A Meetings-tab-only write: Calendar already matches, but the row does not yet say so (e.g. a retried create). */
export interface PlannedRecord {
  meetingKey: string;
  rowNumber: number;
  eventId: string;
  synced: string;
}

export type MeetingWriteBack = Partial<
  Pick<MeetingRow, 'date' | 'startTime' | 'minutes' | 'location' | 'status' | 'eventId' | 'synced'>
>;

export interface Drift {
  meetingKey: string;
  rowNumber: number;
  group: string;
  eventId: string;
  summary: string;
  /** From the registry's version to what Calendar now shows. */
  changes: FieldChange[];
  /** Keep Calendar's version: the Meetings row values that say the same. */
  keepCalendar: {
    rowNumber: number;
    values: MeetingWriteBack;
    /** Changes the Meetings row cannot hold (title, description, guests come from other tabs); the next sync restores them. */
    notKept: ChangedField[];
  };
  /** Restore the registry's version. */
  restoreRegistry: PlannedUpdate;
}

/** A PLG Hub event no readable Meetings row describes: left exactly as it is until its row reads again. */
export interface HeldEvent {
  eventId: string;
  meetingKey: string;
  summary: string;
  when: When;
  cause: HoldCause;
}

export type PlanWarning =
  | { kind: 'overlap'; meetingKey: string; group: string; other: string; when: When; message: string }
  | { kind: 'guests refused'; email: string; meetingKeys: string[]; message: string };

export interface CalendarPlan {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  cancels: PlannedCancel[];
  records: PlannedRecord[];
  drift: Drift[];
  /** Events held until what governs them reads again; never updated or cancelled. Previews list them first. */
  holds: HeldEvent[];
  /** Meetings whose event needs nothing (past ones included). */
  unchanged: number;
  warnings: PlanWarning[];
}

export function planCalendar(input: CalendarPlanInput): CalendarPlan {
  const plan: CalendarPlan = {
    creates: [],
    updates: [],
    cancels: [],
    records: [],
    drift: [],
    holds: [],
    unchanged: 0,
    warnings: [],
  };
  const liveByKey = new Map<string, string>();
  for (const [id, event] of Object.entries(input.live)) {
    const key = event.extendedProperties?.private?.meetingKey;
    if (key !== undefined && !liveByKey.has(key)) liveByKey.set(key, id);
  }
  const claimed = new Set<string>();

  for (const wanted of input.wanted) {
    const recorded = input.recorded[wanted.meetingKey] ?? {};
    const eventId = [recorded.eventId, eventIdFor(wanted.meetingKey), liveByKey.get(wanted.meetingKey)].find(
      (id): id is string => id !== undefined && input.live[id] !== undefined,
    );
    if (eventId !== undefined) claimed.add(eventId);
    const live = eventId === undefined ? undefined : input.live[eventId];

    // The past is left as it happened — unless its event is still ahead: a meeting moved to a past date must
    // not keep a future event for good, so that event is moved (a change the preview shows).
    const liveAhead =
      live?.start?.dateTime !== undefined &&
      live.status !== calendarCancelled &&
      Date.parse(live.start.dateTime) > input.now.getTime();
    if (wanted.isPast && !liveAhead) plan.unchanged++;
    else if (wanted.canceled) planCanceled(plan, wanted, eventId, live);
    else if (live === undefined || eventId === undefined) plan.creates.push(createOf(wanted));
    else planExisting(plan, wanted, recorded, eventId, live);
  }

  for (const [eventId, live] of Object.entries(input.live)) {
    if (claimed.has(eventId) || live.status === calendarCancelled) continue;
    plan.holds.push(heldEventOf(eventId, live, input.holds ?? noHolds));
  }

  plan.warnings.push(...overlapWarnings(input.wanted, input.otherEvents ?? []), ...refusedGuestWarnings(input.wanted));
  return plan;
}

function planCanceled(plan: CalendarPlan, wanted: WantedMeetingEvent, eventId?: string, live?: LiveEvent) {
  if (eventId === undefined || live === undefined || live.status === calendarCancelled) {
    plan.unchanged++;
    return;
  }
  plan.cancels.push({
    meetingKey: wanted.meetingKey,
    rowNumber: wanted.rowNumber,
    group: wanted.group,
    eventId,
    summary: live.summary ?? wanted.event.summary,
    when: whenOf(live, wanted.event.start.timeZone),
    reason: 'canceled',
  });
}

function planExisting(
  plan: CalendarPlan,
  wanted: WantedMeetingEvent,
  recorded: RecordedSync,
  eventId: string,
  live: LiveEvent,
) {
  const wantedPrint = wanted.event.extendedProperties.private.fingerprint;
  const livePrint = fingerprint(live);
  const update = updateOf(wanted, eventId, live);

  if (live.status === calendarCancelled) {
    // Cancelled by PLG Hub and since re-scheduled in the registry, or deleted by someone in Calendar.
    if (recorded.synced === syncedAsCanceled) plan.updates.push(update);
    else plan.drift.push(driftOf(wanted, eventId, live, update));
    return;
  }
  const lastSynced =
    recorded.synced !== undefined && recorded.synced !== syncedAsCanceled
      ? recorded.synced
      : live.extendedProperties?.private?.fingerprint;
  if (lastSynced !== undefined && livePrint !== lastSynced) {
    plan.drift.push(driftOf(wanted, eventId, live, update));
  } else if (livePrint !== wantedPrint) {
    plan.updates.push(update);
  } else {
    plan.unchanged++;
    if (recorded.eventId !== eventId || recorded.synced !== wantedPrint) {
      plan.records.push({ meetingKey: wanted.meetingKey, rowNumber: wanted.rowNumber, eventId, synced: wantedPrint });
    }
  }
}

function createOf(wanted: WantedMeetingEvent): PlannedCreate {
  return { meetingKey: wanted.meetingKey, rowNumber: wanted.rowNumber, group: wanted.group, event: wanted.event };
}

function updateOf(wanted: WantedMeetingEvent, eventId: string, live: LiveEvent): PlannedUpdate {
  return {
    meetingKey: wanted.meetingKey,
    rowNumber: wanted.rowNumber,
    group: wanted.group,
    eventId,
    etag: live.etag,
    event: { ...wanted.event, id: eventId },
    changes: eventChanges(live, wanted.event, wanted.event.start.timeZone),
  };
}

function driftOf(wanted: WantedMeetingEvent, eventId: string, live: LiveEvent, restore: PlannedUpdate): Drift {
  const timeZone = wanted.event.start.timeZone;
  const changes = eventChanges(wanted.event, live, timeZone);
  const values: MeetingWriteBack = {};
  const notKept: ChangedField[] = [];
  if (live.status === calendarCancelled) {
    values.status = 'canceled';
    values.synced = syncedAsCanceled;
  } else {
    for (const change of changes) {
      if (change.field === 'time' && live.start?.dateTime && live.end?.dateTime) {
        const start = localDateAndTime(live.start.dateTime, timeZone);
        values.date = start.date;
        values.startTime = start.time;
        values.minutes = Math.round((Date.parse(live.end.dateTime) - Date.parse(live.start.dateTime)) / 60000);
      } else if (change.field === 'place') {
        // What someone typed into the event's location: a cell's text, never a formula.
        values.location = escapeForCell(change.to);
      } else {
        notKept.push(change.field);
      }
    }
    values.synced = fingerprint(live);
  }
  values.eventId = eventId;
  return {
    meetingKey: wanted.meetingKey,
    rowNumber: wanted.rowNumber,
    group: wanted.group,
    eventId,
    summary: wanted.event.summary,
    changes,
    keepCalendar: { rowNumber: wanted.rowNumber, values, notKept },
    restoreRegistry: restore,
  };
}

/**
 * An event whose meeting no readable row describes. Never an orphan to cancel: its row may only have a typo, or
 * its group a renamed header. The cause says where to look; with no cause, the row is simply gone.
 */
function heldEventOf(eventId: string, live: LiveEvent, holds: Holds): HeldEvent {
  const meetingKey = live.extendedProperties?.private?.meetingKey ?? '';
  const cause = holdOf(holds, meetingKey) ?? {
    tab: 'Meetings',
    reason: `no row has the meeting ${meetingKey} any more — PLG Hub keeps its event; to cancel it, put the row back and set its Status to canceled`,
  };
  return {
    eventId,
    meetingKey,
    summary: live.summary ?? '',
    when: whenOf(live, live.start?.timeZone ?? 'UTC'),
    cause,
  };
}

function overlapWarnings(wanted: readonly WantedMeetingEvent[], others: readonly LiveEvent[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  for (const meeting of wanted) {
    if (meeting.isPast || meeting.canceled) continue;
    const start = Date.parse(meeting.event.start.dateTime);
    const end = Date.parse(meeting.event.end.dateTime);
    const localDate = meeting.event.start.dateTime.slice(0, 10);
    for (const other of others) {
      if (other.status === calendarCancelled) continue;
      const overlaps = other.start?.dateTime
        ? Date.parse(other.start.dateTime) < end && Date.parse(other.end?.dateTime ?? other.start.dateTime) > start
        : other.start?.date !== undefined && other.start.date <= localDate && localDate < (other.end?.date ?? '');
      if (!overlaps) continue;
      const when = whenOf(meeting.event, meeting.event.start.timeZone);
      const name = other.summary?.trim() || 'An untitled event';
      warnings.push({
        kind: 'overlap',
        meetingKey: meeting.meetingKey,
        group: meeting.group,
        other: name,
        when,
        message: `"${name}" overlaps ${meeting.event.summary} on ${dayText(when.date)} at ${when.start}. Hold this time sacred: move the other event, or move the meeting in the Meetings tab.`,
      });
    }
  }
  return warnings;
}

function refusedGuestWarnings(wanted: readonly WantedMeetingEvent[]): PlanWarning[] {
  const meetingsByGuest = new Map<string, string[]>();
  const summariesByGuest = new Map<string, Set<string>>();
  for (const meeting of wanted) {
    if (meeting.isPast || meeting.canceled) continue;
    for (const email of meeting.refusedGuests ?? []) {
      meetingsByGuest.set(email, [...(meetingsByGuest.get(email) ?? []), meeting.meetingKey]);
      summariesByGuest.set(email, (summariesByGuest.get(email) ?? new Set()).add(meeting.event.summary));
    }
  }
  return [...meetingsByGuest.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([email, meetingKeys]) => ({
      kind: 'guests refused' as const,
      email,
      meetingKeys,
      message: `${email} is outside the school's domain, so was not invited to ${meetingKeys.length} upcoming ${[...summariesByGuest.get(email)!].join(', ')} meeting${meetingKeys.length === 1 ? '' : 's'}. Use their school address in the Staff tab, or set "Allow guests outside the domain" to Yes.`,
    }));
}
