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
// And one write, one metered call however many ranges and tabs it carries:
//
// - Spreadsheets.Values.batchUpdate — "Sets values in one or more ranges of a spreadsheet. The caller must specify
//   the spreadsheet ID, a valueInputOption, and one or more ValueRanges."
//   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate
//   (what each part of the request does is told at AdvancedValues.batchUpdate).
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
import { areaA1, cellA1, parseA1 } from './a1-notation';
import { interpretInput, type InterpretedInput } from './cell-input';
import { rejects, validationError } from './data-validation';
import { displayText, isDateFormat } from './display-format';
import {
  cellAt,
  isDate,
  pruneCell,
  writableCell,
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
type BatchUpdateValuesRequest = GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest;
type BatchUpdateValuesResponse = GoogleAppsScript.Sheets.Schema.BatchUpdateValuesResponse;
type UpdateValuesResponse = GoogleAppsScript.Sheets.Schema.UpdateValuesResponse;
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
const badRequest = (message: string) => new GoogleApiError(400, message);

/** A resolved range: a sheet and the cells of it the range covers (clipped to the grid). */
interface SheetArea {
  sheet: SheetData;
  area: GridArea;
}

export class AdvancedValues {
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

  /**
   * Writes each ValueRange of the request, in order, as one call. Modeled from the reference pages:
   *
   * - valueInputOption is required ("The caller must specify … a valueInputOption"); USER_ENTERED: "The values will
   *   be parsed as if the user typed them into the UI" — "=…" a formula, a leading apostrophe keeps the rest as
   *   text, "2026-09-01" a date (cell-input.ts); RAW: "The values the user has entered will not be parsed and will
   *   be stored as-is". https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueInputOption
   * - values: "For input, supported value types are: bool, string, and double. Null values will be skipped. To set
   *   a cell to an empty value, set the string value to an empty string." A JS Date is none of these: the advanced
   *   service sends it as JSON, its ISO text, which is then just text.
   *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange
   * - majorDimension: ROWS unless COLUMNS is given ("When writing, if this field is not set, it defaults to ROWS").
   * - The range is where the values go: a single cell anchors them (they run on from it), a block bounds them.
   *   Values past a block's end are refused ("Requested writing within range [Servers!A3:L113], but tried writing
   *   to column [M]", https://github.com/nithinmurali/pygsheets/issues/132), and so are values past the sheet's
   *   grid: unlike values.append, this method does not add rows ("Range (Solar!Y1) exceeds grid limits. Max rows:
   *   981, max columns: 24", https://github.com/home-assistant/core/issues/104198;
   *   https://github.com/nithinmurali/pygsheets/issues/124 for a batch update of values). A range naming no sheet
   *   answers "Invalid data[0]: Unable to parse range: …" (https://github.com/burnash/gspread/issues/1601). These
   *   texts come from reported responses; the reference gives none.
   * - Every range is checked before any is written, so a refused request changes nothing. Cells whose data
   *   validation rejects the input are refused as Range.setValues refuses them (400 with its text) — the reference
   *   says nothing of validation; the stricter model keeps a write PLG Hub relies on from passing here only.
   * - The answer: per range updatedRange/Rows/Columns/Cells (cells actually written — skipped nulls are not), and
   *   the totals, totalUpdatedSheets counting each sheet once.
   *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate#response-body
   * - Scopes: drive, drive.file or spreadsheets (no read-only scope); the caller must be able to edit the file.
   */
  batchUpdate(resource: BatchUpdateValuesRequest, spreadsheetId: string): BatchUpdateValuesResponse {
    this.ws.meter.call('Sheets.Spreadsheets.Values.batchUpdate');
    return callAdvanced('sheets.spreadsheets.values.batchUpdate', () => {
      const book = writableBook(this.ws, 'sheets.spreadsheets.values.batchUpdate', spreadsheetId);
      const option = resource?.valueInputOption;
      if (option !== 'RAW' && option !== 'USER_ENTERED') {
        throw badRequest(
          option === undefined || option === 'INPUT_VALUE_OPTION_UNSPECIFIED'
            ? "'valueInputOption' is required but not specified"
            : `Invalid value at 'value_input_option' (TYPE_ENUM), "${String(option)}"`,
        );
      }
      const writes = (resource.data ?? []).map((valueRange, index) => plannedWrite(book, valueRange, index, option));
      for (const write of writes) {
        for (const { row, column, input } of write.cells) {
          const cell = writableCell(write.sheet, row, column);
          cell.value = input.value === '' ? undefined : input.value;
          cell.formula = input.formula;
          if (input.impliedFormat && !cell.numberFormat) cell.numberFormat = input.impliedFormat;
          pruneCell(write.sheet, row, column);
        }
      }
      if (writes.some((w) => w.cells.length > 0)) this.ws.files[spreadsheetId]!.updatedMs = this.ws.clock.nowMs;
      const responses: UpdateValuesResponse[] = writes.map((w) => ({ spreadsheetId, ...w.response }));
      const sum = (key: 'updatedRows' | 'updatedColumns' | 'updatedCells') =>
        responses.reduce((n, r) => n + (r[key] ?? 0), 0);
      return {
        spreadsheetId,
        totalUpdatedRows: sum('updatedRows'),
        totalUpdatedColumns: sum('updatedColumns'),
        totalUpdatedCells: sum('updatedCells'),
        totalUpdatedSheets: new Set(writes.filter((w) => w.cells.length > 0).map((w) => w.sheet.sheetId)).size,
        responses,
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

/**
 * The spreadsheet, if the manifest grants a scope the write takes (drive, drive.file, spreadsheets) and the
 * signed-in user may edit it: a reader or commenter is refused as the API refuses them, 403 "The caller does not
 * have permission".
 */
function writableBook(ws: Workspace, method: string, spreadsheetId: string): SpreadsheetData {
  const book = readableBook(ws, method, spreadsheetId);
  const role = roleOf(ws, ws.files[String(spreadsheetId)]!);
  if (role !== 'writer' && role !== 'owner') throw permissionDenied();
  return book;
}

interface CellWrite {
  row: number;
  column: number;
  input: InterpretedInput;
}

interface PlannedWrite {
  sheet: SheetData;
  cells: CellWrite[];
  response: UpdateValuesResponse;
}

/** One ValueRange, checked and interpreted but not yet written (see AdvancedValues.batchUpdate). */
function plannedWrite(
  book: SpreadsheetData,
  valueRange: GoogleAppsScript.Sheets.Schema.ValueRange,
  index: number,
  option: 'RAW' | 'USER_ENTERED',
): PlannedWrite {
  const range = String(valueRange?.range ?? '');
  const invalid = (message: string) => badRequest(`Invalid data[${index}]: ${message}`);
  const { sheet, area, anchorOnly } = writeTarget(book, range, () => invalid(`Unable to parse range: ${range}`));
  let grid = (valueRange.values ?? []) as unknown[][];
  if (valueRange.majorDimension === 'COLUMNS') {
    // Each inner array is a column: cell (r, c) is grid[c][r]; a short column leaves the cells below it alone.
    const columns = grid;
    const height = Math.max(0, ...columns.map((c) => c.length));
    grid = Array.from({ length: height }, (_, r) => columns.map((c) => (r < c.length ? c[r] : null)));
  }
  const numRows = grid.length;
  const numColumns = Math.max(0, ...grid.map((r) => r.length));
  const label = `${quotedSheetName(sheet.name)}!${areaA1(area)}`;
  if (!anchorOnly && numRows > area.numRows) {
    throw invalid(`Requested writing within range [${label}], but tried writing to row [${area.row + area.numRows}]`);
  }
  if (!anchorOnly && numColumns > area.numColumns) {
    throw invalid(
      `Requested writing within range [${label}], but tried writing to column [${columnLetters(area.column + area.numColumns)}]`,
    );
  }
  const lastRow = area.row + Math.max(numRows, 1) - 1;
  const lastColumn = area.column + Math.max(numColumns, 1) - 1;
  if (lastRow > sheet.maxRows || lastColumn > sheet.maxColumns) {
    const written = `${quotedSheetName(sheet.name)}!${areaA1({ ...area, numRows: Math.max(numRows, 1), numColumns: Math.max(numColumns, 1) })}`;
    throw invalid(
      `Range (${written}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`,
    );
  }
  const timeZone = book.timeZone;
  const cells: CellWrite[] = [];
  grid.forEach((values, r) =>
    values.forEach((raw, c) => {
      if (raw === null || raw === undefined) return; // "Null values will be skipped."
      const row = area.row + r;
      const column = area.column + c;
      const held = cellAt(sheet, row, column);
      const value = isDate(raw) ? raw.toJSON() : raw;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw invalid(`Invalid values[${r}][${c}]: ${JSON.stringify(value) ?? typeof value}`);
      }
      const input: InterpretedInput =
        option === 'RAW'
          ? { value }
          : interpretInput(value, { timeZone, numberFormat: held?.numberFormat, formulasAllowed: true });
      if (held?.validation && input.formula === undefined && rejects(held.validation, input.value)) {
        throw invalid(validationError(cellA1(row, column)).message);
      }
      cells.push({ row, column, input });
    }),
  );
  const rowsWritten = new Set(cells.map((c) => c.row));
  const columnsWritten = new Set(cells.map((c) => c.column));
  return {
    sheet,
    cells,
    response: {
      updatedRange: `${quotedSheetName(sheet.name)}!${areaA1({ row: area.row, column: area.column, numRows: Math.max(numRows, 1), numColumns: Math.max(numColumns, 1) })}`,
      updatedRows: rowsWritten.size,
      updatedColumns: columnsWritten.size,
      updatedCells: cells.length,
    },
  };
}

/**
 * Where a write goes: the sheet, and the range's area on it unclipped (open ends run to the grid's edge). A single
 * cell is only an anchor; "Sheet1" alone is the whole sheet from A1.
 */
function writeTarget(
  book: SpreadsheetData,
  range: string,
  unparsable: () => Error,
): { sheet: SheetData; area: GridArea; anchorOnly: boolean } {
  const text = range.trim();
  const quoted = /^'((?:[^']|'')+)'$/.exec(text)?.[1]?.replace(/''/g, "'");
  const named = sheetByName(book, quoted ?? text);
  if (named && (quoted !== undefined || !looksLikeCells(text))) {
    return { sheet: named, area: wholeSheet(named).area, anchorOnly: false };
  }
  let reference;
  try {
    reference = parseA1(text);
  } catch {
    throw unparsable();
  }
  if (reference.sheetName === null && !looksLikeCells(text)) throw unparsable();
  const sheet =
    reference.sheetName === null ? book.sheets.find((s) => !s.hidden) : sheetByName(book, reference.sheetName);
  if (!sheet) throw unparsable();
  const cells = text.slice(text.lastIndexOf('!') + 1);
  const area = reference.area(sheet.maxRows, sheet.maxColumns);
  return { sheet, area, anchorOnly: !cells.includes(':') };
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
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
