// Google fails calls: daily quotas, "slow down" rate limits, the 6-minute stop. Whichever call of a sync
// fails, a person who carries on as PLG Hub tells them to (press Apply or Continue again, or leave it to the
// hourly run) must end with exactly the calendar a sync without the fault makes: every meeting once, nothing
// lost, no second invitation, no second calendar or form.
import { applyButtonText, offersContinue, saysNothingToSend, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { hourlyTriggerInstalled, passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { syncOutcome, type SyncOutcome } from '../../src/emulator/bench/sync-outcome';
import { notificationText } from '../../src/emulator/cards/interact';
import { builtTreeOf } from '../../src/emulator/cards/tree';
import type { FaultKind } from '../../src/emulator/errors';
import { startSchool } from '../../src/emulator/harness';
import type { EmulatedSchool } from '../../src/emulator/harness';
import { firstDifference } from '../../src/emulator/bench/fault-sweep-support';
import { keepFirstGroups } from '../../src/emulator/sample-school';

const faults: FaultKind[] = ['quota', 'rateLimit', 'timeLimit'];
/** Every stride-th call of the Apply executions gets a fault; FAULT_SWEEP_STRIDE=1 tries every call. */
const stride = Number(process.env.FAULT_SWEEP_STRIDE ?? 4);
const continuePressLimit = 50;
const promisesToContinue = /continue automatically|finishes the rest by itself/i;

jest.setTimeout(300_000);

/**
 * A small school cut to one term, so one sync replays in well under a second, with all eight of its groups: their
 * forms are built together (src/workspace/tracked-form.ts), so three groups' whole first sync fits in the Apply press
 * and there would be no Continue to stop; with eight, the last calendar changes and the teachers' cards are left
 * for a Continue.
 */
function smallSchoolPreviewed(): { saved: SavedSchool; preview: unknown } {
  const s = startSchool({ seed: 5, staff: 200, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  keepFirstGroups(s.school, 16);
  setUpAndFill(s);
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  return { saved: saveSchool(s), preview };
}

/** A press as the person sees it: a stopped execution answers nothing at all. */
function pressOrStop(s: EmulatedSchool, shown: unknown, button: string): unknown {
  try {
    return s.press(shown, button);
  } catch {
    return undefined;
  }
}

/** Apply then Continue until the card stops offering it or the run stops; returns every answer shown. */
function applyAsFarAsItGoes(s: EmulatedSchool, preview: unknown): unknown[] {
  const answers: unknown[] = [];
  const apply = applyButtonText(preview);
  let shown = apply ? pressOrStop(s, preview, apply) : undefined;
  while (shown !== undefined) {
    answers.push(shown);
    if (!offersContinue(shown) || answers.length > continuePressLimit) break;
    shown = pressOrStop(s, shown, 'Continue');
  }
  return answers;
}

function previewNow(s: EmulatedSchool): unknown {
  return s.press(s.open('onSheetsHomepage'), 'Preview changes');
}

/** Hours pass with the hourly trigger firing (a stopped trigger run is simply retried the next hour). */
function leaveItToTheHourlyRun(s: EmulatedSchool): void {
  for (let hour = 0; hour < 3 && hourlyTriggerInstalled(s); hour++) {
    try {
      passAnHour(s);
    } catch {
      // as in Apps Script, the next hour's run starts afresh
    }
  }
}

/** The person comes back: Preview, Apply, Continue, until Preview says there is nothing left to send. */
function finishByHand(s: EmulatedSchool): void {
  for (let round = 0; round < 5; round++) {
    const preview = previewNow(s);
    if (saysNothingToSend(preview)) return;
    applyAsFarAsItGoes(s, preview);
  }
  throw new Error('Preview still finds work after five rounds of Apply');
}

/** Every run, faulted or not, ends at the same moment after the hourly run's own rounds (agendas, presenters). */
const settleAfterMs = 20 * 60 * 60 * 1000;
let settledAt = 0;

function settle(s: EmulatedSchool): void {
  s.ws.clock.nowMs = Math.max(s.ws.clock.nowMs, settledAt);
  leaveItToTheHourlyRun(s);
  finishByHand(s);
}

function answerText(shown: unknown): string {
  return JSON.stringify(builtTreeOf(shown));
}

interface Trial {
  where: string;
  /** What went wrong for a person, in words; empty when the run ended as the uninterrupted one did. */
  failures: string[];
  /** The card said the rest continues automatically, and the hourly run alone did (undefined: no promise). */
  keptPromise?: boolean;
}

describe('a sync interrupted by a Google failure at any call', () => {
  let expected: SyncOutcome;
  const trials: Trial[] = [];
  const consoleError = jest.spyOn(console, 'error');
  const consoleWarn = jest.spyOn(console, 'warn');
  let saved: SavedSchool;
  let preview: unknown;

  beforeAll(() => {
    // The add-on logs each failure; the test reads what people see instead.
    consoleError.mockImplementation(() => undefined);
    consoleWarn.mockImplementation(() => undefined);
    ({ saved, preview } = smallSchoolPreviewed());
    const s = reopenSchool(saved);
    settledAt = s.ws.clock.nowMs + settleAfterMs;
    const firstApplyCall = s.ws.meter.total + 1;
    const answers = applyAsFarAsItGoes(s, preview);
    const lastApplyCall = s.ws.meter.total;
    expect(answers.length).toBeGreaterThan(1); // the sweep covers Continue, not just the first Apply
    expect(saysNothingToSend(previewNow(s))).toBe(true);
    settle(s);
    expected = withoutRotatedRoles(syncOutcome(s));
    console.log(syncOutcome(s).events['MATH-1-20260901']!.description);
    expect(Object.keys(expected.events).length).toBeGreaterThan(15);
    expect(expected.unrecorded).toEqual([]);

    for (let at = firstApplyCall, i = 0; at <= lastApplyCall; at += stride, i++) {
      const fault = faults[i % faults.length]!;
      trials.push(faultedSync(saved, preview, at, fault));
    }
    console.log(
      `Fault sweep: ${trials.length} fault positions tried, every ${stride}th of calls ${firstApplyCall}–${lastApplyCall} (Apply and Continue), faults ${faults.join(', ')}`,
    );
  });

  afterAll(() => {
    consoleError.mockRestore();
    consoleWarn.mockRestore();
  });

  /** Sync with one fault, then carry on as the card says: wait for the hourly run if promised, then by hand. */
  function faultedSync(saved: SavedSchool, preview: unknown, at: number, fault: FaultKind): Trial {
    const trial: Trial = { where: `${fault} at call ${at}`, failures: [] };
    const failed = (what: string) => trial.failures.push(`${trial.where}: ${what}`);
    const s = reopenSchool(saved);
    s.ws.meter.inject({ atCall: at, fault });
    try {
      const answers = applyAsFarAsItGoes(s, preview);
      if (s.ws.meter.total < at) failed('the run ended before the fault');
      const leaked = answers.map(answerText).find((text) => /\bat \w+ \(|Exception:|\.js:\d+/.test(text));
      if (leaked) failed(`the card showed internals: ${leaked.slice(0, 200)}`);
      const last = answers.at(-1);
      const said = last === undefined ? '' : (notificationText(last) ?? answerText(last));
      if (promisesToContinue.test(said)) {
        leaveItToTheHourlyRun(s);
        trial.keptPromise = saysNothingToSend(previewNow(s));
        if (!trial.keptPromise) trial.where += ` (told "${notificationText(last) ?? 'press Continue, or leave it'}")`;
      }
      finishByHand(s);
      settle(s);
      const outcome = withoutRotatedRoles(syncOutcome(s));
      if (outcome.duplicated.length) failed(`duplicate events for ${outcome.duplicated.join(', ')}`);
      // Form settings are held by their own test below; here a form counts by its name (lost or duplicated).
      if (JSON.stringify(outcome.forms.map(formName)) !== JSON.stringify(expected.forms.map(formName))) {
        failed(`forms differ: ${firstDifference(outcome.forms.map(formName), expected.forms.map(formName))}`);
      }
      for (const aspect of ['events', 'meetings', 'unrecorded', 'plgCalendars', 'emails'] as const) {
        if (JSON.stringify(outcome[aspect]) !== JSON.stringify(expected[aspect])) {
          failed(`${aspect} differ: ${firstDifference(outcome[aspect], expected[aspect])}`);
        }
      }
    } catch (error) {
      failed((error as Error).message);
    }
    return trial;
  }

  it('ends, once resumed, with the same calendar, Meetings tab, forms and emails as an uninterrupted sync', () => {
    expect(trials.flatMap((t) => t.failures)).toEqual([]);
  });

  // Known bug (src/workspace/form-builder.ts, setRequireLogin in a catch-all): a one-off rate limit there is
  // taken for "this account cannot require sign-in", and the feedback form goes out open to anyone with the
  // link. Flip to it() once fixed.
  it('never leaves a feedback form open to anyone because Google briefly refused a call', () => {
    const s = reopenSchool(saved);
    s.ws.meter.inject({ kind: 'FormApp.Form.setRequireLogin', fault: 'rateLimit', times: 1 });
    applyAsFarAsItGoes(s, preview);
    finishByHand(s);
    settle(s);
    expect(syncOutcome(s).forms).toEqual(expected.forms);
  });

  // Known bug (src/addon/sync-actions.ts applySlice: `if (remaining > 0) ensureHourlyTrigger()`): a sync that
  // finishes in one Apply (a small school, or the last slice after a failed first Apply, as at some positions
  // of the sweep) never installs the hourly trigger, so agenda Docs, surveys and read-back never happen.
  // Flip to it() once fixed.
  it('makes agenda Docs for the coming week even when the sync finished in one Apply', () => {
    const s = startSchool({ seed: 5, staff: 200, withFindings: false });
    s.school.settings['School year end'] = '2026-09-30';
    const first = s.school.tabs.Groups![0]!['Group id'];
    s.school.tabs.Groups = s.school.tabs.Groups!.filter((g) => g['Group id'] === first);
    s.school.tabs.Members = s.school.tabs.Members!.filter((m) => m['Group id'] === first);
    setUpAndFill(s);
    const answers = applyAsFarAsItGoes(s, previewNow(s));
    expect(answers).toHaveLength(1);
    for (let hour = 0; hour < 3; hour++) passAnHour(s);
    const agendas = Object.values(syncOutcome(s).meetings).filter((cells) => cells.some((c) => /^Agenda: \S/.test(c)));
    expect(agendas.length).toBeGreaterThan(0);
  });

  // Known bug (see the fault-sweep report): a failure inside the FIRST Apply, before it installs the hourly
  // trigger, still says "the rest will continue automatically", and nothing does. Flip to it() once fixed.
  it('keeps its word: when the card says the rest continues automatically, the hourly run alone finishes it', () => {
    const promised = trials.filter((t) => t.keptPromise !== undefined);
    console.log(`Fault sweep: ${promised.length} interrupted runs promised to continue automatically`);
    expect(promised.length).toBeGreaterThan(0);
    expect(promised.filter((t) => !t.keptPromise).map((t) => t.where)).toEqual([]);
  });
});

// The hourly run rotates presenter, timekeeper and note-taker from the day it first runs, and makes agenda
// Docs; these depend on when (and whether) the hourly run happened, which has its own test above, not on the
// sync's fault handling. Everything else must match exactly.
const rotatedRoles = ['Presenter', 'Timekeeper', 'Note-taker', 'Agenda'];

function withoutRotatedRoles(outcome: SyncOutcome): SyncOutcome {
  const rotated = new RegExp(`^(${rotatedRoles.join('|')}):`);
  const withoutRoles = (text: string) =>
    text
      .split('\n')
      .filter((line) => !rotated.test(line))
      .join('\n');
  const events = Object.fromEntries(
    Object.entries(outcome.events).map(([key, e]) => [key, { ...e, description: withoutRoles(e.description) }]),
  );
  const meetings = Object.fromEntries(
    Object.entries(outcome.meetings).map(([key, cells]) => [
      key,
      cells.filter((c) => !rotatedRoles.some((r) => c.startsWith(`${r}:`))),
    ]),
  );
  return { ...outcome, events, meetings };
}

function formName(described: string): string {
  return described.replace(/ \(published .*\)$/, '');
}
