// From the registry to the events Calendar should hold: one per meeting, with the roster on that meeting's
// date (so a roster change reaches future meetings only) and the meeting's own agenda and feedback links.
import type { WantedMeetingEvent } from '../calendar/calendar-plan';
import { staffIndex, wantedEvent } from '../calendar/wanted-event';
import { groupRoster } from '../my-plg';
import type { ReadRow } from '../registry/read-tab';
import type { Registry } from '../registry/registry';
import type { MeetingRow } from '../registry/tabs';
import { zonedInstant } from '../schedule/zoned-time';
import { holdOf, noHolds, type Holds } from './holds';

export function wantedMeetingEvents(
  registry: Registry,
  meetings: readonly ReadRow<MeetingRow>[],
  now: Date,
  holds: Holds = noHolds,
): WantedMeetingEvent[] {
  const { settings } = registry;
  const groups = new Map(registry.groups.map((g) => [g.row.id, g.row]));
  const goals = new Map(registry.goals.map((g) => [g.row.id, g.row.goal]));
  const staff = registry.staff.map((s) => s.row);
  const staffByEmail = staffIndex(staff);
  const wanted: WantedMeetingEvent[] = [];
  for (const { row: meeting, rowNumber } of meetings) {
    const group = groups.get(meeting.group);
    // A held meeting is not wanted at all: the planner finds its event unclaimed and holds it as it is.
    if (!group || holdOf(holds, meeting.key, [group.id, group.key ?? group.id])) continue;
    const start = zonedInstant(meeting.date, meeting.startTime, settings.timeZone);
    const end = new Date(start.getTime() + meeting.minutes * 60_000);
    const { event, refusedGuests } = wantedEvent({
      meeting,
      group,
      schoolGoal: group.goal ? goals.get(group.goal) : undefined,
      start,
      end,
      timeZone: settings.timeZone,
      roster: groupRoster(registry, group.id, meeting.date),
      staff,
      staffByEmail,
      settings,
      style: registry.style,
    });
    wanted.push({
      meetingKey: meeting.key,
      rowNumber,
      group: group.id,
      event,
      isPast: start.getTime() <= now.getTime(),
      canceled: meeting.status === 'canceled',
      refusedGuests,
    });
  }
  return wanted;
}
