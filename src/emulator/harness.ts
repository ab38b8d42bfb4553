// Starts the real built add-on against a fresh emulated Workspace holding a sample school, the way the demo,
// the end-to-end tests and the benchmark all do it, and acts as the people who use it: an admin typing into
// the registry and pressing card buttons, time passing, the hourly trigger firing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { eventOpenEvent } from './calendar';
import { clickButton } from './cards/interact';
import { setActiveDocument } from './docs';
import { loadRecordedAddon, suiteCallRecorder } from './inventory/recorded-addon';
import type { CallRecorder } from './inventory/recorder';
import { addPeople } from './people-directory';
import type { LoadedAddon } from './runtime';
import { sampleSchool, type SampleSchool, type SchoolOptions } from './sample-school';
import { appsScriptGlobals } from './services';
import { setActiveSpreadsheet } from './spreadsheet';
import { Workspace } from './workspace';
import { zoneOffsetMs } from './base-services/zoned-time';

export interface EmulatedSchool {
  ws: Workspace;
  addon: LoadedAddon;
  globals: Record<string, unknown>;
  school: SampleSchool;
  spreadsheetId: string;
  /** Calls an entry point as Sheets would, with the host event object. */
  open(entryPoint: string): unknown;
  /** Presses a button on a card or action response, and returns what the handler returned. */
  press(shown: unknown, buttonText: string, formInputs?: Record<string, string | string[]>): unknown;
  /** Types the school's rows into the registry (as the admin would paste them). */
  fillRegistry(): void;
  /** Runs `work` signed in as another person of the school (a teacher opening Calendar, a facilitator in Docs). */
  asUser<T>(email: string, work: () => T): T;
  /** Opens a Doc as `email` would, with PLG Hub's panel, and returns the card it shows. */
  openDoc(email: string, docId: string): unknown;
  /** Presses a button as `email`, in the Doc `docId` (Docs cards act on the open Doc). */
  pressInDoc(
    email: string,
    docId: string,
    shown: unknown,
    buttonText: string,
    formInputs?: Record<string, string | string[]>,
  ): unknown;
  /** Opens a Calendar event as `email` would, and returns the card the add-on shows. */
  openEvent(email: string, calendarId: string, eventId: string): unknown;
}

/** The project root: the nearest folder above this file (source or bundled tool) with a package.json. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const bundleFile = join(projectRoot(), 'build', 'Code.js');

export interface StartOptions extends SchoolOptions {
  now?: Date;
  bundle?: string;
  /**
   * The admin's own account time zone, which a spreadsheet they create starts in (default: the school's).
   * A school whose admin's account is set elsewhere is exactly the case the time-zone rule must survive.
   */
  userTimeZone?: string;
  /** The admin's account locale, which a new spreadsheet takes (default en_US). */
  locale?: string;
  /**
   * Counts the add-on's own JavaScript time, times this factor, as Apps Script time (cpu-time.ts); the
   * benchmark and demo use appsScriptCpuFactor. Default 0: tests see only modeled service time, which is exact.
   */
  cpuFactor?: number;
  /** Records every Apps Script method the bundle calls (the method inventory's check). */
  recorder?: CallRecorder;
}

export function startSchool(options: StartOptions = {}): EmulatedSchool {
  const school = sampleSchool(options);
  const ws = new Workspace({
    now: options.now ?? new Date('2026-08-27T13:00:00Z'),
    user: {
      email: school.admin,
      domain: options.domain ?? 'school.example',
      timeZone: options.userTimeZone ?? options.timeZone ?? 'America/New_York',
      locale: options.locale ?? 'en_US',
    },
  });
  ws.meter.cpu.factor = options.cpuFactor ?? 0;
  const globals = appsScriptGlobals(ws);
  const sheets = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const spreadsheet = sheets.create(`${String(school.settings.School)} — PLG registry`);
  setActiveSpreadsheet(ws, spreadsheet.getId());
  const bundle = options.bundle ?? readFileSync(bundleFile, 'utf8');
  return schoolOn(ws, globals, school, spreadsheet.getId(), bundle, options.recorder);
}

