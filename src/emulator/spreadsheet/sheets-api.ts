// The Sheets advanced service (global `Sheets`): the Sheets API v4 as Apps Script exposes it, over the same
// spreadsheets SpreadsheetApp keeps. Two reads are modeled, each one metered call:
//
// - Spreadsheets.get — the spreadsheet's properties (time zone, locale) and its sheets, and with grid data the
//   cells of the requested ranges ("Limiting the range will return only the portions of the spreadsheet that
//   intersect the requested ranges"); a `fields` mask keeps only what it names, and when one is given
//   `includeGridData` is ignored. https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get
// - Spreadsheets.Values.batchGet — the values of several ranges, in the order asked, with "empty trailing rows and
//   columns omitted". https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
//
// Values render as the API renders them: FORMATTED_VALUE (the default) as the cell shows them; UNFORMATTED_VALUE
// as numbers, booleans and text, with dates and times as serial numbers (SERIAL_NUMBER, the default) or as shown
// (FORMATTED_STRING); FORMULA as the formula typed. Error cells read as their code ("#REF!").
// https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueRenderOption
// https://developers.google.com/workspace/sheets/api/reference/rest/v4/DateTimeRenderOption
//
// Every call is the signed-in user's: the manifest must grant a scope the method accepts (403 "Request had
// insufficient authentication scopes."), and the user must be able to open the file (any role reads). A file they
// cannot open answers 403 "The caller does not have permission", an id that names no spreadsheet 404 "Requested
// entity was not found." (the API's PERMISSION_DENIED and NOT_FOUND texts). A range naming no sheet answers 400
// "Unable to parse range: <range>" (the text Apps Script scripts report; Google's reference gives no error texts).
import { serialAt } from '../../core/schedule/sheets-serial';
import { roleOf } from '../access';
import { callAdvanced, insufficientScopes } from '../calendar/api-error';
import { GoogleApiError } from '../google-api-error';
import { sheetsApiScopes } from '../scopes';
import { mimeTypes, type Workspace } from '../workspace';
import { areaA1, parseA1 } from './a1-notation';
import { displayText, isDateFormat } from './display-format';
import {
  isDate,
  lastColumnWithContent,
  lastRowWithContent,
  sheetByName,
  spreadsheetState,
  type CellData,
  type GridArea,
  type SheetData,
} from './model';
import { projectFields } from './field-mask';

type SpreadsheetResource = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type CellDataResource = GoogleAppsScript.Sheets.Schema.CellData;
type GridData = GoogleAppsScript.Sheets.Schema.GridData;
type BatchGetValuesResponse = GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse;
type SpreadsheetData = NonNullable<ReturnType<typeof spreadsheetState>['spreadsheets'][string]>;

interface GetArgs {
  ranges?: string | string[];
  includeGridData?: boolean;
  fields?: string;
}

interface BatchGetArgs {
  ranges?: string | string[];
  majorDimension?: 'ROWS' | 'COLUMNS' | 'DIMENSION_UNSPECIFIED';
  valueRenderOption?: 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
  dateTimeRenderOption?: 'SERIAL_NUMBER' | 'FORMATTED_STRING';
}

const permissionDenied = () => new GoogleApiError(403, 'The caller does not have permission');
const entityNotFound = () => new GoogleApiError(404, 'Requested entity was not found.');
const unparsableRange = (range: string) => new GoogleApiError(400, `Unable to parse range: ${range}`);

/** A resolved range: a sheet and the cells of it the range covers (clipped to the grid). */
interface SheetArea {
  sheet: SheetData;
  area: GridArea;
}

class AdvancedValues {
  constructor(private readonly ws: Workspace) {}

