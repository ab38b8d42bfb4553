// One tab of a spreadsheet. The handle holds the sheet's id (stable across renames and reorders) and
// reads the sheet from the workspace slice on every call.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import { parseA1, rangeNotFound } from './a1-notation';
import { displayText } from './display-format';
import {
  cellAt,
  defaultColumnWidth,
  lastColumnWithContent,
  lastRowWithContent,
  pruneCell,
  sheetById,
  sheetByName,
  spreadsheetData,
  type SheetData,
  checkSpreadsheetAccess,
} from './model';
import { addProtection, protectionHandle } from './protection';
import { chartDataOf, chartNotOnSheet, EmbeddedChartBuilder, embeddedChart } from './embedded-chart';
import { checkedArea, rangeHandle, writeInputs } from './range';
import { signatureMismatch } from './signature';
import { spreadsheetHandle } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type SheetMethods =
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'getRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertColumnsAfter'
  | 'appendRow'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'clear'
  | 'clearContents'
  | 'protect'
  | 'getProtections'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'autoResizeColumns'
  | 'setTabColor'
  | 'getTabColor'
  | 'hideColumns'
  | 'isColumnHiddenByUser'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'getParent'
  | 'newChart'
  | 'insertChart'
  | 'updateChart'
  | 'removeChart'
  | 'getCharts';

export class EmulatedSheet implements Pick<Sheet, SheetMethods> {
  constructor(
    private readonly ws: Workspace,
    readonly spreadsheetId: string,
    readonly sheetId: number,
  ) {}

  /** Prints its class, as Apps Script's objects do (see Range#toString). */
  toString(): string {
    return 'Sheet';
  }

  getName(): string {
    return this.call('getName').name;
  }

  setName(name: string): Sheet {
    const sheet = this.call('setName');
    const existing = sheetByName(spreadsheetData(this.ws, this.spreadsheetId), name);
    if (existing && existing !== sheet) throw duplicateSheetName(name);
    sheet.name = String(name);
    return this.self();
  }

  getSheetId(): number {
    this.call('getSheetId');
    return this.sheetId;
  }

