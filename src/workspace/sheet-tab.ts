// One registry tab, read with a single getValues (or with every other tab, registry-io.ts), its changes staged
// and written back through the registry's write queue (write-queue.ts): staged cells grouped into rectangles of
// consecutive rows and adjacent columns, appended rows as one block, and every tab's blocks sent together in one
// Sheets API call at each flush. Cells nobody staged are never written, so a person's typing elsewhere is left alone.
import { headerKey } from '../core/registry/read-tab';
import { WriteQueue, type Block, type QueuedTab } from './write-queue';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Thrown by a flush inside readOnly(): the work wanted to write. */
class WouldWrite extends Error {}
let readOnlyDepth = 0;

/** Refuses a write inside readOnly() before anything is written (a tab made, a row added, a cell set). */
export function beforeWrite(what: string): void {
  if (readOnlyDepth > 0) throw new WouldWrite(`${what} would be written`);
}

/**
 * Runs `work` allowed to read but not to write a tab: its result, or undefined as soon as it would write (nothing
 * has been written then). Lets a caller read without the script lock and take it only when there is writing to do.
 */
export function readOnly<T>(work: () => T): T | undefined {
  readOnlyDepth += 1;
  try {
    return work();
  } catch (error) {
    if (error instanceof WouldWrite) return undefined;
    throw error;
  } finally {
    readOnlyDepth -= 1;
  }
}

export class SheetTab implements QueuedTab {
  private staged = new Map<number, Map<number, unknown>>(); // column → row → value (1-based)
  private appended: unknown[][] = [];
  /** The blocks handed to the queue for the send under way (pendingBlocks), applied to `values` once written. */
  private sending: Block[] = [];
  private sendingAppended = 0;

  private constructor(
    readonly name: string,
    readonly sheet: Sheet,
    readonly values: unknown[][],
    readonly queue: WriteQueue,
  ) {
    queue.register(this);
  }

  /** A tab whose values were read elsewhere (openRegistry reads every tab in one call); written with `queue`. */
  static of(name: string, sheet: Sheet, values: unknown[][], queue: WriteQueue): SheetTab {
    return new SheetTab(name, sheet, values, queue);
  }

  /**
   * Reads the whole tab: one getValues. Undefined when the tab does not exist. Written through `queue` when given
   * (to go out with other tabs' writes), else through a queue of its own.
   */
  static read(
    spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    name: string,
    queue: WriteQueue = new WriteQueue(spreadsheet),
  ): SheetTab | undefined {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) return undefined;
    return new SheetTab(name, sheet, sheet.getDataRange().getValues(), queue);
  }

  get headers(): string[] {
    return (this.values[0] ?? []).map((h) => String(h).trim());
  }

  /** 1-based column of a header, matched as read-tab matches it (case and spacing ignored). */
  columnOf(header: string): number | undefined {
    const key = headerKey(header);
    const index = this.headers.findIndex((h) => headerKey(h) === key);
    return index < 0 ? undefined : index + 1;
  }

  /** The value as read (or as staged), by 1-based row and header. */
  get(row: number, header: string): unknown {
    const column = this.columnOf(header);
    if (column === undefined) return undefined;
    const staged = this.staged.get(column);
    if (staged?.has(row)) return staged.get(row);
    return this.values[row - 1]?.[column - 1] ?? '';
  }

  set(row: number, header: string, value: unknown): void {
    const column = this.columnOf(header);
    if (column === undefined) throw new Error(`${this.name} has no column "${header}"`);
    if (this.values[row - 1]?.[column - 1] === value && !this.staged.get(column)?.has(row)) return;
    if (!this.staged.has(column)) this.staged.set(column, new Map());
    this.staged.get(column)!.set(row, value);
  }

  /** Stages a new row at the end; values by header, unknown headers ignored. Returns its 1-based row. */
  append(byHeader: Record<string, unknown>): number {
    const row = this.headers.map(() => '' as unknown);
    for (const [header, value] of Object.entries(byHeader)) {
      const column = this.columnOf(header);
      if (column !== undefined) row[column - 1] = value ?? '';
    }
    this.appended.push(row);
    return Math.max(this.values.length, 1) + this.appended.length;
  }

  get pending(): number {
    let cells = this.appended.length;
    for (const rows of this.staged.values()) cells += rows.size;
    return cells;
  }

  /**
   * Writes what is staged — this tab's and every other tab's of the same registry — in one call. A flush point:
   * callers flush where what is staged must be on the sheet before the next change to Google (a calendar batch's
   * results before the next batch is sent).
   */
  flush(): void {
    this.queue.send();
  }

  pendingBlocks(): Block[] {
    if (this.pending === 0) return [];
    beforeWrite(this.name);
    this.sending = blocksOf(this.staged);
    this.sendingAppended = this.appended.length;
    const appended =
      this.appended.length > 0
        ? [{ row: Math.max(this.values.length, 1) + 1, column: 1, values: [...this.appended] }]
        : [];
    return [...this.sending, ...appended];
  }

  written(): void {
    for (const block of this.sending) {
      block.values.forEach((cells, i) => {
        const target = (this.values[block.row - 1 + i] ??= []);
        cells.forEach((v, j) => (target[block.column - 1 + j] = v));
      });
    }
    this.staged.clear();
    this.values.push(...this.appended.splice(0, this.sendingAppended));
    this.sending = [];
    this.sendingAppended = 0;
  }
}

/** Groups staged cells into rectangles: runs of consecutive rows, merged across adjacent columns with the same run. */
function blocksOf(staged: Map<number, Map<number, unknown>>): Block[] {
  const runs = new Map<string, { start: number; end: number; columns: number[] }>();
  for (const [column, rows] of staged) {
    const sorted = [...rows.keys()].sort((a, b) => a - b);
    let start = sorted[0]!;
    for (let i = 1; i <= sorted.length; i++) {
      if (i === sorted.length || sorted[i] !== sorted[i - 1]! + 1) {
        const end = sorted[i - 1]!;
        const key = `${start}:${end}`;
        if (!runs.has(key)) runs.set(key, { start, end, columns: [] });
        runs.get(key)!.columns.push(column);
        start = sorted[i]!;
      }
    }
  }
  const blocks: Block[] = [];
  for (const run of runs.values()) {
    const columns = run.columns.sort((a, b) => a - b);
    let first = 0;
    for (let i = 1; i <= columns.length; i++) {
      if (i === columns.length || columns[i] !== columns[i - 1]! + 1) {
        const span = columns.slice(first, i);
        const values: unknown[][] = [];
        for (let row = run.start; row <= run.end; row++) values.push(span.map((c) => staged.get(c)!.get(row)));
        blocks.push({ row: run.start, column: span[0]!, values });
        first = i;
      }
    }
  }
  return blocks;
}
