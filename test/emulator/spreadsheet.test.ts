import {
  appendRowToSheet,
  createSpreadsheetApp,
  listSpreadsheets,
  readSheetValues,
  setActiveSpreadsheet,
  setCellResult,
} from '../../src/emulator/spreadsheet';
import { Workspace } from '../../src/emulator/workspace';

function setup() {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z') });
  const app = createSpreadsheetApp(ws);
  const ss = app.create('PLG Hub');
  const sheet = ss.getSheets()[0]!;
  return { ws, app, ss, sheet };
}

describe('cell values', () => {
  test('strings are interpreted as Sheets interprets typed input', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 7).setValues([['42', 'TRUE', 'false', '2026-09-01', '9/1/2026', '00123', 'hello']]);
    const [row] = sheet.getRange('A1:G1').getValues();
    expect(row!.slice(0, 3)).toEqual([42, true, false]);
    // Midnight in the spreadsheet's zone (New York is UTC-4 in September).
    expect(row![3]).toEqual(new Date('2026-09-01T04:00:00Z'));
    expect(row![4]).toEqual(new Date('2026-09-01T04:00:00Z'));
    expect(row![5]).toBe(123);
    expect(row![6]).toBe('hello');
  });

  test('empty cells read as empty strings, never null or undefined', () => {
    const { sheet } = setup();
    sheet.getRange('B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', 'x'],
    ]);
    sheet.getRange('B2').setValue(null);
    expect(sheet.getRange('B2').getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(0);
  });

  test('a typed time comes back as a Date on 1899-12-30 at that wall-clock time', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('15:30');
    const time = sheet.getRange('A1').getValue() as Date;
    expect(time).toBeInstanceOf(Date);
    expect(time.toISOString()).toBe('1899-12-30T20:30:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15:30:00');
  });

  test('an apostrophe escapes text that would otherwise be a formula or a number', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([["'=1+1", "'42"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['=1+1', '42']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  test('plain-text formatted cells keep strings as strings', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setNumberFormat('@');
    sheet.getRange('A1:A2').setValues([['00123'], ['2026-09-01']]);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['00123'], ['2026-09-01']]);
  });

  test('formulas are stored and read as empty until a result is seeded', () => {
    const { ws, ss, sheet } = setup();
    sheet.getRange('C1').setValue('=VLOOKUP(A1,Other!A:B,2,FALSE)');
    expect(sheet.getRange('C1').getFormula()).toBe('=VLOOKUP(A1,Other!A:B,2,FALSE)');
    expect(sheet.getRange('C1').getValue()).toBe('');
    setCellResult(ws, ss.getId(), 'Sheet1', 'C1', '#REF!');
    expect(sheet.getRange('C1').getValue()).toBe('#REF!');
    expect(sheet.getRange('C1').getFormulas()).toEqual([['=VLOOKUP(A1,Other!A:B,2,FALSE)']]);
  });

  test('display values follow the cell format', () => {
    const { sheet } = setup();
    sheet.getRange('A1:E1').setValues([['9/1/2026', '2026-09-01', 3.5, '1,234', true]]);
    sheet.getRange('F1').setValue(new Date('2026-09-01T17:05:09Z'));
    sheet.getRange('G1').setValue(0.25);
    sheet.getRange('G1').setNumberFormat('0.0%');
    expect(sheet.getRange('A1:G1').getDisplayValues()).toEqual([
      ['9/1/2026', '2026-09-01', '3.5', '1,234', 'TRUE', '9/1/2026 13:05:09', '25.0%'],
    ]);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('M/d/yyyy');
    expect(sheet.getRange('C1').getNumberFormat()).toBe('General');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)
  test('setSpreadsheetLocale changes the locale getSpreadsheetLocale reports', () => {
    const { ss } = setup();
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    ss.setSpreadsheetLocale('en_GB');
    expect(ss.getSpreadsheetLocale()).toBe('en_GB');
  });

  test('changing the time zone keeps the wall-clock date of date cells', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1').setValue('9/1/2026');
    ss.setSpreadsheetTimeZone('America/Los_Angeles');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-09-01T07:00:00Z'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('9/1/2026');
  });
});