  /** 1-based position among the spreadsheet's tabs. */
  getIndex(): number {
    this.call('getIndex');
    return spreadsheetData(this.ws, this.spreadsheetId).sheets.findIndex((s) => s.sheetId === this.sheetId) + 1;
  }

  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): GoogleAppsScript.Spreadsheet.Range {
    const sheet = this.call('getRange');
    if (typeof rowOrA1 === 'string') {
      const reference = parseA1(rowOrA1);
      const target = reference.sheetName
        ? sheetByName(spreadsheetData(this.ws, this.spreadsheetId), reference.sheetName)
        : sheet;
      if (!target) throw rangeNotFound();
      const area = checkedArea(target, reference.area(target.maxRows, target.maxColumns));
      return rangeHandle(this.ws, this.spreadsheetId, target.sheetId, area);
    }
    const area = checkedArea(sheet, {
      row: rowOrA1,
      column: column ?? 1,
      numRows: numRows ?? 1,
      numColumns: numColumns ?? 1,
    });
    return rangeHandle(this.ws, this.spreadsheetId, this.sheetId, area);
  }

  /** From A1 to the last cell with content; just A1 on an empty sheet. */
  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    const sheet = this.call('getDataRange');
    const area = {
      row: 1,
      column: 1,
      numRows: Math.max(lastRowWithContent(sheet), 1),
      numColumns: Math.max(lastColumnWithContent(sheet), 1),
    };
    return rangeHandle(this.ws, this.spreadsheetId, this.sheetId, area);
  }

  getLastRow(): number {
    return lastRowWithContent(this.call('getLastRow'));
  }

  getLastColumn(): number {
    return lastColumnWithContent(this.call('getLastColumn'));
  }

  getMaxRows(): number {
    return this.call('getMaxRows').maxRows;
  }

  getMaxColumns(): number {
    return this.call('getMaxColumns').maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    const sheet = this.call('insertRowsAfter');
    checkPosition(afterPosition, sheet.maxRows, howMany, 'rows');
    insertRows(this.ws, this.spreadsheetId, sheet, afterPosition, howMany);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    const sheet = this.call('insertColumnsAfter');
    checkPosition(afterPosition, sheet.maxColumns, howMany, 'columns');
    shiftColumns(this.ws, this.spreadsheetId, sheet, afterPosition, howMany);
    return this.self();
  }

  /** Writes after the last row with content, growing the grid when the sheet is full. */
  appendRow(rowContents: unknown[]): Sheet {
    const sheet = this.call('appendRow');
    appendRowData(this.ws, this.spreadsheetId, sheet, rowContents, { formulasAllowed: true });
    return this.self();
  }

  setFrozenRows(rows: number): void {
    this.call('setFrozenRows').frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.call('getFrozenRows').frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.call('setFrozenColumns').frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.call('getFrozenColumns').frozenColumns;
  }

  /** Clears contents and formatting; notes and validation rules stay. */
  clear(): Sheet {
    const sheet = this.call('clear');
    this.eachCell(sheet, (cell) => {
      cell.value = undefined;
      cell.formula = undefined;
      cell.numberFormat = undefined;
      cell.fontWeight = undefined;
      cell.background = undefined;
      cell.wrap = undefined;
    });
    return this.self();
  }

  clearContents(): Sheet {
    const sheet = this.call('clearContents');
    this.eachCell(sheet, (cell) => {
      cell.value = undefined;
      cell.formula = undefined;
    });
    return this.self();
  }

  /** Protects the whole sheet; a sheet that is already protected returns its existing protection. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.call('protect');
    const book = spreadsheetData(this.ws, this.spreadsheetId);
    const existing = book.protections.find((p) => p.type === 'SHEET' && p.sheetId === this.sheetId);
    if (existing) return protectionHandle(this.ws, this.spreadsheetId, existing.protectionId);
    return addProtection(this.ws, this.spreadsheetId, { type: 'SHEET', sheetId: this.sheetId, area: null });
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.call('getProtections');
    return spreadsheetData(this.ws, this.spreadsheetId)
      .protections.filter((p) => p.sheetId === this.sheetId && p.type === String(type))
      .map((p) => protectionHandle(this.ws, this.spreadsheetId, p.protectionId));
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.call('setColumnWidth').columnWidths[columnPosition] = width;
    return this.self();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    const sheet = this.call('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) sheet.columnWidths[c] = width;
    return this.self();
  }

  getColumnWidth(columnPosition: number): number {
    return this.call('getColumnWidth').columnWidths[columnPosition] ?? defaultColumnWidth;
  }

  /** Fits each column to its widest displayed text (about 7 px a character plus padding). */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    const sheet = this.call('autoResizeColumns');
    const { timeZone } = spreadsheetData(this.ws, this.spreadsheetId);
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let widest = 0;
      for (const cells of Object.values(sheet.rows)) {
        const cell = cells[c];
        if (cell) widest = Math.max(widest, displayText(cell.value ?? '', cell.numberFormat, timeZone).length);
      }
      sheet.columnWidths[c] = widest === 0 ? defaultColumnWidth : widest * 7 + 10;
    }
    return this.self();
  }

  setTabColor(color: string | null): Sheet {
    this.call('setTabColor').tabColor = color;
    return this.self();
  }

  getTabColor(): string | null {
    return this.call('getTabColor').tabColor;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    const sheet = this.call('hideColumns');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) {
      if (!sheet.hiddenColumns.includes(c)) sheet.hiddenColumns.push(c);
    }
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.call('isColumnHiddenByUser').hiddenColumns.includes(columnPosition);
  }

  /**
   * Hides the tab. Sheets refuses to hide the only visible tab; the wording of that error is the emulator's own
   * (not checked against Google's). https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet()
   */
  hideSheet(): Sheet {
    const sheet = this.call('hideSheet');
    const book = spreadsheetData(this.ws, this.spreadsheetId);
    if (!sheet.hidden && book.sheets.filter((s) => !s.hidden).length <= 1)
      throw appsScriptError("You can't hide all the sheets in a document.");
    sheet.hidden = true;
    return this as unknown as Sheet;
  }

  showSheet(): Sheet {
    this.call('showSheet').hidden = false;
    return this as unknown as Sheet;
  }

  isSheetHidden(): boolean {
    return this.call('isSheetHidden').hidden === true;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.ws.meter.call('SpreadsheetApp.Sheet.getParent');
    return spreadsheetHandle(this.ws, this.spreadsheetId);
  }

  /**
   * "Returns a builder to create a new chart for this sheet": local, nothing is sent until insertChart.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#newChart()
   */
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.call('newChart');
    return new EmbeddedChartBuilder(this.ws) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }

  /**
   * "Adds a new chart to this sheet." The chart gets an id unique in the spreadsheet; inserting a chart read from
   * a sheet adds a copy with an id of its own (the emulator's choice: the reference does not say).
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertChart(EmbeddedChart)
   */
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const sheet = this.call('insertChart');
    const data = chartDataOf(chart);
    const book = spreadsheetData(this.ws, this.spreadsheetId);
    data.chartId = book.nextChartId ?? 1;
    book.nextChartId = data.chartId + 1;
    (sheet.charts ??= []).push(data);
  }

  /**
   * "Updates the chart on this sheet": the chart with the same id takes everything the rebuilt one holds.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#updateChart(EmbeddedChart)
   */
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const sheet = this.call('updateChart');
    const data = chartDataOf(chart);
    const at = (sheet.charts ?? []).findIndex((c) => data.chartId !== null && c.chartId === data.chartId);
    if (at < 0) throw chartNotOnSheet();
    sheet.charts![at] = data;
  }

  /**
   * "Removes a chart from the parent sheet."
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#removeChart(EmbeddedChart)
   */
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const sheet = this.call('removeChart');
    const data = chartDataOf(chart);
    const at = (sheet.charts ?? []).findIndex((c) => data.chartId !== null && c.chartId === data.chartId);
    if (at < 0) throw chartNotOnSheet();
    sheet.charts!.splice(at, 1);
  }

  /**
   * "Returns an array of charts on this sheet", each a snapshot: modify() and updateChart change the sheet.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getCharts()
   */
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    const sheet = this.call('getCharts');
    return (sheet.charts ?? []).map((c) => embeddedChart(this.ws, c));
  }

  private call(method: string): SheetData {
    this.ws.meter.call(`SpreadsheetApp.Sheet.${method}`);
    checkSpreadsheetAccess(this.ws, this.spreadsheetId, method);
    return sheetById(spreadsheetData(this.ws, this.spreadsheetId), this.sheetId);
  }

  private eachCell(sheet: SheetData, change: (cell: NonNullable<ReturnType<typeof cellAt>>) => void): void {
    for (const [row, cells] of Object.entries(sheet.rows)) {
      for (const [column, cell] of Object.entries(cells)) {
        change(cell);
        pruneCell(sheet, Number(row), Number(column));
      }
    }
  }

  private self(): Sheet {
    return this as unknown as Sheet;
  }
}

