// The fixture school with its whole year of meetings generated, as after the first sync.
import type { Registry } from '../../../src/core/registry/registry';
import { expandSchedule } from '../../../src/core/schedule/expand-schedule';
import { mergeMeetings } from '../../../src/core/schedule/merge-meetings';
import { schoolRegistry } from '../registry/school-fixture';

export function schoolWithMeetings(): Registry {
  const registry = schoolRegistry();
  const closures = registry.closures.map((c) => c.row);
  const slots = registry.groups.flatMap((g) => expandSchedule(g.row, registry.settings, closures));
  const { append } = mergeMeetings(registry.meetings, slots, registry.settings.yearStart);
  const firstNewRow = registry.meetings.length + 2;
  return {
    ...registry,
    meetings: [...registry.meetings, ...append.map((row, i) => ({ row, rowNumber: firstNewRow + i }))],
  };
}

export function changeGroup(
  registry: Registry,
  id: string,
  change: Partial<Registry['groups'][number]['row']>,
): Registry {
  return {
    ...registry,
    groups: registry.groups.map((g) => (g.row.id === id ? { ...g, row: { ...g.row, ...change } } : g)),
  };
}
