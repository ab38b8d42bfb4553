// A rectangle of cells on one sheet. The handle holds only coordinates; every call reads or writes the
// sheet's cells in the workspace slice. Every method is metered; latency.ts decides which ones Apps Script
// answers locally (coordinate arithmetic such as getRow or getA1Notation) and which reach the server.
// https://developers.google.com/apps-script/reference/spreadsheet/range
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import { areaA1, cellA1 } from './a1-notation';
import { interpretInput, type InterpretedInput } from './cell-input';
import { dataValidation, rejects, ruleOf, validationError } from './data-validation';
import { displayText } from './display-format';
import {
  cellAt,
  isDate,
  pruneCell,
  sheetById,
  spreadsheetData,
  spreadsheetState,
  writableCell,
  type CellData,
  type CellValue,
  type GridArea,
  type SheetData,
  checkSpreadsheetAccess,
} from './model';
import { addProtection } from './protection';
import { sheetHandle } from './sheet';
import { requireGrid, signatureMismatch } from './signature';

type Range = GoogleAppsScript.Spreadsheet.Range;

type RangeMethods =
  | 'getValues'
  | 'setValues'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getValue'
  | 'setValue'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'clearContent'
  | 'clear'
  | 'clearDataValidations'
  | 'setNote'
  | 'setNotes'
  | 'getNote'
  | 'getNotes'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'getFontWeight'
  | 'setBackground'
  | 'setBackgrounds'
  | 'getBackground'
  | 'setWrap'
  | 'protect'
  | 'getSheet'
  | 'offset'
  | 'getFormula'
  | 'getFormulas'
  | 'setFormula'
  | 'setFormulas';

/** A new cell's number format as Range.getNumberFormat reports it. */
export const defaultNumberFormat = 'General';
const defaultBackground = '#ffffff';

export class EmulatedRange implements Pick<Range, RangeMethods> {
  constructor(
    private readonly ws: Workspace,
    private readonly spreadsheetId: string,
    private readonly sheetId: number,
    private readonly area: GridArea,
  ) {}

  /** Where a Range handle points, for an embedded chart's ranges; undefined for anything that is not one. */
  static locate(range: unknown): { spreadsheetId: string; sheetId: number; area: GridArea } | undefined {
    if (!(range instanceof EmulatedRange)) return undefined;
    return { spreadsheetId: range.spreadsheetId, sheetId: range.sheetId, area: { ...range.area } };
  }

  /** Whether the tab a located range was on still exists. */
  static sheetExists(ws: Workspace, at: { spreadsheetId: string; sheetId: number }): boolean {
    const book = spreadsheetState(ws).spreadsheets[at.spreadsheetId];
    return !!book?.sheets.some((s) => s.sheetId === at.sheetId);
  }

  /** Spreadsheet objects print their class (gas-fakes' live-passing tests tell a Range by toString() === 'Range'). */
  toString(): string {
    return 'Range';
  }

  getValues(): unknown[][] {
    const sheet = this.call('getValues');
    return this.map(sheet, (cell) => readValue(cell));
  }

  getValue(): unknown {
    const sheet = this.call('getValue');
    return readValue(cellAt(sheet, this.area.row, this.area.column));
  }

  getDisplayValues(): string[][] {
    const sheet = this.call('getDisplayValues');
    const timeZone = this.timeZone();
    return this.map(sheet, (cell) => displayText(cell?.value ?? '', cell?.numberFormat, timeZone));
  }

  getDisplayValue(): string {
    const sheet = this.call('getDisplayValue');
    const cell = cellAt(sheet, this.area.row, this.area.column);
    return displayText(cell?.value ?? '', cell?.numberFormat, this.timeZone());
  }

  setValues(values: unknown[][]): Range {
    const sheet = this.call('setValues');
    writeInputs(this.ws, this.spreadsheetId, sheet, this.area, this.fitted('SpreadsheetApp.Range.setValues', values));
    return this.self();
  }

  setValue(value: unknown): Range {
    const sheet = this.call('setValue');
    const grid = Array.from({ length: this.area.numRows }, () => Array<unknown>(this.area.numColumns).fill(value));
    writeInputs(this.ws, this.spreadsheetId, sheet, this.area, grid);
    return this.self();
  }

