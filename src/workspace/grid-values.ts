// A tab as the Sheets API returns it (GridData from spreadsheets.get), turned into the values `getDataRange()
// .getValues()` would give: the same rectangle, '' for empty cells, numbers, booleans and text as they are, an
// error as the code the cell shows ("#REF!"), and a date, time or date-time cell as a Date — the API sends those as
// serial numbers in the spreadsheet's zone, and only the cell's number format says which numbers are dates, so
// the format is read with the value. The registry's readers then see exactly what they saw through getValues.
// https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#CellData
import { instantOfSerial } from '../core/schedule/sheets-serial';

type GridData = GoogleAppsScript.Sheets.Schema.GridData;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;

/** What each API error type shows in its cell (and so what getValues returns for it). */
const errorCodes: Record<string, string> = {
  ERROR: '#ERROR!',
  NULL_VALUE: '#NULL!',
  DIVIDE_BY_ZERO: '#DIV/0!',
  VALUE: '#VALUE!',
  REF: '#REF!',
  NAME: '#NAME?',
  NUM: '#NUM!',
  N_A: '#N/A',
  LOADING: 'Loading...',
};

const dateTypes = new Set(['DATE', 'TIME', 'DATE_TIME']);

/** The fields of each cell that valuesOfGrid reads: ask spreadsheets.get for these and no more. */
export const gridCellFields = 'effectiveValue,effectiveFormat/numberFormat/type';

/** A tab's grid data (read from A1) as a rectangle of getValues-style values. */
export function valuesOfGrid(grid: GridData | undefined, cellTimeZone: string): unknown[][] {
  // A tab repeats its dates and times (every meeting at 15:30): each serial is resolved in the zone once.
  const instants = new Map<number, number>();
  const dateOf = (serial: number) => {
    let ms = instants.get(serial);
    if (ms === undefined) instants.set(serial, (ms = instantOfSerial(serial, cellTimeZone).getTime()));
    return new Date(ms);
  };
  const rows = (grid?.rowData ?? []).map((row) => (row.values ?? []).map((cell) => cellValue(cell, dateOf)));
  while (rows.length && rows[rows.length - 1]!.every((v) => v === '')) rows.pop();
  const width = Math.max(0, ...rows.map((row) => lastFilled(row)));
  return rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

function lastFilled(row: unknown[]): number {
  let n = row.length;
  while (n > 0 && row[n - 1] === '') n--;
  return n;
}

function cellValue(cell: CellData, dateOf: (serial: number) => Date): unknown {
  const value = cell.effectiveValue;
  if (!value) return '';
  if (value.errorValue) return errorCodes[value.errorValue.type ?? 'ERROR'] ?? '#ERROR!';
  if (value.numberValue !== undefined) {
    const type = cell.effectiveFormat?.numberFormat?.type;
    return type && dateTypes.has(type) ? dateOf(value.numberValue) : value.numberValue;
  }
  if (value.boolValue !== undefined) return value.boolValue;
  return value.stringValue ?? '';
}
