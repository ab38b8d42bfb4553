// The tabs Set up creates, in the order an admin reads them (Settings is written separately, first).
import { protocolRowsForSetup, protocolsTab } from '../core/protocols/protocols-tab';
import type { TabSpec } from '../core/registry/tab-spec';
import {
  attendanceTab,
  closuresTab,
  goalsTab,
  groupsTab,
  meetingsTab,
  membersTab,
  staffTab,
} from '../core/registry/tabs';

export const registryTabSpecs: readonly TabSpec[] = [
  goalsTab,
  staffTab,
  groupsTab,
  membersTab,
  closuresTab,
  meetingsTab,
  attendanceTab,
  protocolsTab,
];

/** Rows Set up writes into a tab it has just created: the built-in protocols, ready to edit. */
export const seedRows: Record<string, () => Record<string, unknown>[]> = {
  [protocolsTab.name]: protocolRowsForSetup,
};