describe('errors Apps Script throws', () => {
  test('setValues with the wrong shape names both sizes', () => {
    const { sheet } = setup();
    expect(() =>
      sheet.getRange('A1:B3').setValues([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => sheet.getRange('A1:C1').setValues([['a', 'b']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
  });

  test('ranges outside the grid and bad A1 notation', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('AA1')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(2, 1, 0, 3)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    expect(() => sheet.getRange('Missing!A1')).toThrow('Range not found');
  });

  test('errors carry the name Exception', () => {
    const { sheet } = setup();
    let caught: unknown;
    try {
      sheet.getRange('??');
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).name).toBe('Exception');
  });

  test('duplicate sheet names are refused regardless of case', () => {
    const { ss } = setup();
    ss.insertSheet('Roster');
    expect(() => ss.insertSheet('roster')).toThrow(
      'A sheet with the name "roster" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('ROSTER')!.getName()).toBe('Roster');
  });

  test('openById of an unknown id and of a file the user cannot see', () => {
    const { ws, app, ss } = setup();
    expect(() => app.openById('no-such-id')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
    ws.user = { ...ws.user, email: 'teacher@other.example', domain: 'other.example' };
    expect(() => app.openById(ss.getId())).toThrow('You do not have permission to access the requested document.');
  });

  test('a strict dropdown refuses values outside its list and nothing is written', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['Yes', 'No'], true).setAllowInvalid(false).build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    sheet.getRange('B2').setValue('Yes');
    expect(() =>
      sheet.getRange('A2:B3').setValues([
        ['x', 'No'],
        ['y', 'Maybe'],
      ]),
    ).toThrow('The data you entered in cell B3 violates the data validation rules set on this cell.');
    expect(sheet.getRange('A2:B3').getValues()).toEqual([
      ['', 'Yes'],
      ['', ''],
    ]);
  });

  test('the last sheet cannot be deleted', () => {
    const { ss, sheet } = setup();
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });
});

describe('A1 notation', () => {
  test('sheet-qualified, quoted and open-ended ranges', () => {
    const { ss } = setup();
    const tab = ss.insertSheet('Tab Name');
    tab.getRange('A1:C3').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect(ss.getRange("'Tab Name'!A1:B").getNumRows()).toBe(1000);
    expect(ss.getRange("'Tab Name'!B2:C3").getValues()).toEqual([
      [5, 6],
      [8, 9],
    ]);
    const open = tab.getRange('A2:C');
    expect([open.getRow(), open.getColumn(), open.getNumRows(), open.getNumColumns()]).toEqual([2, 1, 999, 3]);
    expect(tab.getRange('b:c').getA1Notation()).toBe('B1:C1000');
    expect(tab.getRange('2:3').getNumColumns()).toBe(26);
    expect(tab.getRange('$C$3').getValue()).toBe(9);
    expect(ss.getRange('A1').getSheet().getName()).toBe('Sheet1');
  });

  test('offset and range bounds', () => {
    const { sheet } = setup();
    const range = sheet.getRange('B2:C4').offset(1, 1);
    expect(range.getA1Notation()).toBe('C3:D5');
    expect(range.getLastRow()).toBe(5);
    expect(range.getLastColumn()).toBe(4);
  });
});

describe('sheet shape', () => {
  test('new sheets are 1000 x 26 and getLastRow counts only content', () => {
    const { sheet } = setup();
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow()]).toEqual([1000, 26, 0]);
    sheet.getRange('C5').setNote('only a note');
    sheet.getRange('D6').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B7').setValue('data');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 2]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B7');
  });

  test('appendRow grows the sheet once it is full; setValues beyond the grid fails', () => {
    const { app } = setup();
    const ss = app.create('Small', 2, 2);
    const sheet = ss.getSheets()[0]!;
    sheet.appendRow(['a', 'b']);
    sheet.appendRow(['c', 'd']);
    sheet.appendRow(['e', 'f', 'g']);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([3, 3]);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['a', 'b', ''],
      ['c', 'd', ''],
      ['e', 'f', 'g'],
    ]);
    expect(() => sheet.getRange(4, 1, 1, 1)).toThrow('outside the dimensions of the sheet');
  });

  test('insertRowsAfter moves later rows down', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([['head'], ['tail']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['head'], [''], [''], ['tail']]);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('B4').getValue()).toBe('');
    expect(sheet.getRange('A4').getValue()).toBe('tail');
    expect(sheet.getMaxColumns()).toBe(27);
  });

  test('tabs insert at an index, rename, and delete', () => {
    const { ss, sheet } = setup();
    const first = ss.insertSheet('First', 0);
    ss.insertSheet('Last');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Last']);
    expect(first.getIndex()).toBe(1);
    sheet.setName('Middle');
    expect(() => first.setName('middle')).toThrow('already exists');
    ss.deleteSheet(first);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Middle', 'Last']);
    expect(ss.insertSheet().getName()).toBe('Sheet3');
  });
});

describe('formatting, notes, validation and protection are recorded', () => {
  test('notes, number formats, weights and backgrounds', () => {
    const { sheet } = setup();
    const header = sheet.getRange('A1:B1');
    header
      .setValues([['Name', 'Date']])
      .setFontWeight('bold')
      .setBackground('#e0e0e0');
    header.setNotes([['Who', null]]);
    sheet.getRange('B2').setNumberFormat('yyyy-mm-dd').setValue(new Date('2026-09-01T16:00:00Z'));
    expect(header.getNotes()).toEqual([['Who', '']]);
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('A2').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('B2').getDisplayValue()).toBe('2026-09-01');
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  test('data validation rules read back with their criteria', () => {
    const { app, sheet } = setup();
    sheet.getRange('C2:C10').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet
      .getRange('D2')
      .setDataValidation(app.newDataValidation().requireValueInList(['A', 'B'], false).setHelpText('Pick').build());
    const checkbox = sheet.getRange('C5').getDataValidation()!;
    expect(checkbox.getCriteriaType()).toBe(app.DataValidationCriteria.CHECKBOX);
    const list = sheet.getRange('D2').getDataValidation()!;
    expect(list.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['A', 'B'], false]);
    expect(list.getHelpText()).toBe('Pick');
    expect(sheet.getRange('D3').getDataValidation()).toBeNull();
    sheet.getRange('D2').setDataValidation(null);
    expect(sheet.getRange('D2').getDataValidation()).toBeNull();
  });

  test('sheet and range protections', () => {
    const { app, ss, sheet } = setup();
    const whole = sheet.protect().setDescription('Hub data').setWarningOnly(true);
    expect(sheet.protect().getDescription()).toBe('Hub data');
    sheet.getRange('A1:C1').protect().setDescription('Header');
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    const [range] = sheet.getProtections(app.ProtectionType.RANGE);
    expect(range!.getRange().getA1Notation()).toBe('A1:C1');
    expect(whole.isWarningOnly()).toBe(true);
    range!.remove();
    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });
});

