// A cell of this year's registry as it is written into next year's: what Sheets will read back as the same
// thing the admin typed. Values arrive as getValues gives them (text, numbers, booleans, and Dates for date and
// time cells, instants in the spreadsheet's own zone), and go out the way PLG Hub writes rows (row-cells.ts):
// dates and times as the text Sheets recognises ("2027-09-01", "15:30") so they become real dates and times in
// the new spreadsheet whatever its zone, and any other text kept as text — never a formula, never turned into a
// number or a date it was not.
import { escapeAsText } from '../escape';
import { wallClock, type IsoDate } from '../registry/cells';

export type CellOut = string | number | boolean;

export function carriedCell(value: unknown, cellTimeZone: string): CellOut {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value, cellTimeZone);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return escapeAsText(String(value));
}

/** A date or time cell as the wall clock it shows: "2027-09-01", "15:30" (a time-only cell) or both. */
function dateText(value: Date, cellTimeZone: string): string {
  const { date, time } = wallClock(value, cellTimeZone);
  if (date === '1899-12-30') return time;
  return time === '00:00' ? date : `${date} ${time}`;
}

/** A date PLG Hub decided (a first meeting, the year's start): the text Sheets turns into that date. */
export function dateCellOut(date: IsoDate | undefined): CellOut {
  return date ?? '';
}

export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  return !row || row.every((v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));
}
