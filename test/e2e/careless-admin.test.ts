// The careless admin, at random: typos, renamed or reordered headers and tabs, deleted rows, inactive flags,
// date edits and id case changes, made between Preview, Apply, Continue and hourly runs in any order. After
// every step, each event whose time, place, title, guests or status changed — and each email Calendar sent —
// must belong to a meeting the last preview the admin applied listed. Descriptions may gain links silently.
import fc from 'fast-check';
import { applyButtonText, offersContinue } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { settingValue } from '../../src/emulator/bench/sync-outcome';
import { allEvents, sentInvitations } from '../../src/emulator/calendar';
import { findButtons } from '../../src/emulator/cards/interact';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { keepFirstGroups } from '../../src/emulator/sample-school';

jest.setTimeout(300_000);

/** How many random sessions to play (CARELESS_ADMIN_RUNS raises it for a longer hunt). */
const runs = Number(process.env.CARELESS_ADMIN_RUNS ?? 25);

type Edit =
  | { kind: 'typo'; tab: 'Groups' | 'Members' | 'Meetings'; row: number; column: number }
  | { kind: 'rename header'; tab: 'Groups' | 'Members' | 'Meetings' | 'Staff'; column: number }
  | { kind: 'swap columns'; tab: 'Groups' | 'Members' | 'Meetings'; a: number; b: number }
  | { kind: 'rename tab'; tab: 'Groups' | 'Members' | 'Meetings' | 'Staff' }
  | { kind: 'restore tab names' }
  | { kind: 'clear row'; tab: 'Members' | 'Meetings'; row: number }
  | { kind: 'inactive'; row: number }
  | { kind: 'move meeting'; row: number; days: number }
  | { kind: 'id case'; row: number };

type Step =
  | { kind: 'edit'; edit: Edit }
  | { kind: 'preview' }
  | { kind: 'apply' }
  | { kind: 'continue' }
  | { kind: 'hours'; hours: number };

const editable = ['Groups', 'Members', 'Meetings'] as const;
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('typo' as const),
    tab: fc.constantFrom(...editable),
    row: fc.integer({ min: 2, max: 12 }),
    column: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({
    kind: fc.constant('rename header' as const),
    tab: fc.constantFrom(...editable, 'Staff' as const),
    column: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({
    kind: fc.constant('swap columns' as const),
    tab: fc.constantFrom(...editable),
    a: fc.integer({ min: 1, max: 10 }),
    b: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({ kind: fc.constant('rename tab' as const), tab: fc.constantFrom(...editable, 'Staff' as const) }),
  fc.record({ kind: fc.constant('restore tab names' as const) }),
  fc.record({
    kind: fc.constant('clear row' as const),
    tab: fc.constantFrom('Members' as const, 'Meetings' as const),
    row: fc.integer({ min: 2, max: 20 }),
  }),
  fc.record({ kind: fc.constant('inactive' as const), row: fc.integer({ min: 2, max: 4 }) }),
  fc.record({
    kind: fc.constant('move meeting' as const),
    row: fc.integer({ min: 2, max: 20 }),
    days: fc.integer({ min: -120, max: 60 }),
  }),
  fc.record({ kind: fc.constant('id case' as const), row: fc.integer({ min: 2, max: 4 }) }),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: edit.map((e) => ({ kind: 'edit' as const, edit: e })) },
  { weight: 3, arbitrary: fc.constant({ kind: 'preview' as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'apply' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'continue' as const }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 8 }).map((hours) => ({ kind: 'hours' as const, hours })) },
);

const renamedTabs = new Map<string, string>();

function spreadsheet(s: EmulatedSchool): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(s.spreadsheetId);
}

function makeEdit(s: EmulatedSchool, e: Edit): void {
  const book = spreadsheet(s);
  const tabOf = (name: string) => book.getSheetByName(name);
  switch (e.kind) {
    case 'typo': {
      const sheet = tabOf(e.tab);
      if (!sheet || e.row > sheet.getLastRow() || e.column > sheet.getLastColumn()) return;
      const cell = sheet.getRange(e.row, e.column);
      cell.setValue(`${String(cell.getDisplayValue())}x`);
      return;
    }
    case 'rename header': {
      const sheet = tabOf(e.tab);
      if (!sheet || e.column > sheet.getLastColumn()) return;
      const cell = sheet.getRange(1, e.column);
      cell.setValue(`${String(cell.getValue())} (old)`);
      return;
    }
    case 'swap columns': {
      const sheet = tabOf(e.tab);
      if (!sheet || e.a === e.b || Math.max(e.a, e.b) > sheet.getLastColumn()) return;
      const rows = sheet.getLastRow();
      const a = sheet.getRange(1, e.a, rows, 1);
      const b = sheet.getRange(1, e.b, rows, 1);
      const [va, vb] = [a.getValues(), b.getValues()];
      a.setValues(vb);
      b.setValues(va);
      return;
    }
    case 'rename tab': {
      const sheet = tabOf(e.tab);
      if (!sheet) return;
      sheet.setName(`${e.tab} (copy)`);
      renamedTabs.set(`${e.tab} (copy)`, e.tab);
      return;
    }
    case 'restore tab names':
      for (const [now, was] of renamedTabs) tabOf(now)?.setName(was);
      renamedTabs.clear();
      return;
    case 'clear row': {
      const sheet = tabOf(e.tab);
      if (!sheet || e.row > sheet.getLastRow()) return;
      sheet.getRange(e.row, 1, 1, sheet.getLastColumn()).clearContent();
      return;
    }
    case 'inactive':
    case 'id case': {
      const sheet = tabOf('Groups');
      if (!sheet || e.row > sheet.getLastRow()) return;
      const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
      const column = headers.indexOf(e.kind === 'inactive' ? 'Active' : 'Group id') + 1;
      if (column < 1) return;
      const cell = sheet.getRange(e.row, column);
      cell.setValue(e.kind === 'inactive' ? 'No' : String(cell.getValue()).toLowerCase());
      return;
    }
    case 'move meeting': {
      const sheet = tabOf('Meetings');
      if (!sheet || e.row > sheet.getLastRow()) return;
      const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
      const column = headers.indexOf('Date') + 1;
      const value = column > 0 ? sheet.getRange(e.row, column).getValue() : undefined;
      if (!(value instanceof Date)) return;
      const moved = new Date(value.getTime() + e.days * 86_400_000).toISOString().slice(0, 10);
      sheet.getRange(e.row, column).setValue(moved);
      return;
    }
  }
}

