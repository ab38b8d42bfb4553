// The Sheets advanced service (Sheets API v4 through Apps Script) as PLG Hub reads the registry with it, each
// expectation from Google's reference, cited per test. Error texts are not in the reference: where a test
// asserts one it says so, and PLG Hub never asks for a range that would draw it (src/workspace/registry-io.ts
// asks only for tabs it has just found).
import { createSpreadsheetApp } from '../../../src/emulator/spreadsheet';
import { createAdvancedSheets } from '../../../src/emulator/spreadsheet/sheets-api';
import { Workspace } from '../../../src/emulator/workspace';

function setup() {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z'), user: { timeZone: 'Asia/Kolkata' } });
  const app = createSpreadsheetApp(ws);
  const Sheets = createAdvancedSheets(ws);
  const book = app.create('PLG registry');
  book.setSpreadsheetTimeZone('Asia/Kolkata');
  const settings = book.getSheets()[0]!.setName('Settings');
  settings.getRange('A1:B2').setValues([
    ['School', 'Lincoln Elementary'],
    ['Year start', '2026-08-24'],
  ]);
  const meetings = book.insertSheet("Jon's meetings");
  meetings.getRange('A1:C3').setValues([
    ['Group', 'Date', 'Minutes'],
    ['READ-1', '2026-09-01', 45],
    ['', '', ''],
  ]);
  // A gap in the middle of a row and a lone cell far out, for what is and is not trimmed.
  meetings.getRange('A4:C4').setValues([['MATH-2', '', 60]]);
  const a1 = book.insertSheet('A1');
  a1.getRange('A1').setValue('the tab named A1');
  const batchGet = (
    args: Parameters<NonNullable<GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection['batchGet']>>[1],
  ) => Sheets.Spreadsheets!.Values!.batchGet(book.getId(), args).valueRanges!;
  return { ws, Sheets, book, settings, meetings, batchGet };
}

function failure(run: () => unknown): Error & { details?: { code: number } } {
  try {
    run();
  } catch (error) {
    return error as Error & { details?: { code: number } };
  }
  throw new Error('expected the call to fail');
}

describe('Sheets advanced service conformance: ranges', () => {
  // https://developers.google.com/workspace/sheets/api/guides/concepts#cell: "'My Custom Sheet'!A:A refers to all
  // the cells in the first column of a sheet named 'My Custom Sheet'. Single quotes are required for sheet names
  // with spaces, special characters, or an alphanumeric combination"; "Sheet1 refers to all the cells in Sheet1".
  test('a quoted tab name with a space and an apostrophe (doubled) reads that tab; the reply names it quoted', () => {
    const { batchGet } = setup();
    const [block, whole] = batchGet({ ranges: ["'Jon''s meetings'!A1:B2", "'Jon''s meetings'"] });
    expect(block!.values).toEqual([
      ['Group', 'Date'],
      ['READ-1', '2026-09-01'],
    ]);
    expect(block!.range).toBe("'Jon''s meetings'!A1:B2");
    // A whole tab is its whole grid (a new tab is 1,000 rows by 26 columns).
    expect(whole!.range).toBe("'Jon''s meetings'!A1:Z1000");
    expect(batchGet({ ranges: ['Settings'] })[0]!.range).toBe('Settings!A1:Z1000');
  });

  // Same page: "A1:B2 refers to the first two cells in the top two rows of the first visible sheet", and "A1
  // refers to cell A1 of the first visible sheet and 'A1' refers to all the cells in a sheet named A1".
  test('a range without a tab is read from the first visible tab; a bare cell is a cell, a quoted one a tab', () => {
    const { batchGet, settings } = setup();
    expect(batchGet({ ranges: ['A1'] })[0]!.values).toEqual([['School']]);
    expect(batchGet({ ranges: ["'A1'"] })[0]!.values).toEqual([['the tab named A1']]);
    settings.hideSheet();
    expect(batchGet({ ranges: ['A1:A2'] })[0]!.values).toEqual([['Group'], ['READ-1']]);
  });

  // The error text is not in Google's reference: "Unable to parse range" is what scripts report (unconfirmed).
  // The 400 is the API's INVALID_ARGUMENT for a request it cannot read.
  test('a tab that does not exist is refused with a 400 naming the range, for the whole call', () => {
    const { batchGet } = setup();
    const error = failure(() => batchGet({ ranges: ['Settings!A1', "'Closures'!A:C"] }));
    expect(error.details?.code).toBe(400);
    expect(error.message).toContain("Unable to parse range: 'Closures'!A:C");
  });
});

