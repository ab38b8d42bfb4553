// Each person's PLG hours this year: the minutes of every meeting they were marked present at, the record a school
// keeps for professional-learning credit ("Maintain records of PLG work, including agenda outcomes, notes and
// attendance", shared/seeds 001 "Structure"). Only recorded attendance counts: a meeting nobody marked adds nothing.
import { attendanceMarks } from './attendance-marks';
import type { IsoDate } from '../registry/cells';
import type { AttendanceRow, MeetingRow } from '../registry/tabs';
import { isPlgMeeting } from '../registry/roles';

export interface PersonHours {
  email: string;
  /** Groups of the meetings they attended, in the order first attended. */
  groups: readonly string[];
  meetings: number;
  minutes: number;
}

export function plgHours(
  meetings: readonly Pick<MeetingRow, 'key' | 'group' | 'date' | 'status' | 'minutes'>[],
  attendance: readonly Pick<AttendanceRow, 'meeting' | 'email' | 'present'>[],
  asOf: IsoDate,
): PersonHours[] {
  const marks = attendanceMarks(attendance);
  const people = new Map<string, { groups: string[]; meetings: number; minutes: number }>();
  const held = meetings
    .filter((m) => isPlgMeeting(m.status) && m.date <= asOf)
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const meeting of held) {
    for (const [email, present] of marks.get(meeting.key) ?? []) {
      if (!present) continue;
      const person = people.get(email) ?? { groups: [], meetings: 0, minutes: 0 };
      if (!person.groups.includes(meeting.group)) person.groups.push(meeting.group);
      person.meetings += 1;
      person.minutes += meeting.minutes;
      people.set(email, person);
    }
  }
  return [...people].map(([email, p]) => ({ email, ...p })).sort((a, b) => a.email.localeCompare(b.email));
}
