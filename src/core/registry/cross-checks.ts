// References between tabs: every email, group id and meeting id must point at a row that exists. Rows whose key
// reference is broken are left out of everything downstream (a membership in an unknown group invites no one);
// a group's optional people and goal references are cleared instead, because leaving a whole group out over a
// mistyped coach would silently drop its members and meetings.
import type { Problem } from '../problems';
import { parseWeeksOfMonth } from '../schedule/weeks-of-month';
import { cellText, type ReadRow } from './read-tab';
import type { RegistryTabs } from './registry';
import {
  attendanceTab,
  closuresTab,
  goalsTab,
  groupsTab,
  meetingsTab,
  membersTab,
  staffTab,
  type GroupRow,
} from './tabs';

export interface CrossChecked {
  tabs: RegistryTabs;
  problems: Problem[];
  /** Meetings rows left out because their group could not be used, with the row whose fix brings them back. */
  leftOutMeetings: ReadonlyMap<string, { tab: string; row: number }>;
}

/** What reading could not use: whole tabs (a required header is missing) and single rows (a bad cell). */
export interface Unreadable {
  tabs: ReadonlySet<string>;
  /** Keys of rows skipped for a bad cell, with their row numbers. */
  staffEmails: ReadonlyMap<string, number>;
  groupIds: ReadonlyMap<string, number>;
  meetingKeys: ReadonlyMap<string, number>;
}

const groupPeople = ['facilitator', 'coFacilitator', 'coach', 'adminLiaison'] as const;
const rowLeftOut = 'this row is left out until it is fixed';

