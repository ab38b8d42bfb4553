// Reads what the group typed into an agenda Doc: notes, outcomes, next steps and attendance. Facilitators mark
// attendance however they like ("x", "✓", "yes", "Y", "present"), so marks are read generously; a mark that
// cannot be read is reported rather than guessed. Everything here is text a person typed: it is returned as
// typed (trimmed), and checked and escaped where it meets the registry (merge-back.ts, agenda-readback.ts).
import {
  attendanceHeading,
  attendanceHint,
  recordSections,
  type AgendaBlock,
  type RecordSection,
} from './agenda-blocks';

export interface AttendanceMark {
  /** The address found in the row's Email cell, lower-cased; checked against the roster by mergeBack. */
  email: string;
  present: boolean;
  /** The row of the attendance table it came from, 1 = the first row under the header. */
  row: number;
}

export interface AgendaReadBack {
  notes: string;
  outcomes: string;
  nextSteps: string;
  attendance: AttendanceMark[];
  /** Attendance rows whose mark or email could not be read, for the facilitator to fix in the Doc. */
  unreadable: { row: string[]; reason: string; /** 1 = the first row under the header. */ at: number }[];
}

const presentMarks = ['x', '✓', '✔', '☑', '✅', 'yes', 'y', 'present', 'p', 'here', 'late', 'attended', 'true', '1'];
const absentMarks = ['no', 'n', 'absent', 'a', 'excused', 'false', '0', '-', '–', '✗', '✘', '❌'];

/** Blank marks mean absent only once the meeting is over; before that they mean "not marked yet". */
export function readAgendaBack(blocks: readonly AgendaBlock[], { isPast }: { isPast: boolean }): AgendaReadBack {
  const readBack: AgendaReadBack = { notes: '', outcomes: '', nextSteps: '', attendance: [], unreadable: [] };
  const hints = new Set<string>([attendanceHint, ...Object.values(recordSections).map((s) => s.hint)]);
  const sectionOf = (heading: string) =>
    (Object.keys(recordSections) as RecordSection[]).find((s) => key(recordSections[s].heading) === key(heading));

  let section: RecordSection | 'attendance' | undefined;
  const typed: Record<RecordSection, string[]> = { notes: [], outcomes: [], nextSteps: [] };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      section = key(block.text) === key(attendanceHeading) ? 'attendance' : sectionOf(block.text);
    } else if (block.kind === 'table') {
      if (section === 'attendance' || isAttendanceTable(block.rows)) readAttendance(block.rows, isPast, readBack);
    } else if (section !== undefined && section !== 'attendance') {
      const lines = block.kind === 'paragraph' ? [block.text] : block.items;
      typed[section].push(...lines.map((l) => l.trim()).filter((l) => l !== '' && !hints.has(l)));
    }
  }
  readBack.notes = typed.notes.join('\n');
  readBack.outcomes = typed.outcomes.join('\n');
  readBack.nextSteps = typed.nextSteps.join('\n');
  return readBack;
}

function key(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[:\s]+$/, '')
    .replace(/\s+/g, ' ');
}

function isAttendanceTable(rows: string[][]): boolean {
  const header = (rows[0] ?? []).map(key);
  return header.includes('email') && header.includes('present');
}

function readAttendance(rows: string[][], isPast: boolean, readBack: AgendaReadBack) {
  const header = (rows[0] ?? []).map(key);
  const emailColumn = header.indexOf('email');
  const presentColumn = header.indexOf('present');
  if (emailColumn < 0 || presentColumn < 0) return;
  for (const [index, row] of rows.slice(1).entries()) {
    const at = index + 1;
    const email = /[^\s<>()@]+@[^\s<>()@]+\.[^\s<>()@]+/.exec(row[emailColumn] ?? '')?.[0]?.toLowerCase();
    if (!email) {
      if (row.some((cell) => cell.trim() !== ''))
        readBack.unreadable.push({ row, at, reason: 'no email address in the row' });
      continue;
    }
    const mark = (row[presentColumn] ?? '').trim().toLowerCase().replace(/[.!]$/, '');
    if (mark === '') {
      if (isPast) readBack.attendance.push({ email, present: false, row: at });
    } else if (presentMarks.includes(mark)) readBack.attendance.push({ email, present: true, row: at });
    else if (absentMarks.includes(mark)) readBack.attendance.push({ email, present: false, row: at });
    else
      readBack.unreadable.push({
        row,
        at,
        reason: `"${row[presentColumn]!.trim()}" is not a mark PLG Hub can read — use x for present`,
      });
  }
}
