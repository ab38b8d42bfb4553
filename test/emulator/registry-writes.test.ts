// PLG Hub writes the registry through the Sheets API — every tab's changes in one values.batchUpdate
// (src/workspace/write-queue.ts) — where it used to call Range.setValues per block. Written as the person who would
// swap one for the other carelessly: every kind of value a registry column holds must land exactly as setValues
// landed it, for a school in Sydney and one in Kolkata, read back by PLG Hub's own registry read and by getValues.
import { createSpreadsheetApp } from '../../src/emulator/spreadsheet';
import { spreadsheetData } from '../../src/emulator/spreadsheet/model';
import { createAdvancedSheets } from '../../src/emulator/spreadsheet/sheets-api';
import { Workspace } from '../../src/emulator/workspace';
import { gridCellFields, valuesOfGrid } from '../../src/workspace/grid-values';
import { SheetTab } from '../../src/workspace/sheet-tab';
import { WriteQueue } from '../../src/workspace/write-queue';

const headers = ['Date', 'Start time', 'Minutes', 'Active', 'Confirmed', 'Notes', 'Agenda', 'Synced'];

/** One of each kind of cell a registry tab is written with, as the shell hands them to SheetTab. */
function registryRows(): unknown[][] {
  return [
    [
      '2026-09-08',
      '15:30',
      45,
      true,
      'Yes',
      '\'=HYPERLINK("https://evil.example")',
      "'2026-10-06",
      new Date('2026-09-08T12:00:00Z'),
    ],
    ['2026-11-01', '3:30 PM', 7.5, false, 'No', "'+SUM(1,2)", "'TRUE", new Date('2026-11-01T06:30:45Z')],
    ['', '', 0, '', '', "O'Brien's group", '50%', null],
  ];
}

function school(timeZone: string) {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z'), user: { timeZone } });
  const app = createSpreadsheetApp(ws);
  const Sheets = createAdvancedSheets(ws);
  (globalThis as { Sheets?: unknown }).Sheets = Sheets;
  const book = (name: string) => {
    const ss = app.create(name);
    ss.setSpreadsheetTimeZone(timeZone);
    const meetings = ss.getSheets()[0]!.setName('Meetings');
    meetings.getRange(1, 1, 4, headers.length).setValues([
      headers,
      // What a person typed before: some of it is overwritten, one cell emptied.
      ['2026-09-01', '09:00', 30, true, 'No', 'old note', 'x', 'was here'],
      ['', '', '', '', '', '', '', ''],
      ['2026-12-01', '', '', '', '', '', '', 'stale'],
    ]);
    ss.insertSheet("Jon's tab")
      .getRange('A1:B1')
      .setValues([['Key', 'Value']]);
    return ss;
  };
  /** The registry's own read of a tab (registry-io.ts): one spreadsheets.get, cells as getValues gives them. */
  const registryRead = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: string) => {
    const got = Sheets.Spreadsheets!.get(ss.getId(), {
      ranges: [`'${tab.replace(/'/g, "''")}'`],
      fields: `sheets(data/rowData/values(${gridCellFields}))`,
    });
    return valuesOfGrid(got.sheets![0]!.data?.[0], timeZone);
  };
  return { ws, book, registryRead };
}

afterEach(() => {
  delete (globalThis as { Sheets?: unknown }).Sheets;
});

