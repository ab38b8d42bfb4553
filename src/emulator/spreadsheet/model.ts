// The spreadsheet service's saved state: every spreadsheet's sheets, cells and protections, as JSON-plain
// data in the workspace slice. Handles (Spreadsheet, Sheet, Range, Protection) look their data up here on
// every call, so a workspace saved and loaded mid-run keeps working.
import { isWriteMethod, requireAccess, type AccessErrors } from '../access';
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import type { ChartData } from './embedded-chart';

/** What a cell holds once Sheets has interpreted the input: never undefined, '' when empty. */
export type CellValue = string | number | boolean | Date;

export interface ValidationRule {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface CellData {
  value?: CellValue;
  formula?: string;
  note?: string;
  numberFormat?: string;
  fontWeight?: 'bold' | 'normal';
  background?: string;
  wrap?: boolean;
  validation?: ValidationRule;
}

export interface SheetData {
  sheetId: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  /** column number → width in pixels, for columns whose width was set */
  columnWidths: Record<string, number>;
  hiddenColumns: number[];
  /** Hidden from the tab bar (Sheet.hideSheet); absent in workspaces saved before it was modeled. */
  hidden?: boolean;
  /** row number → column number → cell; absent cells are empty */
  rows: Record<string, Record<string, CellData>>;
  /** Embedded charts (Sheet.insertChart), in the order inserted; absent in workspaces saved before charts. */
  charts?: ChartData[];
}

export interface GridArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ProtectionData {
  protectionId: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** the protected cells of a RANGE protection */
  area: GridArea | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
}

export interface SpreadsheetData {
  id: string;
  timeZone: string;
  /** File ▸ Settings ▸ Locale, as Sheets names it ("en_US"); absent in workspaces saved before it was modeled. */
  locale?: string;
  sheets: SheetData[];
  protections: ProtectionData[];
  nextSheetId: number;
  nextProtectionId: number;
  /** The next chart's id; absent until the first chart is inserted. */
  nextChartId?: number;
}

export interface SpreadsheetState {
  activeSpreadsheetId: string | null;
  spreadsheets: Record<string, SpreadsheetData>;
}

/** A new sheet's grid, as Google creates it. */
export const defaultMaxRows = 1000;
export const defaultMaxColumns = 26;
/** Sheets' default column width in pixels. */
export const defaultColumnWidth = 100;

export function spreadsheetState(ws: Workspace): SpreadsheetState {
  return ws.slice<SpreadsheetState>('spreadsheet', () => ({ activeSpreadsheetId: null, spreadsheets: {} }));
}

export function spreadsheetData(ws: Workspace, spreadsheetId: string): SpreadsheetData {
  const data = spreadsheetState(ws).spreadsheets[spreadsheetId];
  if (!data || !ws.files[spreadsheetId]) throw new Error(`No emulated spreadsheet with id ${spreadsheetId}`);
  return data;
}

/**
 * SpreadsheetApp's texts for a spreadsheet the user cannot open ("You do not have permission to access the
 * requested document.", what openById says for a file not shared with you) and for a change by someone who
 * may only view or comment. The second is Apps Script's generic refusal, "You do not have permission to
 * perform that action.", reported for scripts writing to a sheet without edit rights
 * (https://github.com/peterherrmann/BetterLog/issues/11); Google's reference gives no text for it.
 */
export const spreadsheetErrors: AccessErrors = {
  hidden: () => appsScriptError('You do not have permission to access the requested document.'),
  denied: () => appsScriptError('You do not have permission to perform that action.'),
};

/**
 * Checks, on every call, that the signed-in user may still do what `method` does to the spreadsheet: read
 * with any role, change with edit access. A handle opened earlier does not keep access that was removed.
 */
export function checkSpreadsheetAccess(ws: Workspace, spreadsheetId: string, method: string): void {
  requireAccess(ws, ws.files[spreadsheetId], isWriteMethod(method) ? 'write' : 'read', spreadsheetErrors);
}

export function sheetById(book: SpreadsheetData, sheetId: number): SheetData {
  const sheet = book.sheets.find((s) => s.sheetId === sheetId);
  // A handle to a deleted sheet fails on its next use, as in Apps Script.
  if (!sheet) throw appsScriptError(`Sheet ${sheetId} not found`);
  return sheet;
}

/** Sheet names are unique regardless of case: "data" collides with "Data". */
export function sheetByName(book: SpreadsheetData, name: string): SheetData | undefined {
  const wanted = name.toLowerCase();
  return book.sheets.find((s) => s.name.toLowerCase() === wanted);
}

export function newSheetData(sheetId: number, name: string, maxRows = defaultMaxRows, maxColumns = defaultMaxColumns) {
  const sheet: SheetData = {
    sheetId,
    name,
    maxRows,
    maxColumns,
    frozenRows: 0,
    frozenColumns: 0,
    tabColor: null,
    columnWidths: {},
    hiddenColumns: [],
    rows: {},
  };
  return sheet;
}

export function cellAt(sheet: SheetData, row: number, column: number): CellData | undefined {
  return sheet.rows[row]?.[column];
}

/** The cell, created empty if absent, for writing. */
export function writableCell(sheet: SheetData, row: number, column: number): CellData {
  const cells = (sheet.rows[row] ??= {});
  return (cells[column] ??= {});
}

/** Drops cells that no longer hold anything, so "last row" and exports see only real content. */
export function pruneCell(sheet: SheetData, row: number, column: number): void {
  const cells = sheet.rows[row];
  const cell = cells?.[column];
  if (!cells || !cell) return;
  if (Object.values(cell).every((v) => v === undefined)) {
    delete cells[column];
    if (Object.keys(cells).length === 0) delete sheet.rows[row];
  }
}

export function hasContent(cell: CellData | undefined): boolean {
  return !!cell && ((cell.value !== undefined && cell.value !== '') || cell.formula !== undefined);
}

export function lastRowWithContent(sheet: SheetData): number {
  let last = 0;
  for (const [row, cells] of Object.entries(sheet.rows)) {
    if (Number(row) > last && Object.values(cells).some(hasContent)) last = Number(row);
  }
  return last;
}

export function lastColumnWithContent(sheet: SheetData): number {
  let last = 0;
  for (const cells of Object.values(sheet.rows)) {
    for (const [column, cell] of Object.entries(cells)) {
      if (Number(column) > last && hasContent(cell)) last = Number(column);
    }
  }
  return last;
}

export function isDate(value: unknown): value is Date {
  // Dates made inside the add-on's vm context come from another realm, where instanceof fails.
  return Object.prototype.toString.call(value) === '[object Date]';
}
