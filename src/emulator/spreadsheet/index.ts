// The emulated SpreadsheetApp, plus the server-side helpers other emulated services and tests use
// (Forms writing responses, exports reading sheets, tests seeding formula results).
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
import { canOpen, requireAccess } from '../access';
import { appsScriptError } from '../errors';
import { mimeTypes, type Workspace } from '../workspace';
import { parseA1 } from './a1-notation';
import { DataValidationBuilder, DataValidationCriteria } from './data-validation';
import {
  cellAt,
  defaultMaxColumns,
  defaultMaxRows,
  isDate,
  lastColumnWithContent,
  lastRowWithContent,
  newSheetData,
  sheetByName,
  spreadsheetData,
  spreadsheetErrors,
  spreadsheetState,
  writableCell,
  type CellValue,
} from './model';
import { ProtectionType } from './protection';
import { appendRowData } from './sheet';
import { writeInputs } from './range';
import { insertSheetData, spreadsheetHandle } from './spreadsheet';

type SpreadsheetAppMethods =
  | 'create'
  | 'openById'
  | 'openByUrl'
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'flush'
  | 'newDataValidation'
  | 'ProtectionType'
  | 'DataValidationCriteria';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

class EmulatedSpreadsheetApp implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppMethods> {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;

  constructor(private readonly ws: Workspace) {}

  create(name: string, rows = defaultMaxRows, columns = defaultMaxColumns): Spreadsheet {
    this.ws.meter.call('SpreadsheetApp.create', 'spreadsheetsCreated');
    const file = this.ws.createFile({ name: String(name), mimeType: mimeTypes.spreadsheet });
    spreadsheetState(this.ws).spreadsheets[file.id] = {
      id: file.id,
      timeZone: this.ws.user.timeZone,
      locale: this.ws.user.locale ?? 'en_US',
      sheets: [newSheetData(0, 'Sheet1', rows, columns)],
      protections: [],
      nextSheetId: 1,
      nextProtectionId: 1,
    };
    return spreadsheetHandle(this.ws, file.id);
  }

  openById(id: string): Spreadsheet {
    this.ws.meter.call('SpreadsheetApp.openById');
    return openSpreadsheet(this.ws, id, 'openById');
  }

  openByUrl(url: string): Spreadsheet {
    this.ws.meter.call('SpreadsheetApp.openByUrl');
    const id = /\/spreadsheets\/d\/([\w-]+)/.exec(url)?.[1];
    if (!id) throw appsScriptError('Invalid argument: url');
    return openSpreadsheet(this.ws, id, 'openByUrl');
  }

  /**
   * The spreadsheet the user has open in the editor, or null outside one (e.g. in Calendar). Google's
   * typings leave out the null that Apps Script really returns there, hence the cast. Someone who cannot
   * open the spreadsheet cannot have it open, so for them it is null too.
   */
  getActiveSpreadsheet(): Spreadsheet {
    this.ws.meter.call('SpreadsheetApp.getActiveSpreadsheet');
    const id = spreadsheetState(this.ws).activeSpreadsheetId;
    const file = id ? this.ws.file(id) : undefined;
    return (file && canOpen(this.ws, file) ? spreadsheetHandle(this.ws, file.id) : null) as Spreadsheet;
  }

  getActive(): Spreadsheet {
    return this.getActiveSpreadsheet();
  }