export function crossCheck(registry: RegistryTabs, unreadable: Unreadable): CrossChecked {
  const problems: Problem[] = [];
  const canCheck = (tabName: string) => !unreadable.tabs.has(tabName);
  // A row that refers to a row left out (a bad cell, an unknown group) is left out too, and counted on that
  // row rather than blamed on its own: one fix there brings them all back.
  const dependents = new DependentCounts();

  const staff = dropDuplicates(registry.staff, (r) => r.email, staffTab.name, staffTab.columns.email.header, problems);
  const groups = withoutKeyClashes(
    dropDuplicates(registry.groups, (r) => r.id, groupsTab.name, groupsTab.columns.id.header, problems),
    problems,
  );
  const goals = dropDuplicates(registry.goals, (r) => r.id, goalsTab.name, goalsTab.columns.id.header, problems);

  const staffByEmail = new Map(staff.map((s) => [s.row.email, s.row]));
  // A group is found by its id or by its PLG Hub key (the id it had when PLG Hub first saw it), whatever the
  // letter case: renaming MATH-6 to ALG-6, or typing math-6, leaves every reference to it working.
  const groupIdByKey = new Map(groups.map((g) => [g.row.id.toUpperCase(), g.row.id]));
  for (const { row } of groups)
    if (row.key && !groupIdByKey.has(row.key.toUpperCase())) groupIdByKey.set(row.key.toUpperCase(), row.id);
  const goalIdByKey = new Map(goals.map((g) => [g.row.id.toUpperCase(), g.row.id]));

  const checkedGroups = groups.map(({ row, rowNumber }) => {
    const checked: GroupRow = { ...row };
    const problemAt = (column: string, value: string, message: string) =>
      problems.push({
        severity: 'error',
        tab: groupsTab.name,
        row: rowNumber,
        column,
        value: cellText(value),
        message,
      });
    for (const key of canCheck(staffTab.name) ? groupPeople : []) {
      const email = row[key];
      if (email === undefined) continue;
      const header = groupsTab.columns[key].header;
      const person = staffByEmail.get(email);
      if (person?.active) continue;
      checked[key] = undefined;
      const unreadableRow = unreadable.staffEmails.get(email);
      if (!person && unreadableRow !== undefined) {
        dependents.add(staffTab.name, unreadableRow, groupsTab.name);
        continue;
      }
      const found = person ? 'is marked not active on the Staff tab' : 'is not on the Staff tab';
      problemAt(
        header,
        email,
        `${found} — PLG Hub treats this group as having no ${header.toLowerCase()} until it is fixed`,
      );
    }
    const { unreadable: unknownWeeks } = parseWeeksOfMonth(row.weeksOfMonth);
    if (row.cadence === 'monthly' && unknownWeeks.length > 0) {
      problems.push({
        severity: 'warning',
        tab: groupsTab.name,
        row: rowNumber,
        column: groupsTab.columns.weeksOfMonth.header,
        value: cellText(unknownWeeks.join(', ')),
        message: 'is not a week of the month — use 1 to 5 or "last", e.g. "1, 3"; the schedule ignores it until then',
      });
    }
    if (row.goal !== undefined && canCheck(goalsTab.name)) {
      checked.goal = goalIdByKey.get(row.goal.toUpperCase());
      if (checked.goal === undefined) {
        problemAt(
          groupsTab.columns.goal.header,
          row.goal,
          'is not a goal id on the Goals tab — type the id (e.g. G1), not the goal text; the group counts as having no goal until it is fixed',
        );
      }
    }
    return { row: checked, rowNumber };
  });

  /** The Groups tab's spelling of a group id, or undefined (with the reason recorded) when it cannot be used. */
  const groupOf = (id: string, tab: string, rowNumber: number, column: string): string | undefined => {
    if (!canCheck(groupsTab.name)) return id;
    const group = groupIdByKey.get(id.toUpperCase());
    if (group !== undefined) return group;
    const unreadableRow = unreadable.groupIds.get(id.toUpperCase());
    if (unreadableRow !== undefined) dependents.add(groupsTab.name, unreadableRow, tab);
    else
      problems.push({
        severity: 'error',
        tab,
        row: rowNumber,
        column,
        value: cellText(id),
        message: `is not a group id on the Groups tab — ${rowLeftOut}`,
      });
    return undefined;
  };

  const members = registry.members.flatMap(({ row, rowNumber }) => {
    if (row.from !== undefined && row.until !== undefined && row.until < row.from) {
      problems.push(endsBeforeItStarts(membersTab.name, rowNumber, membersTab.columns.until.header, row, 'membership'));
      return [];
    }
    const group = groupOf(row.group, membersTab.name, rowNumber, membersTab.columns.group.header);
    if (group === undefined) return [];
    if (canCheck(staffTab.name)) {
      const person = staffByEmail.get(row.email);
      const column = membersTab.columns.email.header;
      const problemAt = (message: string) =>
        problems.push({
          severity: 'error',
          tab: membersTab.name,
          row: rowNumber,
          column,
          value: cellText(row.email),
          message,
        });
      const unreadableRow = unreadable.staffEmails.get(row.email);
      if (!person && unreadableRow !== undefined) {
        dependents.add(staffTab.name, unreadableRow, membersTab.name);
        return [];
      }
      if (!person) {
        problemAt(`is not on the Staff tab — add them there first; ${rowLeftOut}`);
        return [];
      }
      // A closed membership of someone who has left is history, kept on purpose; an open one is a loose end.
      if (!person.active && row.until === undefined) {
        problemAt(`is marked not active on the Staff tab — type their last day in the Until column; ${rowLeftOut}`);
        return [];
      }
    }
    return [{ row: { ...row, group }, rowNumber }];
  });

  const meetingRows = new Map<string, number>();
  /** Meetings left out, with the row whose fix would bring them (and their attendance) back. */
  const leftOutMeetings = new Map<string, { tab: string; row: number }>();
  const meetings = registry.meetings.flatMap(({ row, rowNumber }) => {
    const group = groupOf(row.group, meetingsTab.name, rowNumber, meetingsTab.columns.group.header);
    if (group === undefined) {
      const unreadableGroupRow = unreadable.groupIds.get(row.group.toUpperCase());
      leftOutMeetings.set(
        row.key,
        unreadableGroupRow === undefined
          ? { tab: meetingsTab.name, row: rowNumber }
          : { tab: groupsTab.name, row: unreadableGroupRow },
      );
      return [];
    }
    const firstRow = meetingRows.get(row.key);
    if (firstRow !== undefined) {
      problems.push({
        severity: 'error',
        tab: meetingsTab.name,
        row: rowNumber,
        column: meetingsTab.columns.key.header,
        value: cellText(row.key),
        message: `is already used on row ${firstRow} — ${rowLeftOut}`,
      });
      return [];
    }
    meetingRows.set(row.key, rowNumber);
    return [{ row: { ...row, group }, rowNumber }];
  });

  const attendance = registry.attendance.filter(({ row, rowNumber }) => {
    if (!canCheck(meetingsTab.name) || meetingRows.has(row.meeting)) return true;
    const unreadableRow = unreadable.meetingKeys.get(row.meeting);
    const cause =
      leftOutMeetings.get(row.meeting) ??
      (unreadableRow === undefined ? undefined : { tab: meetingsTab.name, row: unreadableRow });
    if (cause) {
      dependents.add(cause.tab, cause.row, attendanceTab.name);
      return false;
    }
    problems.push({
      severity: 'error',
      tab: attendanceTab.name,
      row: rowNumber,
      column: attendanceTab.columns.meeting.header,
      value: cellText(row.meeting),
      message: `is not a meeting id on the Meetings tab — ${rowLeftOut}`,
    });
    return false;
  });

  const closures = registry.closures.filter(({ row, rowNumber }) => {
    if (row.until === undefined || row.until >= row.from) return true;
    problems.push(endsBeforeItStarts(closuresTab.name, rowNumber, closuresTab.columns.until.header, row, 'closure'));
    return false;
  });

  problems.push(...dependents.problems());
  return {
    tabs: { ...registry, staff, groups: checkedGroups, goals, members, meetings, attendance, closures },
    problems,
    leftOutMeetings,
  };
}

