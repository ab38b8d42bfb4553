// Start next school year, played by the admin at the end of June — and by the admin who presses twice, the
// run Google stops at any call, the teacher who presses it, and the crafted button. Whatever happens: one new
// registry, this year's calendar, agenda Docs and records exactly as they were, this year's forms closed.
import { readFileSync } from 'node:fs';
import { applyButtonText, continueUntilDone, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { settingValue, tabRecords } from '../../src/emulator/bench/sync-outcome';
import { firstDifference, recordingCallKinds } from '../../src/emulator/bench/fault-sweep-support';
import { calendarState } from '../../src/emulator/calendar/state';
import { cardText, clickButton, findButtons, notificationText } from '../../src/emulator/cards/interact';
import { builtTreeOf } from '../../src/emulator/cards/tree';
import { docsState } from '../../src/emulator/docs/model';
import type { FaultKind } from '../../src/emulator/errors';
import { formsState } from '../../src/emulator/forms/model';
import { bundleFile, schoolOn, startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { keepFirstGroups } from '../../src/emulator/sample-school';
import { readSheetValues, setActiveSpreadsheet } from '../../src/emulator/spreadsheet';
import { spreadsheetData } from '../../src/emulator/spreadsheet/model';
import { mimeTypes } from '../../src/emulator/workspace';

jest.setTimeout(240_000);

/** A bounded sample of stop positions: every n-th call of the press (NEXT_YEAR_FAULT_SWEEP_STRIDE=1: every call). */
const stride = Number(process.env.NEXT_YEAR_FAULT_SWEEP_STRIDE ?? 5);
const faults: FaultKind[] = ['quota', 'rateLimit', 'timeLimit'];
const internals = /\bat \w+ \(|Exception:|\.js:\d+/;

let atYearEnd: SavedSchool;
/** The group whose roster term ends with this year, and the colleague who leaves in June. */
let ending: string;
let leaving: string;

beforeAll(() => {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  keepFirstGroups(s.school, 3);
  setUpAndFill(s);
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  continueUntilDone(s, s.press(preview, applyButtonText(preview)!));
  // A few weeks of agendas, so there are Docs to keep.
  s.ws.clock.nowMs = Date.parse('2026-09-10T12:00:00Z');
  s.press(s.open('onSheetsHomepage'), 'Generate agendas');
  // The last week of June: the admin marks one roster term as ending with the year, and a colleague as gone.
  s.ws.clock.nowMs = Date.parse('2027-06-25T14:00:00Z');
  const groups = tabRecords(s, 'Groups');
  ending = String(groups[0]!['Group id']);
  const members = tabRecords(s, 'Members').filter((m) => m['Group id'] === groups[1]!['Group id']);
  leaving = String(members.at(-1)!['Staff email']);
  typeInto(s, 'Groups', 'Group id', ending, 'Roster term end', '2027-06-18');
  typeInto(s, 'Staff', 'Email', leaving, 'Active', 'No');
  atYearEnd = saveSchool(s);
});

/** The admin types `value` into `column` of the row whose `keyColumn` is `key`. */
function typeInto(s: EmulatedSchool, tab: string, keyColumn: string, key: string, column: string, value: string) {
  const values = readSheetValues(s.ws, s.spreadsheetId, tab);
  const row = values.findIndex((r) => r[values[0]!.indexOf(keyColumn)] === key);
  const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  s.asUser(s.school.admin, () =>
    sheets
      .openById(s.spreadsheetId)
      .getSheetByName(tab)!
      .getRange(row + 1, values[0]!.indexOf(column) + 1)
      .setValue(value),
  );
}

/** Everything of this year a person could open: its tabs (not PLG Hub's own state), its calendar, its agenda Docs. */
function thisYear(s: EmulatedSchool): { tabs: string; calendar: string; docs: string } {
  const book = spreadsheetData(s.ws, s.spreadsheetId);
  const calendarId = settingValue(s, 'Calendar id');
  const state = calendarState(s.ws);
  const docIds = Object.values(s.ws.files)
    .filter((f) => f.mimeType === mimeTypes.document)
    .map((f) => f.id)
    .sort();
  return {
    tabs: JSON.stringify(book.sheets.filter((sheet) => sheet.name !== 'PLG Hub state')),
    calendar: JSON.stringify([state.calendars[calendarId], state.events[calendarId]]),
    docs: JSON.stringify(docIds.map((id) => [s.ws.files[id], docsState(s.ws).docs[id]])),
  };
}

/** The spreadsheets the admin owns besides this year's (a second one would be a duplicate registry). */
function otherSpreadsheets(s: EmulatedSchool): string[] {
  return Object.values(s.ws.files)
    .filter((f) => f.mimeType === mimeTypes.spreadsheet && !f.trashed && f.id !== s.spreadsheetId)
    .filter((f) => !/responses/i.test(f.name))
    .map((f) => f.id);
}

function nextYearFolders(s: EmulatedSchool): string[] {
  return Object.values(s.ws.files)
    .filter((f) => f.mimeType === mimeTypes.folder && !f.trashed && /2027–28$/.test(f.name))
    .map((f) => f.name);
}

function thisYearsForms(s: EmulatedSchool): string[] {
  return Object.values(s.ws.files)
    .filter((f) => f.mimeType === mimeTypes.form && !f.trashed)
    .map((f) => f.id);
}

const accepting = (s: EmulatedSchool) =>
  thisYearsForms(s).filter((id) => formsState(s.ws).forms[id]!.settings.acceptingResponses);

/** Every tab of a spreadsheet as text, for comparing two runs' new registries. */
function registryText(s: EmulatedSchool, id: string): Record<string, string> {
  const book = spreadsheetData(s.ws, id);
  return Object.fromEntries(
    book.sheets.map((sheet) => [
      sheet.name,
      JSON.stringify(
        readSheetValues(s.ws, id, sheet.name).map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v))),
      ),
    ]),
  );
}

