// The whole registry read from its tabs: settings first, then each tab, then the references between tabs.
// Problems from every tab are gathered so an admin sees all fixes at once.
//
// The time-zone rule: the registry's dates and times are the school's wall-clock times in Settings ▸ Time zone.
// Sheets turns a typed "2026-09-01" or "15:30" into an instant in the *spreadsheet's* own zone (File ▸ Settings),
// so every date or time cell is read back in that zone — never the script's, the runtime's or the Settings zone —
// and gives exactly the wall clock that was typed. The Settings zone then says where that wall clock is.
import type { Problem } from '../problems';
import { crossCheck } from './cross-checks';
import { readSettings, settingsTabName } from './read-settings';
import { headerKey, readTab, type ReadRow, type TabRead } from './read-tab';
import { settingSpecs, type Settings } from './settings';
import { localStyle, type LocalStyle } from '../schedule/local-style';
import { causeAt, groupKeyOfMeeting, type HoldCause, type Holds } from '../sync/holds';
import type { Columns, RowOf, TabSpec } from './tab-spec';
import {
  attendanceTab,
  closuresTab,
  goalsTab,
  groupsTab,
  meetingsTab,
  membersTab,
  staffTab,
  type AttendanceRow,
  type ClosureRow,
  type GoalRow,
  type GroupRow,
  type MeetingRow,
  type MemberRow,
  type StaffRow,
} from './tabs';

export interface Registry extends RegistryTabs {
  settings: Settings;
  /** How the school writes dates and times (the spreadsheet's locale): cards, agendas and invitations use it. */
  style: LocalStyle;
}

/** The tabs of rows, each row with the sheet row it came from. */
export interface RegistryTabs {
  staff: ReadRow<StaffRow>[];
  groups: ReadRow<GroupRow>[];
  members: ReadRow<MemberRow>[];
  goals: ReadRow<GoalRow>[];
  closures: ReadRow<ClosureRow>[];
  meetings: ReadRow<MeetingRow>[];
  attendance: ReadRow<AttendanceRow>[];
}

export interface RegistryRead {
  /** Absent when the Settings tab cannot be read: nothing can be scheduled without the school year and zone. */
  registry?: Registry;
  problems: Problem[];
  /** What could not be read, and so is held exactly as it is (sync/holds.ts). */
  holds: Holds;
}

export const registryTabNames = [
  settingsTabName,
  staffTab.name,
  groupsTab.name,
  membersTab.name,
  goalsTab.name,
  closuresTab.name,
  meetingsTab.name,
  attendanceTab.name,
] as const;

export interface ReadOptions {
  /**
   * The spreadsheet's own time zone (`getSpreadsheetTimeZone()`), in which its date and time cells hold what
   * was typed. Without it (plain tables in tests) cells are read in the Settings zone.
   */
  cellTimeZone?: string;
  /** The spreadsheet's locale (`getSpreadsheetLocale()`, e.g. "en_GB"): how the school writes dates and times. */
  locale?: string;
}

