// A saved workspace opened again with a fresh load of the bundle, so a test or the benchmark can replay one
// moment (say, just before Apply) many times. Each reopening is a new Apps Script "deployment": the add-on's
// own module state starts empty, as it does in every real execution.
import { readFileSync } from 'node:fs';
import { eventOpenEvent } from '../calendar';
import { clickButton } from '../cards/interact';
import { bundleFile, fillRegistry } from '../harness';
import type { SyncingSchool } from './syncing-school';
import { loadAddon } from '../runtime';
import { appsScriptGlobals } from '../services';
import type { SampleSchool } from '../sample-school';
import { Workspace } from '../workspace';

export interface SavedSchool {
  workspace: string;
  school: SampleSchool;
  spreadsheetId: string;
}

let cachedBundle: string | undefined;

function bundle(): string {
  cachedBundle ??= readFileSync(bundleFile, 'utf8');
  return cachedBundle;
}

export function saveSchool(s: SyncingSchool): SavedSchool {
  return { workspace: s.ws.save(), school: s.school, spreadsheetId: s.spreadsheetId };
}

/** The same school, as it was when saved, driven exactly as harness.startSchool's school is driven. */
export function reopenSchool(saved: SavedSchool): SyncingSchool {
  const ws = Workspace.load(saved.workspace);
  const globals = appsScriptGlobals(ws);
  const addon = loadAddon(ws, bundle(), globals);
  const sheets = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  // Read straight from Drive's record: opening the spreadsheet would be a metered call of its own.
  const title = ws.files[saved.spreadsheetId]!.name;
  const event = (extra: object = {}) => ({
    commonEventObject: {
      hostApp: 'SHEETS',
      platform: 'WEB',
      userLocale: 'en',
      timeZone: { id: ws.user.timeZone, offset: -4 * 3600_000 },
    },
    sheets: { id: saved.spreadsheetId, title, addonHasFileScopePermission: true },
    ...extra,
  });
  return {
    ws,
    addon,
    globals,
    school: saved.school,
    spreadsheetId: saved.spreadsheetId,
    open: (entryPoint) => addon.run(entryPoint, event()),
    press(shown, buttonText, formInputs) {
      const click = clickButton(shown, buttonText, { formInputs, hostApp: 'SHEETS', workspace: ws });
      return addon.run(click.functionName, { ...event(), ...click.event });
    },
    fillRegistry: () => fillRegistry(sheets.openById(saved.spreadsheetId), saved.school),
    asUser(email, work) {
      const admin = ws.user;
      ws.user = { ...admin, email };
      try {
        return work();
      } finally {
        ws.user = admin;
      }
    },
    openEvent(email, calendarId, eventId) {
      return this.asUser(email, () =>
        addon.run('onCalendarEventOpen', eventOpenEvent(ws, { calendarId, eventId, userEmail: email })),
      );
    },
  };
}