describe('SpreadsheetApp', () => {
  test('create registers a Drive file; rename updates it', () => {
    const { ws, ss } = setup();
    expect(ws.files[ss.getId()]!.mimeType).toBe('application/vnd.google-apps.spreadsheet');
    ss.rename('Renamed');
    expect(ws.files[ss.getId()]!.name).toBe('Renamed');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(listSpreadsheets(ws)).toEqual([{ id: ss.getId(), name: 'Renamed', sheetNames: ['Sheet1'] }]);
  });

  test('getActiveSpreadsheet is null until one is open', () => {
    const { ws, app, ss } = setup();
    expect(app.getActiveSpreadsheet()).toBeNull();
    setActiveSpreadsheet(ws, ss.getId());
    expect(app.getActiveSpreadsheet()!.getId()).toBe(ss.getId());
  });

  test('reading a tab is one server call: getSheetByName and getRange are answered locally', () => {
    const { ws, app, ss } = setup();
    ss.insertSheet('Groups')
      .getRange('A1:B2')
      .setValues([
        ['a', 1],
        ['b', 2],
      ]);
    const opened = app.openById(ss.getId());
    const before = ws.meter.snapshot();
    const localBefore = { ...ws.meter.localCounts };
    const values = opened.getSheetByName('Groups')!.getRange(1, 1, 2, 2).getValues();
    expect(values).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(ws.meter.since(before).counts).toEqual({ 'SpreadsheetApp.Range.getValues': 1 });
    const localCalls = (kind: string) => (ws.meter.localCounts[kind] ?? 0) - (localBefore[kind] ?? 0);
    expect(localCalls('SpreadsheetApp.Spreadsheet.getSheetByName')).toBe(1);
    expect(localCalls('SpreadsheetApp.Sheet.getRange')).toBe(1);
  });

  test('create spends the spreadsheetsCreated quota', () => {
    const { ws, app } = setup();
    const before = ws.meter.quotaRemaining('spreadsheetsCreated');
    app.create('Another');
    expect(ws.meter.quotaRemaining('spreadsheetsCreated')).toBe(before - 1);
  });
});

describe('server-side helpers', () => {
  test('appendRowToSheet creates the tab at the end, appends, and is not metered', () => {
    const { ws, ss } = setup();
    const before = ws.meter.snapshot();
    appendRowToSheet(ws, ss.getId(), 'Form Responses 1', [new Date('2026-09-01T14:00:00Z'), '=not a formula', '5']);
    appendRowToSheet(ws, ss.getId(), 'Form Responses 1', ['second']);
    expect(ws.meter.since(before).total).toBe(0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Form Responses 1']);
    expect(readSheetValues(ws, ss.getId(), 'Form Responses 1')).toEqual([
      [new Date('2026-09-01T14:00:00Z'), '=not a formula', 5],
      ['second', '', ''],
    ]);
  });
});

describe('save and load', () => {
  test('handles keep working across a save/load round trip and Date cells survive', () => {
    const { ws, ss, sheet } = setup();
    sheet.getRange('A1:C1').setValues([['9/1/2026', '15:30', 'text']]);
    const before = sheet.getRange('A1:C1').getValues();
    const loaded = Workspace.load(ws.save());
    const reopened = createSpreadsheetApp(loaded).openById(ss.getId());
    const after = reopened.getSheetByName('Sheet1')!.getRange('A1:C1').getValues();
    expect(after).toEqual(before);
    expect(after[0]![0]).toBeInstanceOf(Date);
  });
});

describe('sheet ids', () => {
  // "Gets the ID for this sheet… the ID is unique for the spreadsheet" (Sheet.getSheetId): PLG Hub records the id
  // of a tab whose header row it froze, so a tab deleted and made again under the same name is frozen again.
  test('a sheet keeps its id through a rename, and a tab made again under the same name gets another', () => {
    const { ss } = setup();
    const preview = ss.insertSheet('Preview');
    const id = preview.getSheetId();
    preview.setName('Preview (old)');
    expect(ss.getSheetByName('Preview (old)')!.getSheetId()).toBe(id);
    ss.deleteSheet(preview);
    const again = ss.insertSheet('Preview');
    expect(again.getSheetId()).not.toBe(id);
    expect(ss.getSheets().map((s) => s.getSheetId())).not.toContain(id);
  });
});
