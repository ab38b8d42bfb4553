// Fills the empty Presenter / Timekeeper / Note-taker cells of the year's meetings (core/agenda/rotate-roles.ts)
// and writes them to the Meetings tab in one batch. A sync pass does this before it plans, so each event is
// created with its presenter already named: one invitation with the final text, never a second write later to
// replace "Presenter: to be announced". Generating agendas calls it too, for a registry never synced.
import { rotateRoles } from '../core/agenda/rotate-roles';
import { groupRoster } from '../core/my-plg';
import type { ReadRow } from '../core/registry/read-tab';
import type { Registry } from '../core/registry/registry';
import { meetingsTab, type MeetingRow } from '../core/registry/tabs';
import type { Holds } from '../core/sync/holds';
import type { SheetTab } from './sheet-tab';

const roles = ['presenter', 'timekeeper', 'noteTaker'] as const;

/**
 * Rotates roles over `meetings` (every Meetings row, as the caller last wrote them), sets the filled cells on
 * `sheet` and flushes. Returns the meetings with their roles filled in, and how many cells were filled.
 */
export function rotateMeetingRoles(
  sheet: SheetTab,
  registry: Registry,
  meetings: readonly ReadRow<MeetingRow>[],
  today: string,
  holds: Holds,
): { meetings: ReadRow<MeetingRow>[]; filled: number } {
  const unavailable: Record<string, string[]> = {};
  for (const { row } of registry.members)
    unavailable[row.email] = [...(unavailable[row.email] ?? []), ...row.unavailable];
  const byGroup = new Map<string, ReadRow<MeetingRow>[]>();
  for (const meeting of meetings) byGroup.set(meeting.row.group, [...(byGroup.get(meeting.row.group) ?? []), meeting]);
  const assigned = new Map<string, Partial<Pick<MeetingRow, (typeof roles)[number]>>>();
  let filled = 0;
  for (const { row: group } of registry.groups) {
    // A held group is left as it is: its roster could not be read (core/sync/holds.ts).
    if (
      holds.all ||
      holds.groups.has(group.id.toUpperCase()) ||
      (group.key && holds.groups.has(group.key.toUpperCase()))
    )
      continue;
    const own = (byGroup.get(group.id) ?? []).map((m) => m.row).sort((a, b) => a.date.localeCompare(b.date));
    if (own.length === 0) continue;
    const rosters = Object.fromEntries(
      own.map((m) => [m.key, groupRoster(registry, group.id, m.date).filter((e) => e !== group.facilitator)]),
    );
    const rotation = rotateRoles({
      // A repurposed meeting is not PLG time: nobody's turn is spent on it.
      meetings: own.map((m) => ({ ...m, canceled: m.status !== 'scheduled', facilitator: group.facilitator })),
      rosters,
      unavailable,
      today,
    });
    for (const a of rotation.assignments) assigned.set(a.key, a);
  }
  const result = meetings.map((meeting) => {
    const a = assigned.get(meeting.row.key);
    if (!a) return meeting;
    const row = { ...meeting.row };
    for (const role of roles) {
      if (!a[role]) continue;
      row[role] = a[role];
      sheet.set(meeting.rowNumber, meetingsTab.columns[role].header, a[role]);
      filled += 1;
    }
    return { ...meeting, row };
  });
  if (filled > 0) sheet.flush();
  return { meetings: result, filled };
}
