// The registry as an admin finds it after a first week: tabs in the order of their day, no stray empty "Sheet1",
// PLG Hub's bookkeeping columns out of the way but kept, response tabs named after their form, and a Preview tab
// that always says something.
import { previewAndApply } from '../../src/emulator/bench/admin-sync';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { keepFirstGroups } from '../../src/emulator/sample-school';
import { mimeTypes } from '../../src/emulator/workspace';
import { registryTabOrder } from '../../src/core/registry/tab-order';
import { responsesBookName } from '../../src/workspace/form-builder';

jest.setTimeout(120_000);

function book(s: EmulatedSchool, id = s.spreadsheetId): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(id);
}

function visibleTabs(s: EmulatedSchool, id?: string): string[] {
  return book(s, id)
    .getSheets()
    .filter((sheet) => !sheet.isSheetHidden())
    .map((sheet) => sheet.getName());
}

let s: EmulatedSchool;

beforeAll(() => {
  s = startSchool({ seed: 4, staff: 40, withFindings: false });
  keepFirstGroups(s.school, 3);
  s.press(s.open('onSheetsHomepage'), 'Set up');
  s.fillRegistry();
  s.press(s.open('onSheetsHomepage'), 'Validate');
  previewAndApply(s, s.open('onSheetsHomepage'));
  s.press(s.open('onSheetsHomepage'), 'Refresh dashboard');
});

describe('the registry tabs after Set up and a first sync', () => {
  it("are in the admin's order — Settings first, Feedback and Dashboard not last — with no empty Sheet1", () => {
    const tabs = visibleTabs(s);
    expect(tabs).not.toContain('Sheet1');
    expect(tabs).toEqual(registryTabOrder.filter((name) => tabs.includes(name)));
    for (const name of ['Settings', 'Staff', 'Groups', 'Members', 'Meetings', 'Problems', 'Preview', 'Dashboard'])
      expect(tabs).toContain(name);
    expect(tabs.indexOf('Dashboard')).toBeLessThan(tabs.indexOf('Attendance'));
  });

  it.each([
    ['Meetings', ['Generated as', 'Calendar event', 'Synced'], 'Calendar event'],
    ['Groups', ['Agenda folder', 'Feedback form', 'PLG Hub key'], 'PLG Hub key'],
  ])(
    'keeps PLG Hub’s bookkeeping columns at the right of %s, hidden and marked, never removed',
    (tab, internal, kept) => {
      const sheet = book(s).getSheetByName(tab)!;
      const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, tab);
      const headers = header!.map(String);
      expect(headers.slice(-internal.length)).toEqual(internal);
      for (const [i, name] of headers.entries()) {
        expect(sheet.isColumnHiddenByUser(i + 1)).toBe(internal.includes(name));
        if (internal.includes(name)) expect(sheet.getRange(1, i + 1).getNote()).toMatch(/PLG Hub's own record/);
      }
      // Still written: every row the sync handled has its record in the hidden column.
      const written = rows.filter((r) => r[headers.indexOf(kept)]).length;
      expect(written).toBeGreaterThanOrEqual(tab === 'Groups' ? 3 : 10);
    },
  );

  it('names each form\'s responses tab after the form, never "Form Responses N"', () => {
    const responses = Object.values(s.ws.files).find(
      (f) => f.name === responsesBookName && f.mimeType === mimeTypes.spreadsheet,
    )!;
    const tabs = visibleTabs(s, responses.id);
    expect(tabs.filter((t) => /^Form Responses/i.test(t))).toEqual([]);
    const [header, ...groups] = readSheetValues(s.ws, s.spreadsheetId, 'Groups');
    expect(groups.length).toBe(3);
    for (const group of groups)
      expect(tabs.some((t) => t.startsWith(String(group[header!.indexOf('Name')])))).toBe(true);
  });

  it('says "Nothing to change" on the Preview tab when the calendar already matches', () => {
    s.press(s.open('onSheetsHomepage'), 'Preview changes');
    const rows = readSheetValues(s.ws, s.spreadsheetId, 'Preview');
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe('Nothing to change');
    expect(String(rows[1]![4])).toMatch(/Calendar already matches the registry \(\d+ meetings checked\)/);
  });
});

describe('Set up on a spreadsheet that is not new', () => {
  it('keeps a Sheet1 someone typed into', () => {
    const t = startSchool({ seed: 4, staff: 20, withFindings: false });
    book(t).getSheetByName('Sheet1')!.getRange('A1').setValue('our notes');
    t.press(t.open('onSheetsHomepage'), 'Set up');
    expect(visibleTabs(t)).toEqual(expect.arrayContaining(['Sheet1', 'Settings']));
    expect(readSheetValues(t.ws, t.spreadsheetId, 'Sheet1')).toEqual([['our notes']]);
  });
});
