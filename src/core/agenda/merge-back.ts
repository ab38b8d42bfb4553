// Merges what was read from an agenda Doc into the Meetings and Attendance tabs without ever overwriting what
// someone already typed there: empty cells are filled, differing ones are reported for a person to settle.
import type { AttendanceRow, MeetingRow } from '../registry/tabs';
import type { AgendaReadBack } from './read-back';

export const recordedFromAgenda = 'Agenda Doc';

export interface MergeConflict {
  field: 'outcomes' | 'nextSteps' | 'present';
  /** For attendance conflicts. */
  email?: string;
  inSheet: string;
  inDoc: string;
}

export interface MergeResult {
  /** Meetings tab cells to fill (only ones that were empty). */
  meeting: Partial<Pick<MeetingRow, 'outcomes' | 'nextSteps'>>;
  /** Attendance rows to add (only people not yet recorded for the meeting). */
  attendance: Pick<AttendanceRow, 'email' | 'present' | 'source'>[];
  conflicts: MergeConflict[];
}

export function mergeBack(
  existing: {
    meeting: Partial<Pick<MeetingRow, 'outcomes' | 'nextSteps'>>;
    /** This meeting's rows in the Attendance tab. */
    attendance: readonly Pick<AttendanceRow, 'email' | 'present'>[];
  },
  readBack: Pick<AgendaReadBack, 'outcomes' | 'nextSteps' | 'attendance'>,
): MergeResult {
  const result: MergeResult = { meeting: {}, attendance: [], conflicts: [] };
  for (const field of ['outcomes', 'nextSteps'] as const) {
    const inDoc = readBack[field].trim();
    const inSheet = (existing.meeting[field] ?? '').trim();
    if (inDoc === '') continue;
    if (inSheet === '') result.meeting[field] = inDoc;
    else if (squash(inSheet) !== squash(inDoc)) result.conflicts.push({ field, inSheet, inDoc });
  }
  const recorded = new Map(existing.attendance.map((a) => [a.email.toLowerCase(), a.present]));
  for (const mark of readBack.attendance) {
    const inSheet = recorded.get(mark.email);
    if (inSheet === undefined) {
      result.attendance.push({ email: mark.email, present: mark.present, source: recordedFromAgenda });
      recorded.set(mark.email, mark.present);
    } else if (inSheet !== mark.present) {
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

function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function yesNo(present: boolean): string {
  return present ? 'Yes' : 'No';
}
