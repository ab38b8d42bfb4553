// Calendar writes go out in batch requests. Written as the failures that would break them: a run stopped while
// Google is still working on a batch (Google did the work, the script never saw the answer), Google refusing
// some calls of a batch with "slow down", and an admin whose minute of Calendar requests another script already
// used. Each time, once carried on as the card says, every meeting is on the calendar exactly once, every guest
// was invited exactly once, and the Meetings tab records every event.
import { applyButtonText, offersContinue, saysNothingToSend, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { syncOutcome, type SyncOutcome } from '../../src/emulator/bench/sync-outcome';
import { calendarBatchEndpoint } from '../../src/emulator/calendar/batch-endpoint';
import { notificationText } from '../../src/emulator/cards/interact';
import { appsScriptError } from '../../src/emulator/errors';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { keepFirstGroups } from '../../src/emulator/sample-school';
import { restEndpoints } from '../../src/emulator/urlfetch/endpoints';
import { overRateLimit } from '../../src/emulator/urlfetch/rate-limits';
import type { RestEndpoint } from '../../src/emulator/urlfetch/rest-endpoint';
import type { FaultKind } from '../../src/emulator/errors';
import type { Workspace } from '../../src/emulator/workspace';

jest.setTimeout(300_000);

const batchKind = 'UrlFetchApp.fetch:calendar.batch';
let saved: SavedSchool;
let preview: unknown;
let expected: Pick<SyncOutcome, 'events' | 'emails' | 'meetings'>;
let batchesInFirstSync: number;
/** The meter's call number of each batch request in the uninterrupted first sync. */
let batchCalls: number[];

/** Apply, then Continue while offered; a stopped run answers nothing, as a person sees it. */
function applyAsFarAsItGoes(s: EmulatedSchool, card: unknown): unknown {
  let shown: unknown = card;
  let button = applyButtonText(card);
  for (let presses = 0; button && presses < 60; presses++) {
    try {
      shown = s.press(shown, button);
    } catch {
      return undefined;
    }
    button = offersContinue(shown) ? 'Continue' : undefined;
  }
  return shown;
}

/** The admin comes back: Preview, Apply, Continue, until Preview says there is nothing left to send. */
function finishByHand(s: EmulatedSchool): void {
  for (let round = 0; round < 5; round++) {
    const again = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    if (saysNothingToSend(again)) return;
    applyAsFarAsItGoes(s, again);
  }
  throw new Error('Preview still finds work after five rounds of Apply');
}

function outcome(s: EmulatedSchool) {
  const o = syncOutcome(s);
  expect(o.duplicated).toEqual([]);
  expect(o.unrecorded).toEqual([]);
  return { events: o.events, emails: o.emails, meetings: o.meetings };
}

/** Until undone: `after` runs as Google has done each batch request, before its answer is sent back. */
function watchBatches(after: (ws: Workspace) => void): () => void {
  const watching: RestEndpoint = {
    prefix: calendarBatchEndpoint.prefix,
    methodOf: (request) => calendarBatchEndpoint.methodOf(request),
    handle(ws, request) {
      const answer = calendarBatchEndpoint.handle(ws, request);
      after(ws);
      return answer;
    },
  };
  const at = restEndpoints.indexOf(calendarBatchEndpoint);
  restEndpoints[at] = watching;
  return () => {
    restEndpoints[at] = calendarBatchEndpoint;
  };
}

/** Until undone: the n-th batch request is done by Google, and the run stops as its answer comes back. */
function stopAsBatchIsAnswered(n: number): () => void {
  let seen = 0;
  return watchBatches((ws) => {
    if (++seen !== n) return;
    ws.meter.killed = true;
    throw appsScriptError('Exceeded maximum execution time');
  });
}

beforeAll(() => {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  keepFirstGroups(s.school, 8);
  setUpAndFill(s);
  preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  saved = saveSchool(s);
  const reference = reopenSchool(saved);
  batchCalls = [];
  const undo = watchBatches((ws) => batchCalls.push(ws.meter.total));
  try {
    applyAsFarAsItGoes(reference, preview);
  } finally {
    undo();
  }
  expect(saysNothingToSend(reference.press(reference.open('onSheetsHomepage'), 'Preview changes'))).toBe(true);
  expected = outcome(reference);
  batchesInFirstSync = reference.ws.meter.requests[batchKind] ?? 0;
  expect(Object.keys(expected.events).length).toBeGreaterThan(15);
});

test('the first sync writes its events in batches, far fewer requests than events', () => {
  // More than one batch, over more than one press: the stops below fall between batches and between presses.
  expect(batchesInFirstSync).toBeGreaterThan(1);
  expect(batchCalls).toHaveLength(batchesInFirstSync);
  expect(batchesInFirstSync).toBeLessThan(Object.keys(expected.events).length / 5);
});

test('a run stopped while Google works on any batch resumes with no duplicate, no lost event and no second invitation', () => {
  for (let n = 1; n <= batchesInFirstSync; n++) {
    const s = reopenSchool(saved);
    const undo = stopAsBatchIsAnswered(n);
    try {
      const shown = applyAsFarAsItGoes(s, preview);
      const said = shown === undefined ? 'stopped' : (notificationText(shown) ?? '');
      expect({ stoppedAtBatch: n, said }).toEqual({ stoppedAtBatch: n, said: expect.stringMatching(/stopped/) });
    } finally {
      undo();
    }
    finishByHand(s);
    expect({ stoppedAtBatch: n, ...outcome(s) }).toEqual({ stoppedAtBatch: n, ...expected });
  }
});

// Google's failures at the batch request itself (it never reaches Calendar) and at the Meetings-tab write right
// after it (Calendar has the events, the tab does not say so yet), carried on as the card says.
test('a quota, rate-limit or time-limit failure at a batch request or at the record after it loses and repeats nothing', () => {
  const faults: FaultKind[] = ['quota', 'rateLimit', 'timeLimit'];
  const tried: string[] = [];
  for (const at of batchCalls.flatMap((call) => [call, call + 1]))
    for (const fault of faults) {
      const s = reopenSchool(saved);
      s.ws.meter.inject({ atCall: at, fault });
      const shown = applyAsFarAsItGoes(s, preview);
      expect({ at, reached: s.ws.meter.total >= at }).toEqual({ at, reached: true });
      if (/continue automatically/.test(notificationText(shown) ?? '')) for (let h = 0; h < 3; h++) passAnHour(s);
      finishByHand(s);
      expect({ at, fault, ...withoutAgendas(outcome(s)) }).toEqual({ at, fault, ...withoutAgendas(expected) });
      tried.push(`${fault}@${at}`);
    }
  expect(tried.length).toBe(batchCalls.length * 6);
});

test('calls Google asks to slow down are sent again after a pause; nothing is lost or sent twice', () => {
  const s = reopenSchool(saved);
  s.ws.meter.inject({ kind: `${batchKind}/calendar.events.insert`, fault: 'rateLimit', times: 5 });
  const shown = applyAsFarAsItGoes(s, preview);
  expect(notificationText(shown) ?? '').not.toMatch(/slow down/i);
  finishByHand(s);
  expect(outcome(s)).toEqual(expected);
  expect(s.ws.meter.requests[`${batchKind}/calendar.events.insert`]).toBe(Object.keys(expected.events).length + 5);
});

test('an admin whose minute of Calendar requests another script used up is told Google asked to slow down, and the hourly run finishes', () => {
  const s = reopenSchool(saved);
  for (let i = 0; i < 600; i++) overRateLimit(s.ws, 'calendar', s.ws.user.email);
  const shown = applyAsFarAsItGoes(s, preview);
  expect(notificationText(shown) ?? JSON.stringify(shown)).toMatch(/slow down/);
  for (let hour = 0; hour < 3; hour++) passAnHour(s);
  expect(saysNothingToSend(s.press(s.open('onSheetsHomepage'), 'Preview changes'))).toBe(true);
  // The hourly run also makes the coming week's agenda Docs and links them; the reference sync had no hour pass.
  expect(withoutAgendas(outcome(s))).toEqual(withoutAgendas(expected));
});

function withoutAgendas(o: typeof expected): typeof expected {
  const strip = (text: string) => text.replace(/^Agenda: .*\n?/gm, '');
  const events = Object.fromEntries(
    Object.entries(o.events).map(([key, e]) => [key, { ...e, description: strip(e.description) }]),
  );
  const meetings = Object.fromEntries(
    Object.entries(o.meetings).map(([key, lines]) => [key, lines.filter((l) => !/^Agenda/.test(l))]),
  );
  return { ...o, events, meetings };
}
