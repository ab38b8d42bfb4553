// Attendance per group and per person ("Create a system for monitoring attendance, participation, and
// engagement in PLGs", shared/seeds 001 "Sustainability"). A held meeting with no attendance recorded is
// listed as unrecorded rather than counted as everyone absent.
import { attendanceMarks } from './attendance-marks';
import type { IsoDate } from '../registry/cells';
import type { AttendanceRow, MeetingRow } from '../registry/tabs';
import { isPlgMeeting } from '../registry/roles';

export interface PersonAttendance {
  email: string;
  attended: number;
  recorded: number;
  /** attended / recorded, 0–1. */
  rate: number;
}

export interface GroupAttendance {
  group: string;
  /** Scheduled (not canceled) meetings on or before the day asked about. */
  held: number;
  /** Held meetings with no attendance recorded, by meeting key. */
  unrecorded: readonly string[];
  /** Present marks / all marks over recorded meetings; absent when nothing is recorded. */
  rate?: number;
  people: readonly PersonAttendance[];
}

export function attendanceRates(
  meetings: readonly Pick<MeetingRow, 'key' | 'group' | 'date' | 'status'>[],
  attendance: readonly Pick<AttendanceRow, 'meeting' | 'email' | 'present'>[],
  asOf: IsoDate,
): GroupAttendance[] {
  const marks = attendanceMarks(attendance);

  const held = meetings.filter((m) => isPlgMeeting(m.status) && m.date <= asOf);
  const groups = [...new Set(held.map((m) => m.group))].sort();
  return groups.map((group) => {
    const own = held.filter((m) => m.group === group);
    const people = new Map<string, { attended: number; recorded: number }>();
    let present = 0;
    let recorded = 0;
    for (const meeting of own) {
      for (const [email, wasPresent] of marks.get(meeting.key) ?? []) {
        const person = people.get(email) ?? { attended: 0, recorded: 0 };
        person.recorded += 1;
        recorded += 1;
        if (wasPresent) {
          person.attended += 1;
          present += 1;
        }
        people.set(email, person);
      }
    }
    return {
      group,
      held: own.length,
      unrecorded: own.filter((m) => !marks.has(m.key)).map((m) => m.key),
      rate: recorded === 0 ? undefined : present / recorded,
      people: [...people]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([email, p]) => ({ email, ...p, rate: p.attended / p.recorded })),
    };
  });
}
