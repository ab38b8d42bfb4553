// A registry tab described once: its columns (header, note, cell type, dropdown) give Set up its headers,
// notes and validation, and give reading its zod row schema. Headers are matched by name, so a school may
// reorder columns or add its own.
import { z } from 'zod';

/** What reading a cell may depend on: the school's time zone turns Date cells into calendar days. */
export interface ReadContext {
  timeZone: string;
}

export interface Column<S extends z.ZodType = z.ZodType> {
  header: string;
  /** Shown as the header cell's note: what to type here. */
  note: string;
  cell: (ctx: ReadContext) => S;
  /** A required column must be present; a missing or renamed header is one problem for the whole tab. */
  required: boolean;
  /** Values offered as a dropdown (data validation that warns, never blocks). */
  options?: readonly string[];
  /** Written by PLG Hub: protected with a warning so hand edits are deliberate. */
  generated?: boolean;
  /**
   * PLG Hub's own bookkeeping, never edited by people (what the schedule produced, the event id, what was last
   * sent): kept right of every other column, and Set up greys and hides it. Hidden, never removed — reading
   * matches it by header whether it shows or not.
   */
  internal?: boolean;
  /** A date or time-of-day column: Set up gives it a number format that shows just that, in whole minutes. */
  format?: 'date' | 'time';
}

export type Columns = Record<string, Column>;

export type RowOf<C extends Columns> = { [K in keyof C]: z.output<ReturnType<C[K]['cell']>> };

export interface TabSpec<C extends Columns = Columns> {
  name: string;
  /** One line for the Set up card and the README: what this tab records. */
  about: string;
  columns: C;
}

export function column<S extends z.ZodType>(
  header: string,
  cell: S | ((ctx: ReadContext) => S),
  options: {
    note: string;
    required?: boolean;
    options?: readonly string[];
    generated?: boolean;
    internal?: boolean;
    format?: 'date' | 'time';
  },
): Column<S> {
  return {
    header,
    note: options.note,
    cell: typeof cell === 'function' ? (cell as (ctx: ReadContext) => S) : () => cell,
    required: options.required ?? false,
    options: options.options,
    generated: options.generated,
    internal: options.internal,
    format: options.format,
  };
}

export function rowSchema<C extends Columns>(tab: TabSpec<C>, ctx: ReadContext): z.ZodType<RowOf<C>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, col] of Object.entries(tab.columns)) shape[key] = col.cell(ctx);
  return z.object(shape) as unknown as z.ZodType<RowOf<C>>;
}

export function headersOf(tab: TabSpec): string[] {
  return Object.values(tab.columns).map((c) => c.header);
}
