// The Meetings tab the schedule asks for: every active group's cadence expanded over the school year, merged
// into the rows already there without touching a person's edits (see schedule/merge-meetings.ts).
import type { IsoDate } from '../registry/cells';
import type { Registry } from '../registry/registry';
import { expandSchedule } from '../schedule/expand-schedule';
import { mergeMeetings, type MeetingsMerge } from '../schedule/merge-meetings';

export function scheduleMeetings(registry: Registry, today: IsoDate): MeetingsMerge {
  const closures = registry.closures.map((c) => c.row);
  const slots = registry.groups.flatMap((g) => expandSchedule(g.row, registry.settings, closures));
  // Only meetings of groups that read cleanly are merged: a group row with a typo must not cancel its meetings.
  const readable = new Set(registry.groups.map((g) => g.row.id));
  return mergeMeetings(
    registry.meetings.filter((m) => readable.has(m.row.group)),
    slots,
    today,
  );
}

export function mergeIsEmpty(merge: MeetingsMerge): boolean {
  return merge.append.length + merge.update.length + merge.cancel.length === 0;
}
