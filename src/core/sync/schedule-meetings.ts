// The Meetings tab the schedule asks for: every active group's cadence expanded over the school year, merged
// into the rows already there without touching a person's edits (see schedule/merge-meetings.ts).
import type { IsoDate } from '../registry/cells';
import type { Registry } from '../registry/registry';
import { expandSchedule } from '../schedule/expand-schedule';
import { mergeMeetings, type MeetingsMerge } from '../schedule/merge-meetings';
import { noHolds, type Holds } from './holds';
import type { MeetingSlot } from '../schedule/meeting-slot';

export interface ScheduledMeetings extends MeetingsMerge {
  /** Make-up meetings added now, for months closures left below the minimum (schedule/expand-schedule.ts). */
  makeUps: MeetingSlot[];
}

export function scheduleMeetings(registry: Registry, today: IsoDate, holds: Holds = noHolds): ScheduledMeetings {
  if (holds.all) return { keep: [], append: [], update: [], cancel: [], untouched: [], makeUps: [] };
  const closures = registry.closures.map((c) => c.row);
  // Only groups that read cleanly are scheduled: a group row with a typo, or one of its Members rows, must not
  // add, move or cancel any of its meetings (sync/holds.ts).
  const scheduled = registry.groups.filter(
    (g) => !holds.groups.has(g.row.id.toUpperCase()) && !(g.row.key && holds.groups.has(g.row.key.toUpperCase())),
  );
  const slots = scheduled.flatMap((g) => expandSchedule(g.row, registry.settings, closures));
  const readable = new Set(scheduled.map((g) => g.row.id));
  const merge = mergeMeetings(
    registry.meetings.filter((m) => readable.has(m.row.group) && !holds.meetings.has(m.row.key.toUpperCase())),
    slots,
    today,
    // A Meetings row that could not be read still exists: its meeting never gets a second row.
    holds.meetings.keys(),
  );
  const appended = new Set(merge.append.map((m) => m.key));
  return { ...merge, makeUps: slots.filter((slot) => slot.makeUpFor && appended.has(slot.key)) };
}

export function mergeIsEmpty(merge: MeetingsMerge): boolean {
  return merge.append.length + merge.update.length + merge.cancel.length === 0;
}