describe('Sheets advanced service conformance: values', () => {
  // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange (values):
  // "For output, empty trailing rows and columns will not be included."
  test('trailing empty rows and cells are left out, empties in the middle kept, an empty range has no values', () => {
    const { batchGet } = setup();
    const [meetings, empty] = batchGet({ ranges: ["'Jon''s meetings'!A1:F20", 'Settings!D5:F9'] });
    expect(meetings!.values).toEqual([
      ['Group', 'Date', 'Minutes'],
      ['READ-1', '2026-09-01', '45'],
      [],
      ['MATH-2', '', '60'],
    ]);
    expect(empty).not.toHaveProperty('values');
    expect(empty!.range).toBe('Settings!D5:F9');
  });

  // https://developers.google.com/workspace/sheets/api/reference/rest/v4/Dimension: with COLUMNS, "[[1,2],[3,4]]"
  // is "A1=1,A2=2,B1=3,B2=4"; each column is trimmed of its trailing empties like a row.
  test('majorDimension COLUMNS gives each column as a list, and the reply says which dimension it used', () => {
    const { batchGet } = setup();
    const [rows] = batchGet({ ranges: ["'Jon''s meetings'!A1:C4"] });
    const [columns] = batchGet({ ranges: ["'Jon''s meetings'!A1:C4"], majorDimension: 'COLUMNS' });
    expect(rows!.majorDimension).toBe('ROWS');
    expect(columns!.majorDimension).toBe('COLUMNS');
    expect(columns!.values).toEqual([
      ['Group', 'READ-1', '', 'MATH-2'],
      ['Date', '2026-09-01'],
      ['Minutes', '45', '', '60'],
    ]);
  });

  // https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueRenderOption and
  // https://developers.google.com/workspace/sheets/api/reference/rest/v4/DateTimeRenderOption: FORMATTED_VALUE is
  // the default and shows values as the cell does; UNFORMATTED_VALUE gives numbers as numbers; dates then come as
  // SERIAL_NUMBER (the default: days since 30 December 1899, the time as the fraction) or FORMATTED_STRING;
  // the date option "is ignored if valueRenderOption is FORMATTED_VALUE".
  test('dates are serial numbers in the spreadsheet’s zone unless asked for as text; numbers as numbers', () => {
    const { batchGet } = setup();
    const range = "'Jon''s meetings'!B2:C2";
    const unformatted = batchGet({ ranges: range, valueRenderOption: 'UNFORMATTED_VALUE' })[0]!.values![0]!;
    // 1 Sept 2026 is day 46266, on the spreadsheet's own calendar (Kolkata), whatever zone the caller is in.
    expect(unformatted).toEqual([46266, 45]);
    const asText = batchGet({
      ranges: range,
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'FORMATTED_STRING',
    })[0]!.values![0]!;
    expect(asText).toEqual(['2026-09-01', 45]);
    const formatted = batchGet({ ranges: range, dateTimeRenderOption: 'SERIAL_NUMBER' })[0]!.values![0]!;
    expect(formatted).toEqual(['2026-09-01', '45']);
  });

  // ValueRenderOption FORMULA: "Values will not be calculated. The reply will include the formulas."
  test('FORMULA gives the formula typed, and plain values unformatted', () => {
    const { batchGet, meetings } = setup();
    meetings.getRange('D2').setFormula('=C2*2');
    const [row] = batchGet({ ranges: "'Jon''s meetings'!C2:D2", valueRenderOption: 'FORMULA' });
    expect(row!.values).toEqual([[45, '=C2*2']]);
  });
});

