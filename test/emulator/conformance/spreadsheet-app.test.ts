// SpreadsheetApp methods PLG Hub calls, each expectation from Google's reference or from gas-fakes' tests, whose
// expectations run on live Apps Script (github.com/brucemcpherson/gas-fakes/tree/main/test).
import { createSpreadsheetApp } from '../../../src/emulator/spreadsheet';
import { Workspace } from '../../../src/emulator/workspace';

function registry(options: ConstructorParameters<typeof Workspace>[0] = {}) {
  const sheets = createSpreadsheetApp(new Workspace(options));
  const spreadsheet = sheets.create('Registry');
  return { sheets, spreadsheet, sheet: spreadsheet.getSheets()[0]! };
}

describe('SpreadsheetApp conformance', () => {
  // gas-fakes test/testsheets.js: "clearContents() should clear values", "should NOT clear notes", "should NOT
  // clear data validations"; reference sheet#clearContents(): "leaving format information intact".
  test('Sheet.clearContents empties values and keeps notes, formats and data validation', () => {
    const { sheets, sheet } = registry();
    const range = sheet.getRange('A1:B1');
    range
      .setValues([['Role', 'x']])
      .setNotes([['Pick one', '']])
      .setBackground('#ffeeaa');
    range.setDataValidation(sheets.newDataValidation().requireValueInList(['facilitator', 'member']).build());
    sheet.clearContents();
    expect(range.getValues()).toEqual([['', '']]);
    expect(range.getNotes()).toEqual([['Pick one', '']]);
    expect(range.getBackground()).toBe('#ffeeaa');
    expect(range.getDataValidation()).not.toBeNull();
  });

  // gas-fakes test/testsheetstext.js "hideSheet, showSheet"; reference sheet#hideSheet(), sheet#isSheetHidden().
  test('hideSheet hides a tab, isSheetHidden reports it, showSheet brings it back', () => {
    const { spreadsheet, sheet } = registry();
    const state = spreadsheet.insertSheet('PLG Hub state');
    expect(state.isSheetHidden()).toBe(false);
    state.hideSheet();
    expect(state.isSheetHidden()).toBe(true);
    expect(sheet.isSheetHidden()).toBe(false);
    state.showSheet();
    expect(state.isSheetHidden()).toBe(false);
  });

  // Reference spreadsheet#getSpreadsheetTimeZone() and #getSpreadsheetLocale(): a new spreadsheet takes its
  // creator's account settings (Sheets ▸ Settings; the defaults a new file gets).
  test('a new spreadsheet reports its creator’s time zone and locale', () => {
    const { spreadsheet } = registry({
      user: { email: 'a@school.example', domain: 'school.example', timeZone: 'Europe/London', locale: 'en_GB' },
    });
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/London');
    expect(spreadsheet.getSpreadsheetLocale()).toBe('en_GB');
  });

  // Reference spreadsheet-app#flush(): "Applies all pending Spreadsheet changes"; it returns nothing and what
  // was written reads back the same after it.
  test('SpreadsheetApp.flush returns nothing and leaves written values as they were', () => {
    const { sheets, sheet } = registry();
    sheet.getRange('A1').setValue('kept');
    expect(sheets.flush()).toBeUndefined();
    expect(sheet.getRange('A1').getValue()).toBe('kept');
  });

  // Reference sheet#hideColumns(Integer,Integer): "Hides one or more consecutive columns starting at the given
  // index" (1-based), and sheet#isColumnHiddenByUser(Integer) reports each; its values stay as they were.
  test('hideColumns hides the given run of columns and keeps their values', () => {
    const { sheet } = registry();
    sheet.getRange('A1:D1').setValues([['a', 'b', 'c', 'd']]);
    sheet.hideColumns(2, 2);
    expect([1, 2, 3, 4].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, true, false]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', 'b', 'c', 'd']]);
  });
});
