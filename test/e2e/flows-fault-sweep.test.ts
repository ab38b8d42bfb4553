// Every flow that writes, stopped by Google at any call — a daily quota, a "slow down" rate limit, the 6-minute
// stop — and then carried on as a person or the hourly run would: Refresh dashboard pressed again, Import pressed
// again, the next hours' runs closing the year's forms, and a calendar sync stopped twice in a row. Each must end
// exactly where the same flow without the fault ends: nothing duplicated, nothing half-written, nothing lost, and
// no card ever shows a stack trace. (Survey send and read-back have their own sweeps.)
import { applyButtonText, offersContinue, saysNothingToSend, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { hourlyTriggerInstalled, passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { syncOutcome, type SyncOutcome } from '../../src/emulator/bench/sync-outcome';
import { cardsOf, cardText, findButtons, notificationText } from '../../src/emulator/cards/interact';
import { builtTreeOf } from '../../src/emulator/cards/tree';
import type { FaultKind } from '../../src/emulator/errors';
import { formsState } from '../../src/emulator/forms/model';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { simulateHealthSurvey, simulateWeeks } from '../../src/emulator/simulate-weeks';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { sheetByName, spreadsheetData } from '../../src/emulator/spreadsheet/model';
import { mimeTypes } from '../../src/emulator/workspace';
import { firstDifference, recordingCallKinds } from '../../src/emulator/bench/fault-sweep-support';
import { keepFirstGroups } from '../../src/emulator/sample-school';

const faults: FaultKind[] = ['quota', 'rateLimit', 'timeLimit'];
/**
 * At 1 (the default) every call of Refresh dashboard and of Import gets a fault (a call that writes each of the
 * three, the others one in turn), every call of the year-end closing one, and the two-stop sync's first stop
 * comes at every 14th call. 2, 3 … thin every sweep; below 1 widens them: at 0.25 every call gets each fault and
 * the two-stop sync stops first at every 4th call, at 0.07 at every call (about five minutes).
 */
const stride = Number(process.env.FLOWS_FAULT_SWEEP_STRIDE ?? 1);
/** What a card must never show: a stack frame, Apps Script's "Exception:", a file:line. */
const internals = /\bat \w+ \(|Exception:|\.js:\d+/;
const hourMs = 60 * 60 * 1000;

jest.setTimeout(180_000);

/** A call that changes something (as opposed to reading): where a stop is likeliest to leave half a change. */
const writes = /\.(set|clear|insert|delete|append|remove|create|hide|protect|move)\w*$/;

/** The faults tried at call `at` (the `i`-th position): each of the three at a write, else one in turn. */
function faultsAt(at: number, i: number): FaultKind[] {
  return writes.test(callKinds.get(at) ?? '') || stride < 1 ? faults : [faults[i % faults.length]!];
}

function positions(first: number, last: number, every: number): number[] {
  const step = Math.max(1, Math.round(every * stride));
  const wanted: number[] = [];
  for (let at = first; at <= last; at += step) wanted.push(at);
  return wanted;
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

/** A press as the person sees it: a stopped execution answers nothing at all. */
function pressOrStop(s: EmulatedSchool, shown: unknown, button: string, formInputs?: Record<string, string>): unknown {
  try {
    return s.press(shown, button, formInputs);
  } catch {
    return undefined;
  }
}

/** The hourly trigger fires; a stopped run is simply retried the next hour, as in Apps Script. */
function hourlyRun(s: EmulatedSchool): void {
  try {
    passAnHour(s);
  } catch {
    // the execution was stopped (time limit); the next hour's run starts afresh
  }
}

/** The notification an answer shows ('' when the run was stopped and nothing was shown). */
function said(shown: unknown): string {
  return shown === undefined ? '' : (notificationText(shown) ?? '');
}

function answerText(shown: unknown): string {
  return shown === undefined ? '' : JSON.stringify(builtTreeOf(shown));
}

/** The first internal detail a card or notification shows, if any. */
function leakedInternals(shown: unknown[]): string | undefined {
  return shown.map(answerText).find((text) => internals.test(text));
}

/** A tab's rows as text, for comparing two runs ('(no tab)' when it is missing). */
function tabText(s: EmulatedSchool, tab: string): string[] {
  if (!sheetByName(spreadsheetData(s.ws, s.spreadsheetId), tab)) return [`(no ${tab} tab)`];
  return readSheetValues(s.ws, s.spreadsheetId, tab).map((r) =>
    JSON.stringify(r.map((v) => (v instanceof Date ? v.toISOString() : v))),
  );
}

/** Call position → its kind (e.g. FormApp.openById), as the uninterrupted run made them. */
const callKinds = new Map<number, string>();

function where(fault: FaultKind, at: number): string {
  return `${fault} at call ${at} (${callKinds.get(at) ?? '?'})`;
}

// ---------------------------------------------------------------------------------------------------------------
// The school: small (30 staff, three groups, one term) so one sync replays in well under a second.

/** Times the homepage itself was stopped while opening (see the known-bug test at the end). */
let homepageStopped = 0;

/** The admin opens PLG Hub's homepage; when Google stops that, they open it again. */
function openHomepage(s: EmulatedSchool): unknown {
  for (let tries = 1; ; tries++) {
    try {
      return s.open('onSheetsHomepage');
    } catch (error) {
      homepageStopped += 1;
      if (tries === 3) throw error;
    }
  }
}

/** Preview changes, pressed again when Google stopped it (a stopped Preview shows no Apply button). */
function previewNow(s: EmulatedSchool): unknown {
  let preview: unknown;
  for (let tries = 0; tries < 3; tries++) {
    preview = pressOrStop(s, openHomepage(s), 'Preview changes');
    if (preview !== undefined && (applyButtonText(preview) || saysNothingToSend(preview))) return preview;
  }
  return preview;
}

/** Apply then Continue until the card stops offering it or the run stops; returns every answer shown. */
function applyAsFarAsItGoes(s: EmulatedSchool, preview: unknown): unknown[] {
  const answers: unknown[] = [];
  const apply = applyButtonText(preview);
  let shown = apply ? pressOrStop(s, preview, apply) : undefined;
  while (shown !== undefined) {
    answers.push(shown);
    if (!offersContinue(shown) || answers.length > 50) break;
    shown = pressOrStop(s, shown, 'Continue');
  }
  return answers;
}

/** Hours pass with the hourly trigger firing (a stopped trigger run is simply retried the next hour). */
function leaveItToTheHourlyRun(s: EmulatedSchool): void {
  for (let hour = 0; hour < 3 && hourlyTriggerInstalled(s); hour++) hourlyRun(s);
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

/** Every sync, stopped or not, ends at the same moment after the hourly run's own rounds (agendas, presenters). */
const settleAfterMs = 20 * hourMs;

function settle(s: EmulatedSchool, settledAt: number): void {
  s.ws.clock.nowMs = Math.max(s.ws.clock.nowMs, settledAt);
  leaveItToTheHourlyRun(s);
  finishByHand(s);
}

interface School {
  /** Set up and typed in, nothing previewed yet. */
  filled: SavedSchool;
  /** Set up and typed in, Preview pressed: the moment the sync sweep replays from. */
  previewed: SavedSchool;
  preview: unknown;
  /** The uninterrupted sync's outcome (roles and agenda links left out, as the sync sweep compares). */
  synced: SyncOutcome;
  settledAt: number;
  /** Mid-October, synced: the health survey answered and six weeks of meeting feedback in the registry. */
  withResponses: SavedSchool;
}

let school: School | undefined;

/** Built once, on first use, for every describe below. */
function theSchool(): School {
  if (school) return school;
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  s.school.settings['Health survey months'] = '10';
  keepFirstGroups(s.school, 3);
  setUpAndFill(s);
  const filled = saveSchool(s);
  const preview = previewNow(s);
  const previewed = saveSchool(s);

  const settledAt = s.ws.clock.nowMs + settleAfterMs;
  // Three groups' forms are built together (src/workspace/tracked-form.ts), so this school's first sync fits in the
  // Apply press itself; a Continue, when the card offers one, is swept the same way as Apply.
  expect(applyAsFarAsItGoes(s, preview).length).toBeGreaterThanOrEqual(1);
  expect(saysNothingToSend(previewNow(s))).toBe(true);
  settle(s, settledAt);
  const synced = withoutRotatedRoles(syncOutcome(s));
  expect(Object.keys(synced.events).length).toBeGreaterThan(15);
  expect(synced.unrecorded).toEqual([]);
  expect(hourlyTriggerInstalled(s)).toBe(true);

  // Mid-October: the admin sends the health survey, staff answer it, members have answered six weeks of
  // meeting feedback forms (including a formula-looking suggestion and an answer for a meeting that never was).
  s.ws.clock.nowMs = Date.parse('2026-10-14T17:00:00Z');
  const sent = notificationText(s.press(s.open('onSheetsHomepage'), 'Send survey')) ?? '';
  expect(sent).toMatch(/sent/i);
  expect(simulateHealthSurvey(s)).toBeGreaterThan(5);
  expect(simulateWeeks(s, s.ws.now()).responses).toBeGreaterThan(20);
  school = { filled, previewed, preview, synced, settledAt, withResponses: saveSchool(s) };
  return school;
}

const consoleError = jest.spyOn(console, 'error');
const consoleWarn = jest.spyOn(console, 'warn');

beforeAll(() => {
  // The add-on logs each failure; the tests read what people see instead.
  consoleError.mockImplementation(() => undefined);
  consoleWarn.mockImplementation(() => undefined);
});

afterAll(() => {
  consoleError.mockRestore();
  consoleWarn.mockRestore();
});

// ---------------------------------------------------------------------------------------------------------------

describe('Refresh dashboard stopped at any call, then pressed again', () => {
  interface Tabs {
    feedback: string[];
    dashboard: string[];
  }
  const tabs = (s: EmulatedSchool): Tabs => ({ feedback: tabText(s, 'Feedback'), dashboard: tabText(s, 'Dashboard') });
  let expected: Tabs;
  const failures: string[] = [];
  let tried = 0;

  beforeAll(() => {
    const started = Date.now();
    const { withResponses } = theSchool();
    const s = reopenSchool(withResponses);
    const home = s.open('onSheetsHomepage');
    const first = s.ws.meter.total + 1;
    const said = notificationText(recordingCallKinds(s, callKinds, () => s.press(home, 'Refresh dashboard'))) ?? '';
    const last = s.ws.meter.total;
    const counted = /Dashboard refreshed: (\d+) meeting responses and (\d+) survey responses counted/.exec(said);
    expect(Number(counted?.[1])).toBeGreaterThan(20);
    expect(Number(counted?.[2])).toBeGreaterThan(5);
    expected = tabs(s);
    expect(expected.feedback.length).toBeGreaterThan(20);
    expect(expected.dashboard.length).toBeGreaterThan(5);
    // Pressed again with nothing new, the tabs stay as they are.
    s.press(home, 'Refresh dashboard');
    expect(tabs(s)).toEqual(expected);

    const wanted = positions(first, last, 1);
    wanted.forEach((at, i) => {
      for (const fault of faultsAt(at, i)) {
        failures.push(...refreshStopped(withResponses, at, fault));
        tried += 1;
      }
    });
    console.log(
      `Refresh dashboard fault sweep: ${tried} faulted refreshes at ${wanted.length} of calls ${first}–${last} (${wanted.filter((at) => writes.test(callKinds.get(at) ?? '')).length} of them writes; ${stride < 1 ? 'every call' : 'each write'} stopped by each of ${faults.join(', ')}${stride < 1 ? '' : ', the other calls by one of them in turn'}) — ${failures.length} failures, in ${seconds(started)} s`,
    );
  });

  /** One Refresh stopped at `at`; the admin, still looking at the same card, presses Refresh again. */
  function refreshStopped(saved: SavedSchool, at: number, fault: FaultKind): string[] {
    const here = where(fault, at);
    const s = reopenSchool(saved);
    const home = s.open('onSheetsHomepage');
    s.ws.meter.inject({ atCall: at, fault });
    const stopped = pressOrStop(s, home, 'Refresh dashboard');
    s.ws.meter.clearFaults();
    const again = pressOrStop(s, home, 'Refresh dashboard');
    const found: string[] = [];
    if (s.ws.meter.total < at) found.push(`${here}: the refresh ended before the fault`);
    const leaked = leakedInternals([stopped, again]);
    if (leaked) found.push(`${here}: the card showed internals: ${leaked.slice(0, 200)}`);
    if (!/Dashboard refreshed/.test(said(again))) {
      found.push(`${here}: the second press said ${JSON.stringify(said(again))}`);
    }
    const outcome = tabs(s);
    for (const tab of ['feedback', 'dashboard'] as const) {
      const rows = outcome[tab];
      if (rows.length !== expected[tab].length)
        found.push(`${here}: ${tab} has ${rows.length} rows, not ${expected[tab].length}`);
      else if (JSON.stringify(rows) !== JSON.stringify(expected[tab])) found.push(`${here}: the ${tab} tab differs`);
    }
    return found;
  }

  it('ends with the Feedback and Dashboard tabs an uninterrupted refresh writes, and never shows internals', () => {
    expect(tried).toBeGreaterThan(30);
    expect(failures).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('Import staff stopped at any call, then Import pressed again', () => {
  /** The HR export: its own column names, two people already on Staff, a repeat, a bad address, a formula. */
  const header = ['E-mail', 'Full Name', 'Position', 'Unit', 'Grades'];
  /** The admin's choice: "Unit" (which PLG Hub does not recognise) holds the department. */
  const choice = { department: '3' };
  const chosenMapping = {
    email: '0',
    name: '1',
    firstName: '-1',
    lastName: '-1',
    role: '2',
    department: '3',
    gradeLevels: '4',
  };
  let newPeople: string[] = [];
  let saved: SavedSchool;
  let expectedStaff: string[];
  let expectedProblems: string[];
  const failures: string[] = [];
  let tried = 0;
  let retriedByStartingOver = 0;
  let foundImported = 0;

  function importFile(s: EmulatedSchool): string[][] {
    const [staffHeader, ...staff] = readSheetValues(s.ws, s.spreadsheetId, 'Staff');
    const onStaff = staff.map((r) => String(r[staffHeader!.indexOf('Email')]));
    const fresh = Array.from({ length: 12 }, (_, i) => [
      `new.person${i + 1}@school.example`,
      i === 4 ? '=HYPERLINK("http://evil.example","x")' : `New Person ${i + 1}`,
      ['Grade 7 Science Teacher', 'Instructional Aide', 'School Counselor', 'Special Education Teacher'][i % 4]!,
      ['Science', 'Math', 'Counseling', 'Special Education'][i % 4]!,
      i % 2 ? '7' : '6, 7',
    ]);
    return [
      header,
      ...fresh.slice(0, 6),
      [onStaff[0]!, 'Already Here', 'Teacher', 'Math', '6'],
      ['not an address', 'Mr. Smith', 'Teacher', 'Science', '8'],
      [fresh[1]![0]!.toUpperCase(), 'Repeat', 'Teacher', 'Math', '6'],
      ...fresh.slice(6),
      [onStaff[1]!.toUpperCase(), 'Also Here', 'Teacher', 'Math', '6'],
    ];
  }

  beforeAll(() => {
    const started = Date.now();
    const s = startSchool({ seed: 5, staff: 30, withFindings: false });
    setUpAndFill(s);
    const rows = importFile(s);
    newPeople = rows
      .slice(1)
      .map((r) => r[0]!)
      .filter((e) => e.startsWith('new.person'));
    const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    sheets
      .openById(s.spreadsheetId)
      .insertSheet('Staff import')
      .getRange(1, 1, rows.length, header.length)
      .setValues(rows);
    saved = saveSchool(s);

    const u = reopenSchool(saved);
    const home = u.open('onSheetsHomepage');
    const first = u.ws.meter.total + 1;
    const said = recordingCallKinds(u, callKinds, () => {
      const mapping = u.press(home, 'Import staff');
      return notificationText(u.press(mapping, 'Import', choice)) ?? '';
    });
    const last = u.ws.meter.total;
    expect(said).toMatch(/^Imported 12 people; 4 rows not imported/);
    expectedStaff = tabText(u, 'Staff');
    expectedProblems = tabText(u, 'Problems');
    expect(expectedProblems.length).toBe(5);
    expect(rememberedMapping(u)).toEqual(chosenMapping);

    const wanted = positions(first, last, 1);
    wanted.forEach((at, i) => {
      faultsAt(at, i).forEach((fault, j) => {
        failures.push(...importStopped(at, fault, (i + j) % 2 === 1));
        tried += 1;
      });
    });
    console.log(
      `Import staff fault sweep: ${tried} faulted imports at ${wanted.length} of calls ${first}–${last} (Import staff, then Import; ${wanted.filter((at) => writes.test(callKinds.get(at) ?? '')).length} of them writes; ${stride < 1 ? 'every call' : 'each write'} stopped by each of ${faults.join(', ')}${stride < 1 ? '' : ', the other calls by one of them in turn'}); ${retriedByStartingOver} carried on from the homepage rather than the card still shown, ${foundImported} found the people a stopped run had imported — ${failures.length} failures, in ${seconds(started)} s`,
    );
  });

  /** What the mapping card shows chosen for each column, when Import staff is pressed now. */
  function rememberedMapping(s: EmulatedSchool): Record<string, string> {
    const card = s.press(s.open('onSheetsHomepage'), 'Import staff');
    const chosen: Record<string, string> = {};
    for (const widget of cardsOf(card).flatMap((c) => c.sections.flatMap((section) => section.widgets))) {
      if (widget.type === 'SelectionInput')
        chosen[widget.fieldName] = widget.items
          .filter((item) => item.selected)
          .map((item) => item.value)
          .join(',');
    }
    return chosen;
  }

  const offersImport = (shown: unknown) => shown !== undefined && findButtons(shown).some((b) => b.text === 'Import');

  /**
   * Import staff, then Import, stopped at `at`. The admin carries on: presses Import again on the mapping card
   * still on screen, or (`startOver`, or when the mapping card never came) opens Import staff afresh.
   */
  function importStopped(at: number, fault: FaultKind, startOver: boolean): string[] {
    const here = where(fault, at);
    const found: string[] = [];
    const s = reopenSchool(saved);
    const home = s.open('onSheetsHomepage');
    s.ws.meter.inject({ atCall: at, fault });
    const shown: unknown[] = [];
    let mapping = pressOrStop(s, home, 'Import staff');
    shown.push(mapping);
    let answer = offersImport(mapping) ? pressOrStop(s, mapping, 'Import', choice) : undefined;
    shown.push(answer);
    if (s.ws.meter.total < at) found.push(`${here}: the import ended before the fault`);
    s.ws.meter.clearFaults();
    const imported = () => /^Imported \d+ people/.test(said(answer));
    for (let tries = 0; !imported() && tries < 2; tries++) {
      if (startOver || !offersImport(mapping)) {
        if (offersImport(mapping)) retriedByStartingOver += 1;
        mapping = s.press(s.open('onSheetsHomepage'), 'Import staff');
        shown.push(mapping);
      }
      answer = s.press(mapping, 'Import', choice);
      shown.push(answer);
      if (/already on the Staff tab as this file has them/.test(said(answer))) foundImported += 1;
    }
    if (!imported()) found.push(`${here}: Import still says ${JSON.stringify(said(answer))}`);
    const leaked = leakedInternals(shown);
    if (leaked) found.push(`${here}: a card showed internals: ${leaked.slice(0, 200)}`);

    const staff = tabText(s, 'Staff');
    const [staffHeader, ...staffRows] = readSheetValues(s.ws, s.spreadsheetId, 'Staff');
    const emails = staffRows.map((r) => String(r[staffHeader!.indexOf('Email')]).toLowerCase());
    for (const person of newPeople) {
      const times = emails.filter((e) => e === person).length;
      if (times !== 1) found.push(`${here}: ${person} is on the Staff tab ${times} times`);
    }
    if (staff.length !== expectedStaff.length)
      found.push(`${here}: the Staff tab has ${staff.length} rows, not ${expectedStaff.length}`);
    else {
      const row = staff.findIndex((r, i) => r !== expectedStaff[i]);
      if (row >= 0) found.push(`${here}: Staff row ${row + 1} is ${staff[row]}, not ${expectedStaff[row]}`);
    }
    // The last answer accounts for everyone in the file, and the Problems tab lists only the rows that need a
    // person's attention, as an uninterrupted import does — not the people a stopped run already imported.
    const counts =
      /^Imported (\d+) people;(?: (\d+) already on the Staff tab as this file has them;)? (\d+) rows not imported/.exec(
        said(answer),
      );
    if (!counts || Number(counts[1]) + Number(counts[2] ?? 0) !== newPeople.length || Number(counts[3]) !== 4)
      found.push(`${here}: Import finally said ${JSON.stringify(said(answer))}`);
    const problems = tabText(s, 'Problems');
    if (JSON.stringify(problems) !== JSON.stringify(expectedProblems))
      found.push(
        `${here}: the Problems tab lists ${problems.length - 1} rows, not ${expectedProblems.length - 1}: ${problems.slice(1, 3).join(' ')}`,
      );
    const remembered = rememberedMapping(s);
    if (JSON.stringify(remembered) !== JSON.stringify(chosenMapping))
      found.push(`${here}: the mapping card now shows ${JSON.stringify(remembered)}`);
    return found;
  }

  it('ends with each new person on the Staff tab once, whole rows only, and the mapping remembered', () => {
    expect(tried).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('the forms closing at year end, the hourly run stopped at any call, once or twice in a row', () => {
  let atYearEnd: SavedSchool;
  /** Form id → title, of every form in Drive before the year ended. */
  let formsBefore: Record<string, string>;
  let formsMade = 0;
  const failures: string[] = [];
  let tried = 0;
  let inClosing = 0;
  let twiceInARow = 0;
  let firstCall = 0;

  const formsInDrive = (s: EmulatedSchool) =>
    Object.fromEntries(
      Object.values(s.ws.files)
        .filter((f) => f.mimeType === mimeTypes.form && !f.trashed)
        .map((f) => [f.id, f.name]),
    );
  const accepting = (s: EmulatedSchool) =>
    Object.keys(formsInDrive(s)).filter((id) => formsState(s.ws).forms[id]!.settings.acceptingResponses);

  beforeAll(() => {
    const started = Date.now();
    // The last school day: the hourly runs catch up on agendas and read-back, so the first run after the year
    // ends has nothing to do but close the forms.
    const s = reopenSchool(theSchool().withResponses);
    s.ws.clock.nowMs = Date.parse('2026-12-18T15:00:00Z');
    hourlyRun(s);
    hourlyRun(s);
    s.ws.clock.nowMs = Date.parse('2026-12-19T16:00:00Z');
    atYearEnd = saveSchool(s);
    formsBefore = formsInDrive(s);
    formsMade = Object.keys(formsState(s.ws).forms).length;
    expect(Object.values(formsBefore).filter((name) => /meeting feedback/.test(name))).toHaveLength(3);
    expect(Object.values(formsBefore).filter((name) => /survey/i.test(name)).length).toBeGreaterThanOrEqual(2);
    expect(accepting(s).sort()).toEqual(Object.keys(formsBefore).sort());

    const u = reopenSchool(atYearEnd);
    firstCall = u.ws.meter.total + 1;
    recordingCallKinds(u, callKinds, () => passAnHour(u));
    const lastCall = u.ws.meter.total;
    expect(accepting(u)).toEqual([]);
    expect(formsInDrive(u)).toEqual(formsBefore);
    const span = closingSpan(firstCall, lastCall);

    // Every stride-th call of the closing, the faults in turn, every 3rd of them stopped again the next hour;
    // every 8th stride-th call of the rest of the run.
    const rest = Math.max(1, Math.round(8 * stride));
    const wanted = positions(firstCall, lastCall, 1).filter(
      (at) => (at >= span.start && at <= span.end) || (at - firstCall) % rest === 0,
    );
    wanted.forEach((at, i) => {
      const closing = at >= span.start && at <= span.end;
      const again = closing && i % 3 === 0;
      failures.push(...hoursStopped(at, faults[i % faults.length]!, again));
      tried += 1;
      if (closing) inClosing += 1;
      if (again) twiceInARow += 1;
    });
    console.log(
      `Year-end form closing fault sweep: ${tried} faulted hourly runs — ${inClosing} in the closing's calls ${span.start}–${span.end} (${twiceInARow} of them stopped twice in a row), ${tried - inClosing} in the rest of the run's ${firstCall}–${lastCall} — ${Object.keys(formsBefore).length} forms, faults ${faults.join(', ')}, ${failures.length} failures, in ${seconds(started)} s`,
    );
  });

  /** The closing's calls: from the properties read before the first form is opened to the last form call. */
  function closingSpan(first: number, last: number): { start: number; end: number } {
    const calls = [...callKinds].filter(([at]) => at >= first && at <= last);
    const formCalls = calls.filter(([, kind]) => kind.startsWith('FormApp')).map(([at]) => at);
    expect(formCalls.length).toBeGreaterThanOrEqual(3 * Object.keys(formsBefore).length);
    const start = calls.filter(([at, kind]) => at < formCalls[0]! && kind.startsWith('PropertiesService')).at(-1)![0];
    return { start, end: formCalls.at(-1)! };
  }

  /** The hourly run stopped at `at` (and, `again`, the next hour's at the same point), then two more hours. */
  function hoursStopped(at: number, fault: FaultKind, again: boolean): string[] {
    const here = `${where(fault, at)}${again ? ', and again in the next run' : ''}`;
    const s = reopenSchool(atYearEnd);
    s.ws.meter.inject({ atCall: at, fault });
    hourlyRun(s);
    const found: string[] = [];
    if (s.ws.meter.total < at) found.push(`${here}: the run ended before the fault`);
    if (again) {
      s.ws.meter.clearFaults();
      s.ws.meter.inject({ atCall: s.ws.meter.total + 1 + (at - firstCall), fault });
      hourlyRun(s);
    }
    s.ws.meter.clearFaults();
    // What the admin sees of it: the homepage's last-run line, in plain words.
    const leaked = leakedInternals([s.open('onSheetsHomepage')]);
    if (leaked) found.push(`${here}: the homepage showed internals: ${leaked.slice(0, 200)}`);
    hourlyRun(s);
    const open = accepting(s);
    if (open.length) found.push(`${here}: still accepting responses: ${open.map((id) => formsBefore[id]).join(', ')}`);
    if (JSON.stringify(formsInDrive(s)) !== JSON.stringify(formsBefore))
      found.push(`${here}: the forms in Drive are now ${JSON.stringify(Object.values(formsInDrive(s)))}`);
    if (Object.keys(formsState(s.ws).forms).length !== formsMade)
      found.push(`${here}: ${Object.keys(formsState(s.ws).forms).length - formsMade} forms made`);
    return found;
  }

  it('closes every form PLG Hub made, deletes none and makes none, once the next hours have run', () => {
    expect(inClosing).toBeGreaterThanOrEqual(3 * Object.keys(formsBefore).length);
    expect(failures).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('a calendar sync stopped twice in a row: at one call, then again soon after it resumes', () => {
  /** Where in the first resumed execution (its 1st, 3rd, 10th or 30th call) the second stop comes. */
  const secondStopAfter = [1, 3, 10, 30];
  const failures: string[] = [];
  let tried = 0;
  let secondInHourlyRun = 0;
  let applyCalls = { first: 0, last: 0 };

  beforeAll(() => {
    const started = Date.now();
    const { previewed, preview } = theSchool();
    const s = reopenSchool(previewed);
    const first = s.ws.meter.total + 1;
    recordingCallKinds(s, callKinds, () => applyAsFarAsItGoes(s, preview));
    applyCalls = { first, last: s.ws.meter.total };
    const every = Math.max(1, Math.round(7 * stride));
    const homepageStoppedBefore = homepageStopped;
    positions(applyCalls.first, applyCalls.last, 7).forEach((at, i) => {
      const firstStop = { fault: faults[i % faults.length]!, at };
      // The second fault differs from the first, and the pairs rotate: (quota, rateLimit), (rateLimit, timeLimit) …
      const secondFault = faults[(i + 1 + Math.floor(i / faults.length)) % faults.length]!;
      const secondStop = { fault: secondFault, after: secondStopAfter[i % secondStopAfter.length]! };
      failures.push(...stoppedTwice(firstStop, secondStop));
      tried += 1;
    });
    console.log(
      `Two-stop sync fault sweep: ${tried} syncs stopped twice — first at every ${every}th of calls ${applyCalls.first}–${applyCalls.last} (Apply, and any Continue), then at call ${secondStopAfter.join(', ')} of the first execution after it (${secondInHourlyRun} of them an hourly run, ${homepageStopped - homepageStoppedBefore} the homepage opening), faults ${faults.join(', ')} in pairs — ${failures.length} failures, in ${seconds(started)} s`,
    );
  });

  /**
   * Sync with a stop at call `first.at`; the next execution to start (the homepage, Preview, Continue or the
   * hourly run, whichever carrying on brings first) is stopped at its `second.after`-th call; then the person
   * carries on as the card says, and time passes, as in the single-fault sweep.
   */
  function stoppedTwice(
    first: { fault: FaultKind; at: number },
    second: { fault: FaultKind; after: number },
  ): string[] {
    const { previewed, preview, synced, settledAt } = theSchool();
    const s = reopenSchool(previewed);
    let here = `${where(first.fault, first.at)}, then ${second.fault} at call ${second.after} of the next execution`;
    const found: string[] = [];
    const failed = (what: string) => found.push(`${here}: ${what}`);
    s.ws.meter.inject({ atCall: first.at, fault: first.fault });
    const progress = { stoppedOnce: false, secondAt: 0 };
    const run = s.addon.run.bind(s.addon);
    s.addon.run = (name, event, options) => {
      if (progress.stoppedOnce && !progress.secondAt) {
        progress.secondAt = s.ws.meter.total + second.after;
        s.ws.meter.inject({ atCall: progress.secondAt, fault: second.fault });
        here += ` (${name}, call ${progress.secondAt})`;
        if (name === 'onHourlyTick') secondInHourlyRun += 1;
      }
      try {
        return run(name, event, options);
      } finally {
        if (s.ws.meter.total >= first.at) progress.stoppedOnce = true;
      }
    };
    try {
      const answers = applyAsFarAsItGoes(s, preview);
      const leaked = leakedInternals(answers);
      if (leaked) failed(`the card showed internals: ${leaked.slice(0, 200)}`);
      const last = answers.at(-1);
      if (/continue automatically|finishes the rest by itself/i.test(said(last) || answerText(last))) {
        leaveItToTheHourlyRun(s);
      }
      finishByHand(s);
      settle(s, settledAt);
      if (!progress.secondAt || s.ws.meter.total < progress.secondAt) failed('the second stop never came');
      const outcome = withoutRotatedRoles(syncOutcome(s));
      if (outcome.duplicated.length) failed(`duplicate events for ${outcome.duplicated.join(', ')}`);
      const names = (forms: string[]) => forms.map((f) => f.replace(/ \(published .*\)$/, ''));
      if (JSON.stringify(names(outcome.forms)) !== JSON.stringify(names(synced.forms)))
        failed(`forms differ: ${JSON.stringify(names(outcome.forms))}`);
      for (const aspect of ['events', 'meetings', 'unrecorded', 'plgCalendars', 'emails'] as const) {
        if (JSON.stringify(outcome[aspect]) !== JSON.stringify(synced[aspect]))
          failed(`${aspect} differ: ${firstDifference(outcome[aspect], synced[aspect])}`);
      }
    } catch (error) {
      failed((error as Error).message);
    }
    return found;
  }

  it('ends, once resumed, with the calendar, Meetings tab, forms and emails of an uninterrupted sync', () => {
    expect(tried).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});

describe('bugs these sweeps found, held fixed', () => {
  // The first write to the hidden "PLG Hub state" tab makes it with insertSheet, then writes its header row. A stop
  // in between used to leave the tab without a header for good, so every later approval was lost; the state
  // store now finishes a part-made tab (src/workspace/registry-state.ts, ensureStateTab).
  describe('Apply stopped between making the state tab and writing its header', () => {
    let headerMissing = false;
    let finished: { error?: string; events?: SyncOutcome['events'] } = {};

    beforeAll(() => {
      const { filled, settledAt } = theSchool();
      const s = reopenSchool(filled);
      // Wherever the state tab is first made (today the first Preview, recording what it wrote to the Preview
      // tab), the call right after it is stopped; whether the header is missing is looked at right then, before
      // the next press finishes the tab.
      const meter = s.ws.meter;
      const call = meter.call.bind(meter);
      let stopped = false;
      let afterInsert = false;
      meter.call = (kind, ...rest) => {
        const stopping = !stopped && afterInsert && stateTabHeaderMissing(s);
        if (stopping) {
          meter.inject({ atCall: meter.total + 1, fault: 'rateLimit' });
          stopped = true;
        }
        afterInsert = kind === 'SpreadsheetApp.Spreadsheet.insertSheet';
        try {
          call(kind, ...rest);
        } finally {
          if (stopping) headerMissing = stateTabHeaderMissing(s);
        }
      };
      try {
        for (let round = 0; round < 2 && !stopped; round++) applyAsFarAsItGoes(s, previewNow(s));
      } finally {
        meter.call = call;
      }
      try {
        finishByHand(s);
        settle(s, settledAt);
        finished = { events: withoutRotatedRoles(syncOutcome(s)).events };
      } catch (error) {
        finished = { error: (error as Error).message };
      }
    });

    it('is stopped between making the state tab and writing its header', () => {
      expect(headerMissing).toBe(true);
    });

    it('still finishes the sync once the admin previews and applies again', () => {
      expect(finished.error).toBeUndefined();
      expect(finished.events).toEqual(theSchool().synced.events);
    });
  });

  // A call Google refuses while the homepage opens — a rate limit or a quota reading the registry — used to escape
  // the add-on, so Google showed its own error card with the raw exception text (src/addon/sheets-homepage.ts).
  describe('the homepage opened while Google refuses a call', () => {
    let reachedTheFault = false;
    let shown: unknown;
    let threw: string | undefined;

    beforeAll(() => {
      const s = reopenSchool(theSchool().previewed);
      // The registry's one read (workspace/registry-io.ts) is refused.
      s.ws.meter.inject({ kind: 'Sheets.Spreadsheets.get', fault: 'rateLimit', times: 1 });
      const before = s.ws.meter.snapshot();
      try {
        shown = s.open('onSheetsHomepage');
      } catch (error) {
        threw = (error as Error).message;
      }
      // A refused call counts towards the total but not under its kind.
      const since = s.ws.meter.since(before);
      reachedTheFault = since.total > Object.values(since.counts).reduce((a, b) => a + b, 0);
    });

    it('reaches the refused call', () => {
      expect(reachedTheFault).toBe(true);
    });

    it('answers in plain words', () => {
      expect(threw).toBeUndefined();
      expect(leakedInternals([shown])).toBeUndefined();
      expect(cardText(shown)).toMatch(/slow down|try again/i);
    });
  });
});

/** The hidden state tab exists but has no header row: what a stop between making it and writing it leaves. */
function stateTabHeaderMissing(s: EmulatedSchool): boolean {
  if (!sheetByName(spreadsheetData(s.ws, s.spreadsheetId), 'PLG Hub state')) return false;
  return readSheetValues(s.ws, s.spreadsheetId, 'PLG Hub state')[0]?.[0] !== 'Key';
}

// The hourly run rotates presenter, timekeeper and note-taker from the day it first runs, and makes agenda
// Docs; these depend on when the hourly run happened, not on how the sync handled a fault (the agenda sweep
// holds the Docs). Everything else must match exactly.
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
    Object.entries(outcome.meetings).map(([key, cells]) => [key, cells.filter((c) => !rotated.test(c))]),
  );
  return { ...outcome, events, meetings };
}
