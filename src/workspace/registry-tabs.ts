// The tabs Set up creates (Settings is written separately, first); each is placed by core/registry/tab-order.ts.
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
  staffTab,
  groupsTab,
  membersTab,
  meetingsTab,
  attendanceTab,
  closuresTab,
  goalsTab,
  protocolsTab,
];

/** Rows Set up writes into a tab it has just created: the built-in protocols, ready to edit. */
export const seedRows: Record<string, () => Record<string, unknown>[]> = {
  [protocolsTab.name]: protocolRowsForSetup,
};
