// Cell-level zod types: what a person types into a registry cell, read the way Sheets hands it to Apps Script
// (Date objects for date and time cells, '' for empty cells, numbers as numbers, error strings like '#REF!').
import { z } from 'zod';
import { wallAsUtcMs, wallTimeAt } from '../schedule/zoned-time';

const sheetErrors = /^#(REF!|N\/A|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!|ERROR!)$/;

/** Blank-ish cells ('' or whitespace) become undefined, so `.optional()` means "may be left empty". */
const blankToUndefined = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') ? undefined : value;

const notAFormulaError = (value: unknown, ctx: z.RefinementCtx) => {
  if (typeof value === 'string' && sheetErrors.test(value.trim())) {
    ctx.addIssue({
      code: 'custom',
      message: `the cell shows the formula error ${value.trim()} — fix the formula or type the value`,
    });
  }
};

export const text = z.preprocess(
  blankToUndefined,
  z
    .union([z.string(), z.number(), z.boolean()])
    .superRefine(notAFormulaError)
    .transform((v) => String(v).trim()),
);

/**
 * Text with a length limit set by where it goes (an event title, a description, a Doc or Form title, a card):
 * a cell too long for its destination is reported with the limit, and its row held, rather than failing every
 * sync for the whole school when Google refuses the write.
 */
export function limitedText(max: number, destination: string) {
  return text.pipe(
    z.string().refine((value) => value.length <= max, {
      error: (issue) =>
        `is ${String(issue.input).length.toLocaleString('en-US')} characters long — ${destination} holds at most ${max.toLocaleString('en-US')}; shorten it`,
    }),
  );
}

export const email = z.preprocess(
  blankToUndefined,
  z
    .string({ error: 'an email address is required' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'is not an email address — use the address from the Staff tab' })),
);

/** A calendar date with no time: kept as 'YYYY-MM-DD' so time zones cannot shift it. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'is not a date — type it as 2026-09-01' });
export type IsoDate = z.infer<typeof isoDate>;

/**
 * Reads a date cell: a Date from Sheets (its calendar day in the spreadsheet's zone) or text in the one form no
 * locale reads differently, 2026-09-01. Text like 01/10/2026 is refused, never guessed: is it 1 October or
 * 10 January? A guess in either direction would silently move a meeting or end a membership.
 */
export function dateCell({ timeZone }: { timeZone: string }) {
  return z.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      if (v instanceof Date || (typeof v === 'object' && v !== null && typeof (v as Date).getTime === 'function')) {
        return Number.isNaN((v as Date).getTime()) ? 'invalid' : wallClock(v as Date, timeZone).date;
      }
      if (typeof v === 'string') return parseDateText(v.trim()) ?? v.trim();
      return v;
    },
    z
      .string({ error: 'a date is required' })
      .superRefine(notAFormulaError)
      .superRefine((value, ctx) => {
        const ambiguous = ambiguousDateText(value);
        if (ambiguous) ctx.addIssue({ code: 'custom', message: ambiguous, abort: true });
      })
      .pipe(isoDate.refine(validCalendarDate, { error: 'is not a date — type it as 2026-09-01' })),
  );
}

/** Reads a time-of-day cell: a Sheets time (Date on 1899-12-30) or text like 15:30 or 3:30 PM → "HH:MM". */
export function timeCell({ timeZone }: { timeZone: string }) {
  return z.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      if (v instanceof Date || (typeof v === 'object' && v !== null && typeof (v as Date).getTime === 'function')) {
        return Number.isNaN((v as Date).getTime()) ? 'invalid' : wallClock(v as Date, timeZone).time;
      }
      if (typeof v === 'string') return parseTimeText(v.trim()) ?? v.trim();
      return v;
    },
    z
      .string({ error: 'a time is required' })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'is not a time — type it as 15:30' }),
  );
}

export const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      return typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v.trim()) : v;
    },
    z
      .number({ error: `a whole number from ${min} to ${max} is required` })
      .int({ error: 'must be a whole number' })
      .min(min, { error: `must be at least ${min}` })
      .max(max, { error: `must be at most ${max}` }),
  );

export const yesNo = z.preprocess(
  (value) => {
    const v = blankToUndefined(value);
    if (typeof v === 'string') {
      const t = v.trim().toLowerCase();
      if (['yes', 'y', 'true', '1', 'x', '✓', '✔'].includes(t)) return true;
      if (['no', 'n', 'false', '0'].includes(t)) return false;
    }
    return v;
  },
  z.boolean({ error: 'must be Yes or No' }),
);

/** A choice from a fixed list, matched case-insensitively and ignoring spaces/hyphens/underscores. */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  const key = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  return z.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      if (typeof v !== 'string') return v;
      return values.find((c) => key(c) === key(v)) ?? v.trim();
    },
    z.enum(values, { error: `must be one of: ${values.join(', ')}` }),
  );
}

/** A list typed in one cell, separated by commas, semicolons or new lines. */
/** Sentences typed in one cell (they may hold commas): one per line, or separated by semicolons. */
export const sentences = z.preprocess(
  (value) =>
    blankToUndefined(value) === undefined
      ? []
      : String(value)
          .split(/[;\n]/)
          .map((s) => s.trim())
          .filter(Boolean),
  z.array(z.string()),
);

export const list = z.preprocess(
  (value) =>
    blankToUndefined(value) === undefined
      ? []
      : String(value)
          .split(/[,;\n]/)
          .map((s) => s.trim())
          .filter(Boolean),
  z.array(z.string()),
);

/**
 * The calendar day and 'HH:MM' that clocks in `timeZone` show at `date`, to the nearest minute; one cached Intl
 * formatter per zone (schedule/zoned-time.ts). Rounding matters for cells: Sheets hands a time-only cell to
 * Apps Script as an instant on its 1899-12-30 epoch, where many zones still kept local mean time (Kolkata
 * +5:21:10, Chatham +12:13:48). Sheets and Apps Script need not carry the same seconds of that history, so
 * 15:30 may come back as 15:29:59 or 15:30:10; a registry never means seconds, so the nearest minute is the
 * time that was typed.
 */
export function wallClock(date: Date, timeZone: string): { date: IsoDate; time: string } {
  const ms = date.getTime();
  const onUtcAxis = wallAsUtcMs(wallTimeAt(ms, timeZone)) + (((ms % 1000) + 1000) % 1000);
  const rounded = new Date(Math.round(onUtcAxis / 60_000) * 60_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return {
    date: `${pad(rounded.getUTCFullYear(), 4)}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`,
    time: `${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}`,
  };
}

function parseDateText(value: string): IsoDate | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return undefined;
}

/** "01/10/2026" → the two dates it could mean, for a message that asks which. */
export function ambiguousDateText(value: string): string | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (!m) return undefined;
  const [a, b, year] = [m[1]!.padStart(2, '0'), m[2]!.padStart(2, '0'), m[3]!];
  const readings = [`${year}-${a}-${b}`, `${year}-${b}-${a}`].filter(
    (d, i, all) => validCalendarDate(d) && all.indexOf(d) === i,
  );
  if (readings.length === 0) return undefined;
  return readings.length === 1
    ? `is typed as text in an order PLG Hub does not guess — type it as ${readings[0]} (year-month-day)`
    : `could be ${readings[0]} or ${readings[1]} — type it as year-month-day, e.g. ${readings[0]}`;
}

function parseTimeText(value: string): string | undefined {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*([ap]\.?m\.?)?$/i.exec(value);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  const meridiem = m[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || (!meridiem && m[2] === undefined)) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function validCalendarDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