  getFormulas(): string[][] {
    const sheet = this.call('getFormulas');
    return this.map(sheet, (cell) => cell?.formula ?? '');
  }

  getFormula(): string {
    const sheet = this.call('getFormula');
    return cellAt(sheet, this.area.row, this.area.column)?.formula ?? '';
  }

  setFormulas(formulas: string[][]): Range {
    const sheet = this.call('setFormulas');
    const grid = this.fitted('SpreadsheetApp.Range.setFormulas', formulas);
    writeInputs(this.ws, this.spreadsheetId, sheet, this.area, grid);
    return this.self();
  }

  setFormula(formula: string): Range {
    const sheet = this.call('setFormula');
    const grid = Array.from({ length: this.area.numRows }, () => Array<unknown>(this.area.numColumns).fill(formula));
    writeInputs(this.ws, this.spreadsheetId, sheet, this.area, grid);
    return this.self();
  }

  getA1Notation(): string {
    this.ws.meter.call('SpreadsheetApp.Range.getA1Notation');
    return areaA1(this.area);
  }

  getRow(): number {
    this.ws.meter.call('SpreadsheetApp.Range.getRow');
    return this.area.row;
  }

  getColumn(): number {
    this.ws.meter.call('SpreadsheetApp.Range.getColumn');
    return this.area.column;
  }

  getNumRows(): number {
    this.ws.meter.call('SpreadsheetApp.Range.getNumRows');
    return this.area.numRows;
  }

  getNumColumns(): number {
    this.ws.meter.call('SpreadsheetApp.Range.getNumColumns');
    return this.area.numColumns;
  }

  getLastRow(): number {
    this.ws.meter.call('SpreadsheetApp.Range.getLastRow');
    return this.area.row + this.area.numRows - 1;
  }

  getLastColumn(): number {
    this.ws.meter.call('SpreadsheetApp.Range.getLastColumn');
    return this.area.column + this.area.numColumns - 1;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.ws.meter.call('SpreadsheetApp.Range.getSheet');
    return sheetHandle(this.ws, this.spreadsheetId, this.sheetId);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const sheet = this.call('offset');
    const area = checkedArea(sheet, {
      row: this.area.row + rowOffset,
      column: this.area.column + columnOffset,
      numRows: numRows ?? this.area.numRows,
      numColumns: numColumns ?? this.area.numColumns,
    });
    return rangeHandle(this.ws, this.spreadsheetId, this.sheetId, area);
  }

  clearContent(): Range {
    const sheet = this.call('clearContent');
    this.update(sheet, (cell) => {
      cell.value = undefined;
      cell.formula = undefined;
    });
    return this.self();
  }

  /** Clears contents and formatting; notes and validation rules stay, as in Sheets. */
  clear(): Range {
    const sheet = this.call('clear');
    this.update(sheet, (cell) => {
      cell.value = undefined;
      cell.formula = undefined;
      cell.numberFormat = undefined;
      cell.fontWeight = undefined;
      cell.background = undefined;
      cell.wrap = undefined;
    });
    return this.self();
  }

  clearDataValidations(): Range {
    const sheet = this.call('clearDataValidations');
    this.update(sheet, (cell) => {
      cell.validation = undefined;
    });
    return this.self();
  }

  setNote(note: string | null): Range {
    const sheet = this.call('setNote');
    this.update(sheet, (cell) => {
      cell.note = note ? String(note) : undefined;
    });
    return this.self();
  }

  setNotes(notes: (string | null)[][]): Range {
    const sheet = this.call('setNotes');
    const grid = this.fitted('SpreadsheetApp.Range.setNotes', notes);
    this.update(sheet, (cell, r, c) => {
      const note = grid[r]![c];
      cell.note = note ? String(note) : undefined;
    });
    return this.self();
  }

  getNote(): string {
    const sheet = this.call('getNote');
    return cellAt(sheet, this.area.row, this.area.column)?.note ?? '';
  }

