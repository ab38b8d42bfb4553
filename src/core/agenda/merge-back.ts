// Merges what was read from an agenda Doc into the Meetings and Attendance tabs without ever overwriting what
// someone already typed there: empty cells are filled, differing ones are reported for a person to settle.
// A Doc is typed by people, so what it says is checked at this boundary: an attendance row must name someone
// on the group's roster for that meeting (an outsider's address or a formula pasted into the table is
// reported, not recorded), and a person listed twice is recorded once. Comparisons with the sheet are made on
// the text as the writer stores it (escaped, whitespace squashed), so what is already recorded is recognised
// and never appended or reported again, however many times the hourly run reads the same Doc.
import { z } from 'zod';
import { cellHoldsText, unescapeCell } from '../escape';
import type { AttendanceRow, MeetingRow } from '../registry/tabs';
import type { AgendaReadBack, AttendanceMark } from './read-back';

export const recordedFromAgenda = 'Agenda Doc';

/** Google Sheets refuses a cell longer than this (setValues fails), which would stop every later write too. */
export const cellCharacterLimit = 50_000;

export interface MergeConflict {
  field: 'outcomes' | 'nextSteps' | 'present';
  /** For attendance conflicts. */
  email?: string;
  inSheet: string;
  inDoc: string;
}

/** Something in the Doc that was not recorded, or recorded with a caveat, for the facilitator to fix there. */
export interface DocRowProblem {
  field: 'outcomes' | 'nextSteps' | 'attendance';
  /** For attendance: the row of the Doc's attendance table, 1 = the first row under the header. */
  row?: number;
  /** The value as read from the Doc. */
  value: string;
  message: string;
}

export interface MergeResult {
  /** Meetings tab cells to fill (only ones that were empty). Plain text: escape it before it reaches a cell. */
  meeting: Partial<Pick<MeetingRow, 'outcomes' | 'nextSteps'>>;
  /** Attendance rows to add (only people not yet recorded for the meeting). */
  attendance: Pick<AttendanceRow, 'email' | 'present' | 'source'>[];
  conflicts: MergeConflict[];
  /** Rows and text of the Doc that were not recorded (or not as typed), each saying why. */
  rejected: DocRowProblem[];
}

/** What is already recorded for the meeting. */
export interface RecordedMeeting {
  meeting: Partial<Pick<MeetingRow, 'outcomes' | 'nextSteps'>>;
  /**
   * This meeting's rows in the Attendance tab. `present` is undefined for a row whose mark cannot be read
   * (Validate reports it): the person counts as recorded, so no second row is added, and nothing is compared.
   */
  attendance: readonly { email: string; present?: boolean }[];
}

export interface MergeOptions {
  /** Everyone on the group's roster on the meeting's date; when given, only they can be recorded. */
  roster?: readonly string[];
}

/** The boundary check of one attendance row read from a Doc. */
export function attendanceMarkSchema(roster?: readonly string[]) {
  const onRoster = roster ? new Set(roster.map((e) => e.trim().toLowerCase())) : undefined;
  return z.object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: 'is not an email address' }))
      .refine((email) => !onRoster || onRoster.has(email), {
        error: "is not on the group's roster for this meeting",
      }),
    present: z.boolean(),
    row: z.number().int().positive(),
  });
}

/**
 * An address as the Attendance tab holds it, compared as the writer stores it: trimmed, lower-cased, and
 * without an apostrophe in front (the writer's escape, or one typed into a cell formatted as plain text, where
 * Sheets keeps it; no address on a roster starts with one).
 */
export function recordedEmailKey(cell: string): string {
  return unescapeCell(cell.trim()).replace(/^'+/, '').trim().toLowerCase();
}

/** A Sheets error literal: stored as text it would read back as that error and make the row unreadable. */
const sheetErrorLiteral = /^#(REF!|N\/A|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!|ERROR!)$/;

export function mergeBack(
  existing: RecordedMeeting,
  readBack: Pick<AgendaReadBack, 'outcomes' | 'nextSteps' | 'attendance'>,
  options: MergeOptions = {},
): MergeResult {
  const result: MergeResult = { meeting: {}, attendance: [], conflicts: [], rejected: [] };
  for (const field of ['outcomes', 'nextSteps'] as const) {
    const inDoc = readBack[field].trim();
    const inSheet = (existing.meeting[field] ?? '').trim();
    if (inDoc === '') continue;
    if (inSheet === '') {
      const unfit = unfitForACell(inDoc);
      if (unfit) result.rejected.push({ field, value: inDoc, message: unfit });
      else result.meeting[field] = inDoc;
    } else if (!sameText(inSheet, inDoc)) result.conflicts.push({ field, inSheet, inDoc });
  }

  const recorded = new Map<string, boolean | undefined>();
  for (const a of existing.attendance) {
    const email = recordedEmailKey(a.email);
    // A readable mark wins over an unreadable row for the same person.
    if (!recorded.has(email) || recorded.get(email) === undefined) recorded.set(email, a.present);
  }
  const schema = attendanceMarkSchema(options.roster);
  const inDoc = new Map<string, AttendanceMark>();
  for (const mark of readBack.attendance) {
    const checked = schema.safeParse(mark);
    if (!checked.success) {
      // The first issue says it: an address that is not one is not on the roster either.
      const reason = checked.error.issues[0]!.message;
      result.rejected.push({
        field: 'attendance',
        row: mark.row,
        value: mark.email,
        message: `${reason} — not recorded; correct the address in the agenda's attendance table`,
      });
      continue;
    }
    const { email, present, row } = checked.data;
    const earlier = inDoc.get(email);
    if (!earlier) {
      inDoc.set(email, { email, present, row });
    } else if (earlier.present !== present) {
      // Ticked in one row and left blank or marked absent in another: a tick is what someone meant to record.
      result.rejected.push({
        field: 'attendance',
        row,
        value: email,
        message: `is listed twice in the attendance table (rows ${earlier.row} and ${row}), marked present in one and absent in the other — recorded as present; remove one of the rows`,
      });
      inDoc.set(email, { ...earlier, present: true });
    }
  }
  for (const mark of inDoc.values()) {
    if (!recorded.has(mark.email)) {
      result.attendance.push({ email: mark.email, present: mark.present, source: recordedFromAgenda });
      recorded.set(mark.email, mark.present);
      continue;
    }
    const inSheet = recorded.get(mark.email);
    if (inSheet !== undefined && inSheet !== mark.present) {
      result.conflicts.push({
        field: 'present',
        email: mark.email,
        inSheet: yesNo(inSheet),
        inDoc: yesNo(mark.present),
      });
    }
  }
  return result;
}

/** Why `text` cannot go into a cell as it is, if it cannot. */
function unfitForACell(text: string): string | undefined {
  if (text.length > cellCharacterLimit)
    return `is longer than the ${cellCharacterLimit.toLocaleString('en-US')} characters a cell can hold — not recorded; shorten it in the agenda or type a summary into the sheet`;
  if (sheetErrorLiteral.test(text))
    return 'reads as a spreadsheet error in a cell — not recorded; type it into the sheet in other words';
  return undefined;
}

/** The sheet's text and the Doc's are the same once whitespace is squashed and the writer's escape allowed for. */
function sameText(inSheet: string, inDoc: string): boolean {
  const doc = squash(inDoc);
  return cellHoldsText(squash(inSheet), doc) || squash(unescapeCell(inSheet)) === doc;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function yesNo(present: boolean): string {
  return present ? 'Yes' : 'No';
}
