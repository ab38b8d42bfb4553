// The Sheets advanced service as a script sees it: one call reads many tabs, dates come as serial numbers in the
// spreadsheet's zone, and the API holds the caller to the file's sharing and the manifest's scopes. The last part
// is PLG Hub's side: a tab read this way gives exactly what getValues gave.
import { instantOfSerial, serialAt } from '../../src/core/schedule/sheets-serial';
import { createDriveApp } from '../../src/emulator/drive';
import { createSpreadsheetApp, setCellResult } from '../../src/emulator/spreadsheet';
import { createAdvancedSheets } from '../../src/emulator/spreadsheet/sheets-api';
import { scope } from '../../src/emulator/scopes';
import { Workspace } from '../../src/emulator/workspace';
import { valuesOfGrid, gridCellFields } from '../../src/workspace/grid-values';

const admin = 'admin@school.example';
const teacher = 'teacher@school.example';

function setup(timeZone = 'America/New_York') {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z'), user: { email: admin, timeZone } });
  const app = createSpreadsheetApp(ws);
  const Sheets = createAdvancedSheets(ws);
  const ss = app.create('PLG registry');
  ss.setSpreadsheetTimeZone(timeZone);
  const meetings = ss.getSheets()[0]!.setName('Meetings');
  meetings.getRange(1, 1, 4, 5).setValues([
    ['Group', 'Date', 'Start time', 'Minutes', 'Confirmed'],
    ['G1', '2026-09-01', '15:30', 45, 'TRUE'],
    ['G2', '2026-11-01 01:30', '3:30 PM', '60', false],
    ['', '', '', '', ''],
  ]);
  meetings.getRange('F2').setFormula('=1/0');
  setCellResult(ws, ss.getId(), 'Meetings', 'F2', '#DIV/0!'); // the emulator does not evaluate formulas
  const staff = ss.insertSheet('Staff list');
  staff.getRange(1, 1, 2, 2).setValues([
    ['Email', 'Name'],
    ['a@school.example', 'Ada'],
  ]);
  const as = <T>(email: string, work: () => T): T => {
    const before = ws.user;
    ws.user = { ...before, email };
    try {
      return work();
    } finally {
      ws.user = before;
    }
  };
  return { ws, app, Sheets, ss, id: ss.getId(), as };
}

function failure(run: () => unknown): Error & { details?: { code: number } } {
  try {
    run();
  } catch (error) {
    return error as Error & { details?: { code: number } };
  }
  throw new Error('expected the call to fail');
}

describe('serial numbers', () => {
  test('count days from 30 December 1899, the time of day as the fraction (noon on 1 January 1900 is 2.5)', () => {
    expect(serialAt(Date.UTC(1900, 0, 1, 12), 'UTC')).toBe(2.5);
    expect(instantOfSerial(2.5, 'UTC').toISOString()).toBe('1900-01-01T12:00:00.000Z');
    // The same serial is a wall-clock reading: 9:00 on 1 Sept 2026 in each zone.
    expect(instantOfSerial(46266.375, 'America/New_York').toISOString()).toBe('2026-09-01T13:00:00.000Z');
    expect(instantOfSerial(46266.375, 'Asia/Kolkata').toISOString()).toBe('2026-09-01T03:30:00.000Z');
  });
});

