// References between tabs: every email, group id and meeting id must point at a row that exists. Rows whose key
// reference is broken are left out of everything downstream (a membership in an unknown group invites no one);
// a group's optional people and goal references are cleared instead, because leaving a whole group out over a
// mistyped coach would silently drop its members and meetings.
import type { Problem } from '../problems';
import type { ReadRow } from './read-tab';
import type { RegistryTabs } from './registry';
import { goalsTab, groupsTab, meetingsTab, membersTab, staffTab, attendanceTab, type GroupRow } from './tabs';

export interface CrossChecked {
  tabs: RegistryTabs;
  problems: Problem[];
}

const groupPeople = ['facilitator', 'coFacilitator', 'coach', 'adminLiaison'] as const;

/** Checks references; `unreadableTabs` are skipped as targets so one missing header does not flag every row. */
export function crossCheck(registry: RegistryTabs, unreadableTabs: ReadonlySet<string>): CrossChecked {
  const problems: Problem[] = [];
  const canCheck = (tabName: string) => !unreadableTabs.has(tabName);

  const staff = dropDuplicates(registry.staff, (r) => r.email, staffTab.name, staffTab.columns.email.header, problems);
  const groups = dropDuplicates(
    registry.groups,
    (r) => r.id.toUpperCase(),
    groupsTab.name,
    groupsTab.columns.id.header,
    problems,
  );
  const goals = dropDuplicates(
    registry.goals,
    (r) => r.id.toUpperCase(),
    goalsTab.name,
    goalsTab.columns.id.header,
    problems,
  );

  const staffByEmail = new Map(staff.map((s) => [s.row.email, s.row]));
  const groupIdByKey = new Map(groups.map((g) => [g.row.id.toUpperCase(), g.row.id]));
  const goalIdByKey = new Map(goals.map((g) => [g.row.id.toUpperCase(), g.row.id]));

  const checkedGroups = groups.map(({ row, rowNumber }) => {
    const checked: GroupRow = { ...row };
    const problemAt = (column: string, value: string, message: string) =>
      problems.push({ severity: 'error', tab: groupsTab.name, row: rowNumber, column, value, message });
    if (canCheck(staffTab.name)) {
      for (const key of groupPeople) {
        const email = row[key];
        if (email === undefined) continue;
        const header = groupsTab.columns[key].header;
        const person = staffByEmail.get(email);
        if (!person || !person.active) {
          checked[key] = undefined;
          problemAt(
            header,
            email,
            `${person ? 'is marked not active on the Staff tab' : 'is not on the Staff tab'} — PLG Hub treats this group as having no ${header.toLowerCase()} until it is fixed`,
          );
        }
      }
    }
    if (row.goal !== undefined && canCheck(goalsTab.name)) {
      const goalId = goalIdByKey.get(row.goal.toUpperCase());
      checked.goal = goalId;
      if (goalId === undefined) {
        problemAt(
          groupsTab.columns.goal.header,
          row.goal,
          'is not a goal id on the Goals tab — type the id (e.g. G1), not the goal text; the group counts as having no goal until it is fixed',
        );
      }
    }
    return { row: checked, rowNumber };
  });

  const canonicalGroup = (id: string) => (canCheck(groupsTab.name) ? groupIdByKey.get(id.toUpperCase()) : id);

  const members = registry.members.flatMap(({ row, rowNumber }) => {
    const problemAt = (column: string, value: string, message: string) =>
      problems.push({ severity: 'error', tab: membersTab.name, row: rowNumber, column, value, message });
    const group = canonicalGroup(row.group);
    if (group === undefined) {
      problemAt(membersTab.columns.group.header, row.group, `is not a group id on the Groups tab — ${rowLeftOut}`);
      return [];
    }
    if (canCheck(staffTab.name)) {
      const person = staffByEmail.get(row.email);
      if (!person) {
        problemAt(
          membersTab.columns.email.header,
          row.email,
          `is not on the Staff tab — add them there first; ${rowLeftOut}`,
        );
        return [];
      }
      // A closed membership of someone who has left is history, kept on purpose; an open one is a loose end.
      if (!person.active && row.until === undefined) {
        problemAt(
          membersTab.columns.email.header,
          row.email,
          `is marked not active on the Staff tab — type their last day in the Until column; ${rowLeftOut}`,
        );
        return [];
      }
    }
    return [{ row: { ...row, group }, rowNumber }];
  });

  const meetingKeys = new Map<string, number>();
  const meetings = registry.meetings.flatMap(({ row, rowNumber }) => {
    const problemAt = (column: string, value: string, message: string) =>
      problems.push({ severity: 'error', tab: meetingsTab.name, row: rowNumber, column, value, message });
    const group = canonicalGroup(row.group);
    if (group === undefined) {
      problemAt(meetingsTab.columns.group.header, row.group, `is not a group id on the Groups tab — ${rowLeftOut}`);
      return [];
    }
    const firstRow = meetingKeys.get(row.key);
    if (firstRow !== undefined) {
      problemAt(meetingsTab.columns.key.header, row.key, `is already used on row ${firstRow} — ${rowLeftOut}`);
      return [];
    }
    meetingKeys.set(row.key, rowNumber);
    return [{ row: { ...row, group }, rowNumber }];
  });

  const attendance = canCheck(meetingsTab.name)
    ? registry.attendance.filter(({ row, rowNumber }) => {
        if (meetingKeys.has(row.meeting)) return true;
        problems.push({
          severity: 'error',
          tab: attendanceTab.name,
          row: rowNumber,
          column: attendanceTab.columns.meeting.header,
          value: row.meeting,
          message: `is not a meeting id on the Meetings tab — ${rowLeftOut}`,
        });
        return false;
      })
    : registry.attendance;

  return {
    tabs: { ...registry, staff, groups: checkedGroups, goals, members, meetings, attendance },
    problems,
  };
}

const rowLeftOut = 'this row is left out until it is fixed';

function dropDuplicates<R>(
  rows: ReadRow<R>[],
  keyOf: (row: R) => string,
  tab: string,
  column: string,
  problems: Problem[],
): ReadRow<R>[] {
  const firstRowByKey = new Map<string, number>();
  return rows.filter(({ row, rowNumber }) => {
    const key = keyOf(row);
    const firstRow = firstRowByKey.get(key);
    if (firstRow === undefined) {
      firstRowByKey.set(key, rowNumber);
      return true;
    }
    problems.push({
      severity: 'error',
      tab,
      row: rowNumber,
      column,
      value: key,
      message: `is already on row ${firstRow} — ${rowLeftOut}; delete or merge the duplicate`,
    });
    return false;
  });
}