/** An Until before its From: reported, never read as "no end" or "no start". */
function endsBeforeItStarts(
  tab: string,
  row: number,
  column: string,
  dates: { from?: string; until?: string },
  what: string,
): Problem {
  return {
    severity: 'error',
    tab,
    row,
    column,
    value: dates.until,
    message: `is before From (${dates.from}) — a ${what} must end on or after the day it starts; ${rowLeftOut}`,
  };
}

/**
 * A Group id that is another group's PLG Hub key would make references to it ambiguous (the old group was
 * renamed, and a new group took its old id): the new row is left out until it gets an id of its own.
 */
function withoutKeyClashes(groups: ReadRow<GroupRow>[], problems: Problem[]): ReadRow<GroupRow>[] {
  const ownerOfKey = new Map<string, ReadRow<GroupRow>>();
  for (const group of groups) if (group.row.key) ownerOfKey.set(group.row.key.toUpperCase(), group);
  return groups.filter((group) => {
    const owner = ownerOfKey.get(group.row.id.toUpperCase());
    if (!owner || owner === group) return true;
    problems.push({
      severity: 'error',
      tab: groupsTab.name,
      row: group.rowNumber,
      column: groupsTab.columns.id.header,
      value: cellText(group.row.id),
      message: `was the id of the group on row ${owner.rowNumber} (${cellText(owner.row.name)}), which still answers to it — choose another id; ${rowLeftOut}`,
    });
    return false;
  });
}

class DependentCounts {
  private readonly counts = new Map<string, { tab: string; row: number; byTab: Map<string, number> }>();

  add(tab: string, row: number, dependentTab: string): void {
    const id = `${tab}\u0000${row}`;
    const entry = this.counts.get(id) ?? { tab, row, byTab: new Map<string, number>() };
    entry.byTab.set(dependentTab, (entry.byTab.get(dependentTab) ?? 0) + 1);
    this.counts.set(id, entry);
  }

  problems(): Problem[] {
    return [...this.counts.values()].map(({ tab, row, byTab }) => ({
      severity: 'error',
      tab,
      row,
      message: `until this row is fixed, PLG Hub also leaves out ${[...byTab]
        .map(([dependentTab, n]) => `${n} ${n === 1 ? 'row' : 'rows'} on the ${dependentTab} tab`)
        .join(' and ')} that refer to it`,
    }));
  }
}

/** Keeps the first row for each key (compared case-insensitively); later ones are reported and left out. */
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
    const firstRow = firstRowByKey.get(key.toUpperCase());
    if (firstRow === undefined) {
      firstRowByKey.set(key.toUpperCase(), rowNumber);
      return true;
    }
    problems.push({
      severity: 'error',
      tab,
      row: rowNumber,
      column,
      value: cellText(key),
      message: `is already on row ${firstRow} — ${rowLeftOut}; delete or merge the duplicate`,
    });
    return false;
  });
}