export function duplicateSheetName(name: string): Error {
  return appsScriptError(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

function checkPosition(afterPosition: number, max: number, howMany: number, dimension: 'rows' | 'columns'): void {
  if (afterPosition < 1 || afterPosition > max || howMany < 1) {
    throw appsScriptError(`Those ${dimension} are out of bounds.`);
  }
}

/** Makes room for `howMany` rows after `afterRow`: later cells and protected areas move down. */
function insertRows(ws: Workspace, spreadsheetId: string, sheet: SheetData, afterRow: number, howMany: number) {
  const moved: SheetData['rows'] = {};
  for (const [row, cells] of Object.entries(sheet.rows)) {
    moved[Number(row) > afterRow ? Number(row) + howMany : Number(row)] = cells;
  }
  sheet.rows = moved;
  sheet.maxRows += howMany;
  for (const protection of spreadsheetData(ws, spreadsheetId).protections) {
    if (protection.sheetId === sheet.sheetId && protection.area && protection.area.row > afterRow) {
      protection.area.row += howMany;
    }
  }
}

function shiftColumns(ws: Workspace, spreadsheetId: string, sheet: SheetData, afterColumn: number, howMany: number) {
  const shift = (column: number) => (column > afterColumn ? column + howMany : column);
  for (const [row, cells] of Object.entries(sheet.rows)) {
    const moved: Record<string, (typeof cells)[string]> = {};
    for (const [column, cell] of Object.entries(cells)) moved[shift(Number(column))] = cell;
    sheet.rows[row] = moved;
  }
  const widths: Record<string, number> = {};
  for (const [column, width] of Object.entries(sheet.columnWidths)) widths[shift(Number(column))] = width;
  sheet.columnWidths = widths;
  sheet.hiddenColumns = sheet.hiddenColumns.map(shift);
  sheet.maxColumns += howMany;
  for (const protection of spreadsheetData(ws, spreadsheetId).protections) {
    if (protection.sheetId === sheet.sheetId && protection.area && protection.area.column > afterColumn) {
      protection.area.column += howMany;
    }
  }
}

/** Appends one row after the sheet's last row with content, growing rows and columns as needed. */
export function appendRowData(
  ws: Workspace,
  spreadsheetId: string,
  sheet: SheetData,
  rowContents: unknown[],
  options: { formulasAllowed: boolean },
): void {
  if (!Array.isArray(rowContents)) throw signatureMismatch('SpreadsheetApp.Sheet.appendRow', [rowContents]);
  const row = lastRowWithContent(sheet) + 1;
  if (row > sheet.maxRows) sheet.maxRows = row;
  if (rowContents.length > sheet.maxColumns) sheet.maxColumns = rowContents.length;
  writeInputs(ws, spreadsheetId, sheet, { row, column: 1 }, [rowContents], options);
}

export function sheetHandle(ws: Workspace, spreadsheetId: string, sheetId: number): Sheet {
  return new EmulatedSheet(ws, spreadsheetId, sheetId) as unknown as Sheet;
}
