// Edits an admin makes by typing into the registry between syncs, done through the emulated SpreadsheetApp
// (as Sheets' own editor would), before the benchmark starts counting.
import type { EmulatedSchool } from '../harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function tab(s: EmulatedSchool, name: string): Sheet {
  const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = sheets.openById(s.spreadsheetId).getSheetByName(name);
  if (!sheet) throw new Error(`The registry has no ${name} tab`);
  return sheet;
}

function columnOf(sheet: Sheet, header: string): number {
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`${sheet.getName()} has no column "${header}"`);
  return index + 1;
}

/**
 * One member leaves their group at the end of September and joins another from October, kept as history the
 * way the Members tab asks (rows are never deleted). Facilitators are skipped: they lead their group anyway.
 */
export function moveOneMember(
  s: EmulatedSchool,
  lastDayInOldGroup = '2026-09-30',
  firstDayInNewGroup = '2026-10-01',
): string {
  const { members, rows, group, who, from } = endOneMembership(s, lastDayInOldGroup);
  const to = String(rows.find((r, i) => i > 0 && r[group - 1] && r[group - 1] !== from)![group - 1]);
  const moved = rows[0]!.map((header) =>
    header === 'Group id'
      ? to
      : header === 'Staff email'
        ? who
        : header === 'Role in group'
          ? 'member'
          : header === 'From'
            ? firstDayInNewGroup
            : '',
  );
  members.getRange(rows.length + 1, 1, 1, moved.length).setValues([moved]);
  return `${who}: ${from} → ${to} from ${firstDayInNewGroup}`;
}

/** One member leaves their group at the end of September and joins no other (the Until cell, as the tab asks). */
export function removeOneMember(s: EmulatedSchool, lastDayInGroup = '2026-09-30'): string {
  const { who, from } = endOneMembership(s, lastDayInGroup);
  return `${who} leaves ${from} after ${lastDayInGroup}`;
}

/** Types an Until date on the first open membership row of someone who is not a facilitator. */
function endOneMembership(s: EmulatedSchool, lastDay: string) {
  const facilitators = new Set(s.school.tabs.Groups!.map((g) => String(g.Facilitator)));
  const members = tab(s, 'Members');
  const rows = members.getDataRange().getValues();
  const group = columnOf(members, 'Group id');
  const email = columnOf(members, 'Staff email');
  const until = columnOf(members, 'Until');
  const index = rows.findIndex(
    (r, i) => i > 0 && r[group - 1] && !r[until - 1] && !facilitators.has(String(r[email - 1])),
  );
  if (index < 0) throw new Error('No member to move');
  members.getRange(index + 1, until).setValue(lastDay);
  return { members, rows, group, who: String(rows[index]![email - 1]), from: String(rows[index]![group - 1]) };
}

/** Moves one scheduled meeting from the middle of the year to the next day, by typing the new Date. */
export function moveOneMeeting(s: EmulatedSchool, timeZone = 'America/New_York'): string {
  const meetings = tab(s, 'Meetings');
  const rows = meetings.getDataRange().getValues();
  const date = columnOf(meetings, 'Date');
  const status = columnOf(meetings, 'Status');
  const scheduled = rows.map((r, i) => ({ r, i })).filter(({ r, i }) => i > 0 && r[status - 1] === 'scheduled');
  const { r, i } = scheduled[Math.floor(scheduled.length / 2)]!;
  const day = localDate(r[date - 1] as Date | string, timeZone);
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const moved = next.toISOString().slice(0, 10);
  meetings.getRange(i + 1, date).setValue(moved);
  return `${String(r[0])}: ${day} → ${moved}`;
}

function localDate(value: Date | string, timeZone: string): string {
  if (typeof value === 'string') return value.slice(0, 10);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    value,
  );
}