export function readRegistry(tabs: Record<string, unknown[][] | undefined>, options: ReadOptions = {}): RegistryRead {
  const problems: Problem[] = [];
  const unreadableTabs = new Set<string>();
  const valuesByKey = new Map(Object.entries(tabs ?? {}).map(([name, values]) => [headerKey(name), values]));
  const valuesOf = (tabName: string): unknown[][] | undefined => {
    const values = tabs?.[tabName] ?? valuesByKey.get(headerKey(tabName));
    if (Array.isArray(values)) return values;
    unreadableTabs.add(tabName);
    problems.push({
      severity: 'error',
      tab: tabName,
      message: `the tab "${tabName}" is missing — run Set up to add it, or rename your tab back to "${tabName}"`,
    });
    return undefined;
  };

  const settingsValues = valuesOf(settingsTabName);
  const settingsRead = settingsValues ? readSettings(settingsValues, options.cellTimeZone) : undefined;
  if (settingsRead) problems.push(...settingsRead.problems);
  const settings = settingsRead?.settings;
  // Unreadable settings still let every other tab be checked, in the zone Set up suggests.
  const timeZone =
    options.cellTimeZone ?? settings?.timeZone ?? String(settingSpecs.find((s) => s.key === 'timeZone')!.initial);
  if (settings && options.cellTimeZone && options.cellTimeZone !== settings.timeZone) {
    problems.push(zoneMismatch(settings.timeZone, options.cellTimeZone, settingsRead.rowNumbers.timeZone));
  }

  const read = <C extends Columns>(tab: TabSpec<C>): TabRead<C> | undefined => {
    const values = valuesOf(tab.name);
    if (!values) return undefined;
    const result = readTab(tab, values, { timeZone });
    problems.push(...result.problems);
    const missingRequired = Object.entries(tab.columns).some(
      ([key, c]) => c.required && result.headerIndex[key] === undefined,
    );
    if (missingRequired) unreadableTabs.add(tab.name);
    return result;
  };
  const staff = read(staffTab);
  const groups = read(groupsTab);
  const members = read(membersTab);
  const goals = read(goalsTab);
  const closures = read(closuresTab);
  const meetings = read(meetingsTab);
  const attendance = read(attendanceTab);
  const checked = crossCheck(
    {
      staff: staff?.rows ?? [],
      groups: groups?.rows ?? [],
      members: members?.rows ?? [],
      goals: goals?.rows ?? [],
      closures: closures?.rows ?? [],
      meetings: meetings?.rows ?? [],
      attendance: attendance?.rows ?? [],
    },
    {
      tabs: unreadableTabs,
      staffEmails: keysOfUnreadableRows(staff, (row) => row.email),
      groupIds: keysOfUnreadableRows(groups, (row) => row.id?.toUpperCase()),
      meetingKeys: keysOfUnreadableRows(meetings, (row) => row.key),
    },
  );
  problems.push(...checked.problems);
  const holds = holdsOf(problems, unreadableTabs, { staff, groups, members, meetings }, checked);
  // Groups by id and key, as holds name them: "Math PLG (MATH-1)".
  const groupNames = new Map<string, string>();
  for (const { row } of [...(groups?.rows ?? []), ...(groups?.unreadableRows ?? [])]) {
    const label = row.name && row.id ? `${row.name} (${row.id})` : (row.id ?? row.key ?? '');
    for (const id of [row.id, row.key]) if (id && label) groupNames.set(id.toUpperCase(), label);
  }
  markHolds(problems, holds, groupNames);
  return {
    registry: settings ? { settings, style: localStyle(options.locale), ...checked.tabs } : undefined,
    problems,
    holds,
  };
}

/**
 * The holds said where they are caused, so the Problems tab and the homepage say "held until fixed" at the row
 * to fix: the first problem at that row gains what it holds (a new line only where there is none).
 */
function markHolds(problems: Problem[], holds: Holds, groupNames: ReadonlyMap<string, string>): void {
  const held = 'held until fixed: no invitation is sent, changed or canceled for';
  const byCause = new Map<string, { cause: HoldCause; what: string[] }>();
  const add = (cause: HoldCause, what: string) => {
    const id = `${cause.tab}\u0000${cause.row ?? ''}`;
    const entry = byCause.get(id) ?? { cause, what: [] };
    if (!entry.what.includes(what)) entry.what.push(what);
    byCause.set(id, entry);
  };
  if (holds.all) add(holds.all, 'any meeting while this tab cannot be read');
  for (const [group, cause] of holds.groups) {
    const name = groupNames.get(group);
    if (name) add(cause, `the meetings of ${name}`);
  }
  for (const [meeting, cause] of holds.meetings) {
    if (!holds.groups.has(groupKeyOfMeeting(meeting))) add(cause, `the meeting ${meeting}`);
  }
  for (const { cause, what } of byCause.values()) {
    const text = `${held} ${what.join(', ')} — their events stay exactly as they are`;
    const first = problems.find((p) => p.severity === 'error' && p.tab === cause.tab && p.row === cause.row);
    if (first) first.message = `${first.message}; ${text}`;
    else
      problems.push({
        severity: 'error',
        tab: cause.tab,
        ...(cause.row !== undefined ? { row: cause.row } : {}),
        message: text,
      });
  }
}

/** The tabs whose loss leaves every meeting undescribable: its group, roster or own row. */
const tabsEveryMeetingNeeds = [groupsTab.name, membersTab.name, meetingsTab.name, staffTab.name];

/**
 * Everything that failed to read, as holds: a group whose row, one of whose Members rows, or whose facilitator's
 * Staff row could not be used is held whole (its roster and times are not known for sure); a Meetings row that
 * could not be read, or whose group could not be used, holds that meeting. Nothing held is updated or cancelled.
 */