describe.each(['Australia/Sydney', 'Asia/Kolkata'])('registry writes in %s', (timeZone) => {
  test('every kind of cell reads back as Range.setValues left it, through the registry read and getValues', () => {
    const { ws, book, registryRead } = school(timeZone);
    const viaSetValues = book('by setValues');
    const viaApi = book('by the write queue');
    const rows = registryRows();
    viaSetValues.getSheetByName('Meetings')!.getRange(2, 1, rows.length, headers.length).setValues(rows);

    const sheet = viaApi.getSheetByName('Meetings')!;
    const queue = new WriteQueue(viaApi, timeZone);
    const tab = SheetTab.of('Meetings', sheet, sheet.getDataRange().getValues(), queue);
    rows.forEach((cells, r) => cells.forEach((value, c) => tab.set(r + 2, headers[c]!, value)));
    const before = ws.meter.snapshot();
    tab.flush();
    expect(ws.meter.since(before).counts).toEqual({ 'Sheets.Spreadsheets.Values.batchUpdate': 1 });

    const expected = viaSetValues.getSheetByName('Meetings')!.getDataRange().getValues();
    expect(sheet.getDataRange().getValues()).toEqual(expected);
    expect(registryRead(viaApi, 'Meetings')).toEqual(registryRead(viaSetValues, 'Meetings'));
    // Text that looks like a formula stayed text, and what the shell now holds is what the sheet holds.
    expect(sheet.getRange('F2').getFormula()).toBe('');
    expect(tab.get(2, 'Minutes')).toBe(45);
    // The dates are the very instants written, in the school's zone.
    expect((sheet.getRange('H3').getValue() as Date).toISOString()).toBe('2026-11-01T06:30:45.000Z');
  });

  test("two tabs' changes and new rows past the tab's grid go out together; the grid grows only when refused", () => {
    const { ws, book } = school(timeZone);
    const ss = book('registry');
    const meetingsSheet = ss.getSheetByName('Meetings')!;
    const keysSheet = ss.getSheetByName("Jon's tab")!;
    // Someone deleted the spare rows: the tab's grid ends at its last row.
    spreadsheetData(ws, ss.getId()).sheets.find((s) => s.name === "Jon's tab")!.maxRows = 1;
    const queue = new WriteQueue(ss, timeZone);
    const meetings = SheetTab.of('Meetings', meetingsSheet, meetingsSheet.getDataRange().getValues(), queue);
    const keys = SheetTab.of("Jon's tab", keysSheet, keysSheet.getDataRange().getValues(), queue);
    meetings.set(2, 'Notes', 'moved to Thursday');
    keys.append({ Key: 'run.last', Value: "'{}" });
    keys.append({ Key: 'tab.Preview', Value: 'abc/def' });
    const before = ws.meter.snapshot();
    meetings.flush();
    expect(ws.meter.since(before).counts).toEqual({
      // Refused once for the grid, then sent again after the rows were added.
      'Sheets.Spreadsheets.Values.batchUpdate': 2,
      'SpreadsheetApp.Sheet.getMaxRows': 2,
      'SpreadsheetApp.Sheet.getMaxColumns': 2,
      'SpreadsheetApp.Sheet.insertRowsAfter': 1,
    });
    expect(keysSheet.getDataRange().getValues()).toEqual([
      ['Key', 'Value'],
      ['run.last', '{}'],
      ['tab.Preview', 'abc/def'],
    ]);
    expect(meetingsSheet.getRange('F2').getValue()).toBe('moved to Thursday');
    expect(keys.pending + meetings.pending).toBe(0);
    // Nothing left waiting: a second flush makes no call.
    const after = ws.meter.snapshot();
    keys.flush();
    expect(ws.meter.since(after).total).toBe(0);
  });

  test('a refused send leaves every change waiting, and the next flush writes it', () => {
    const { ws, book } = school(timeZone);
    const ss = book('registry');
    const sheet = ss.getSheetByName('Meetings')!;
    const queue = new WriteQueue(ss, timeZone);
    const tab = SheetTab.of('Meetings', sheet, sheet.getDataRange().getValues(), queue);
    tab.set(2, 'Agenda', 'https://docs.example/agenda');
    ws.meter.inject({ kind: 'Sheets.Spreadsheets.Values.batchUpdate', fault: 'rateLimit', times: 1 });
    expect(() => tab.flush()).toThrow();
    expect(sheet.getRange('G2').getValue()).toBe('x');
    expect(tab.pending).toBe(1);
    tab.flush();
    expect(sheet.getRange('G2').getValue()).toBe('https://docs.example/agenda');
  });
});
