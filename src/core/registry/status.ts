// The registry at a glance, for the admin's homepage card.
import type { Problem } from '../problems';
import type { Registry } from './registry';

export interface RegistryStatus {
  activeStaff: number;
  staffPlaced: number;
  groups: number;
  meetings: number;
  errors: number;
  warnings: number;
}

export function registryStatus(
  registry: Registry | undefined,
  problems: readonly Problem[],
  today: string,
): RegistryStatus {
  const current = (from?: string, until?: string) => (!from || from <= today) && (!until || until >= today);
  const placed = new Set(
    (registry?.members ?? []).filter((m) => current(m.row.from, m.row.until)).map((m) => m.row.email),
  );
  for (const g of registry?.groups ?? []) if (g.row.facilitator) placed.add(g.row.facilitator);
  const active = (registry?.staff ?? []).filter((s) => s.row.active);
  return {
    activeStaff: active.length,
    staffPlaced: active.filter((s) => placed.has(s.row.email)).length,
    groups: (registry?.groups ?? []).filter((g) => g.row.active).length,
    meetings: (registry?.meetings ?? []).filter((m) => m.row.status === 'scheduled').length,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}
