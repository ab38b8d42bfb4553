// Registries for the builder's tests: the sample school (src/emulator/sample-school.ts) at any size, read the
// way the add-on reads it, and hand-made staff lists for the awkward cases.
import { readRegistry, type Registry } from '../../../src/core/registry/registry';
import { headersOf } from '../../../src/core/registry/tab-spec';
import {
  attendanceTab,
  closuresTab,
  goalsTab,
  groupsTab,
  meetingsTab,
  membersTab,
  staffTab,
} from '../../../src/core/registry/tabs';
import { sampleSchool, type SampleSchool, type SchoolOptions, type TabRows } from '../../../src/emulator/sample-school';

export function registryOf(school: Pick<SampleSchool, 'settings' | 'tabs'>): Registry {
  const tabs: Record<string, unknown[][]> = {
    Settings: [['Setting', 'Value', 'What it means'], ...Object.entries(school.settings).map(([k, v]) => [k, v, ''])],
  };
  for (const spec of [staffTab, groupsTab, membersTab, goalsTab, closuresTab, meetingsTab, attendanceTab]) {
    const headers = headersOf(spec);
    tabs[spec.name] = [headers, ...(school.tabs[spec.name] ?? []).map((r) => headers.map((h) => r[h] ?? ''))];
  }
  const read = readRegistry(tabs);
  if (!read.registry) throw new Error(read.problems.map((p) => p.message).join('\n'));
  return read.registry;
}

export function sampleRegistry(options: SchoolOptions = {}): { school: SampleSchool; registry: Registry } {
  const school = sampleSchool({ withFindings: false, ...options });
  return { school, registry: registryOf(school) };
}

/** A school with only a Staff tab (no groups yet): the rows given, on the sample school's settings. */
export function staffOnly(staff: TabRows[string]): Registry {
  const school = sampleSchool({ staff: 10, withFindings: false });
  return registryOf({ settings: school.settings, tabs: { Staff: staff } });
}

export const staffRow = (
  email: string,
  role: string,
  department: string,
  grades: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  Email: email,
  Name: email.split('@')[0]!.replace(/\./g, ' '),
  Role: role,
  Department: department,
  'Grade levels': grades,
  Active: 'Yes',
  ...extra,
});
