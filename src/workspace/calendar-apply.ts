// Applies a calendar plan in a time-budgeted slice, through Calendar batch requests: up to 50 writes a request,
// each answered on its own (core/calendar/batch-body.ts). Each batch's results are recorded in the Meetings tab
// (Calendar event, Synced) as soon as its answer is read; a run stopped between a batch and its record — even one
// stopped while Google was still working on it — loses nothing, because event ids are derived from meeting keys:
// the next plan finds the event already there and only records it, and a create that finds its id taken ("409")
// makes the event match instead of making a second one.
// Pacing: at most 600 Calendar requests a minute per user, every call inside a batch counting as one
// (core/request-pacing.ts); a call Google still asks to slow down (403 rateLimitExceeded, 429) or could
// not answer (5xx) is sent again in a later batch after an exponential backoff, while the slice's budget allows.
// Who is emailed: new events and new times, places and guest lists are announced (sendUpdates "all"), except the
// writes quiet start makes silent — a new event whose guests are all due a welcome email, or a guest-list change
// that only adds such people (core/sync/welcome-plan.ts): the welcome email tells them instead.
import type { CalendarPlan, PlannedCancel, PlannedCreate, PlannedUpdate } from '../core/calendar/calendar-plan';
import { syncedAsCanceled } from '../core/calendar/calendar-plan';
import { eventsPath, type BatchAnswer, type BatchCall } from '../core/calendar/batch-body';
import type { FieldChange } from '../core/calendar/event-changes';
import { calendarWritesPerMinute } from '../core/request-pacing';
import { sharedPacer, type SharedPacer } from './rate-log';
import { sendCalendarBatches } from './calendar-batch';
import { errorOf, isRetryable, restFailure } from './google-rest';
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
  /**
   * When the slice stopped only because this person's last minute of Calendar requests was full: the moment (ms)
   * the next round fits. A Continue pressed before then is answered without reading anything.
   */
  resumeAt?: number;
  /** The meeting keys (upper case) whose write this slice made, so a later turn of the same slice leaves them out. */
  written?: Set<string>;
}

/**
 * Calls per batch request. The batch guide allows 1000 today; it said 50 until about 2020
 * (googleapis/google-api-dotnet-client#1621), and 50 keeps one batch's answer well inside a card's time.
 */
export const maxBatchCalls = 50;
/**
 * Batch requests sent at once (UrlFetchApp.fetchAll, in parallel). Each is its own HTTP request, so Google works on
 * them side by side, while the calls inside one batch are taken as done one after another (the emulator's
 * conservative reading, calendar/batch-endpoint.ts). So a round spreads its writes thin — many small batches
 * rather than a few full ones — and lasts as long as its largest: 198 writes go as 25 batches of 8, one round of
 * under 3 s, where 4 batches of 50 took 15. Calendar's 600-a-minute limit per user (the pacer) bounds the pace.
 */
export const maxParallelBatches = 40;
/** Writes per batch at least, before a round spreads over more batches: each batch costs its own round trip. */
const minBatchWrites = 8;
/**
 * What a batch is budgeted before it is sent: its round trip, and each call's server time (a lone advanced-service
 * insert is modeled at 450 ms, its server work at 300; 400 leaves a margin), so a batch never starts that would
 * run past the slice's budget.
 */
const batchRoundTripMs = 1_000;
const perCallMs = 400;
/** Sends of one write in all before its "slow down" is reported (Google's advice: exponential backoff). */
const maxSends = 5;

type Write =
  | { kind: 'cancel'; planned: PlannedCancel }
  | { kind: 'update'; planned: PlannedUpdate }
  | { kind: 'create'; planned: PlannedCreate }
  /** A create whose id was taken: an earlier, interrupted run made the event. Make it match, silently. */
  | { kind: 'adopt'; planned: PlannedCreate };