describe('Sheets advanced service conformance: spreadsheets.get', () => {
  // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get: "ranges: The ranges to
  // retrieve from the spreadsheet"; "Limiting the range will return only the portions of the spreadsheet that
  // intersect the requested ranges"; includeGridData "is ignored if a field mask was set in the request".
  test('ranges keep only the tabs they name, in the spreadsheet’s order; a field mask decides the grid data', () => {
    const { Sheets, book } = setup();
    const read = Sheets.Spreadsheets!.get(book.getId(), {
      ranges: ["'A1'", 'Settings!A1:B1'],
      fields: 'sheets(properties/title,data/rowData/values/formattedValue)',
    });
    expect(read.sheets!.map((s) => s.properties!.title)).toEqual(['Settings', 'A1']);
    expect(read.sheets![0]!.data![0]!.rowData).toEqual([
      { values: [{ formattedValue: 'School' }, { formattedValue: 'Lincoln Elementary' }] },
    ]);
    const masked = Sheets.Spreadsheets!.get(book.getId(), { includeGridData: true, fields: 'sheets/properties/title' });
    expect(masked.sheets!.every((s) => s.data === undefined)).toBe(true);
  });

  // Same page; the error text is not in the reference (see the batchGet test above).
  test('a range naming no tab fails spreadsheets.get with the same 400', () => {
    const { Sheets, book } = setup();
    const error = failure(() => Sheets.Spreadsheets!.get(book.getId(), { ranges: ['Staff'] }));
    expect(error.details?.code).toBe(400);
    expect(error.message).toContain('Unable to parse range: Staff');
  });
});

