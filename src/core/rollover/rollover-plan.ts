// "Start next school year": what next year's registry holds, decided from this year's. Pure: the preview card
// shows it and the shell writes exactly it (workspace/next-year.ts).
//
// - Settings roll forward: the year's dates a year on, everything the school chose kept; the calendar id left
//   blank, so next year's first Apply makes a calendar of its own — this year's stays this registry's, with its
//   events exactly as they are (a calendar passed on would be written by two registries); the calendar's name
//   says which year it is, so nobody mistakes one for the other.
// - Staff: everyone still active. Someone marked Active = No has left, and is not carried.
// - Groups: an active group whose roster term runs past next year's first day is carried, its first meeting
//   worked out again for next year (next-school-year.ts), its agenda folder and feedback form left for next
//   year's own. It keeps its PLG Hub key: the group goes on being itself (cards, folders and forms are named by
//   registry as well as by key, so nothing of this year's is reused). A group whose term ends by then is carried
//   not active, flagged to be re-formed with the group builder; its members are not carried.
// - Members: the rows of carried groups whose Until is blank or not before next year's first day, for people
//   still on Staff. This year's "not available to present" dates are this year's, and are left behind.
// - Goals and protocols are copied whole; closures are left for the admin (next year's holidays are not this
//   year's); meetings, attendance and feedback start empty.
// A row that could not be read is not carried: the preview names it, to fix here first.
import { schoolYearLabel } from '../feedback/form-model';
import { protocolRowsForSetup, protocolsTab } from '../protocols/protocols-tab';
import type { IsoDate } from '../registry/cells';
import { headerKey } from '../registry/read-tab';
import type { Registry } from '../registry/registry';
import { settingSpecs } from '../registry/settings';
import type { TabSpec } from '../registry/tab-spec';
import { goalsTab, groupsTab, membersTab, staffTab, type GroupRow } from '../registry/tabs';
import { carriedCell, isBlankRow, type CellOut } from './carried-cells';
import { nextFirstMeeting, nextSchoolYear, type SchoolYearDates } from './next-school-year';

export interface RolloverSource {
  registry: Registry;
  /** This year's tabs as read (getValues-style, header row first); a tab that does not exist is absent. */
  values: Readonly<Record<string, unknown[][] | undefined>>;
  /** The zone this year's date and time cells are read in (the spreadsheet's). */
  cellTimeZone: string;
  /** Who starts next year: they own the new registry and become its Registry owner. */
  admin: string;
  /** Next year's PLG Hub folder, once it exists (the preview has none yet). */
  folderId?: string;
}

export interface CarriedTab {
  name: string;
  headers: string[];
  rows: CellOut[][];
}

export interface GroupFate {
  id: string;
  name: string;
  rosterTermEnd?: IsoDate;
  /** Carried groups: next year's first meeting. */
  firstMeeting?: IsoDate;
  /** Carried groups: members carried with it. */
  members?: number;
}

export interface RolloverPlan {
  thisYear: SchoolYearDates & { label: string };
  nextYear: SchoolYearDates & { label: string };
  /** Settings, Staff, Groups, Members, Goals and Protocols as next year's registry holds them. */
  tabs: CarriedTab[];
  carried: GroupFate[];
  /** Groups at the end of their roster term: carried not active, to be re-formed. */
  flagged: GroupFate[];
  /** Group ids this year marks not active: not carried. */
  inactive: string[];
  /** Leaders (facilitator, co-facilitator, coach, liaison) who have left: their cell is left blank. */
  leadersLeft: { group: string; role: string; email: string }[];
  membersCarried: number;
  /** Memberships whose Until is before next year. */
  membershipsEnded: number;
  /** Staff marked Active = No: not carried, nor their memberships. */
  departed: string[];
  staffCarried: number;
  /** Rows that could not be read, and so are not carried: "Groups row 7". */
  unreadable: string[];
  /** The note on a flagged group's Active cell. */
  flagNotes: Map<string, string>;
}

export const reformStatus = 'Re-form';

export function flagNote(termEnd: IsoDate | undefined, nextLabel: string): string {
  return `${reformStatus}: this group's roster term ended${termEnd ? ` on ${termEnd}` : ''}. Re-form it for ${nextLabel} with the group builder (its members were not carried), then set Active to Yes.`;
}