function startIt(s: EmulatedSchool): { preview: unknown; done: unknown } {
  const preview = s.press(s.open('onSheetsHomepage'), 'Start next school year');
  let done = s.press(preview, 'Start 2027–28');
  for (let i = 0; i < 5 && findButtons(done).some((b) => b.text === 'Continue'); i++) done = s.press(done, 'Continue');
  return { preview, done };
}

describe('Start next school year', () => {
  let s: EmulatedSchool;
  let before: ReturnType<typeof thisYear>;
  let preview: unknown;
  let done: unknown;
  let nextId: string;
  let homeBefore: unknown;

  beforeAll(() => {
    s = reopenSchool(atYearEnd);
    before = thisYear(s);
    homeBefore = s.open('onSheetsHomepage');
    expect(accepting(s).length).toBe(3);
    ({ preview, done } = startIt(s));
    [nextId] = otherSpreadsheets(s) as [string];
  });

  it('previews what is carried, flagged, left behind and closed before anything is made', () => {
    const text = cardText(preview);
    expect(text).toMatch(/Carried \(2 groups\)/);
    expect(text).toMatch(/To re-form \(1\)/);
    expect(text).toContain(leaving);
    expect(text).toMatch(/3 feedback and survey forms close/);
    expect(text).toMatch(/Closures\nLeft empty/);
  });

  it('makes one 2027–28 registry, owned by the admin, in its own folder, and says what it did', () => {
    expect(notificationText(done)).toMatch(
      /^2027–28 registry made: 2 groups carried, 1 to re-form, \d+ members carried; 3 forms of 2026–27 closed\.$/,
    );
    expect(otherSpreadsheets(s)).toEqual([nextId]);
    const file = s.ws.files[nextId]!;
    expect(file.name).toBe(`${String(s.school.settings.School)} — PLG registry 2027–28`);
    expect(file.owner).toBe(s.school.admin);
    expect(s.ws.files[file.parents[0]!]!.name).toMatch(/^PLG Hub — .* 2027–28$/);
    expect(findButtons(done).map((b) => b.text)).toContain('Open 2027–28');
  });

  it('carries the continuing groups and their members, flags the ending one, and leaves the colleague who left', () => {
    const groups = readSheetValues(s.ws, nextId, 'Groups');
    const col = (h: string) => groups[0]!.indexOf(h);
    const flagged = groups.find((r) => r[col('Group id')] === ending)!;
    expect(flagged[col('Active')]).toBe('No');
    expect(groups.filter((r, i) => i > 0 && r[col('Active')] === 'Yes')).toHaveLength(2);
    const sheet = spreadsheetData(s.ws, nextId).sheets.find((x) => x.name === 'Groups')!;
    const note = JSON.stringify(sheet).match(/Re-form: this group's roster term ended[^"]*/)?.[0];
    expect(note).toMatch(/Re-form it for 2027–28 with the group builder/);
    const members = readSheetValues(s.ws, nextId, 'Members');
    expect(members.some((r) => r[0] === ending)).toBe(false);
    expect(members.flat()).not.toContain(leaving);
    expect(readSheetValues(s.ws, nextId, 'Staff').flat()).not.toContain(leaving);
    expect(readSheetValues(s.ws, nextId, 'Closures')).toHaveLength(1);
    const setting = (label: string) => readSheetValues(s.ws, nextId, 'Settings').find((r) => r[0] === label)?.[1];
    expect(setting('Calendar id')).toBe('');
    expect(setting('Registry owner')).toBe(s.school.admin);
  });

  it('closes this year’s forms and leaves its calendar, agenda Docs and tabs exactly as they were', () => {
    expect(accepting(s)).toEqual([]);
    expect(thisYear(s)).toEqual(before);
  });

  it('pressed again — from the homepage or the old preview — makes nothing more', () => {
    const again = s.press(preview, 'Start 2027–28');
    expect(notificationText(again)).toMatch(/^2027–28 registry made/);
    // A homepage card still open from before shows the button; pressed, it says the registry is made.
    const home = s.press(homeBefore, 'Start next school year');
    expect(notificationText(home)).toMatch(/already made/);
    expect(findButtons(s.open('onSheetsHomepage')).map((b) => b.text)).toContain('Open next year’s registry');
    expect(otherSpreadsheets(s)).toEqual([nextId]);
    expect(nextYearFolders(s)).toHaveLength(1);
    expect(thisYear(s)).toEqual(before);
  });

  it('gives a registry that syncs on a calendar of its own, never this year’s', () => {
    const next = schoolOn(s.ws, s.globals, s.school, nextId, readFileSync(bundleFile, 'utf8'));
    setActiveSpreadsheet(s.ws, nextId);
    try {
      const validated = next.press(next.open('onSheetsHomepage'), 'Validate');
      expect(notificationText(validated)).not.toMatch(/Only people/);
      const nextPreview = next.press(next.open('onSheetsHomepage'), 'Preview changes');
      continueUntilDone(next, next.press(nextPreview, applyButtonText(nextPreview)!));
      const calendarId = settingValue(next, 'Calendar id');
      expect(calendarId).not.toBe('');
      expect(calendarId).not.toBe(settingValue(s, 'Calendar id'));
      const events = Object.values(calendarState(s.ws).events[calendarId] ?? {});
      expect(events.length).toBeGreaterThan(20);
      expect(events.every((e) => String(e.start?.dateTime ?? '') >= '2027-08-30')).toBe(true);
    } finally {
      setActiveSpreadsheet(s.ws, s.spreadsheetId);
    }
    expect(thisYear(s).calendar).toEqual(before.calendar);
    expect(thisYear(s).docs).toEqual(before.docs);
  });
});

describe('someone who may not start next year', () => {
  it('a teacher who can view the registry is refused, and nothing is made or closed', () => {
    const s = reopenSchool(atYearEnd);
    const teacher = String(tabRecords(s, 'Members')[0]!['Staff email']);
    s.asUser(s.school.admin, () =>
      (s.globals.DriveApp as GoogleAppsScript.Drive.DriveApp).getFileById(s.spreadsheetId).addViewer(teacher),
    );
    const home = s.open('onSheetsHomepage');
    const asked = s.asUser(teacher, () => s.press(home, 'Start next school year'));
    expect(notificationText(asked)).toMatch(/Only people who can edit this registry/);
    // Nor does the confirm work when pressed from the admin's card.
    const adminsPreview = s.press(home, 'Start next school year');
    const pressed = s.asUser(teacher, () => s.press(adminsPreview, 'Start 2027–28'));
    expect(notificationText(pressed)).toMatch(/Only people who can edit this registry/);
    expect(otherSpreadsheets(s)).toEqual([]);
    expect(accepting(s).length).toBe(3);
  });

  it('a crafted confirm (a year or a preview that is not this one) makes nothing', () => {
    const s = reopenSchool(atYearEnd);
    const preview = s.press(s.open('onSheetsHomepage'), 'Start next school year');
    const click = clickButton(preview, 'Start 2027–28', { hostApp: 'SHEETS', workspace: s.ws });
    const event = click.event as { commonEventObject: { parameters: Record<string, string> } };
    for (const parameters of [
      { nextYearStart: '2031-08-31', plan: event.commonEventObject.parameters.plan! },
      { nextYearStart: 'next year', plan: 'x' },
      { nextYearStart: event.commonEventObject.parameters.nextYearStart!, plan: 'zzzz' },
    ]) {
      const answer = s.addon.run('onStartNextYear', {
        ...event,
        commonEventObject: { ...event.commonEventObject, parameters },
        sheets: { id: s.spreadsheetId, title: 'x', addonHasFileScopePermission: true },
      });
      // Refused as malformed, or shown the preview of what would really be made: never taken as a confirm.
      expect(notificationText(answer)).toMatch(/^Start next school year: |^The registry changed since this preview/);
    }
    expect(otherSpreadsheets(s)).toEqual([]);
    expect(accepting(s).length).toBe(3);
  });
});

describe('Start next school year stopped at any call, then pressed again', () => {
  const failures: string[] = [];
  let tried = 0;
  const callKinds = new Map<number, string>();

  beforeAll(() => {
    const s = reopenSchool(atYearEnd);
    const before = thisYear(s);
    const preview = s.press(s.open('onSheetsHomepage'), 'Start next school year');
    const first = s.ws.meter.total + 1;
    recordingCallKinds(s, callKinds, () => s.press(preview, 'Start 2027–28'));
    const last = s.ws.meter.total;
    const [nextId] = otherSpreadsheets(s) as [string];
    const expected = registryText(s, nextId);
    const started = Date.now();
    const positions: number[] = [];
    for (let at = first; at <= last; at += Math.max(1, Math.round(stride))) positions.push(at);
    // Always among them: the spreadsheet just made, its id not yet recorded (the next call records it), and the
    // new Settings tab made but its header not yet written (it once stayed headerless).
    const made = [...callKinds].find(([, kind]) => kind === 'SpreadsheetApp.create')![0];
    const settingsMade = [...callKinds].find(
      ([at, kind]) => at > made && kind === 'SpreadsheetApp.Spreadsheet.insertSheet',
    )![0];
    for (const at of [made + 1, settingsMade + 1]) if (!positions.includes(at)) positions.push(at);
    positions.forEach((at, i) => {
      const fault = faults[i % faults.length]!;
      const here = `${fault} at call ${at} (${callKinds.get(at) ?? '?'})`;
      tried += 1;
      const u = reopenSchool(atYearEnd);
      const card = u.press(u.open('onSheetsHomepage'), 'Start next school year');
      u.ws.meter.inject({ atCall: at, fault });
      const shown: unknown[] = [];
      try {
        shown.push(u.press(card, 'Start 2027–28'));
      } catch {
        // stopped: the admin sees nothing, and presses again
      }
      u.ws.meter.clearFaults();
      let answer = u.press(card, 'Start 2027–28');
      shown.push(answer);
      for (let n = 0; n < 3 && findButtons(answer).some((b) => b.text === 'Continue'); n++) {
        answer = u.press(answer, 'Continue');
        shown.push(answer);
      }
      const leaked = shown.map((x) => JSON.stringify(builtTreeOf(x))).find((t) => internals.test(t));
      if (leaked) failures.push(`${here}: a card showed internals`);
      if (!/^2027–28 registry made/.test(notificationText(answer) ?? ''))
        failures.push(`${here}: pressed again it said ${JSON.stringify(notificationText(answer))}`);
      const made = otherSpreadsheets(u);
      if (made.length !== 1) failures.push(`${here}: ${made.length} new spreadsheets`);
      if (nextYearFolders(u).length !== 1) failures.push(`${here}: ${nextYearFolders(u).length} next-year folders`);
      if (made.length === 1) {
        const got = registryText(u, made[0]!);
        for (const tab of new Set([...Object.keys(got), ...Object.keys(expected)]))
          if (got[tab] !== expected[tab])
            failures.push(`${here}: the new ${tab} tab differs: ${firstDifference(got[tab], expected[tab])}`);
        if (u.ws.files[made[0]!]!.name !== s.ws.files[nextId]!.name)
          failures.push(`${here}: the new registry is named ${u.ws.files[made[0]!]!.name}`);
      }
      if (accepting(u).length) failures.push(`${here}: ${accepting(u).length} forms still open`);
      const after = thisYear(u);
      for (const what of ['tabs', 'calendar', 'docs'] as const)
        if (after[what] !== before[what]) failures.push(`${here}: this year's ${what} changed`);
    });
    console.log(
      `Next-year fault sweep: ${tried} stops (every ${stride}th of calls ${first}–${last}, and right after the spreadsheet and its Settings tab are made), each pressed again — ${failures.length} failures, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  it('ends with one new registry equal to an uninterrupted run’s, forms closed, this year untouched', () => {
    expect(tried).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});