  flush(): void {
    this.ws.meter.call('SpreadsheetApp.flush');
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new DataValidationBuilder() as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
}

/**
 * Anyone who can open the file may open it by id: its owner, anyone it (or a folder above it) is shared with,
 * and the whole domain or anyone when general access allows it; trashed files still open, as they do in Apps
 * Script.
 */
function openSpreadsheet(ws: Workspace, id: string, method: string): Spreadsheet {
  const file = ws.files[id];
  if (!file || file.mimeType !== mimeTypes.spreadsheet || !spreadsheetState(ws).spreadsheets[id]) {
    throw appsScriptError(`Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`);
  }
  requireAccess(ws, file, 'read', spreadsheetErrors);
  return spreadsheetHandle(ws, id);
}

export function createSpreadsheetApp(ws: Workspace): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return new EmulatedSpreadsheetApp(ws) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

/** Makes `spreadsheetId` the one the user has open (null: no spreadsheet open). */
export function setActiveSpreadsheet(ws: Workspace, spreadsheetId: string | null): void {
  if (spreadsheetId !== null) spreadsheetData(ws, spreadsheetId);
  spreadsheetState(ws).activeSpreadsheetId = spreadsheetId;
}

/**
 * Google's servers appending a row (e.g. a form response into its destination sheet): the tab is created
 * at the end if missing, values are interpreted as typed input but never as formulas, and nothing is
 * metered because the add-on makes no call.
 */
export function appendRowToSheet(ws: Workspace, spreadsheetId: string, sheetName: string, row: unknown[]): void {
  const book = spreadsheetData(ws, spreadsheetId);
  if (!sheetByName(book, sheetName)) insertSheetData(ws, book, sheetName, book.sheets.length);
  appendRowData(ws, spreadsheetId, sheetByName(book, sheetName)!, row, { formulasAllowed: false });
}

/**
 * Google's servers writing one cell (Forms renaming a column of its responses tab when a question is renamed or
 * added): typed input, never a formula, not metered; the grid grows to reach it. No-op once the tab is gone.
 */
export function writeCellAsServer(
  ws: Workspace,
  spreadsheetId: string,
  sheetName: string,
  cell: { row: number; column: number },
  value: unknown,
): void {
  const sheet = sheetByName(spreadsheetData(ws, spreadsheetId), sheetName);
  if (!sheet) return;
  sheet.maxRows = Math.max(sheet.maxRows, cell.row);
  sheet.maxColumns = Math.max(sheet.maxColumns, cell.column);
  writeInputs(ws, spreadsheetId, sheet, cell, [[value]], { formulasAllowed: false });
}

/**
 * The tab `sheetId` (Sheets' own id, which stays when a tab is renamed): its current name, or undefined once the
 * tab is deleted. A form keeps writing to its responses tab after a person renames it, so Forms looks it up so.
 */
export function sheetNameById(ws: Workspace, spreadsheetId: string, sheetId: number): string | undefined {
  return spreadsheetData(ws, spreadsheetId).sheets.find((sheet) => sheet.sheetId === sheetId)?.name;
}

/** The id of the tab named `sheetName` (compared as Sheets compares names), if there is one. */
export function sheetIdByName(ws: Workspace, spreadsheetId: string, sheetName: string): number | undefined {
  return sheetByName(spreadsheetData(ws, spreadsheetId), sheetName)?.sheetId;
}

/** The tab's values from A1 to its last cell with content, as getDataRange().getValues() would return. */
export function readSheetValues(ws: Workspace, spreadsheetId: string, sheetName: string): CellValue[][] {
  const sheet = sheetByName(spreadsheetData(ws, spreadsheetId), sheetName);
  if (!sheet) throw new Error(`Spreadsheet ${spreadsheetId} has no sheet named "${sheetName}"`);
  const rows = lastRowWithContent(sheet);
  const columns = lastColumnWithContent(sheet);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const value = cellAt(sheet, r + 1, c + 1)?.value ?? '';
      return isDate(value) ? new Date(value.getTime()) : value;
    }),
  );
}

export interface SpreadsheetSummary {
  id: string;
  name: string;
  sheetNames: string[];
}

export function listSpreadsheets(ws: Workspace): SpreadsheetSummary[] {
  return Object.values(spreadsheetState(ws).spreadsheets)
    .filter((book) => ws.files[book.id])
    .map((book) => ({ id: book.id, name: ws.files[book.id]!.name, sheetNames: book.sheets.map((s) => s.name) }));
}

/** Seeds what a formula cell evaluates to (the emulator does not evaluate formulas), e.g. '#REF!'. */
export function setCellResult(
  ws: Workspace,
  spreadsheetId: string,
  sheetName: string,
  a1: string,
  value: CellValue,
): void {
  const sheet = sheetByName(spreadsheetData(ws, spreadsheetId), sheetName);
  if (!sheet) throw new Error(`Spreadsheet ${spreadsheetId} has no sheet named "${sheetName}"`);
  const { row, column } = parseA1(a1).area(sheet.maxRows, sheet.maxColumns);
  writableCell(sheet, row, column).value = value;
}