export function planRollover(source: RolloverSource): RolloverPlan {
  const { registry, cellTimeZone } = source;
  const { settings } = registry;
  const thisYear = { yearStart: settings.yearStart, yearEnd: settings.yearEnd };
  const next = nextSchoolYear(thisYear);
  const thisLabel = schoolYearLabel(thisYear);
  const nextLabel = schoolYearLabel(next);
  const cell = (v: unknown) => carriedCell(v, cellTimeZone);
  const unreadable: string[] = [];

  // Staff: the active, readable rows.
  const staffValues = source.values[staffTab.name] ?? [];
  const departed = registry.staff.filter((s) => !s.row.active).map((s) => s.row.email);
  const activeStaff = registry.staff.filter((s) => s.row.active);
  const gone = new Set(departed);
  unreadable.push(...unreadRows(staffTab.name, staffValues, registry.staff));

  // Groups.
  const groupValues = source.values[groupsTab.name] ?? [];
  const groupHeaders = headersOf(groupValues);
  const carried: GroupFate[] = [];
  const flagged: GroupFate[] = [];
  const inactive: string[] = [];
  const leadersLeft: RolloverPlan['leadersLeft'] = [];
  const flagNotes = new Map<string, string>();
  const groupRows: CellOut[][] = [];
  /** Any id or key a Members row may name → the carried group's id. */
  const carriedIds = new Map<string, string>();
  const memberCounts = new Map<string, number>();
  const leaderColumns = ['facilitator', 'coFacilitator', 'coach', 'adminLiaison'] as const;
  for (const { row, rowNumber } of [...registry.groups].sort((a, b) => a.rowNumber - b.rowNumber)) {
    if (!row.active) {
      inactive.push(row.id);
      continue;
    }
    const continues = !row.rosterTermEnd || row.rosterTermEnd > next.yearStart;
    const out = (groupValues[rowNumber - 1] ?? []).map(cell);
    const put = (key: keyof GroupRow, value: CellOut) => setCell(out, groupHeaders, groupsTab, key, value);
    put('folder', '');
    put('feedbackForm', '');
    for (const role of leaderColumns) {
      // As typed: the registry as read already treats a departed leader's cell as empty.
      const email = rawText(groupValues[rowNumber - 1], groupHeaders, groupsTab.columns[role].header).toLowerCase();
      if (email && gone.has(email)) {
        leadersLeft.push({ group: row.id, role: groupsTab.columns[role].header, email });
        put(role, '');
      }
    }
    if (continues) {
      const firstMeeting = nextFirstMeeting(row, thisYear.yearStart, next.yearStart);
      put('firstMeeting', firstMeeting);
      put('active', 'Yes');
      carried.push({ id: row.id, name: row.name, rosterTermEnd: row.rosterTermEnd, firstMeeting });
      for (const id of [row.id, row.key]) if (id) carriedIds.set(id.toUpperCase(), row.id);
    } else {
      // Not active next year until it is re-formed: nothing is scheduled for a roster nobody has chosen yet.
      put('active', 'No');
      put('rosterTermEnd', '');
      put('firstMeeting', nextFirstMeeting(row, thisYear.yearStart, next.yearStart));
      flagged.push({ id: row.id, name: row.name, rosterTermEnd: row.rosterTermEnd });
      flagNotes.set(row.id, flagNote(row.rosterTermEnd, nextLabel));
    }
    groupRows.push(out);
  }
  unreadable.push(...unreadRows(groupsTab.name, groupValues, registry.groups));

  // Members.
  const memberValues = source.values[membersTab.name] ?? [];
  const memberHeaders = headersOf(memberValues);
  const memberRows: CellOut[][] = [];
  let membershipsEnded = 0;
  const readMembers = new Set(registry.members.map((m) => m.rowNumber));
  for (const { row, rowNumber } of [...registry.members].sort((a, b) => a.rowNumber - b.rowNumber)) {
    const group = carriedIds.get(row.group.toUpperCase());
    if (!group || gone.has(row.email)) continue;
    if (row.until !== undefined && row.until < next.yearStart) {
      membershipsEnded += 1;
      continue;
    }
    const out = (memberValues[rowNumber - 1] ?? []).map(cell);
    const put = (key: keyof typeof membersTab.columns, value: CellOut) =>
      setCell(out, memberHeaders, membersTab, key, value);
    put('group', group);
    put('from', row.from !== undefined && row.from > next.yearStart ? row.from : '');
    put('unavailable', '');
    memberRows.push(out);
    memberCounts.set(group, (memberCounts.get(group) ?? 0) + 1);
  }
  // Rows the registry left out are either a departed person's (said above) or could not be read.
  const emailColumn = memberHeaders.findIndex((h) => headerKey(h) === headerKey(membersTab.columns.email.header));
  memberValues.forEach((values, i) => {
    if (i === 0 || isBlankRow(values) || readMembers.has(i + 1)) return;
    const email = String(values[emailColumn] ?? '')
      .trim()
      .toLowerCase();
    if (!gone.has(email)) unreadable.push(`${membersTab.name} row ${i + 1}`);
  });
  for (const group of carried) group.members = memberCounts.get(group.id) ?? 0;

  // Settings: this year's rows, the year and what belongs to this year's registry changed.
  const settingValues = source.values.Settings ?? [];
  const settingRows = settingValues
    .slice(1)
    .filter((r) => !isBlankRow(r))
    .map((r) => r.map(cell));
  const label = (key: string) => headerKey(settingSpecs.find((s) => s.key === key)!.label);
  const setSetting = (key: string, value: CellOut) => {
    const spec = settingSpecs.find((s) => s.key === key)!;
    const row = settingRows.find((r) => headerKey(String(r[0]).replace(/^'/, '')) === label(key));
    if (row) row[1] = value;
    else settingRows.push([spec.label, value, spec.about]);
  };
  for (const spec of settingSpecs) {
    if (!settingRows.some((r) => headerKey(String(r[0]).replace(/^'/, '')) === headerKey(spec.label)))
      settingRows.push([
        spec.label,
        spec.initial === true ? 'Yes' : spec.initial === false ? 'No' : spec.initial,
        spec.about,
      ]);
  }
  setSetting('yearStart', next.yearStart);
  setSetting('yearEnd', next.yearEnd);
  setSetting('calendarId', '');
  setSetting('folderId', source.folderId ?? '');
  setSetting('adminEmail', source.admin);
  setSetting('calendarName', escapeText(calendarNameFor(settings.calendarName, thisLabel, nextLabel)));

  // Goals and protocols, whole.
  const protocolValues = source.values[protocolsTab.name];
  const protocols: CarriedTab = protocolValues
    ? copied(protocolsTab.name, protocolValues, cell)
    : {
        name: protocolsTab.name,
        headers: Object.values(protocolsTab.columns).map((c) => c.header),
        rows: protocolRowsForSetup().map((p) =>
          Object.keys(protocolsTab.columns).map((k) => cell((p as Record<string, unknown>)[k] ?? '')),
        ),
      };

  return {
    thisYear: { ...thisYear, label: thisLabel },
    nextYear: { ...next, label: nextLabel },
    tabs: [
      { name: 'Settings', headers: ['Setting', 'Value', 'What it means'], rows: settingRows },
      {
        name: staffTab.name,
        headers: headersOf(staffValues),
        rows: activeStaff
          .sort((a, b) => a.rowNumber - b.rowNumber)
          .map((s) => (staffValues[s.rowNumber - 1] ?? []).map(cell)),
      },
      { name: groupsTab.name, headers: groupHeaders, rows: groupRows },
      { name: membersTab.name, headers: memberHeaders, rows: memberRows },
      copied(goalsTab.name, source.values[goalsTab.name] ?? [], cell),
      protocols,
    ],
    carried,
    flagged,
    inactive,
    leadersLeft,
    membersCarried: memberRows.length,
    membershipsEnded,
    departed,
    staffCarried: activeStaff.length,
    unreadable,
    flagNotes,
  };
}

/** "PLG meetings 2026–27" → "PLG meetings 2027–28"; a name without the year gains next year's. */
export function calendarNameFor(name: string, thisLabel: string, nextLabel: string): string {
  return name.includes(thisLabel) ? name.replace(thisLabel, nextLabel) : `${name} ${nextLabel}`;
}

function escapeText(text: string): CellOut {
  return carriedCell(text, 'UTC');
}

function rawText(row: readonly unknown[] | undefined, headers: readonly string[], header: string): string {
  const index = headers.findIndex((h) => headerKey(h) === headerKey(header));
  return index < 0 ? '' : String(row?.[index] ?? '').trim();
}

function headersOf(values: readonly unknown[][]): string[] {
  return (values[0] ?? []).map((h) => String(h ?? '').trim());
}

function setCell<C extends TabSpec['columns']>(
  out: CellOut[],
  headers: readonly string[],
  tab: TabSpec<C>,
  key: keyof C,
  value: CellOut,
): void {
  const index = headers.findIndex((h) => headerKey(h) === headerKey(tab.columns[key as string]!.header));
  if (index < 0) return;
  while (out.length <= index) out.push('');
  out[index] = value;
}

function copied(name: string, values: readonly unknown[][], cell: (v: unknown) => CellOut): CarriedTab {
  return {
    name,
    headers: headersOf(values),
    rows: values
      .slice(1)
      .filter((r) => !isBlankRow(r))
      .map((r) => r.map(cell)),
  };
}

/** Non-blank rows of a tab that the registry did not read: "Staff row 9". */
function unreadRows(tab: string, values: readonly unknown[][], read: readonly { rowNumber: number }[]): string[] {
  const readRows = new Set(read.map((r) => r.rowNumber));
  return values.flatMap((row, i) => (i === 0 || isBlankRow(row) || readRows.has(i + 1) ? [] : [`${tab} row ${i + 1}`]));
}
