// Everyone with a part in a group on a given day, and that part: the answer to "your role" on a teacher's card.
import { rosterOn } from './my-plg';
import type { IsoDate } from './registry/cells';
import type { Registry } from './registry/registry';
import type { GroupRow } from './registry/tabs';

export function myPlgRoles(registry: Registry, group: GroupRow, onDate: IsoDate): Record<string, string> {
  const roles: Record<string, string> = {};
  if (group.adminLiaison) roles[group.adminLiaison] = 'administrator liaison';
  if (group.coach) roles[group.coach] = 'coach';
  for (const entry of rosterOn(registry, group.id, onDate)) roles[entry.email] = entry.role ?? 'member';
  if (group.coFacilitator) roles[group.coFacilitator] = 'co-facilitator';
  if (group.facilitator) roles[group.facilitator] = 'facilitator';
  return roles;
}
