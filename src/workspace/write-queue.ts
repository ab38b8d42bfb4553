// Every write to one registry spreadsheet, sent together: the tabs staged cells and appended rows, an owned tab's
// new rows, gathered from every tab of the open registry and sent at a flush point as ONE Sheets API call,
// spreadsheets.values.batchUpdate, however many tabs and blocks it carries. Range.setValues would take a call per
// block (71 in a first sync), each a round trip of its own.
// https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate
//
// The values are sent as USER_ENTERED — "parsed as if the user typed them into the UI", which is what setValues
// does with a string — so text escaped by core/escape.ts lands as text, "2026-09-08" and "15:30" become a date and
// a time, and "=…" a formula where PLG Hub writes one. The API takes only text, numbers and booleans: a Date goes as
// the wall-clock text of its instant in the spreadsheet's zone ("2026-09-08 15:30:00"), which Sheets reads back as
// that very instant, and an empty cell as "" (a null would leave the cell as it was).
// https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange
//
// The method does not grow a tab: values past its last row are refused whole ("exceeds grid limits"), nothing
// written. Rather than ask every tab its size before each write (a call per tab), the queue sends, and only when
// refused asks the tabs it wrote to for their size, adds the rows and columns missing, and sends again — the same
// values, so a second send is harmless.
import { serialAt, wallOfSerial } from '../core/schedule/sheets-serial';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A rectangle of values at a 1-based row and column. */
export interface Block {
  row: number;
  column: number;
  values: unknown[][];
}

/** A tab with writes waiting (SheetTab): what it would write, and what to do once it is written. */
export interface QueuedTab {
  readonly name: string;
  readonly sheet: Sheet;
  /** Its waiting writes as blocks; refuses (readOnly) before anything is sent when it has any. */
  pendingBlocks(): Block[];
  /** The blocks reached the sheet: take them as read. */
  written(): void;
}

interface Write {
  sheet: Sheet;
  block: Block;
}

export class WriteQueue {
  private readonly tabs: QueuedTab[] = [];
  private loose: Write[] = [];
  /** Values.batchUpdate calls sent so far (for tests). */
  sends = 0;

  constructor(
    private readonly spreadsheet: Spreadsheet,
    private timeZone?: string,
  ) {}

  /** A tab whose staged writes go out with every send of this queue. */
  register(tab: QueuedTab): void {
    if (!this.tabs.includes(tab)) this.tabs.push(tab);
  }

  /** Values for `sheet` (a tab no SheetTab holds, e.g. an owned tab rewritten whole), sent with the next send. */
  stage(sheet: Sheet, block: Block): void {
    if (block.values.length > 0) this.loose.push({ sheet, block });
  }

  /**
   * Sends every waiting write of every tab in one call, then marks them written. Nothing waiting, no call. A failed
   * send leaves everything waiting, so the next flush (or the next run, which reads the tabs afresh) writes it.
   */
  send(): void {
    const fromTabs = this.tabs.map((tab) => ({ tab, blocks: tab.pendingBlocks() }));
    const writes: Write[] = [
      ...fromTabs.flatMap(({ tab, blocks }) => blocks.map((block) => ({ sheet: tab.sheet, block }))),
      ...this.loose,
    ];
    if (writes.length === 0) return;
    try {
      this.batchUpdate(writes);
    } catch (error) {
      if (!/exceeds grid limits/.test(String((error as Error)?.message))) throw error;
      growFor(writes);
      this.batchUpdate(writes);
    }
    this.loose = [];
    for (const { tab, blocks } of fromTabs) if (blocks.length > 0) tab.written();
  }

  private batchUpdate(writes: Write[]): void {
    const data = writes.map(({ sheet, block }) => ({
      range: `${quotedSheetName(sheet.getName())}!${a1(block)}`,
      majorDimension: 'ROWS',
      values: block.values.map((row) => row.map((value) => this.apiValue(value))),
    }));
    this.sends += 1;
    sheetsApi().Spreadsheets!.Values!.batchUpdate({ valueInputOption: 'USER_ENTERED', data }, this.spreadsheet.getId());
  }

  /** A cell's value as the API takes it (text, number or boolean): see the head of this file. */
  private apiValue(value: unknown): string | number | boolean {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
    if (Object.prototype.toString.call(value) === '[object Date]') {
      this.timeZone ??= this.spreadsheet.getSpreadsheetTimeZone();
      return wallText((value as Date).getTime(), this.timeZone);
    }
    return String(value);
  }
}

/** "2026-09-08 15:30:00": what clocks in the zone show at the instant, to the second, as Sheets parses it. */
function wallText(ms: number, timeZone: string): string {
  const wall = wallOfSerial(serialAt(Math.round(ms / 1000) * 1000, timeZone));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)} ` +
    `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`
  );
}

/** Adds the rows and columns each written tab lacks (asked only after the API refused a write past a grid). */
function growFor(writes: Write[]): void {
  const needs = new Map<Sheet, { rows: number; columns: number }>();
  for (const { sheet, block } of writes) {
    const need = needs.get(sheet) ?? { rows: 0, columns: 0 };
    need.rows = Math.max(need.rows, block.row + block.values.length - 1);
    need.columns = Math.max(need.columns, block.column + Math.max(...block.values.map((r) => r.length)) - 1);
    needs.set(sheet, need);
  }
  for (const [sheet, need] of needs) {
    const rows = sheet.getMaxRows();
    if (need.rows > rows) sheet.insertRowsAfter(rows, need.rows - rows);
    const columns = sheet.getMaxColumns();
    if (need.columns > columns) sheet.insertColumnsAfter(columns, need.columns - columns);
  }
}

function a1(block: Block): string {
  const width = Math.max(...block.values.map((r) => r.length));
  const start = `${columnLetters(block.column)}${block.row}`;
  const end = `${columnLetters(block.column + width - 1)}${block.row + block.values.length - 1}`;
  return start === end ? start : `${start}:${end}`;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet's name in A1 notation: quoted, a quote inside doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The Sheets advanced service (the manifest enables it); a clear error, not a TypeError, if it is missing. */
export function sheetsApi(): GoogleAppsScript.Sheets {
  if (typeof Sheets === 'undefined' || !Sheets) {
    throw new Error('The Sheets advanced service is not enabled: add it to appsscript.json (userSymbol "Sheets").');
  }
  return Sheets;
}
