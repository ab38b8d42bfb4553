// The tabs Set up creates, in the order an admin reads them (Settings is written separately, first).
import type { TabSpec } from '../core/registry/tab-spec';
import { attendanceTab, closuresTab, goalsTab, groupsTab, meetingsTab, membersTab, staffTab } from '../core/registry/tabs';

export const registryTabSpecs: readonly TabSpec[] = [
  goalsTab,
  staffTab,
  groupsTab,
  membersTab,
  closuresTab,
  meetingsTab,
  attendanceTab,
];