function holdsOf(
  problems: readonly Problem[],
  unreadableTabs: ReadonlySet<string>,
  read: {
    staff?: TabRead<typeof staffTab.columns>;
    groups?: TabRead<typeof groupsTab.columns>;
    members?: TabRead<typeof membersTab.columns>;
    meetings?: TabRead<typeof meetingsTab.columns>;
  },
  checked: ReturnType<typeof crossCheck>,
): Holds {
  const lostTab = tabsEveryMeetingNeeds.find((tab) => unreadableTabs.has(tab));
  const groups = new Map<string, HoldCause>();
  const meetings = new Map<string, HoldCause>();
  // Only groups there are: a Members row naming no group at all holds nothing (it is reported as it is).
  const known = new Set(
    [...(read.groups?.rows ?? []), ...(read.groups?.unreadableRows ?? [])].flatMap(({ row }) =>
      [row.id, row.key].filter((id): id is string => Boolean(id)).map((id) => id.toUpperCase()),
    ),
  );
  const holdGroup = (id: string | undefined, tab: string, row: number) => {
    if (id && known.has(id.toUpperCase()) && !groups.has(id.toUpperCase()))
      groups.set(id.toUpperCase(), causeAt(problems, tab, row));
  };
  for (const { row, rowNumber } of read.groups?.unreadableRows ?? []) {
    holdGroup(row.id, groupsTab.name, rowNumber);
    holdGroup(row.key, groupsTab.name, rowNumber);
  }
  for (const { row, rowNumber } of read.members?.unreadableRows ?? []) holdGroup(row.group, membersTab.name, rowNumber);
  // A membership left out for a broken reference holds its group; one left out because the person is marked
  // not active on the Staff tab does not: that row reads cleanly and says they have gone.
  const keptMembers = new Set(checked.tabs.members.map((m) => m.rowNumber));
  const inactive = new Set((read.staff?.rows ?? []).filter((s) => !s.row.active).map((s) => s.row.email));
  for (const { row, rowNumber } of read.members?.rows ?? []) {
    if (!keptMembers.has(rowNumber) && !inactive.has(row.email)) holdGroup(row.group, membersTab.name, rowNumber);
  }
  const unreadableStaff = new Map(
    (read.staff?.unreadableRows ?? []).flatMap(({ row, rowNumber }) => (row.email ? [[row.email, rowNumber]] : [])),
  );
  for (const { row } of read.groups?.rows ?? []) {
    for (const email of [row.facilitator, row.coFacilitator]) {
      const staffRow = email ? unreadableStaff.get(email) : undefined;
      if (staffRow !== undefined) holdGroup(row.id, staffTab.name, staffRow);
    }
  }
  for (const { row, rowNumber } of read.meetings?.unreadableRows ?? []) {
    if (row.key && !meetings.has(row.key.toUpperCase()))
      meetings.set(row.key.toUpperCase(), causeAt(problems, meetingsTab.name, rowNumber));
  }
  for (const [key, cause] of checked.leftOutMeetings) {
    if (!meetings.has(key.toUpperCase())) meetings.set(key.toUpperCase(), causeAt(problems, cause.tab, cause.row));
  }
  return { ...(lostTab ? { all: causeAt(problems, lostTab, 1) } : {}), groups, meetings };
}

/**
 * The spreadsheet's own zone differs from the school's. Reading stays right (cells are read in the spreadsheet's
 * zone), but Sheets' own clock — a date typed as "today", timestamps, what the sheet calls now — runs in the
 * other zone, so Validate says so and the card offers the one-press fix (the spreadsheet takes the school's zone;
 * every typed date and time keeps the wall clock it shows).
 */
export function zoneMismatch(schoolZone: string, spreadsheetZone: string, row: number | undefined): Problem {
  return {
    severity: 'warning',
    tab: settingsTabName,
    ...(row !== undefined ? { row, column: 'Value' } : {}),
    value: schoolZone,
    code: 'spreadsheet-time-zone',
    message: `is the school's time zone, but the spreadsheet's own time zone (File ▸ Settings) is ${spreadsheetZone} — press "Use ${schoolZone} for the spreadsheet" on the Validate card (typed dates and times keep what they show), or pick the right zone here`,
  };
}

function keysOfUnreadableRows<C extends Columns>(
  read: TabRead<C> | undefined,
  keyOf: (row: Partial<RowOf<C>>) => string | undefined,
): Map<string, number> {
  const rowByKey = new Map<string, number>();
  for (const { row, rowNumber } of read?.unreadableRows ?? []) {
    const key = keyOf(row);
    if (key !== undefined && !rowByKey.has(key)) rowByKey.set(key, rowNumber);
  }
  return rowByKey;
}
