// Survey mail goes to each person exactly once per round, whatever happens between and inside the batches:
// people join or leave the audience between two batches, Google fails any call of a Send survey press (a daily
// quota, a "slow down" rate limit, the 6-minute stop), twice in a row, or the day's email quota is nearly used up.
// Counted from the emulator's outbox (every message, its to and bcc), never from what PLG Hub says it did.
//
// The one message whose fate nobody can know is the one a run is stopped in the middle of sending: its batch
// counts as sent (nobody is mailed twice), and the Send survey card names its people and offers to send again.
import { setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { hourlyTriggerInstalled, passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { createMailApp, sentEmails } from '../../src/emulator/base-services/mail';
import { cardText, findButtons, notificationText } from '../../src/emulator/cards/interact';
import type { FaultKind } from '../../src/emulator/errors';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { dailyQuota } from '../../src/emulator/quotas';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { Workspace } from '../../src/emulator/workspace';
import { surveyBatchSize } from '../../src/core/feedback/survey-round';
import { recordingCallKinds } from '../../src/emulator/bench/fault-sweep-support';

const faults: FaultKind[] = ['quota', 'rateLimit', 'timeLimit'];
/**
 * Every send call gets each of the three faults; every other call of the presses' mail phase (from the first quota
 * check on) the time limit and a quota or rate limit; every stride-th call before it (reading the registry, making
 * the two forms) one fault, in turn. SURVEY_FAULT_SWEEP_STRIDE=1 gives every call each fault.
 */
// Every 2nd by default: the round's two forms are built together (src/workspace/tracked-form.ts), phase by phase, in
// far fewer calls than one after the other, so a sparser stride would leave most of their phases untried.
const stride = Number(process.env.SURVEY_FAULT_SWEEP_STRIDE ?? 2);
const ordinal = (n: number) =>
  `${n}${n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : n % 10 === 1 && n % 100 !== 11 ? 'st' : 'th'}`;
const pressLimit = 12;
const minuteMs = 60 * 1000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;
const healthSubject = /how are PLGs working for you/;
const facilitatorSubject = /support you as a PLG facilitator/;
const internals = /\bat \w+ \(|Exception:|\.js:\d+/;

jest.setTimeout(120_000);

/** A school of about 60 whose health survey goes to all staff: three health batches and one facilitators' batch. */
function schoolReadyToSurvey(staff = 60): SavedSchool {
  const s = startSchool({ seed: 5, staff, withFindings: false });
  s.school.settings['Health survey goes to'] = 'all staff';
  setUpAndFill(s);
  return saveSchool(s);
}

interface Audiences {
  health: string[];
  facilitators: string[];
}

/** Who each survey is for, read from the registry as it is now: active staff, and every group's facilitators. */
function audiencesNow(s: EmulatedSchool): Audiences {
  const [staffHeader, ...staff] = readSheetValues(s.ws, s.spreadsheetId, 'Staff');
  const email = staffHeader!.indexOf('Email');
  const active = staffHeader!.indexOf('Active');
  const [groupHeader, ...groups] = readSheetValues(s.ws, s.spreadsheetId, 'Groups');
  const leads = ['Facilitator', 'Co-facilitator'].map((h) => groupHeader!.indexOf(h));
  return {
    health: staff
      .filter((r) => r[email] && r[active] === 'Yes')
      .map((r) => String(r[email]))
      .sort(),
    facilitators: [...new Set(groups.flatMap((g) => leads.map((c) => String(g[c] ?? '')).filter(Boolean)))].sort(),
  };
}

interface Mailed {
  health: Map<string, number>;
  facilitators: Map<string, number>;
  /** Messages not addressed to the sender alone in `to`, or with more recipients than Google allows. */
  malformed: string[];
}

/** Per survey, how many messages each person received, from the outbox. */
function mailed(s: EmulatedSchool): Mailed {
  const counts: Mailed = { health: new Map(), facilitators: new Map(), malformed: [] };
  for (const message of sentEmails(s.ws)) {
    const to = healthSubject.test(message.subject)
      ? counts.health
      : facilitatorSubject.test(message.subject)
        ? counts.facilitators
        : undefined;
    if (!to) continue;
    const recipients = message.to.length + message.cc.length + message.bcc.length;
    if (JSON.stringify(message.to) !== JSON.stringify([s.school.admin]) || recipients > 50 || message.cc.length) {
      counts.malformed.push(`${message.subject}: to ${message.to.join(',')}, ${recipients} recipients`);
    }
    for (const address of message.bcc) to.set(address, (to.get(address) ?? 0) + 1);
  }
  return counts;
}

interface Pressed {
  said: string;
  text: string;
  shown: unknown;
}

/** The homepage card, opened once per school: only its Send survey button is used, and opening costs time. */
const homepages = new WeakMap<EmulatedSchool, unknown>();

function homepage(s: EmulatedSchool): unknown {
  if (homepages.has(s)) return homepages.get(s);
  const shown = s.open('onSheetsHomepage');
  // A homepage that could not open (Google refused a call: it says so and offers "Try again") is opened anew.
  if (findButtons(shown).some((b) => b.text === 'Send survey')) homepages.set(s, shown);
  return shown;
}

/** Send survey on the homepage card (or a button of an earlier answer); undefined when the run was stopped. */
function pressSendSurvey(s: EmulatedSchool, on?: unknown, button = 'Send survey'): Pressed | undefined {
  try {
    const shown = s.press(on ?? homepage(s), button);
    return { said: notificationText(shown) ?? '', text: cardText(shown), shown };
  } catch {
    return undefined;
  }
}

const isDone = (p: Pressed | undefined) => p !== undefined && /^Survey links sent to \d+ people/.test(p.said);

/** As a person carries on: press Send survey again (after a pause when told to slow down) until it is all sent. */
function sendUntilDone(s: EmulatedSchool): Pressed {
  for (let presses = 0; presses < pressLimit; presses++) {
    const pressed = pressSendSurvey(s);
    if (isDone(pressed)) return pressed!;
    if (pressed && /slow down/i.test(pressed.said)) s.ws.clock.nowMs += 2 * minuteMs;
    if (pressed && /tomorrow/i.test(pressed.said)) s.ws.clock.nowMs += dayMs;
  }
  throw new Error(`Send survey still has people to mail after ${pressLimit} presses`);
}

/** Hours pass with the hourly trigger firing; a stopped run is simply retried the next hour, as in Apps Script. */
function leaveItToTheHourlyRun(s: EmulatedSchool, hours = 3): void {
  for (let hour = 0; hour < hours && hourlyTriggerInstalled(s); hour++) {
    try {
      passAnHour(s);
    } catch {
      // the next hour's run starts afresh
    }
  }
}

/** The people the card names as maybe not having received the survey. */
function namedUncertain(pressed: Pressed): string[] {
  const line = pressed.text.split('\n').find((l) => /may not have received it/.test(l) && /@/.test(l)) ?? '';
  return (line.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []).sort();
}

/** Leaves `remaining` recipients of today's email quota. */
function leaveEmailQuota(s: EmulatedSchool, remaining: number): void {
  s.ws.meter.quotaRemaining('emailRecipients');
  s.ws.meter.quotaUsed.emailRecipients = dailyQuota.emailRecipients - remaining;
}

function tab(s: EmulatedSchool, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return sheets.openById(s.spreadsheetId).getSheetByName(name)!;
}

/** The admin types a new person at the bottom of the Staff tab. */
function addStaff(s: EmulatedSchool, email: string, name: string): void {
  const staff = tab(s, 'Staff');
  const rows = staff.getDataRange().getValues();
  const header = rows[0]!.map(String);
  const row = rows[1]!.map((cell, i) => (header[i] === 'Email' ? email : header[i] === 'Name' ? name : cell));
  staff.getRange(rows.length + 1, 1, 1, row.length).setValues([row]);
}

/** The admin marks a person not active (or active again) on the Staff tab. */
function setActive(s: EmulatedSchool, email: string, active: 'Yes' | 'No'): void {
  const staff = tab(s, 'Staff');
  const rows = staff.getDataRange().getValues();
  const header = rows[0]!.map(String);
  const at = rows.findIndex((r) => r[header.indexOf('Email')] === email);
  staff.getRange(at + 1, header.indexOf('Active') + 1).setValue(active);
}

/** The admin clears a person's whole row on the Staff tab. */
function clearStaffRow(s: EmulatedSchool, email: string): void {
  const staff = tab(s, 'Staff');
  const rows = staff.getDataRange().getValues();
  const at = rows.findIndex((r) => r.includes(email));
  staff.getRange(at + 1, 1, 1, rows[0]!.length).clearContent();
}

/** Failures, in words: anyone mailed twice, anyone in the audience missed and not named, a malformed message. */
function exactlyOnce(s: EmulatedSchool, named: readonly string[], audiences = audiencesNow(s)): string[] {
  const failures: string[] = [];
  const counts = mailed(s);
  if (counts.malformed.length) failures.push(`malformed messages: ${counts.malformed.join('; ')}`);
  for (const survey of ['health', 'facilitators'] as const) {
    const twice = [...counts[survey]].filter(([, n]) => n > 1).map(([who, n]) => `${who} ×${n}`);
    if (twice.length) failures.push(`${survey} survey mailed more than once to ${twice.join(', ')}`);
    const missed = audiences[survey].filter((who) => !counts[survey].has(who) && !named.includes(who));
    if (missed.length) failures.push(`${survey} survey never mailed to ${missed.join(', ')} (and not named)`);
  }
  return failures;
}

function missedBy(s: EmulatedSchool, audiences = audiencesNow(s)): string[] {
  const counts = mailed(s);
  return (['health', 'facilitators'] as const).flatMap((survey) =>
    audiences[survey].filter((who) => !counts[survey].has(who)),
  );
}

/** Call position → its kind; and for each MailApp.sendEmail position, the people that message went to. */
const callKinds = new Map<number, string>();
const batchAtCall = new Map<number, string[]>();

/** Runs `work`, noting the kind of every counted call and the batch of every message sent. */
function recordingCalls<T>(s: EmulatedSchool, work: () => T): T {
  const kindsBefore = new Set(callKinds.keys());
  try {
    return recordingCallKinds(s, callKinds, work);
  } finally {
    const sends = [...callKinds].filter(([at, kind]) => !kindsBefore.has(at) && kind === 'MailApp.sendEmail');
    const messages = sentEmails(s.ws).slice(-sends.length);
    sends.forEach(([at], i) => batchAtCall.set(at, [...messages[i]!.bcc].sort()));
  }
}

interface Trial {
  where: string;
  failures: string[];
  /** The card said the rest continues by itself, and the hourly run alone finished it (undefined: no promise). */
  keptPromise?: boolean;
  named: number;
  missed: number;
}

describe('survey mail interrupted by a Google failure at any call', () => {
  let saved: SavedSchool;
  let reference: Audiences;
  let firstCall = 0;
  let lastCall = 0;
  let referencePresses = 0;
  const trials: Trial[] = [];
  const consoleError = jest.spyOn(console, 'error');
  const consoleWarn = jest.spyOn(console, 'warn');

  beforeAll(() => {
    // The add-on logs each failure; the test reads what people see instead.
    consoleError.mockImplementation(() => undefined);
    consoleWarn.mockImplementation(() => undefined);
    const started = Date.now();
    saved = schoolReadyToSurvey();

    const s = reopenSchool(saved);
    firstCall = s.ws.meter.total + 1;
    const said: string[] = [];
    recordingCalls(s, () => {
      for (let presses = 0; presses < pressLimit; presses++) {
        const pressed = pressSendSurvey(s)!;
        said.push(pressed.said);
        if (isDone(pressed)) break;
      }
    });
    lastCall = s.ws.meter.total;
    referencePresses = said.length;
    reference = audiencesNow(s);
    console.log(`Survey fault sweep: reference run said ${JSON.stringify(said)}; calls ${firstCall}–${lastCall}`);
    expect(exactlyOnce(s, [])).toEqual([]);
    expect(missedBy(s)).toEqual([]);
    expect(reference.health.length).toBeGreaterThan(2 * surveyBatchSize);
    expect(reference.facilitators.length).toBeGreaterThan(3);
    expect(batchAtCall.size).toBeGreaterThanOrEqual(4);

    // The mail phase of each press: from its first quota check to the press's last call.
    const mailPhase = new Set<number>();
    let inMail = false;
    for (let at = firstCall; at <= lastCall; at++) {
      const kind = callKinds.get(at) ?? '';
      if (kind === 'MailApp.getRemainingDailyQuota') inMail = true;
      if (kind === 'LockService.Lock.releaseLock') inMail = false;
      if (inMail || kind === 'LockService.Lock.releaseLock') mailPhase.add(at);
    }
    let i = 0;
    for (let at = firstCall; at <= lastCall; at++) {
      const tried =
        stride === 1 || callKinds.get(at) === 'MailApp.sendEmail'
          ? faults
          : mailPhase.has(at)
            ? (['timeLimit', i % 2 === 0 ? 'quota' : 'rateLimit'] as const)
            : (at - firstCall) % stride === 0
              ? [faults[i % 3]!]
              : [];
      for (const fault of tried) trials.push(faultedSend(at, fault, i++ % 2 === 0 ? 'hourly' : 'press'));
    }
    const promised = trials.filter((t) => t.keptPromise !== undefined).length;
    console.log(
      `Survey fault sweep: ${trials.length} faults tried — ${stride === 1 ? `${faults.join(', ')} at every call` : `${faults.join(', ')} at each send call, the time limit and a quota or rate limit at each of the ${mailPhase.size} mail-phase calls, one in turn at every ${ordinal(stride)} other call`} of ${firstCall}–${lastCall} (${referencePresses} Send survey presses) — in ${((Date.now() - started) / 1000).toFixed(1)} s; ${trials.filter((t) => t.named).length} ended with an uncertain batch named (${trials.filter((t) => t.missed).length} of them really unsent); ${promised} promised the hourly run would finish`,
    );
  });

  afterAll(() => {
    consoleError.mockRestore();
    consoleWarn.mockRestore();
  });

  /** Send survey with one fault, then carry on as a person would: the hourly run, or pressing again. */
  function faultedSend(at: number, fault: FaultKind, resumeBy: 'hourly' | 'press'): Trial {
    const kind = callKinds.get(at) ?? '?';
    const trial: Trial = {
      where: `${fault} at call ${at} (${kind}), resumed by ${resumeBy}`,
      failures: [],
      named: 0,
      missed: 0,
    };
    const failed = (what: string) => trial.failures.push(`${trial.where}: ${what}`);
    const s = reopenSchool(saved);
    s.ws.meter.inject({ atCall: at, fault });
    try {
      let last: Pressed | undefined;
      for (let presses = 0; s.ws.meter.total < at; presses++) {
        if (presses >= pressLimit) throw new Error(`the fault was not reached in ${presses} presses`);
        last = pressSendSurvey(s);
        if (last && internals.test(last.text)) failed(`the card showed internals: ${last.text.slice(0, 200)}`);
        if (isDone(last) && s.ws.meter.total < at) throw new Error('the run ended before the fault');
      }
      const promised =
        last !== undefined && /continue automatically|from the hourly run|tomorrow's hourly runs/.test(last.said);
      if (resumeBy === 'hourly') {
        s.ws.clock.nowMs += 2 * minuteMs;
        leaveItToTheHourlyRun(s, 1);
        if (promised) {
          const counts = mailed(s);
          const missed = missedBy(s);
          const unsent = missed.filter((who) => !(batchAtCall.get(at) ?? []).includes(who));
          trial.keptPromise = unsent.length === 0 && counts.malformed.length === 0;
          if (!trial.keptPromise) failed(`told "${last!.said}", but the hourly run left ${unsent.length} unsent`);
        }
      } else if (fault === 'rateLimit') {
        s.ws.clock.nowMs += 2 * minuteMs;
      }
      const final = sendUntilDone(s);
      const named = namedUncertain(final);
      const missed = missedBy(s);
      trial.named = named.length;
      trial.missed = missed.length;
      trial.failures.push(...exactlyOnce(s, named).map((f) => `${trial.where}: ${f}`));
      // Only the batch in flight at the stop can be uncertain: the message at this call, or the one just before.
      const inFlight = batchAtCall.get(at) ?? batchAtCall.get(at - 1) ?? [];
      const strayNamed = named.filter((who) => !inFlight.includes(who));
      if (strayNamed.length) failed(`named as uncertain though not in the batch in flight: ${strayNamed.join(', ')}`);
      if (named.length > surveyBatchSize) failed(`${named.length} named as uncertain, more than one batch`);
      // Only a stop exactly at the send call leaves people unsent, and then exactly that message's people.
      const stoppedInSend = fault === 'timeLimit' && kind === 'MailApp.sendEmail';
      const expectedMissed = stoppedInSend ? batchAtCall.get(at)! : [];
      if (JSON.stringify([...missed].sort()) !== JSON.stringify(expectedMissed)) {
        failed(`unsent: ${missed.join(', ') || 'nobody'}; expected ${expectedMissed.join(', ') || 'nobody'}`);
      }
      if (stoppedInSend) {
        // The card offers to send to them again; pressing it reaches exactly them, once.
        const again = findButtons(final.shown).find((b) => b.text.startsWith('Send again'));
        if (!again) failed('the card offers no way to send to the uncertain again');
        else {
          const resent = pressSendSurvey(s, final.shown, again.text);
          if (!resent || internals.test(resent.text)) failed('sending again to the uncertain failed');
          if (missedBy(s).length) failed(`still unsent after sending again: ${missedBy(s).join(', ')}`);
          const twice = exactlyOnce(s, []);
          if (twice.length) failed(`after sending again: ${twice.join('; ')}`);
        }
      }
    } catch (error) {
      failed((error as Error).message);
    }
    return trial;
  }

  it('mails everyone once in the end: nobody twice, nobody missed but the named batch a stop fell inside', () => {
    expect(trials.length).toBeGreaterThan(60);
    expect(trials.flatMap((t) => t.failures)).toEqual([]);
    // The sweep did reach the one uncertain case, and the case of a batch sent but not yet recorded.
    expect(trials.some((t) => t.missed > 0)).toBe(true);
    expect(trials.some((t) => t.named > 0 && t.missed === 0)).toBe(true);
  });

  it('keeps its word: when the card says the hourly run sends the rest, the hourly run alone does', () => {
    const promised = trials.filter((t) => t.keptPromise !== undefined);
    expect(promised.length).toBeGreaterThan(0);
    expect(promised.filter((t) => !t.keptPromise).map((t) => t.where)).toEqual([]);
  });

  it('survives two stops in a row: stopped in a batch, then again at any step of the run that resumes it', () => {
    const sends = [...batchAtCall.keys()].sort((a, b) => a - b);
    const secondSend = sends[1]!;
    const failures: string[] = [];
    let tried = 0;
    // First stop: the 6-minute kill exactly at the send call, or just after Google sent (before it was recorded).
    for (const firstStop of [secondSend, secondSend + 1]) {
      // A dry run shows where the resuming press makes its calls.
      const dry = reopenSchool(saved);
      dry.ws.meter.inject({ atCall: firstStop, fault: 'timeLimit' });
      while (dry.ws.meter.total < firstStop) pressSendSurvey(dry);
      const resumedFrom = dry.ws.meter.total + 1;
      const kinds: string[] = [];
      const call = dry.ws.meter.call.bind(dry.ws.meter);
      dry.ws.meter.call = (kind, ...rest) => {
        const before = dry.ws.meter.total;
        try {
          call(kind, ...rest);
        } finally {
          if (dry.ws.meter.total > before) kinds.push(kind);
        }
      };
      pressSendSurvey(dry);
      const mailFrom = kinds.indexOf('MailApp.getRemainingDailyQuota');
      expect(mailFrom).toBeGreaterThan(0);
      for (let k = mailFrom; k < Math.min(kinds.length, mailFrom + 9); k++) {
        const secondStop = resumedFrom + k;
        const fault: FaultKind = kinds[k] === 'MailApp.sendEmail' ? 'timeLimit' : faults[k % 3]!;
        const where = `timeLimit at call ${firstStop} (${callKinds.get(firstStop)}), then ${fault} at call ${secondStop} (${kinds[k]})`;
        const s = reopenSchool(saved);
        s.ws.meter.inject({ atCall: firstStop, fault: 'timeLimit' });
        s.ws.meter.inject({ atCall: secondStop, fault });
        try {
          while (s.ws.meter.total < secondStop) pressSendSurvey(s);
          s.ws.clock.nowMs += 2 * minuteMs;
          const final = sendUntilDone(s);
          const named = namedUncertain(final);
          failures.push(...exactlyOnce(s, named).map((f) => `${where}: ${f}`));
          if (named.length > 2 * surveyBatchSize)
            failures.push(`${where}: ${named.length} named, more than two batches`);
        } catch (error) {
          failures.push(`${where}: ${(error as Error).message}`);
        }
        tried += 1;
      }
    }
    console.log(`Survey fault sweep: ${tried} pairs of stops in a row tried`);
    expect(tried).toBeGreaterThanOrEqual(12);
    expect(failures).toEqual([]);
  });
});

describe('the audience of a round under way', () => {
  let saved: SavedSchool;
  beforeAll(() => {
    saved = schoolReadyToSurvey();
  });

  /** Send survey with room in today's quota for one batch only (25 people and the sender). */
  function firstBatchOnly(s: EmulatedSchool): string[] {
    leaveEmailQuota(s, surveyBatchSize + 1);
    const pressed = pressSendSurvey(s)!;
    expect(pressed.said).toMatch(/quota is used up/);
    const messages = sentEmails(s.ws);
    expect(messages).toHaveLength(1);
    return messages[0]!.bcc;
  }

  it('mails a person added between two batches, and everyone else still exactly once', () => {
    const s = reopenSchool(saved);
    const before = audiencesNow(s);
    const first = firstBatchOnly(s);
    expect(first).toEqual(before.health.slice(0, surveyBatchSize));
    // Sorted first: a list recomputed and sliced by a count would mail the 25th person again and never this one.
    addStaff(s, 'aaron.abbott@school.example', 'Aaron Abbott');
    s.ws.clock.nowMs += dayMs; // a new day, a new quota; the hourly run carries on with the round
    leaveItToTheHourlyRun(s, 1);
    const final = sendUntilDone(s);
    const after = audiencesNow(s);
    expect(after.health).toContain('aaron.abbott@school.example');
    expect(mailed(s).health.get('aaron.abbott@school.example')).toBe(1);
    expect(mailed(s).health.get(before.health[surveyBatchSize - 1]!)).toBe(1);
    expect(exactlyOnce(s, [], after)).toEqual([]);
    expect(missedBy(s, after)).toEqual([]);
    expect(namedUncertain(final)).toEqual([]);
  });

  it('mails a newcomer on the card press too, and says they joined', () => {
    const s = reopenSchool(saved);
    firstBatchOnly(s);
    addStaff(s, 'aaron.abbott@school.example', 'Aaron Abbott');
    s.ws.clock.nowMs += dayMs;
    const pressed = pressSendSurvey(s)!;
    expect(pressed.text).toMatch(/Joined since the survey started\n1/);
    sendUntilDone(s);
    expect(mailed(s).health.get('aaron.abbott@school.example')).toBe(1);
    expect(exactlyOnce(s, [])).toEqual([]);
  });

  it('does not mail a person removed between batches, records them as skipped, and mails them if they come back', () => {
    const s = reopenSchool(saved);
    const before = audiencesNow(s);
    const first = firstBatchOnly(s);
    const facilitators = new Set(before.facilitators);
    const later = before.health.filter((who) => !first.includes(who) && !facilitators.has(who));
    const [deactivated, cleared] = [later[5]!, later[15]!];
    setActive(s, deactivated, 'No');
    clearStaffRow(s, cleared);
    setActive(s, first[3]!, 'No'); // already mailed: nothing changes for them
    s.ws.clock.nowMs += dayMs;
    const final = sendUntilDone(s);
    const counts = mailed(s);
    expect(counts.health.has(deactivated)).toBe(false);
    expect(counts.health.has(cleared)).toBe(false);
    expect(counts.health.get(first[3]!)).toBe(1);
    expect(final.text).toMatch(/Left before their turn\n2/);
    expect(exactlyOnce(s, [], audiencesNow(s))).toEqual([]);
    expect(missedBy(s)).toEqual([]);

    // Back on the staff list: nobody is skipped for good.
    setActive(s, deactivated, 'Yes');
    sendUntilDone(s);
    expect(mailed(s).health.get(deactivated)).toBe(1);
    expect(exactlyOnce(s, [])).toEqual([]);
    expect(missedBy(s)).toEqual([]);
  });
});

describe("the day's email quota", () => {
  let saved: SavedSchool;
  beforeAll(() => {
    saved = schoolReadyToSurvey();
  });

  it('counts the sender: with 25 recipients left, 24 people and the sender go in one message', () => {
    const s = reopenSchool(saved);
    leaveEmailQuota(s, surveyBatchSize);
    const pressed = pressSendSurvey(s)!;
    const messages = sentEmails(s.ws);
    expect(messages.map((m) => [m.to, m.bcc.length])).toEqual([[[s.school.admin], surveyBatchSize - 1]]);
    expect(s.ws.meter.quotaRemaining('emailRecipients')).toBe(0);
    expect(pressed.said).toMatch(/quota is used up/);
    expect(internals.test(pressed.text)).toBe(false);
  });

  it('sends nobody when only the sender would fit, and says the quota is used up', () => {
    for (const left of [1, 0]) {
      const s = reopenSchool(saved);
      leaveEmailQuota(s, left);
      const pressed = pressSendSurvey(s)!;
      expect(sentEmails(s.ws)).toEqual([]);
      expect(pressed.said).toMatch(/quota is used up/);
    }
  });

  it('never sends a message with more recipients than Google allows (emulator: 50, to + cc + bcc)', () => {
    const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z') });
    const mail = createMailApp(ws);
    const before = mail.getRemainingDailyQuota();
    const bcc = Array.from({ length: 50 }, (_, i) => `p${i}@school.example`).join(',');
    expect(() => mail.sendEmail({ to: 'admin@school.example', bcc, subject: 's', body: 'b' })).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    );
    expect(mail.getRemainingDailyQuota()).toBe(before);
    mail.sendEmail({ to: 'admin@school.example', bcc: bcc.replace(/,[^,]*$/, ''), subject: 's', body: 'b' });
    expect(mail.getRemainingDailyQuota()).toBe(before - 50);
  });
});

describe('a school of 3,000', () => {
  it("keeps the round's state within Apps Script's property limits and mails everyone once over the days it takes", () => {
    const s = startSchool({ seed: 5, staff: 3_000, withFindings: false });
    s.school.settings['Health survey goes to'] = 'all staff';
    setUpAndFill(s);
    const audiences = audiencesNow(s);
    expect(audiences.health.length).toBeGreaterThanOrEqual(3_000);
    const properties = () =>
      (s.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
        .getScriptProperties()
        .getProperties();
    let largestValue = 0;
    let largestStore = 0;
    let audienceBytes = 0;
    for (let day = 0; day < 5; day++) {
      let pressed: Pressed | undefined;
      for (let presses = 0; presses < pressLimit; presses++) {
        pressed = pressSendSurvey(s)!;
        const stored = Object.entries(properties());
        largestValue = Math.max(largestValue, ...stored.map(([, v]) => Buffer.byteLength(v, 'utf8')));
        const bytes = stored.reduce((sum, [k, v]) => sum + Buffer.byteLength(k + v, 'utf8'), 0);
        largestStore = Math.max(largestStore, bytes);
        audienceBytes = Math.max(
          audienceBytes,
          stored
            .filter(([k]) => k.startsWith('plg.survey'))
            .reduce((sum, [k, v]) => sum + Buffer.byteLength(k + v, 'utf8'), 0),
        );
        if (isDone(pressed) || /quota is used up/.test(pressed.said)) break;
      }
      if (isDone(pressed)) break;
      s.ws.clock.nowMs += dayMs;
    }
    console.log(
      `Survey state at ${audiences.health.length} + ${audiences.facilitators.length} recipients: ${audienceBytes} bytes of survey properties, largest value ${largestValue} bytes, whole store at most ${largestStore} bytes`,
    );
    expect(largestValue).toBeLessThanOrEqual(9 * 1024);
    expect(largestStore).toBeLessThanOrEqual(500 * 1024);
    expect(exactlyOnce(s, [])).toEqual([]);
    expect(missedBy(s)).toEqual([]);
  });
});
