// Exports an emulated spreadsheet to .xlsx so a person can open the demo's results in Excel or Sheets:
// every tab, typed values (dates as Excel dates showing the spreadsheet's wall-clock time), formulas with
// any seeded result, frozen rows and columns, notes as comments, dropdowns and other validation rules,
// bold and fills, tab colors, hidden columns, and column widths (set ones, else roughly fitted). Embedded charts
// are not carried: exceljs writes no charts, so each is listed in a note on the cell it is anchored to (its
// title, type and the cells it draws) rather than drawn as something it is not.
import ExcelJS from 'exceljs';
import { wallClockIn } from '../base-services/zoned-time';
import { displayText } from '../spreadsheet/display-format';
import { areaA1 } from '../spreadsheet/a1-notation';
import type { ChartData } from '../spreadsheet/embedded-chart';
import {
  isDate,
  spreadsheetData,
  type CellData,
  type SheetData,
  type SpreadsheetData,
  type ValidationRule,
} from '../spreadsheet/model';
import type { Workspace } from '../workspace';

/** Excel measures column width in characters of about 7 pixels. */
const pixelsPerCharacter = 7;
const minFittedWidth = 8;
const maxFittedWidth = 60;
const defaultDateFormat = 'yyyy-mm-dd hh:mm:ss';
/** Characters Excel allows in a list validation's formula. */
const excelListLimit = 255;

export async function exportXlsx(ws: Workspace, spreadsheetId: string, path: string): Promise<void> {
  const book = spreadsheetData(ws, spreadsheetId);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = ws.user.email;
  for (const sheet of book.sheets) addWorksheet(workbook, sheet, book.timeZone, chartNotes(book, sheet));
  await workbook.xlsx.writeFile(path);
}

/** Anchor cell ("row:column") → the notes listing the charts anchored there. */
function chartNotes(book: SpreadsheetData, sheet: SheetData): Map<string, string> {
  const notes = new Map<string, string>();
  for (const chart of sheet.charts ?? []) {
    const key = `${chart.position.row}:${chart.position.column}`;
    notes.set(key, [notes.get(key), chartNote(book, chart)].filter(Boolean).join('\n\n'));
  }
  return notes;
}

function chartNote(book: SpreadsheetData, chart: ChartData): string {
  const title = typeof chart.options.title === 'string' ? `"${chart.options.title}"` : 'untitled';
  const ranges = chart.ranges.map((r) => {
    const tab = book.sheets.find((s) => s.sheetId === r.sheetId)?.name;
    return tab === undefined ? '(a deleted tab)' : `'${tab.replace(/'/g, "''")}'!${areaA1(r.area)}`;
  });
  return (
    `Chart in Google Sheets, not carried to .xlsx: ${title}, ${(chart.chartType ?? 'default').toLowerCase()} ` +
    `chart of ${ranges.join(', ') || 'no cells'}.`
  );
}

function addWorksheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetData,
  timeZone: string,
  charts: ReadonlyMap<string, string>,
): void {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: frozen ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [],
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    state: sheet.hidden ? 'hidden' : 'visible',
  });
  const textWidths: Record<number, number> = {};
  for (const [rowKey, cells] of Object.entries(sheet.rows)) {
    for (const [columnKey, data] of Object.entries(cells)) {
      const cell = worksheet.getCell(Number(rowKey), Number(columnKey));
      writeCell(cell, data, timeZone, charts.get(`${rowKey}:${columnKey}`));
      const shown = displayText(data.value ?? '', data.numberFormat, timeZone).length;
      textWidths[Number(columnKey)] = Math.max(textWidths[Number(columnKey)] ?? 0, shown);
    }
  }
  // A chart anchored on an empty cell still gets its note.
  for (const [key, note] of charts) {
    const [row, column] = key.split(':').map(Number) as [number, number];
    if (sheet.rows[row]?.[column]) continue;
    // exceljs leaves out a cell with no value, and its note with it: an empty string keeps both.
    const cell = worksheet.getCell(row, column);
    cell.value = '';
    cell.note = note;
  }
  const lastColumn = Math.max(
    0,
    ...Object.keys(textWidths).map(Number),
    ...Object.keys(sheet.columnWidths).map(Number),
  );
  for (let c = 1; c <= lastColumn; c++) {
    const column = worksheet.getColumn(c);
    const setWidth = sheet.columnWidths[c];
    column.width =
      setWidth !== undefined
        ? setWidth / pixelsPerCharacter
        : Math.min(maxFittedWidth, Math.max(minFittedWidth, (textWidths[c] ?? 0) + 2));
    column.hidden = sheet.hiddenColumns.includes(c);
  }
}

function writeCell(cell: ExcelJS.Cell, data: CellData, timeZone: string, chartNote?: string): void {
  const value = isDate(data.value) ? excelDate(data.value, timeZone) : data.value;
  if (data.formula !== undefined) {
    cell.value = { formula: data.formula.replace(/^=/, ''), result: value as ExcelJS.CellFormulaValue['result'] };
  } else if (value !== undefined) {
    cell.value = value;
  }
  const format = data.numberFormat ?? (isDate(data.value) ? defaultDateFormat : undefined);
  if (format && format !== 'General') cell.numFmt = format;
  if (data.fontWeight === 'bold') cell.font = { bold: true };
  if (data.background) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(data.background) } };
  if (data.wrap) cell.alignment = { wrapText: true };
  const note = [data.note, chartNote].filter(Boolean).join('\n\n');
  if (note) cell.note = note;
  const validation = data.validation && excelValidation(data.validation);
  if (validation) cell.dataValidation = validation;
}

// Excel dates have no time zone: write the wall-clock time the spreadsheet shows.
function excelDate(value: Date, timeZone: string): Date {
  const wall = wallClockIn(value, timeZone);
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date;
}

/** The Excel equivalent of a rule; undefined for criteria Excel cannot express, which are left out. */
function excelValidation(rule: ValidationRule): ExcelJS.DataValidation | undefined {
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    ...(rule.helpText ? { showInputMessage: true, prompt: rule.helpText } : {}),
  };
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      // Excel caps an inline list at 255 characters and calls a file with a longer one damaged; such a list
      // (the time-zone dropdown) is left out of the export, the cell keeps its value.
      const formula = listFormula(rule.args[0] as string[]);
      return formula.length <= excelListLimit ? { ...common, type: 'list', formulae: [formula] } : undefined;
    }
    case 'CHECKBOX':
      return { ...common, type: 'list', formulae: [listFormula(['TRUE', 'FALSE'])] };
    case 'NUMBER_BETWEEN':
      return { ...common, type: 'decimal', operator: 'between', formulae: rule.args.map(Number) };
    case 'DATE_IS_VALID_DATE':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
    default:
      return undefined;
  }
}

function listFormula(values: string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
}

function argb(color: string): string {
  const hex = color.replace('#', '');
  return `FF${(hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toUpperCase()}`;
}