  batchGet(spreadsheetId: string, optionalArgs: BatchGetArgs = {}): BatchGetValuesResponse {
    this.ws.meter.call('Sheets.Spreadsheets.Values.batchGet');
    return callAdvanced('sheets.spreadsheets.values.batchGet', () => {
      const book = readableBook(this.ws, 'sheets.spreadsheets.values.batchGet', spreadsheetId);
      const render = optionalArgs.valueRenderOption ?? 'FORMATTED_VALUE';
      const dates = optionalArgs.dateTimeRenderOption ?? 'SERIAL_NUMBER';
      const byColumns = optionalArgs.majorDimension === 'COLUMNS';
      return {
        spreadsheetId,
        valueRanges: listOf(optionalArgs.ranges).map((range) => {
          const { sheet, area } = resolveRange(book, range);
          let values = trimmedGrid(sheet, area, (cell) => renderedValue(cell, book.timeZone, render, dates));
          if (byColumns) values = transposed(values);
          return {
            range: `${quotedSheetName(sheet.name)}!${areaA1(area)}`,
            majorDimension: byColumns ? 'COLUMNS' : 'ROWS',
            ...(values.length ? { values } : {}),
          };
        }),
      };
    });
  }
}

class AdvancedSpreadsheets {
  readonly Values: AdvancedValues;

  constructor(private readonly ws: Workspace) {
    this.Values = new AdvancedValues(ws);
  }