interface Pending {
  write: Write;
  /** How often it was sent and answered "slow down" or not at all. */
  sends: number;
}

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
  /**
   * Waits for this person's minute to have room only while at least this many writes are queued (0, the default:
   * always). A slice with forms still to build gives a minute's worth: it sleeps only when a whole round is ready
   * to go, and otherwise builds forms while the minute empties (workspace/sync-slice.ts).
   */
  options: {
    waitWhileQueued?: number;
    /**
     * This person's Calendar minute as the caller's earlier turns left it (one per slice): each turn's writes are
     * counted by the next, whether or not they were many enough to be kept in user properties yet.
     */
    pacer?: SharedPacer;
  } = {},
): ApplyProgress {
  const total = calendarWorkCount(plan);
  let done = 0;
  const written = new Set<string>();
  const record = (rowNumber: number | undefined, eventId: string, synced: string) => {
    if (rowNumber === undefined) return;
    meetings.set(rowNumber, 'Calendar event', eventId);
    meetings.set(rowNumber, 'Synced', synced);
  };
  /** A write Google made as planned: in the Meetings tab, and counted. */
  const finished = (write: Write) => {
    recordWrite(write, record);
    written.add(write.planned.meetingKey.toUpperCase());
    done += 1;
  };
  for (const r of plan.records) {
    record(r.rowNumber, r.eventId, r.synced);
    written.add(r.meetingKey.toUpperCase());
  }
  done += plan.records.length;

  const queue: Pending[] = [
    ...plan.cancels.map((planned): Write => ({ kind: 'cancel', planned })),
    ...plan.updates.map((planned): Write => ({ kind: 'update', planned })),
    ...plan.creates.map((planned): Write => ({ kind: 'create', planned })),
  ].map((write) => ({ write, sends: 0 }));
  // This person's last minute of Calendar requests, from every run of theirs (rate-log.ts); read at the first round.
  const pacer = options.pacer ?? calendarPacer();
  let backoffs = 0;
  let resumeAt: number | undefined;
  /** When this person's minute next has room for a write. */
  const nextRoom = () => Date.now() + pacer.waitMs(Date.now(), 1);
  try {
    while (queue.length > 0) {
      // As many writes as fit the minute now, if any do; otherwise a full round, sent once the minute has room.
      const room = pacer.room(Date.now());
      if (room <= 0 && queue.length < (options.waitWhileQueued ?? 0)) {
        resumeAt = nextRoom();
        break;
      }
      const round = takeRound(queue, budget, room > 0 ? room : calendarWritesPerMinute);
      if (round.length === 0) {
        // Out of time with this person's minute full as well: the next press can write nothing before it empties,
        // so the card says when (a press before then reads nothing).
        if (room <= 0) resumeAt = nextRoom();
        break;
      }
      const size = round.reduce((n, batch) => n + batch.length, 0);
      const wait = pacer.waitMs(Date.now(), size);
      if (wait > 0) {
        if (!budget.allows(wait + roundMs(round))) {
          queue.unshift(...round.flat());
          resumeAt = Date.now() + wait;
          break;
        }
        Utilities.sleep(wait);
      }
      pacer.record(Date.now(), size);
      const callsOf = round.map((batch) =>
        batch.map((pending, i) => callFor(pending.write, calendarId, `w${i + 1}`, dueWelcome)),
      );
      const outcomes = sendCalendarBatches(callsOf);
      const again: Pending[] = [];
      let failure: Error | undefined;
      let slowDown: Error | undefined;
      round.forEach((batch, b) => {
        const outcome = outcomes[b]!;
        const calls = callsOf[b]!;
        if ('failed' in outcome && !isRetryable(outcome.failed)) {
          failure ??= restFailure(outcome.failed, 'Calendar batch');
          return;
        }
        const answers: (BatchAnswer | undefined)[] =
          'failed' in outcome ? [] : calls.map((call) => outcome.answers.find((a) => a.id === call.id));
        batch.forEach((pending, i) => {
          const answer = answers[i];
          const write = pending.write;
          if (answer && answer.status >= 200 && answer.status < 300) {
            finished(write);
          } else if (answer?.status === 409 && write.kind === 'create') {
            again.unshift({ write: { kind: 'adopt', planned: write.planned }, sends: 0 });
          } else if (answer?.status === 410 && write.kind === 'cancel') {
            // Already cancelled: a batch whose answer was lost did it. The event is as planned.
            finished(write);
          } else if (!answer || isRetryable({ ...answer, contentType: '' })) {
            // Slowed down, briefly unavailable, or (a part missing from the answer) unknown: sent again later.
            slowDown = apiError(write, answer ?? ('failed' in outcome ? outcome.failed : { status: 0, text: '' }));
            again.push({ write, sends: pending.sends + 1 });
          } else {
            failure ??= apiError(write, answer);
          }
        });
      });
      // Right after each round: what Google did is in the Meetings tab before anything else is sent.
      meetings.flush();
      if (failure) return { done, total, error: failure, written };
      queue.unshift(...again);
      if (again.some((p) => p.sends > 0)) {
        const gaveUp = again.some((p) => p.sends >= maxSends);
        const pause = backoffMs(++backoffs);
        // Worth the pause only if at least one write can still be sent after it.
        if (gaveUp || !budget.allows(pause + batchMs(1))) {
          return { done, total, error: slowDown ?? new Error('Calendar batch: Rate Limit Exceeded'), written };
        }
        Utilities.sleep(pause);
      } else {
        backoffs = 0;
      }
    }
  } catch (error) {
    meetings.flush();
    return { done, total, error, written };
  }
  meetings.flush();
  return resumeAt === undefined ? { done, total, written } : { done, total, resumeAt, written };
}

