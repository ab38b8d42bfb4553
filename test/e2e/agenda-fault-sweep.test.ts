// Generate agendas makes one Doc per meeting in the lead-time horizon and records its link in the Meetings tab.
// Google may fail any of its calls (a daily quota, a "slow down" rate limit, the 6-minute stop). Whichever call
// fails, a person who simply presses Generate agendas again must end with what an uninterrupted run makes: the
// same meetings linked, each to one Doc with the same name and text, no second Doc and no Doc left unlinked,
// and nothing shared by link.
import { applyButtonText, offersContinue, saysNothingToSend, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import type { EmulatedSchool } from '../../src/emulator/harness';
import { notificationText } from '../../src/emulator/cards/interact';
import { docText } from '../../src/emulator/docs';
import { filePermissions } from '../../src/emulator/drive';
import type { FaultKind } from '../../src/emulator/errors';
import { startSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { mimeTypes } from '../../src/emulator/workspace';
import { recordingCallKinds } from '../../src/emulator/bench/fault-sweep-support';
import { keepFirstGroups } from '../../src/emulator/sample-school';

const faults: FaultKind[] = ['quota', 'rateLimit', 'timeLimit'];
/** Every stride-th call of the Generate agendas presses gets a fault; AGENDA_FAULT_SWEEP_STRIDE=1 tries all. */
const stride = Number(process.env.AGENDA_FAULT_SWEEP_STRIDE ?? 2);
const pressLimit = 20;
/** A person told to slow down waits a little before pressing again. */
const rateLimitPauseMs = 2 * 60 * 1000;

jest.setTimeout(120_000);

interface AgendaOutcome {
  /** Meeting key → "Doc name\n---\nDoc text" of the Doc its Agenda cell links to. */
  agendas: Record<string, string>;
  /** Meeting key → the name of the folder its Doc is in. */
  folders: Record<string, string>;
  /** Names of the agenda Docs in Drive (not in the trash), sorted: a name twice is a duplicate. */
  docsInDrive: string[];
  /** Names of the folders in Drive (not in the trash), sorted. */
  foldersInDrive: string[];
}

/** A small school with its calendar in sync, saved just before anyone presses Generate agendas. */
function smallSchoolInSync(): SavedSchool {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  // Two weeks ahead rather than one, so several Docs per group (and more than one press) are swept.
  s.school.settings['Agenda lead days'] = 35;
  keepFirstGroups(s.school, 3);
  setUpAndFill(s);
  for (let round = 0; ; round++) {
    if (round >= 5) throw new Error('Preview still finds work after five rounds of Apply');
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    if (saysNothingToSend(preview)) break;
    let shown = s.press(preview, applyButtonText(preview)!);
    for (let presses = 0; offersContinue(shown) && presses < 200; presses++) shown = s.press(shown, 'Continue');
  }
  return saveSchool(s);
}

/** Presses Generate agendas on the homepage card; a stopped execution answers nothing. */
function pressGenerate(s: EmulatedSchool): string | undefined {
  try {
    return notificationText(s.press(s.open('onSheetsHomepage'), 'Generate agendas')) ?? '';
  } catch {
    return undefined;
  }
}

const saysMoreWillBeMade = (said: string | undefined) => said !== undefined && /more will be made/i.test(said);

/** Presses Generate agendas again until the card no longer says more will be made. Returns what it said. */
function generateUntilDone(s: EmulatedSchool, first?: string): string[] {
  const said: string[] = [];
  let last = first;
  for (let presses = 0; presses === 0 || saysMoreWillBeMade(last); presses++) {
    if (presses >= pressLimit)
      throw new Error(`Generate agendas still says more will be made after ${presses} presses`);
    last = pressGenerate(s);
    said.push(last ?? '(the run stopped)');
  }
  return said;
}

function docIdOf(link: string): string | undefined {
  // Document.getUrl gives "…/open?id=ID"; File.getUrl gives "…/document/d/ID/edit".
  const found = /\/d\/([\w-]+)|[?&]id=([\w-]+)/.exec(link);
  return found?.[1] ?? found?.[2];
}

function agendaOutcome(s: EmulatedSchool): AgendaOutcome {
  const [headers, ...rows] = readSheetValues(s.ws, s.spreadsheetId, 'Meetings');
  const keyColumn = headers!.indexOf('Meeting');
  const agendaColumn = headers!.indexOf('Agenda');
  const agendas: Record<string, string> = {};
  const folders: Record<string, string> = {};
  for (const row of rows) {
    const link = String(row[agendaColumn] ?? '');
    if (!link) continue;
    const key = String(row[keyColumn]);
    const id = docIdOf(link);
    const record = id ? s.ws.files[id] : undefined;
    if (!id || !record) {
      agendas[key] = `(link to no Doc: ${link})`;
      continue;
    }
    agendas[key] = `${record.name}${record.trashed ? ' (in the trash)' : ''}\n---\n${docText(s.ws, id)}`;
    folders[key] = record.parents.map((p) => s.ws.files[p]?.name ?? `(no folder ${p})`).join(', ');
  }
  const live = Object.values(s.ws.files).filter((f) => !f.trashed);
  return {
    agendas,
    folders,
    docsInDrive: live
      .filter((f) => f.mimeType === mimeTypes.document)
      .map((f) => f.name)
      .sort(),
    foldersInDrive: live
      .filter((f) => f.mimeType === mimeTypes.folder)
      .map((f) => f.name)
      .sort(),
  };
}

/** Docs and folders of PLG Hub's that anyone with the link (or anyone at all) can open. */
function sharedByLink(s: EmulatedSchool): string[] {
  return Object.values(s.ws.files)
    .filter((f) => !f.trashed && (f.mimeType === mimeTypes.document || f.mimeType === mimeTypes.folder))
    .filter((f) => /^ANYONE/.test(filePermissions(s.ws, f.id).access))
    .map((f) => `${f.name} (${filePermissions(s.ws, f.id).access})`);
}

/** Call position → its kind (e.g. DocumentApp.create), as the uninterrupted run made them. */
const callKinds = new Map<number, string>();

interface Trial {
  where: string;
  /** What went wrong, in words; empty when the run ended as the uninterrupted one did. */
  failures: string[];
}

describe('Generate agendas interrupted by a Google failure at any call', () => {
  let expected: AgendaOutcome;
  let saved: SavedSchool;
  let firstCall = 0;
  let lastCall = 0;
  const trials: Trial[] = [];
  const consoleError = jest.spyOn(console, 'error');
  const consoleWarn = jest.spyOn(console, 'warn');

  beforeAll(() => {
    // The add-on logs each failure; the test reads what people see instead.
    consoleError.mockImplementation(() => undefined);
    consoleWarn.mockImplementation(() => undefined);
    const started = Date.now();
    saved = smallSchoolInSync();

    const s = reopenSchool(saved);
    firstCall = s.ws.meter.total + 1;
    const said = recordingCallKinds(s, callKinds, () => generateUntilDone(s));
    lastCall = s.ws.meter.total;
    expected = agendaOutcome(s);
    console.log(`Agenda fault sweep: reference run said ${JSON.stringify(said)}; calls ${firstCall}–${lastCall}`);
    expect(said.every((text) => /^Made \d+ agenda Docs/.test(text))).toBe(true);
    expect(Object.keys(expected.agendas).length).toBeGreaterThan(3);
    expect(expected.docsInDrive).toHaveLength(Object.keys(expected.agendas).length);
    expect(sharedByLink(s)).toEqual([]);

    for (let at = firstCall, i = 0; at <= lastCall; at += stride, i++) {
      trials.push(faultedRun(at, faults[i % faults.length]!));
    }
    console.log(
      `Agenda fault sweep: ${trials.length} fault positions tried, every ${stride === 1 ? '' : `${stride === 2 ? '2nd' : `${stride}th`} `}call of ${firstCall}–${lastCall} (Generate agendas), faults ${faults.join(', ')}, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  afterAll(() => {
    consoleError.mockRestore();
    consoleWarn.mockRestore();
  });

  /** Generate agendas with one fault, then press it again as a person would until nothing more is made. */
  function faultedRun(at: number, fault: FaultKind): Trial {
    const trial: Trial = { where: `${fault} at call ${at} (${callKinds.get(at) ?? '?'})`, failures: [] };
    const failed = (what: string) => trial.failures.push(`${trial.where}: ${what}`);
    const s = reopenSchool(saved);
    s.ws.meter.inject({ atCall: at, fault });
    try {
      // Pressed as in the uninterrupted run until the press the fault lands in (it may fail: that is the point).
      for (let presses = 0; s.ws.meter.total < at; presses++) {
        if (presses >= pressLimit) throw new Error(`the fault was not reached in ${presses} presses`);
        const said = pressGenerate(s);
        if (said !== undefined && /\bat \w+ \(|Exception:|\.js:\d+/.test(said)) {
          failed(`the card showed internals: ${said.slice(0, 200)}`);
        }
        if (s.ws.meter.total < at && !saysMoreWillBeMade(said)) {
          failed(`the run ended before the fault, saying ${JSON.stringify(said)}`);
          break;
        }
      }
      // Then as a person carries on: press again (after a pause if told to slow down) until nothing more is made.
      if (fault === 'rateLimit') s.ws.clock.nowMs += rateLimitPauseMs;
      generateUntilDone(s);
      const outcome = agendaOutcome(s);
      const linked = Object.keys(outcome.agendas).sort();
      const expectedLinked = Object.keys(expected.agendas).sort();
      const lost = expectedLinked.filter((key) => !linked.includes(key));
      const extra = linked.filter((key) => !expectedLinked.includes(key));
      if (lost.length) failed(`no agenda link for ${lost.join(', ')}`);
      if (extra.length) failed(`an agenda link the uninterrupted run did not make, for ${extra.join(', ')}`);
      for (const key of linked.filter((k) => expectedLinked.includes(k))) {
        const blank = /\n---\n\s*$/.test(outcome.agendas[key]!) && !/\n---\n\s*$/.test(expected.agendas[key]!);
        if (blank) {
          // The Doc exists under its unique name but was never written: a later press adopted it as it was.
          failed(`the agenda Doc of ${key} is linked but blank (an interrupted run's empty Doc was adopted as is)`);
        } else if (outcome.agendas[key] !== expected.agendas[key]) {
          failed(
            `the agenda Doc of ${key} differs: ${firstLineDifference(outcome.agendas[key]!, expected.agendas[key]!)}`,
          );
        }
        if (outcome.folders[key] !== expected.folders[key]) {
          failed(`the agenda Doc of ${key} is in "${outcome.folders[key]}", not "${expected.folders[key]}"`);
        }
      }
      const duplicates = outcome.docsInDrive.filter((name, i) => outcome.docsInDrive.indexOf(name) !== i);
      if (duplicates.length) failed(`duplicate Docs in Drive: ${[...new Set(duplicates)].join('; ')}`);
      const linkedNames = new Set(Object.values(outcome.agendas).map((a) => a.split('\n')[0]));
      const orphans = outcome.docsInDrive.filter((name) => !linkedNames.has(name));
      if (orphans.length) failed(`Docs in Drive no meeting links to: ${[...new Set(orphans)].join('; ')}`);
      if (outcome.docsInDrive.length !== expected.docsInDrive.length) {
        failed(`${outcome.docsInDrive.length} Docs in Drive, not ${expected.docsInDrive.length}`);
      }
      if (JSON.stringify(outcome.foldersInDrive) !== JSON.stringify(expected.foldersInDrive)) {
        failed(
          `folders in Drive: ${outcome.foldersInDrive.join('; ')} instead of ${expected.foldersInDrive.join('; ')}`,
        );
      }
      const open = sharedByLink(s);
      if (open.length) failed(`shared by link: ${open.join('; ')}`);
    } catch (error) {
      failed((error as Error).message);
    }
    return trial;
  }

  it('ends, once pressed again, with one Doc per meeting, each as an uninterrupted run makes it', () => {
    expect(trials.length).toBeGreaterThan(0);
    expect(trials.flatMap((t) => t.failures)).toEqual([]);
  });
});

function firstLineDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((l, i) => l !== e[i]);
  if (line === -1) return `${a.length} lines instead of ${e.length}`;
  return `line ${line + 1}: ${JSON.stringify(a[line])} instead of ${JSON.stringify(e[line])}`;
}