/** Each event as guests notice it: status, title, place, time and guests (descriptions may change silently). */
function visible(s: EmulatedSchool): Map<string, { key: string; view: string }> {
  const calendarId = settingValue(s, 'Calendar id');
  return new Map(
    allEvents(s.ws, calendarId).map((e) => [
      e.id!,
      {
        key: String(e.extendedProperties?.private?.meetingKey ?? '').toUpperCase(),
        view: JSON.stringify([
          e.status,
          e.summary,
          e.location,
          e.start?.dateTime,
          e.end?.dateTime,
          (e.attendees ?? []).map((a) => a.email).sort(),
        ]),
      },
    ]),
  );
}

/** Meeting keys (upper-cased) the Preview tab lists as a create, update or cancel. */
function listedInPreview(s: EmulatedSchool): Set<string> {
  const tab = spreadsheet(s).getSheetByName('Preview') ? readSheetValues(s.ws, s.spreadsheetId, 'Preview') : [];
  return new Set(
    tab.filter((r) => ['Create', 'Update', 'Cancel'].includes(String(r[0]))).map((r) => String(r[1]).toUpperCase()),
  );
}

let synced: SavedSchool;

beforeAll(() => {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  keepFirstGroups(s.school, 3);
  s.press(s.open('onSheetsHomepage'), 'Set up');
  s.fillRegistry();
  let shown = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  shown = s.press(shown, applyButtonText(shown)!);
  while (offersContinue(shown)) shown = s.press(shown, 'Continue');
  synced = saveSchool(s);
});

it('never cancels, moves or mails anything the last applied preview did not list', () => {
  const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  let sessions = 0;
  try {
    fc.assert(
      fc.property(fc.array(step, { minLength: 3, maxLength: 10 }), (steps) => {
        sessions += 1;
        renamedTabs.clear();
        const s = reopenSchool(synced);
        let shown: unknown;
        let lastPreview = new Set<string>();
        /** Keys approved by pressing Apply on a preview (cumulative: earlier approved work may still be going). */
        const approved = new Set<string>();
        for (const st of steps) {
          const before = visible(s);
          const mailed = sentInvitations(s.ws).length;
          try {
            if (st.kind === 'edit') makeEdit(s, st.edit);
            else if (st.kind === 'preview') {
              shown = s.press(s.open('onSheetsHomepage'), 'Preview changes');
              lastPreview = listedInPreview(s);
            } else if (st.kind === 'apply') {
              const apply = shown ? applyButtonText(shown) : undefined;
              if (apply) {
                for (const key of lastPreview) approved.add(key);
                shown = s.press(shown, apply);
                const confirm = findButtons(shown).find((b) => b.text.startsWith('Cancel these'));
                if (confirm) shown = s.press(shown, confirm.text);
                if (/changed since your preview/.test(JSON.stringify(shown))) lastPreview = listedInPreview(s);
              }
            } else if (st.kind === 'continue') {
              if (shown && offersContinue(shown)) shown = s.press(shown, 'Continue');
            } else {
              for (let h = 0; h < st.hours; h++) passAnHour(s);
            }
          } catch (error) {
            (error as Error).message = `step ${JSON.stringify(st)} failed: ${(error as Error).message}`;
            throw error;
          }
          const after = visible(s);
          for (const [id, now] of after) {
            const was = before.get(id);
            if (was?.view === now.view) continue;
            if (!approved.has(now.key))
              throw new Error(
                `after ${JSON.stringify(st)}: event ${now.key} changed (${was?.view} → ${now.view}) unpreviewed`,
              );
          }
          for (const mail of sentInvitations(s.ws).slice(mailed)) {
            const key = after.get(mail.eventId ?? '')?.key ?? '';
            if (!approved.has(key))
              throw new Error(`after ${JSON.stringify(st)}: ${mail.kind} mailed for ${key} unpreviewed`);
          }
        }
      }),
      { numRuns: runs, seed: 20261127, endOnFailure: true },
    );
  } finally {
    consoleError.mockRestore();
  }
  console.log(`Careless admin: ${sessions} random sessions of edits and presses, every step checked`);
});
