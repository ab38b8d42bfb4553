// Who was marked present or absent at each meeting, as the Attendance tab says it: the last mark for a person at a
// meeting wins (a correction typed below the original). Every attendance figure starts from this.
import type { AttendanceRow } from '../registry/tabs';

/** meeting key → email → present */
export type AttendanceMarks = Map<string, Map<string, boolean>>;

export function attendanceMarks(
  attendance: readonly Pick<AttendanceRow, 'meeting' | 'email' | 'present'>[],
): AttendanceMarks {
  const marks: AttendanceMarks = new Map();
  for (const row of attendance) {
    const byPerson = marks.get(row.meeting) ?? new Map<string, boolean>();
    byPerson.set(row.email, row.present);
    marks.set(row.meeting, byPerson);
  }
  return marks;
}
