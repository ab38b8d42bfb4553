// Reads one registry tab as getValues() returns it: row 1 holds the headers, found by name so a school may
// reorder columns or add its own. Every unreadable cell becomes a problem a person can act on; reading never
// throws, whatever a sheet holds.
import type { z } from 'zod';
import type { Problem } from '../problems';
import { wallClock } from './cells';
import type { Columns, ReadContext, RowOf, TabSpec } from './tab-spec';

export interface ReadRow<R> {
  row: R;
  /** 1-based sheet row, as the admin sees it. */
  rowNumber: number;
}

export interface TabRead<C extends Columns> {
  rows: ReadRow<RowOf<C>>[];
  problems: Problem[];
  /** 0-based column of each known header; undefined when an optional column is absent. */
  headerIndex: Record<keyof C, number | undefined>;
  /** Headers the school added that PLG Hub does not read. */
  extraHeaders: string[];
  /** Rows skipped for a bad cell, with the cells that did read: other tabs referring to them are explained, not blamed. */
  unreadableRows: ReadRow<Partial<RowOf<C>>>[];
}

const longestValueShown = 80;

/** Headers match whatever the case or spacing: "staff  Email " still finds "Staff email". */
export function headerKey(header: unknown): string {
  return cellText(header).toLowerCase().replace(/\s+/g, '');
}

/**
 * getValues() only returns strings, numbers, booleans and Dates; anything else (from a caller's bug or a test's
 * noise) is read as its text, so the cell types never see a value they cannot handle.
 */
export function sheetValue(value: unknown): unknown {
  if (value === null || value === undefined || value instanceof Date) return value;
  return typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol'
    ? cellText(value)
    : value;
}

export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A cell as a person would recognise it in a problem message. */
export function cellText(value: unknown, timeZone = 'UTC'): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'an invalid date';
    const { date, time } = wallClock(value, timeZone);
    if (date === '1899-12-30') return time; // a time-only cell
    return time === '00:00' ? date : `${date} ${time}`;
  }
  const text =
    typeof value === 'object' ? safeJson(value) : typeof value === 'symbol' ? value.toString() : String(value);
  return text.length > longestValueShown
    ? `${Array.from(text.slice(0, longestValueShown + 1))
        .slice(0, longestValueShown)
        .join('')}…`
    : text;
}

function safeJson(value: object): string {
  try {
    return JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * zod's own fallbacks ("Invalid input", "Invalid string: …") mean nothing to a school admin, so such issues are reworded from what
 * the cell holds; the cell types' messages are already written for people and pass through.
 */
export function explainCellIssue(value: unknown, issue: z.core.$ZodIssue | undefined, whatToType: string): string {
  const message = issue?.message ?? '';
  if (message && !message.startsWith('Invalid ')) return message;
  if (isBlankCell(value)) return `is empty — fill it in: ${whatToType}`;
  if (value instanceof Date) {
    return 'was turned into a date by Sheets — format the column as plain text (Format ▸ Number ▸ Plain text) and retype it';
  }
  return `cannot be read here — ${whatToType}`;
}

export function readTab<C extends Columns>(tab: TabSpec<C>, values: unknown[][], ctx: ReadContext): TabRead<C> {
  const keys = Object.keys(tab.columns) as (keyof C & string)[];
  const headerIndex = Object.fromEntries(keys.map((k) => [k, undefined])) as Record<keyof C, number | undefined>;
  const problems: Problem[] = [];
  const extraHeaders: string[] = [];
  const table = Array.isArray(values) ? values : [];
  const headerRow = Array.isArray(table[0]) ? table[0] : [];

  const keyByHeader = new Map(keys.map((k) => [headerKey(tab.columns[k]!.header), k]));
  headerRow.forEach((cell, index) => {
    const key = keyByHeader.get(headerKey(cell));
    if (key === undefined) {
      if (!isBlankCell(cell)) extraHeaders.push(cellText(cell, ctx.timeZone));
    } else if (headerIndex[key] === undefined) {
      headerIndex[key] = index;
    } else {
      problems.push({
        severity: 'warning',
        tab: tab.name,
        row: 1,
        column: tab.columns[key]!.header,
        message: `the column "${tab.columns[key]!.header}" appears twice — PLG Hub reads the first one (column ${columnLetter(headerIndex[key]!)}); rename or delete the one in column ${columnLetter(index)}`,
      });
    }
  });

  const missing = keys.filter((k) => tab.columns[k]!.required && headerIndex[k] === undefined);
  for (const key of missing) {
    const header = tab.columns[key]!.header;
    problems.push({
      severity: 'error',
      tab: tab.name,
      row: 1,
      column: header,
      message: `the column "${header}" is missing — add a header cell with exactly that text`,
    });
  }
  // A tab missing a required column cannot be read safely, so nothing downstream uses any of its rows.
  if (missing.length > 0) return { rows: [], problems, headerIndex, extraHeaders, unreadableRows: [] };

  const schemas = cellSchemas(tab, ctx);
  const readers = keys.map((key) => ({
    key,
    column: tab.columns[key]!,
    index: headerIndex[key],
    schema: schemas[key]!,
  }));
  const rows: ReadRow<RowOf<C>>[] = [];
  const unreadableRows: ReadRow<Partial<RowOf<C>>>[] = [];

  for (let r = 1; r < table.length; r++) {
    const cells = Array.isArray(table[r]) ? table[r]! : [];
    // Only the columns PLG Hub reads decide whether a row is blank: a note in a column of the school's own is
    // not a row to read.
    if (readers.every(({ index }) => index === undefined || isBlankCell(cells[index]))) continue;
    const row: Record<string, unknown> = {};
    let valid = true;
    for (const { key, column, index, schema } of readers) {
      const raw = index === undefined ? undefined : sheetValue(cells[index]);
      // Blank cells reach the cell types as undefined, so "optional" and defaults mean "may be left empty".
      const result = schema.safeParse(isBlankCell(raw) ? undefined : raw);
      if (result.success) {
        row[key] = result.data;
        continue;
      }
      valid = false;
      problems.push({
        severity: 'error',
        tab: tab.name,
        row: r + 1,
        column: column.header,
        value: cellText(raw, ctx.timeZone),
        message: `${explainCellIssue(raw, result.error.issues[0], column.note)} (row skipped until fixed)`,
      });
    }
    if (valid) rows.push({ row: row as RowOf<C>, rowNumber: r + 1 });
    else unreadableRows.push({ row: row as Partial<RowOf<C>>, rowNumber: r + 1 });
  }
  return { rows, problems, headerIndex, extraHeaders, unreadableRows };
}

// Cell types are built once per tab and time zone, not per row or per read: building zod schemas costs far more
// than using them.
const schemaCache = new WeakMap<TabSpec, Map<string, Record<string, z.ZodType>>>();

function cellSchemas(tab: TabSpec, ctx: ReadContext): Record<string, z.ZodType> {
  const byZone = schemaCache.get(tab) ?? new Map<string, Record<string, z.ZodType>>();
  schemaCache.set(tab, byZone);
  let schemas = byZone.get(ctx.timeZone);
  if (!schemas) {
    schemas = Object.fromEntries(Object.entries(tab.columns).map(([key, column]) => [key, column.cell(ctx)]));
    byZone.set(ctx.timeZone, schemas);
  }
  return schemas;
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