  getNotes(): string[][] {
    const sheet = this.call('getNotes');
    return this.map(sheet, (cell) => cell?.note ?? '');
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    const sheet = this.call('setDataValidation');
    const validation = ruleOf(rule, 'SpreadsheetApp.Range.setDataValidation');
    this.update(sheet, (cell) => {
      cell.validation = validation && { ...validation, args: [...validation.args] };
    });
    return this.self();
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): Range {
    const sheet = this.call('setDataValidations');
    const method = 'SpreadsheetApp.Range.setDataValidations';
    const grid = this.fitted(method, rules).map((row) => row.map((rule) => ruleOf(rule, method)));
    this.update(sheet, (cell, r, c) => {
      cell.validation = grid[r]![c];
    });
    return this.self();
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const sheet = this.call('getDataValidation');
    const rule = cellAt(sheet, this.area.row, this.area.column)?.validation;
    return rule ? dataValidation(rule) : null;
  }

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    const sheet = this.call('getDataValidations');
    return this.map(sheet, (cell) => (cell?.validation ? dataValidation(cell.validation) : null));
  }

  setNumberFormat(numberFormat: string): Range {
    const sheet = this.call('setNumberFormat');
    this.update(sheet, (cell) => {
      cell.numberFormat = String(numberFormat);
    });
    return this.self();
  }

  setNumberFormats(numberFormats: string[][]): Range {
    const sheet = this.call('setNumberFormats');
    const grid = this.fitted('SpreadsheetApp.Range.setNumberFormats', numberFormats);
    this.update(sheet, (cell, r, c) => {
      cell.numberFormat = String(grid[r]![c]);
    });
    return this.self();
  }

  getNumberFormat(): string {
    const sheet = this.call('getNumberFormat');
    return cellAt(sheet, this.area.row, this.area.column)?.numberFormat ?? defaultNumberFormat;
  }

  getNumberFormats(): string[][] {
    const sheet = this.call('getNumberFormats');
    return this.map(sheet, (cell) => cell?.numberFormat ?? defaultNumberFormat);
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    const sheet = this.call('setFontWeight');
    this.update(sheet, (cell) => {
      cell.fontWeight = fontWeight === 'bold' ? 'bold' : undefined;
    });
    return this.self();
  }

  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): Range {
    const sheet = this.call('setFontWeights');
    const grid = this.fitted('SpreadsheetApp.Range.setFontWeights', fontWeights);
    this.update(sheet, (cell, r, c) => {
      cell.fontWeight = grid[r]![c] === 'bold' ? 'bold' : undefined;
    });
    return this.self();
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    const sheet = this.call('getFontWeight');
    return cellAt(sheet, this.area.row, this.area.column)?.fontWeight ?? 'normal';
  }

  setBackground(color: string | null): Range {
    const sheet = this.call('setBackground');
    this.update(sheet, (cell) => {
      cell.background = color ? String(color) : undefined;
    });
    return this.self();
  }

  setBackgrounds(colors: (string | null)[][]): Range {
    const sheet = this.call('setBackgrounds');
    const grid = this.fitted('SpreadsheetApp.Range.setBackgrounds', colors);
    this.update(sheet, (cell, r, c) => {
      const color = grid[r]![c];
      cell.background = color ? String(color) : undefined;
    });
    return this.self();
  }

  getBackground(): string {
    const sheet = this.call('getBackground');
    return cellAt(sheet, this.area.row, this.area.column)?.background ?? defaultBackground;
  }

  setWrap(isWrapEnabled: boolean): Range {
    const sheet = this.call('setWrap');
    this.update(sheet, (cell) => {
      cell.wrap = isWrapEnabled ? true : undefined;
    });
    return this.self();
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.call('protect');
    return addProtection(this.ws, this.spreadsheetId, { type: 'RANGE', sheetId: this.sheetId, area: { ...this.area } });
  }

  private call(method: string): SheetData {
    this.ws.meter.call(`SpreadsheetApp.Range.${method}`);
    checkSpreadsheetAccess(this.ws, this.spreadsheetId, method);
    return sheetById(spreadsheetData(this.ws, this.spreadsheetId), this.sheetId);
  }

  private timeZone(): string {
    return spreadsheetData(this.ws, this.spreadsheetId).timeZone;
  }

  private map<T>(sheet: SheetData, read: (cell: CellData | undefined) => T): T[][] {
    const { row, column, numRows, numColumns } = this.area;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => read(cellAt(sheet, row + r, column + c))),
    );
  }

  private update(sheet: SheetData, change: (cell: CellData, r: number, c: number) => void): void {
    const { row, column, numRows, numColumns } = this.area;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) {
        change(writableCell(sheet, row + r, column + c), r, c);
        pruneCell(sheet, row + r, column + c);
      }
    }
  }

  /** The grid, after checking it has exactly the range's shape. */
  private fitted<T>(method: string, grid: T[][]): T[][] {
    requireGrid(method, grid);
    checkShape(grid.length, this.area.numRows, 'rows');
    for (const row of grid) checkShape(row.length, this.area.numColumns, 'columns');
    return grid;
  }

  private self(): Range {
    return this as unknown as Range;
  }
}