  get(spreadsheetId: string, optionalArgs: GetArgs = {}): SpreadsheetResource {
    this.ws.meter.call('Sheets.Spreadsheets.get');
    return callAdvanced('sheets.spreadsheets.get', () => {
      const book = readableBook(this.ws, 'sheets.spreadsheets.get', spreadsheetId);
      const fields = optionalArgs.fields?.trim();
      const ranges = listOf(optionalArgs.ranges).map((range) => resolveRange(book, range));
      const withData = fields
        ? /(^|[,(/])\s*sheets\s*(\(|\/)[^]*\bdata\b/.test(fields)
        : !!optionalArgs.includeGridData;
      const sheets = ranges.length ? book.sheets.filter((s) => ranges.some((r) => r.sheet === s)) : book.sheets;
      const resource: SpreadsheetResource = {
        spreadsheetId,
        properties: {
          title: this.ws.files[spreadsheetId]!.name,
          locale: book.locale ?? 'en_US',
          timeZone: book.timeZone,
          autoRecalc: 'ON_CHANGE',
        },
        sheets: sheets.map((sheet) => ({
          properties: {
            sheetId: sheet.sheetId,
            title: sheet.name,
            index: book.sheets.indexOf(sheet),
            sheetType: 'GRID',
            gridProperties: {
              rowCount: sheet.maxRows,
              columnCount: sheet.maxColumns,
              ...(sheet.frozenRows ? { frozenRowCount: sheet.frozenRows } : {}),
              ...(sheet.frozenColumns ? { frozenColumnCount: sheet.frozenColumns } : {}),
            },
            ...(sheet.hidden ? { hidden: true } : {}),
          },
          ...(withData
            ? {
                data: (ranges.length ? ranges.filter((r) => r.sheet === sheet) : [wholeSheet(sheet)]).map((r) =>
                  gridData(r, book, !fields || /formattedValue|values\s*(,|\)|$)|\*/.test(fields)),
                ),
              }
            : {}),
        })),
        spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`,
      };
      return fields ? (projectFields(resource, fields) as SpreadsheetResource) : resource;
    });
  }
}

/**
 * The spreadsheet, if the manifest grants a scope the method takes and the signed-in user may open it. The
 * reference pages list drive, drive.readonly, drive.file, spreadsheets and spreadsheets.readonly for both reads;
 * drive.file's narrower reach (files the app opened or made) is not modeled: PLG Hub's manifest does not use it.
 */
function readableBook(ws: Workspace, method: string, spreadsheetId: string): SpreadsheetData {
  const rule = sheetsApiScopes[method];
  if (!rule) throw new Error(`emulator: no OAuth scope row for ${method} in src/emulator/scopes.ts`);
  if (ws.oauthScopes && !rule.scopes.some((s) => ws.oauthScopes!.includes(s))) throw insufficientScopes();
  const file = ws.files[String(spreadsheetId)];
  const book = spreadsheetState(ws).spreadsheets[String(spreadsheetId)];
  if (!file || file.mimeType !== mimeTypes.spreadsheet || !book) throw entityNotFound();
  if (!roleOf(ws, file)) throw permissionDenied();
  return book;
}

function listOf(ranges: string | string[] | undefined): string[] {
  if (ranges === undefined) return [];
  return (Array.isArray(ranges) ? ranges : [ranges]).map(String);
}

/**
 * A range in A1 notation, as the Sheets API reads it (https://developers.google.com/workspace/sheets/api/guides/concepts#cell):
 * "Sheet1!A1:B2" a block of a sheet, "Sheet1" or "'My Custom Sheet'" a whole sheet, and "A1:B2" with no sheet
 * "the first visible sheet". A bare reference that reads as cells is cells, not a sheet of that name: "A1 refers
 * to cell A1 of the first visible sheet and 'A1' refers to all the cells in a sheet named A1" (same page).
 */
function resolveRange(book: SpreadsheetData, range: string): SheetArea {
  const text = range.trim();
  const quoted = /^'((?:[^']|'')+)'$/.exec(text)?.[1]?.replace(/''/g, "'");
  const named = sheetByName(book, quoted ?? text);
  if (named && (quoted !== undefined || !looksLikeCells(text))) return wholeSheet(named);
  let reference;
  try {
    reference = parseA1(range);
  } catch {
    throw unparsableRange(range);
  }
  if (reference.sheetName === null && !looksLikeCells(text)) throw unparsableRange(range);
  const sheet =
    reference.sheetName === null ? book.sheets.find((s) => !s.hidden) : sheetByName(book, reference.sheetName);
  if (!sheet) throw unparsableRange(range);
  const area = reference.area(sheet.maxRows, sheet.maxColumns);
  const lastRow = Math.min(area.row + area.numRows - 1, sheet.maxRows);
  const lastColumn = Math.min(area.column + area.numColumns - 1, sheet.maxColumns);
  return {
    sheet,
    area: {
      ...area,
      numRows: Math.max(1, lastRow - area.row + 1),
      numColumns: Math.max(1, lastColumn - area.column + 1),
    },
  };
}

/** "B2", "A1:C9", "A:C", "2:4", "A5:A": cells of a sheet, with columns up to ZZZ (Sheets' widest grid). */
function looksLikeCells(text: string): boolean {
  return /^\$?[A-Za-z]{0,3}\$?\d*(:\$?[A-Za-z]{0,3}\$?\d*)?$/.test(text) && /[A-Za-z\d]/.test(text);
}

function wholeSheet(sheet: SheetData): SheetArea {
  return { sheet, area: { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns } };
}

/** Sheet names that are not plain words are quoted in A1 notation, a quote inside doubled. */
function quotedSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The area's rendered cells, row by row, without trailing empty rows, and each row without trailing empty cells. */
function trimmedGrid<T>(
  sheet: SheetData,
  area: GridArea,
  render: (cell: CellData | undefined) => T | '',
): (T | '')[][] {
  // Only the part of the area with content can render anything: the rest of a 1,000-row grid is skipped.
  const numRows = Math.min(area.numRows, lastRowWithContent(sheet) - area.row + 1);
  const numColumns = Math.min(area.numColumns, lastColumnWithContent(sheet) - area.column + 1);
  const rows: (T | '')[][] = [];
  for (let r = 0; r < numRows; r++) {
    const cells = sheet.rows[area.row + r];
    const row: (T | '')[] = [];
    for (let c = 0; c < numColumns; c++) row.push(render(cells?.[area.column + c]));
    while (row.length && row[row.length - 1] === '') row.pop();
    rows.push(row);
  }
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

function transposed<T>(rows: T[][]): (T | '')[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => {
    const column = rows.map((r) => (c < r.length ? r[c]! : ''));
    while (column.length && column[column.length - 1] === '') column.pop();
    return column;
  });
}

/** Error values a formula can show, as Sheets writes them, with the API's ErrorValue type for each. */
const errorTypes: Record<string, string> = {
  '#ERROR!': 'ERROR',
  '#NULL!': 'NULL_VALUE',
  '#DIV/0!': 'DIVIDE_BY_ZERO',
  '#VALUE!': 'VALUE',
  '#REF!': 'REF',
  '#NAME?': 'NAME',
  '#NUM!': 'NUM',
  '#N/A': 'N_A',
};

/** Whether a cell shows a date, time or date-time: a Date held, or a number under a date or time format. */
function dateKind(cell: CellData | undefined): 'DATE' | 'TIME' | 'DATE_TIME' | undefined {
  const value = cell?.value;
  const pattern = cell?.numberFormat;
  const datePattern = pattern && isDateFormat(pattern) ? pattern : undefined;
  if (!isDate(value) && !(typeof value === 'number' && datePattern)) return undefined;
  // Every date pattern names a day or a year, every time pattern an hour or a second ("m" is either).
  const letters = (datePattern ?? 'M/d/yyyy H:mm:ss').replace(/"[^"]*"|\\./g, '');
  const hasDate = /[yd]/i.test(letters);
  const hasTime = /[hs]/i.test(letters);
  return hasDate && hasTime ? 'DATE_TIME' : hasTime ? 'TIME' : 'DATE';
}

function renderedValue(
  cell: CellData | undefined,
  timeZone: string,
  render: NonNullable<BatchGetArgs['valueRenderOption']>,
  dates: NonNullable<BatchGetArgs['dateTimeRenderOption']>,
): string | number | boolean {
  if (render === 'FORMULA' && cell?.formula !== undefined) return cell.formula;
  const value = cell?.value ?? '';
  if (render === 'FORMATTED_VALUE' || (dateKind(cell) && dates === 'FORMATTED_STRING')) {
    return displayText(value, cell?.numberFormat, timeZone);
  }
  if (isDate(value)) return serialAt(value.getTime(), timeZone);
  return value;
}

/** A cell as CellData: what was entered, what it evaluates to, how it shows, and its number format. */
function cellData(cell: CellData | undefined, timeZone: string, withFormatted: boolean): CellDataResource {
  const value = cell?.value ?? '';
  if (value === '' && cell?.formula === undefined) return {};
  const effective: GoogleAppsScript.Sheets.Schema.ExtendedValue =
    typeof value === 'string' && cell?.formula !== undefined && errorTypes[value]
      ? { errorValue: { type: errorTypes[value] } }
      : isDate(value)
        ? { numberValue: serialAt(value.getTime(), timeZone) }
        : typeof value === 'number'
          ? { numberValue: value }
          : typeof value === 'boolean'
            ? { boolValue: value }
            : { stringValue: value };
  const kind = dateKind(cell);
  const pattern = cell?.numberFormat ?? (kind ? 'M/d/yyyy H:mm:ss' : undefined);
  const numberFormat = kind
    ? { type: kind, pattern }
    : pattern === '@'
      ? { type: 'TEXT', pattern }
      : pattern && typeof value === 'number'
        ? { type: pattern.includes('%') ? 'PERCENT' : pattern.includes('$') ? 'CURRENCY' : 'NUMBER', pattern }
        : undefined;
  return {
    userEnteredValue: cell?.formula !== undefined ? { formulaValue: cell.formula } : effective,
    effectiveValue: effective,
    // Formatting each cell's text is the costly part; a field mask that does not ask for it is spared it.
    ...(withFormatted ? { formattedValue: displayText(value, cell?.numberFormat, timeZone) } : {}),
    ...(numberFormat ? { userEnteredFormat: { numberFormat }, effectiveFormat: { numberFormat } } : {}),
  };
}

/** GridData for a range: rows from its first, trailing empty rows and cells left out, an empty cell as {}. */
function gridData({ sheet, area }: SheetArea, book: SpreadsheetData, withFormatted: boolean): GridData {
  const rows = trimmedGrid(sheet, area, (cell) => {
    const data = cellData(cell, book.timeZone, withFormatted);
    return Object.keys(data).length ? data : '';
  });
  return {
    ...(area.row > 1 ? { startRow: area.row - 1 } : {}),
    ...(area.column > 1 ? { startColumn: area.column - 1 } : {}),
    rowData: rows.map((cells) => (cells.length ? { values: cells.map((c) => (c === '' ? {} : c)) } : {})),
  };
}

/** The Sheets advanced service over the workspace's spreadsheets (the two reads above). */
export function createAdvancedSheets(ws: Workspace): GoogleAppsScript.Sheets {
  return { Spreadsheets: new AdvancedSpreadsheets(ws) } as unknown as GoogleAppsScript.Sheets;
}
