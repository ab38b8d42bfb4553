// Each group's attendance rate month by month, over the meetings whose attendance was recorded: the line a
// principal follows to see engagement rise or fall ("Create a system for monitoring attendance, participation, and
// engagement in PLGs", shared/seeds 001 "Sustainability"). A month with nothing recorded has no point, not zero.
import { attendanceMarks } from './attendance-marks';
import type { IsoDate } from '../registry/cells';
import type { AttendanceRow, MeetingRow } from '../registry/tabs';
import { isPlgMeeting } from '../registry/roles';

export interface MonthlyAttendance {
  group: string;
  /** month ("2026-09") → present / recorded marks, 0–1 */
  rates: ReadonlyMap<string, number>;
}

export function attendanceByMonth(
  meetings: readonly Pick<MeetingRow, 'key' | 'group' | 'date' | 'status'>[],
  attendance: readonly Pick<AttendanceRow, 'meeting' | 'email' | 'present'>[],
  asOf: IsoDate,
): MonthlyAttendance[] {
  const marks = attendanceMarks(attendance);
  const tally = new Map<string, Map<string, { present: number; recorded: number }>>();
  for (const m of meetings) {
    if (!isPlgMeeting(m.status) || m.date > asOf || !marks.has(m.key)) continue;
    const byMonth = tally.get(m.group) ?? new Map();
    const month = m.date.slice(0, 7);
    const t = byMonth.get(month) ?? { present: 0, recorded: 0 };
    for (const present of marks.get(m.key)!.values()) {
      t.recorded += 1;
      if (present) t.present += 1;
    }
    byMonth.set(month, t);
    tally.set(m.group, byMonth);
  }
  return [...tally.keys()].sort().map((group) => ({
    group,
    rates: new Map(
      [...tally.get(group)!]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, t]) => [month, t.present / t.recorded] as const),
    ),
  }));
}
