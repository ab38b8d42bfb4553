// A meeting the schedule calls for, before it is a Meetings row.
import type { IsoDate } from '../registry/cells';

export interface MeetingSlot {
  /** Stable id: the group and the date the schedule gave it, so moving a meeting by hand keeps its id. */
  key: string;
  group: string;
  date: IsoDate;
  startTime: string;
  minutes: number;
  location: string | undefined;
  /** A make-up meeting, proposed because closures left this month ("2026-11") below the minimum. */
  makeUpFor?: string;
}

export function meetingKey(groupId: string, scheduledDate: IsoDate): string {
  return `${groupId}-${scheduledDate.replace(/-/g, '')}`;
}