/** This person's last minute of Calendar writes, from every run of theirs (rate-log.ts), read at its first use. */
export function calendarPacer(): SharedPacer {
  return sharedPacer('calendar', calendarWritesPerMinute);
}

/** The time a batch of `n` calls is budgeted. */
function batchMs(n: number): number {
  return batchRoundTripMs + n * perCallMs;
}

/** A round's batches go out together (UrlFetchApp.fetchAll), so it takes as long as its largest batch. */
function roundMs(round: readonly Pending[][]): number {
  return batchMs(Math.max(0, ...round.map((batch) => batch.length)));
}

/** How many batches `n` writes are spread over: at least minBatchWrites a batch, at most maxParallelBatches. */
function batchesFor(n: number): number {
  return Math.max(1, Math.min(maxParallelBatches, Math.ceil(n / minBatchWrites)));
}

/**
 * The next round: as many writes as the budget allows (at most `cap`, a minute's worth of PLG Hub's share of
 * Calendar's per-user limit at most: core/request-pacing.ts), spread evenly
 * over up to maxParallelBatches batches sent at once, no two writes on the same event anywhere in the round (the
 * guide promises no order within a batch, and batches in parallel have none between them). Returns [] when not
 * even one write fits the budget.
 */
function takeRound(queue: Pending[], budget: ApplyBudget, cap: number): Pending[][] {
  const most = Math.min(maxParallelBatches * maxBatchCalls, cap, queue.length);
  // The largest round the budget allows, found by halving: each question reads the clock (the script's own time
  // counts), so a few reads, not one per write.
  let room = 0;
  for (let low = 1, high = most; low <= high;) {
    const mid = Math.floor((low + high) / 2);
    if (budget.allows(batchMs(Math.ceil(mid / batchesFor(mid))))) {
      room = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const taken: Pending[] = [];
  const events = new Set<string>();
  for (let i = 0; i < queue.length && taken.length < room;) {
    const id = eventIdOf(queue[i]!.write);
    if (events.has(id)) {
      i++;
      continue;
    }
    events.add(id);
    taken.push(...queue.splice(i, 1));
  }
  if (taken.length === 0) return [];
  const batches = batchesFor(taken.length);
  const per = Math.ceil(taken.length / batches);
  const round: Pending[][] = [];
  for (let i = 0; i < taken.length; i += per) round.push(taken.slice(i, i + per));
  return round;
}

function eventIdOf(write: Write): string {
  return write.kind === 'create' || write.kind === 'adopt' ? write.planned.event.id : write.planned.eventId;
}

/**
 * Who hears about a write — decided here and nowhere else: new events and cancellations are announced, a changed
 * time, place or guest list is, a new agenda link in the description is not, and making an event an interrupted
 * run already made (and announced) match is silent.
 */
function sendUpdatesFor(write: Write, dueWelcome: (email: string) => boolean): 'all' | 'none' {
  switch (write.kind) {
    case 'create':
      return createIsSilent(write.planned, dueWelcome) ? 'none' : 'all';
    case 'cancel':
      return 'all';
    case 'adopt':
      return 'none';
    case 'update':
      return write.planned.changes.some(notifiesGuests) && !updateIsSilentAddition(write.planned, dueWelcome)
        ? 'all'
        : 'none';
  }
}

function callFor(write: Write, calendarId: string, id: string, dueWelcome: (email: string) => boolean): BatchCall {
  const sendUpdates = sendUpdatesFor(write, dueWelcome);
  switch (write.kind) {
    case 'create':
      return {
        id,
        method: 'POST',
        path: eventsPath(calendarId, undefined, { sendUpdates }),
        body: write.planned.event,
      };
    case 'adopt':
      return {
        id,
        method: 'PATCH',
        path: eventsPath(calendarId, write.planned.event.id, { sendUpdates }),
        body: write.planned.event,
      };
    case 'update':
      return {
        id,
        method: 'PATCH',
        path: eventsPath(calendarId, write.planned.eventId, { sendUpdates }),
        body: write.planned.event,
      };
    case 'cancel':
      return { id, method: 'DELETE', path: eventsPath(calendarId, write.planned.eventId, { sendUpdates }) };
  }
}

/** The Meetings-tab record of a write Google has done: the event, and its fingerprint (or "canceled"). */
function recordWrite(write: Write, record: (rowNumber: number, eventId: string, synced: string) => void): void {
  const fingerprint = (event: PlannedCreate['event']) => event.extendedProperties.private.fingerprint;
  switch (write.kind) {
    case 'create':
    case 'adopt':
      return record(write.planned.rowNumber, write.planned.event.id, fingerprint(write.planned.event));
    case 'update':
      return record(write.planned.rowNumber, write.planned.eventId, fingerprint(write.planned.event));
    case 'cancel':
      return record(write.planned.rowNumber, write.planned.eventId, syncedAsCanceled);
  }
}

const restMethod: Record<Write['kind'], string> = {
  create: 'calendar.events.insert',
  adopt: 'calendar.events.patch',
  update: 'calendar.events.patch',
  cancel: 'calendar.events.delete',
};

/** A write that failed, worded as Apps Script words a failed advanced-service call, so logs and cards read alike. */
function apiError(write: Write, answer: { status: number; text: string }): Error {
  const message =
    errorOf({ ...answer, contentType: '' })?.message ?? (answer.status ? `HTTP ${answer.status}` : 'no answer');
  return new Error(`API call to ${restMethod[write.kind]} failed with error: ${message}`);
}

/** Backoff before the n-th retry round: 1 s, 2 s, 4 s, 8 s … (Google's advice on every API's limits page). */
function backoffMs(n: number): number {
  return 1000 * 2 ** (n - 1);
}

/** Guests hear about a new time, place or guest list; a new agenda link in the description needs no email. */
function notifiesGuests(change: FieldChange): boolean {
  return change.field === 'time' || change.field === 'place' || change.field === 'guests';
}
