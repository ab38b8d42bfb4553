// Whether a group's attendance is falling: the recorded meetings in date order, the first half against the second
// ("Create a system for monitoring attendance, participation, and engagement in PLGs, with appropriate
// administrative follow up when expectations are not met", shared/seeds 001 "Sustainability"). Meetings with no
// attendance recorded are left out, never counted as everyone absent.
import { attendanceMarks } from './attendance-marks';
import type { IsoDate } from '../registry/cells';
import type { AttendanceRow, MeetingRow } from '../registry/tabs';
import { isPlgMeeting } from '../registry/roles';

export interface AttendanceTrend {
  group: string;
  /** Recorded meetings the trend is over. */
  meetings: number;
  /** Attendance rate (0–1) of the earlier and the later half; absent with fewer than `fewest` recorded meetings. */
  earlier?: number;
  later?: number;
}

/** Four recorded meetings at least: two against two is the least that is a trend and not one bad week. */
export const fewestForTrend = 4;

export function attendanceTrends(
  meetings: readonly Pick<MeetingRow, 'key' | 'group' | 'date' | 'status'>[],
  attendance: readonly Pick<AttendanceRow, 'meeting' | 'email' | 'present'>[],
  asOf: IsoDate,
): AttendanceTrend[] {
  const marks = attendanceMarks(attendance);
  const recorded = meetings
    .filter((m) => isPlgMeeting(m.status) && m.date <= asOf && marks.has(m.key))
    .sort((a, b) => a.date.localeCompare(b.date));
  const groups = [...new Set(recorded.map((m) => m.group))].sort();
  return groups.map((group) => {
    const rates = recorded
      .filter((m) => m.group === group)
      .map((m) => {
        const present = [...marks.get(m.key)!.values()];
        return present.filter(Boolean).length / present.length;
      });
    if (rates.length < fewestForTrend) return { group, meetings: rates.length };
    const half = Math.floor(rates.length / 2);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return { group, meetings: rates.length, earlier: mean(rates.slice(0, half)), later: mean(rates.slice(-half)) };
  });
}