describe('Sheets advanced service conformance: values.batchUpdate', () => {
  // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate
  const batchUpdate = (
    Sheets: GoogleAppsScript.Sheets,
    id: string,
    resource: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest,
  ) => Sheets.Spreadsheets!.Values!.batchUpdate(resource, id);

  // "Sets values in one or more ranges of a spreadsheet": several tabs in one call, and the response's totals
  // (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate#response-body).
  test('writes ranges on several tabs in one call and counts what it wrote, each tab once', () => {
    const { ws, Sheets, book, settings, meetings } = setup();
    const before = ws.meter.total;
    const answer = Sheets.Spreadsheets!.Values!.batchUpdate(
      {
        valueInputOption: 'USER_ENTERED',
        data: [
          { range: "'Jon''s meetings'!A5:C5", values: [['ENGL-3', '2026-09-03', 30]] },
          { range: 'Settings!B1', values: [['Lincoln Middle'], ['2026-08-31']] },
          { range: "'Jon''s meetings'!B2", values: [['2026-09-02']] },
        ],
      },
      book.getId(),
    );
    expect(ws.meter.total - before).toBe(1);
    expect(meetings.getRange('A5:C5').getDisplayValues()).toEqual([['ENGL-3', '2026-09-03', '30']]);
    expect(settings.getRange('B1:B2').getDisplayValues()).toEqual([['Lincoln Middle'], ['2026-08-31']]);
    expect(answer.totalUpdatedCells).toBe(6);
    expect(answer.totalUpdatedSheets).toBe(2);
    expect(answer.responses!.map((r) => r.updatedRange)).toEqual([
      "'Jon''s meetings'!A5:C5",
      'Settings!B1:B2',
      "'Jon''s meetings'!B2",
    ]);
    expect(answer.responses![1]).toMatchObject({ updatedRows: 2, updatedColumns: 1, updatedCells: 2 });
  });

  // https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueInputOption: USER_ENTERED "parsed as
  // if the user typed them into the UI"; RAW "will not be parsed and will be stored as-is".
  test('USER_ENTERED parses as typed (formula, date, apostrophe text); RAW stores the very string', () => {
    const { Sheets, book, settings } = setup();
    const row = [['=1+1', '2026-09-01', "'=HYPERLINK(1)", "'2026-09-01", '42', true, 7.5]];
    batchUpdate(Sheets, book.getId(), {
      valueInputOption: 'USER_ENTERED',
      data: [{ range: 'Settings!A3:G3', values: row }],
    });
    batchUpdate(Sheets, book.getId(), { valueInputOption: 'RAW', data: [{ range: 'Settings!A4:G4', values: row }] });
    const [typed, raw] = settings.getRange('A3:G4').getValues();
    expect(settings.getRange('A3').getFormula()).toBe('=1+1');
    expect(typed![1]).toBeInstanceOf(Date);
    expect(typed!.slice(2)).toEqual(['=HYPERLINK(1)', '2026-09-01', 42, true, 7.5]);
    expect(settings.getRange('A4').getFormula()).toBe('');
    expect(raw).toEqual(['=1+1', '2026-09-01', "'=HYPERLINK(1)", "'2026-09-01", '42', true, 7.5]);
  });

  // ValueRange.values: "Null values will be skipped. To set a cell to an empty value, set the string value to an
  // empty string." https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange
  test('a null leaves its cell alone and is not counted; an empty string empties the cell', () => {
    const { Sheets, book, meetings } = setup();
    const answer = batchUpdate(Sheets, book.getId(), {
      valueInputOption: 'USER_ENTERED',
      data: [{ range: "'Jon''s meetings'!A2:C2", values: [[null, '', 50]] }],
    });
    expect(meetings.getRange('A2:C2').getValues()).toEqual([['READ-1', '', 50]]);
    expect(answer.totalUpdatedCells).toBe(2);
  });

  // Same page, majorDimension: "if range=A1:B2,majorDimension=COLUMNS then [[1,2],[3,4]] will set A1=1,B1=3,A2=2,B2=4".
  test('majorDimension COLUMNS writes each inner list down a column', () => {
    const { Sheets, book } = setup();
    const scratch = book.insertSheet('Scratch');
    batchUpdate(Sheets, book.getId(), {
      valueInputOption: 'RAW',
      data: [
        {
          range: 'Scratch!A1:B2',
          majorDimension: 'COLUMNS',
          values: [
            [1, 2],
            [3, 4],
          ],
        },
      ],
    });
    expect(scratch.getRange('A1:B2').getValues()).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });

  // Not in the reference; reported responses (cited in sheets-api.ts): the values method does not grow the grid,
  // refuses values past a block's end, and a tab that does not exist. A refused request writes nothing at all.
  test('past the grid, past the block, or on a missing tab: a 400, and none of the request is written', () => {
    const { Sheets, book, settings } = setup();
    const attempt = (range: string, values: unknown[][]) =>
      failure(() =>
        batchUpdate(Sheets, book.getId(), {
          valueInputOption: 'USER_ENTERED',
          data: [
            { range: 'Settings!A9', values: [['written only if all is well']] },
            { range, values },
          ],
        }),
      );
    const pastGrid = attempt('Settings!A1000', [['last row'], ['one past it']]);
    expect(pastGrid.details?.code).toBe(400);
    expect(pastGrid.message).toContain(
      'Invalid data[1]: Range (Settings!A1000:A1001) exceeds grid limits. Max rows: 1000, max columns: 26',
    );
    expect(attempt('Settings!Z1', [['Z', 'AA']]).message).toContain('exceeds grid limits');
    expect(attempt('Settings!A1:B1', [['a', 'b', 'c']]).message).toContain(
      'Requested writing within range [Settings!A1:B1], but tried writing to column [C]',
    );
    expect(attempt('Staff!A1', [['x']]).message).toContain('Invalid data[1]: Unable to parse range: Staff!A1');
    expect(settings.getRange('A9').getValue()).toBe('');
  });

  // The method's "Authorization scopes": drive, drive.file or spreadsheets — no read-only scope — and a person who
  // may only view the file cannot change it (403 PERMISSION_DENIED).
  test('a read-only scope, or a viewer, is refused with a 403 and nothing changes', () => {
    const { ws, Sheets, book, settings } = setup();
    const id = book.getId();
    const write = () =>
      batchUpdate(Sheets, id, { valueInputOption: 'RAW', data: [{ range: 'Settings!B1', values: [['X']] }] });
    ws.oauthScopes = ['https://www.googleapis.com/auth/spreadsheets.readonly'];
    expect(failure(write).details?.code).toBe(403);
    ws.oauthScopes = ['https://www.googleapis.com/auth/spreadsheets'];
    const owner = ws.user;
    book.addViewer('viewer@school.example');
    ws.user = { ...owner, email: 'viewer@school.example' };
    const refused = failure(write);
    expect(refused.details?.code).toBe(403);
    expect(refused.message).toContain('The caller does not have permission');
    ws.user = owner;
    expect(settings.getRange('B1').getValue()).toBe('Lincoln Elementary');
    expect(failure(() => batchUpdate(Sheets, id, { data: [] })).message).toContain(
      "'valueInputOption' is required but not specified",
    );
  });
});
