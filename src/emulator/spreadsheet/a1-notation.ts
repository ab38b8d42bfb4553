// A1 notation as Sheets reads it: "B2", "A1:C3", open-ended "A2:C" (to the last row), whole columns "A:C",
// whole rows "2:4", "$A$1", lower case, and an optional sheet prefix "Tab!A1" or "'Tab Name'!A1:B"
// (a quote inside a quoted name is doubled). https://developers.google.com/sheets/api/guides/concepts#cell
import { appsScriptError } from '../errors';
import type { GridArea } from './model';

export interface A1Reference {
  sheetName: string | null;
  /** Resolves the reference against a sheet's grid size (open ends run to the grid's edge). */
  area(maxRows: number, maxColumns: number): GridArea;
}

const sheetPrefixPattern = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/;
const cellPattern = /^\$?([A-Za-z]*)\$?(\d*)$/;

export function rangeNotFound(): Error {
  return appsScriptError('Range not found');
}

export function parseA1(notation: string): A1Reference {
  const trimmed = notation.trim();
  const prefixed = sheetPrefixPattern.exec(trimmed);
  const sheetName = prefixed ? (prefixed[1]?.replace(/''/g, "'") ?? prefixed[2]!.trim()) : null;
  const cells = (prefixed ? prefixed[3]! : trimmed).split(':');
  if (cells.length > 2) throw rangeNotFound();
  const [start, end] = cells.map(parseCellPart);
  if (!start || (end === undefined && (start.column === null || start.row === null))) throw rangeNotFound();
  // A whole-row start ("2:") needs a whole-row end, a whole-column start ("A:") a whole-column end.
  if (end && start.column === null && (end.column !== null || end.row === null)) throw rangeNotFound();
  if (end && start.row === null && end.row !== null) throw rangeNotFound();
  return {
    sheetName,
    area(maxRows, maxColumns) {
      const last = end ?? start;
      const firstRow = start.row ?? 1;
      const firstColumn = start.column ?? 1;
      const lastRow = last.row ?? maxRows;
      const lastColumn = last.column ?? maxColumns;
      const row = Math.min(firstRow, lastRow);
      const column = Math.min(firstColumn, lastColumn);
      return {
        row,
        column,
        numRows: Math.max(firstRow, lastRow) - row + 1,
        numColumns: Math.max(firstColumn, lastColumn) - column + 1,
      };
    },
  };
}

function parseCellPart(part: string): { row: number | null; column: number | null } {
  const match = cellPattern.exec(part);
  if (!match || (!match[1] && !match[2])) throw rangeNotFound();
  const row = match[2] ? Number(match[2]) : null;
  if (row === 0) throw rangeNotFound();
  return { column: match[1] ? columnNumber(match[1]) : null, row };
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function areaA1(area: GridArea): string {
  const start = cellA1(area.row, area.column);
  if (area.numRows === 1 && area.numColumns === 1) return start;
  return `${start}:${cellA1(area.row + area.numRows - 1, area.column + area.numColumns - 1)}`;
}