describe('values.batchGet', () => {
  test('reads several tabs in one call, in the order asked, without trailing empty rows and cells', () => {
    const { ws, Sheets, id } = setup();
    const before = ws.meter.snapshot();
    const { valueRanges } = Sheets.Spreadsheets!.Values!.batchGet(id, {
      ranges: ["'Staff list'", 'Meetings!A1:B9'],
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    expect(ws.meter.since(before).counts).toEqual({ 'Sheets.Spreadsheets.Values.batchGet': 1 });
    expect(valueRanges!.map((r) => r.range)).toEqual(["'Staff list'!A1:Z1000", 'Meetings!A1:B9']);
    expect(valueRanges![0]!.values).toEqual([
      ['Email', 'Name'],
      ['a@school.example', 'Ada'],
    ]);
    expect(valueRanges![1]!.values).toEqual([
      ['Group', 'Date'],
      ['G1', 46266],
      ['G2', 46327.0625],
    ]);
  });

  test('renders dates and times as serial numbers, as formatted text, or as the cell shows them', () => {
    const { Sheets, id } = setup();
    const read = (args: object) => Sheets.Spreadsheets!.Values!.batchGet(id, { ranges: 'Meetings!B2:F2', ...args });
    expect(read({ valueRenderOption: 'UNFORMATTED_VALUE' }).valueRanges![0]!.values).toEqual([
      [46266, 0.6458333333333334, 45, true, '#DIV/0!'],
    ]);
    const asText = read({ valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' });
    expect(asText.valueRanges![0]!.values![0]!.slice(0, 3)).toEqual(['2026-09-01', '15:30:00', 45]);
    expect(read({}).valueRanges![0]!.values![0]!.slice(2, 4)).toEqual(['45', 'TRUE']);
    expect(read({ valueRenderOption: 'FORMULA' }).valueRanges![0]!.values![0]![4]).toBe('=1/0');
  });

  test("keeps the wall clock when the spreadsheet's zone changes, as Sheets stores dates", () => {
    const { Sheets, ss, id } = setup();
    const serial = () =>
      Sheets.Spreadsheets!.Values!.batchGet(id, { ranges: 'Meetings!B3', valueRenderOption: 'UNFORMATTED_VALUE' })
        .valueRanges![0]!.values![0]![0];
    const before = serial();
    ss.setSpreadsheetTimeZone('Australia/Sydney');
    expect(serial()).toBe(before);
  });

  test('a range naming no tab is refused with the API’s 400', () => {
    const { Sheets, id } = setup();
    const error = failure(() => Sheets.Spreadsheets!.Values!.batchGet(id, { ranges: ['Meetings', 'Closures'] }));
    expect(error.message).toBe(
      'API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: Closures',
    );
    expect(error.details?.code).toBe(400);
  });
});

describe('spreadsheets.get', () => {
  test('a field mask keeps only what it names; ranges keep only the tabs they name', () => {
    const { Sheets, id } = setup('Europe/London');
    const book = Sheets.Spreadsheets!.get(id, {
      ranges: ['Meetings!A1:B2'],
      fields: 'properties(timeZone,locale),sheets(properties/title,data/rowData/values/effectiveValue)',
    });
    expect(book).toEqual({
      properties: { timeZone: 'Europe/London', locale: 'en_US' },
      sheets: [
        {
          properties: { title: 'Meetings' },
          data: [
            {
              rowData: [
                { values: [{ effectiveValue: { stringValue: 'Group' } }, { effectiveValue: { stringValue: 'Date' } }] },
                { values: [{ effectiveValue: { stringValue: 'G1' } }, { effectiveValue: { numberValue: 46266 } }] },
              ],
            },
          ],
        },
      ],
    });
  });

  test('without grid data it lists every tab', () => {
    const { Sheets, id } = setup();
    const book = Sheets.Spreadsheets!.get(id);
    expect(book.sheets!.map((s) => s.properties!.title)).toEqual(['Meetings', 'Staff list']);
    expect(book.sheets!.some((s) => s.data)).toBe(false);
  });
});

describe('who may call it', () => {
  test('anyone the spreadsheet is shared with reads it; anyone else gets 403, an unknown id 404', () => {
    const { ws, Sheets, id, as } = setup();
    const read = () => Sheets.Spreadsheets!.get(id, { fields: 'properties/timeZone' });
    const denied = as(teacher, () => failure(read));
    expect(denied.message).toBe(
      'API call to sheets.spreadsheets.get failed with error: The caller does not have permission',
    );
    expect(denied.details?.code).toBe(403);
    createDriveApp(ws).getFileById(id).addViewer(teacher);
    expect(as(teacher, read).properties!.timeZone).toBe('America/New_York');
    expect(failure(() => Sheets.Spreadsheets!.get('no-such-spreadsheet')).details?.code).toBe(404);
  });

  test('a manifest without a spreadsheets or drive scope gets the API’s insufficient-scopes 403', () => {
    const { ws, Sheets, id } = setup();
    ws.oauthScopes = [scope.spreadsheetsCurrentOnly, scope.calendarAppCreated];
    const error = failure(() => Sheets.Spreadsheets!.Values!.batchGet(id, { ranges: 'Meetings' }));
    expect(error.message).toBe(
      'API call to sheets.spreadsheets.values.batchGet failed with error: Request had insufficient authentication scopes.',
    );
    ws.oauthScopes = [scope.spreadsheets];
    expect(Sheets.Spreadsheets!.Values!.batchGet(id, { ranges: 'Meetings' }).valueRanges).toHaveLength(1);
  });

  test('is faultable like every other call', () => {
    const { ws, Sheets, id } = setup();
    ws.meter.inject({ kind: 'Sheets.Spreadsheets.get', fault: 'quota', times: 1 });
    expect(() => Sheets.Spreadsheets!.get(id)).toThrow(/Service invoked too many times/);
    expect(Sheets.Spreadsheets!.get(id).spreadsheetId).toBe(id);
  });
});

describe("PLG Hub's reading of a tab through spreadsheets.get", () => {
  test.each(['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Sao_Paulo'])(
    'gives exactly what getDataRange().getValues() gives, dates and times included (%s)',
    (zone) => {
      const { Sheets, ss, id } = setup(zone);
      const book = Sheets.Spreadsheets!.get(id, {
        ranges: ["'Meetings'"],
        fields: `sheets(data/rowData/values(${gridCellFields}))`,
      });
      const viaApi = valuesOfGrid(book.sheets![0]!.data![0], ss.getSpreadsheetTimeZone());
      const viaGetValues = ss.getSheetByName('Meetings')!.getDataRange().getValues();
      expect(viaApi.map((row) => row.map(String))).toEqual(viaGetValues.map((row) => row.map(String)));
      expect(viaApi.flat().filter((v) => v instanceof Date)).toHaveLength(4);
    },
  );
});