function checkShape(dataSize: number, rangeSize: number, dimension: 'rows' | 'columns'): void {
  if (dataSize !== rangeSize) {
    throw appsScriptError(
      `The number of ${dimension} in the data does not match the number of ${dimension} in the range. ` +
        `The data has ${dataSize} but the range has ${rangeSize}.`,
    );
  }
}

function readValue(cell: CellData | undefined): CellValue {
  const value = cell?.value ?? '';
  return isDate(value) ? new Date(value.getTime()) : value;
}

/**
 * Interprets and writes a grid of input into the sheet at `area`. Every cell is checked against its data
 * validation rule before anything is written, so a rejected write changes nothing.
 */
export function writeInputs(
  ws: Workspace,
  spreadsheetId: string,
  sheet: SheetData,
  area: Pick<GridArea, 'row' | 'column'>,
  grid: unknown[][],
  options: { formulasAllowed: boolean } = { formulasAllowed: true },
): void {
  const { timeZone } = spreadsheetData(ws, spreadsheetId);
  const interpreted: InterpretedInput[][] = grid.map((values, r) =>
    values.map((raw, c) => {
      if (typeof raw === 'function' || typeof raw === 'symbol') throw signatureMismatch('SpreadsheetApp.Range', [raw]);
      const cell = cellAt(sheet, area.row + r, area.column + c);
      const input = interpretInput(raw, { timeZone, numberFormat: cell?.numberFormat, ...options });
      if (cell?.validation && input.formula === undefined && rejects(cell.validation, input.value)) {
        throw validationError(cellA1(area.row + r, area.column + c));
      }
      return input;
    }),
  );
  interpreted.forEach((values, r) =>
    values.forEach((input, c) => {
      const cell = writableCell(sheet, area.row + r, area.column + c);
      cell.value = input.value === '' ? undefined : input.value;
      cell.formula = input.formula;
      if (input.impliedFormat && !cell.numberFormat) cell.numberFormat = input.impliedFormat;
      pruneCell(sheet, area.row + r, area.column + c);
    }),
  );
  const file = ws.files[spreadsheetId];
  if (file) file.updatedMs = ws.clock.nowMs;
}

/** The area if it lies on the sheet's grid, else the error Apps Script throws for it. */
export function checkedArea(sheet: SheetData, area: GridArea): GridArea {
  if (!Number.isInteger(area.row) || area.row < 1) throw appsScriptError('The starting row of the range is too small.');
  if (!Number.isInteger(area.column) || area.column < 1) {
    throw appsScriptError('The starting column of the range is too small.');
  }
  if (area.numRows < 1) throw appsScriptError('The number of rows in the range must be at least 1.');
  if (area.numColumns < 1) throw appsScriptError('The number of columns in the range must be at least 1.');
  if (area.row + area.numRows - 1 > sheet.maxRows || area.column + area.numColumns - 1 > sheet.maxColumns) {
    throw appsScriptError('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return area;
}

export function rangeHandle(ws: Workspace, spreadsheetId: string, sheetId: number, area: GridArea): Range {
  return new EmulatedRange(ws, spreadsheetId, sheetId, { ...area }) as unknown as Range;
}
