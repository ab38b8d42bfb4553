// Adopt: the edited Proposal tab read back (zod, through its tab spec), planned in the core, and written as
// appended rows — new groups on the Groups tab, new memberships on the Members tab — plus a blank Until filled
// where someone leaves a group. Groups are written before Members, so a stop in between leaves nothing a second
// press cannot finish: the groups are found, the memberships added, nothing is added twice.
import { planAdoption, type AdoptionPlan } from '../core/builder/adoption';
import { proposalTab, proposalTabName } from '../core/builder/proposal-tab';
import { escapeForCell } from '../core/escape';
import type { IsoDate } from '../core/registry/cells';
import { readTab } from '../core/registry/read-tab';
import { groupsTab, membersTab } from '../core/registry/tabs';
import { recordedProposal } from './proposal-tab';
import { openRegistry, readableRegistry } from './registry-io';
import { cellsByHeader } from './row-cells';
import { UserFacingError } from './user-facing-error';

/** Adopts the Proposal tab with memberships starting `chosen` (default: the date the proposal was made for). */
export function adoptProposal(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  chosen?: IsoDate,
): AdoptionPlan & { from: IsoDate } {
  const open = openRegistry(spreadsheet, [proposalTabName]);
  const registry = readableRegistry(open);
  const recorded = recordedProposal(open);
  const tab = open.tabs.get(proposalTabName);
  if (!recorded || !tab) throw new UserFacingError('There is no proposal to adopt — press Propose first.');
  const from = chosen ?? recorded.date;
  const read = readTab(proposalTab, tab.values, { timeZone: open.cellTimeZone });
  const plan = planAdoption(registry, read.rows, read.unreadableRows, recorded, from);
  plan.problems.unshift(...read.problems);
  const groups = open.tabs.get(groupsTab.name);
  const members = open.tabs.get(membersTab.name);
  if (!groups || !members) throw new UserFacingError('The Groups or Members tab is missing — press Set up first.');
  if (plan.endings.length > 0 && members.columnOf(membersTab.columns.until.header) === undefined)
    throw new UserFacingError('The Members tab has no "Until" column — press Set up to add it, then Adopt again.');
  for (const g of plan.newGroups) {
    groups.append(
      cellsByHeader(groupsTab, {
        id: g.id,
        name: escapeForCell(g.name),
        configuration: g.configuration,
        facilitator: g.facilitator,
        adminLiaison: g.adminLiaison,
        cadence: g.cadence,
        weekday: g.weekday,
        startTime: g.startTime,
        minutes: g.minutes,
        firstMeeting: g.firstMeeting,
        rosterTermEnd: g.rosterTermEnd,
        active: 'Yes',
      }),
    );
  }
  groups.flush();
  for (const m of plan.newMembers) {
    members.append(cellsByHeader(membersTab, { group: m.group, email: m.email, role: 'member', from: m.from }));
  }
  for (const e of plan.endings) members.set(e.rowNumber, membersTab.columns.until.header, e.until);
  members.flush();
  return { ...plan, from };
}
