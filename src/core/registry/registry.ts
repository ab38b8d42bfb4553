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
  return {
    registry: settings ? { settings, style: localStyle(options.locale), ...checked.tabs } : undefined,
    problems,
  };
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