/** The add-on loaded on a workspace that already holds the school's registry (new, or loaded from a save). */
export function schoolOn(
  ws: Workspace,
  globals: Record<string, unknown>,
  school: SampleSchool,
  spreadsheetId: string,
  bundle: string,
  recorder: CallRecorder | null = suiteCallRecorder(),
): EmulatedSchool {
  const addon = loadRecordedAddon(ws, bundle, globals, recorder);
  // Everyone on the Staff tab has an account in the school's directory, with the name the school knows them by.
  addPeople(
    ws,
    (school.tabs.Staff ?? []).map((row) => ({ email: String(row.Email ?? ''), name: String(row.Name ?? '') })),
  );
  const sheets = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  // Read straight from Drive's record: opening the spreadsheet would be a metered call of its own.
  const title = ws.files[spreadsheetId]!.name;
  const event = (extra: object = {}) => ({
    commonEventObject: {
      hostApp: 'SHEETS',
      platform: 'WEB',
      userLocale: 'en',
      timeZone: { id: ws.user.timeZone, offset: zoneOffsetMs(ws.now(), ws.user.timeZone) },
    },
    sheets: { id: spreadsheetId, title, addonHasFileScopePermission: true },
    ...extra,
  });
  return {
    ws,
    addon,
    globals,
    school,
    spreadsheetId,
    open: (entryPoint) => addon.run(entryPoint, event()),
    press(shown, buttonText, formInputs) {
      const click = clickButton(shown, buttonText, { formInputs, hostApp: 'SHEETS', workspace: ws });
      // A card that says "press Continue in N s" (Calendar's per-minute limit) is followed as a person would: they
      // wait the N seconds, then press. Time passes on the clock only, outside any execution.
      const told = buttonText === 'Continue' ? /press Continue in (\d+) s/.exec(JSON.stringify(shown)) : null;
      if (told) ws.clock.nowMs += Number(told[1]) * 1000;
      return addon.run(click.functionName, { ...event(), ...click.event });
    },
    fillRegistry: () => fillRegistry(sheets.openById(spreadsheetId), school),
    asUser(email, work) {
      const admin = ws.user;
      ws.user = { ...admin, email };
      try {
        return work();
      } finally {
        ws.user = admin;
      }
    },
    openDoc(email, docId) {
      setActiveDocument(ws, docId);
      return this.asUser(email, () =>
        addon.run('onDocsHomepage', { commonEventObject: { hostApp: 'DOCS', platform: 'WEB' }, docs: { id: docId } }),
      );
    },
    pressInDoc(email, docId, shown, buttonText, formInputs) {
      setActiveDocument(ws, docId);
      const click = clickButton(shown, buttonText, { formInputs, hostApp: 'DOCS', workspace: ws });
      return this.asUser(email, () => addon.run(click.functionName, click.event));
    },
    openEvent(email, calendarId, eventId) {
      return this.asUser(email, () =>
        addon.run('onCalendarEventOpen', eventOpenEvent(ws, { calendarId, eventId, userEmail: email })),
      );
    },
  };
}

/** Writes the sample school under the headers Set up made (by header name), as a person pasting rows would. */
export function fillRegistry(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, school: SampleSchool): void {
  const settings = spreadsheet.getSheetByName('Settings');
  if (!settings) throw new Error('Run Set up before filling the registry');
  const settingRows = settings.getDataRange().getValues();
  settingRows.forEach((row, i) => {
    const label = String(row[0]);
    if (label in school.settings) settings.getRange(i + 1, 2).setValue(school.settings[label]);
  });
  for (const [tabName, rows] of Object.entries(school.tabs)) {
    const sheet = spreadsheet.getSheetByName(tabName);
    if (!sheet || rows.length === 0) continue;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    const values = rows.map((r) => headers.map((h) => r[h] ?? ''));
    const first = sheet.getLastRow() + 1;
    if (first + values.length - 1 > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), first + values.length - sheet.getMaxRows());
    sheet.getRange(first, 1, values.length, headers.length).setValues(values);
  }
}
