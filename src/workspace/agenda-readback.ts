// After a meeting: outcomes, next steps and the attendance checklist flow from its agenda Doc back into the
// Meetings and Attendance tabs ("Maintain records of PLG work, including agenda outcomes, notes and
// attendance", shared/seeds 001). Only empty cells are filled; a cell someone typed differently is reported.
//
// Everything read from a Doc was typed by a person, so it is checked and escaped like a form answer: an
// attendance row must name someone on the group's roster that day (anything else, a pasted formula
// included, is reported with the Doc and the row, never recorded), and every value goes into its cell through
// escapeForCell (outcomes and next steps are kept as text outright). The run is idempotent: a person already
// on the Attendance tab for the meeting — read straight from the tab, so a row Validate cannot read still
// counts — is never appended again, however often the hourly run comes back or wherever a run was stopped.
import { mergeBack, recordedEmailKey, type DocRowProblem } from '../core/agenda/merge-back';
import { readAgendaBack } from '../core/agenda/read-back';
import { fileIdOf } from '../core/drive-id';
import { escapeAsText, escapeForCell, unescapeCell } from '../core/escape';
import { groupRoster } from '../core/my-plg';
import type { Problem } from '../core/problems';
import { wallClock } from '../core/registry/cells';
import type { Registry } from '../core/registry/registry';
import { attendanceTab, meetingsTab } from '../core/registry/tabs';
import { addDays } from '../core/schedule/calendar-days';
import type { ApplyBudget } from './calendar-apply';
import { readBlocks } from './doc-blocks';
import { openRegistry } from './registry-io';
import { cellsByHeader } from './row-cells';
import type { SheetTab } from './sheet-tab';

/** Agendas are read back for meetings held in the last month; older records are settled. */
const lookBackDays = 31;
const docReadMs = 800;

export interface ReadBackReport {
  read: number;
  meetingsUpdated: number;
  attendanceAdded: number;
  problems: Problem[];
}

type Recorded = Map<string, { email: string; present?: boolean }[]>;

export function readAgendasBack(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
  budget: ApplyBudget,
): ReadBackReport {
  const report: ReadBackReport = { read: 0, meetingsUpdated: 0, attendanceAdded: 0, problems: [] };
  const open = openRegistry(spreadsheet);
  const registry = open.read.registry;
  const meetingsSheet = open.tabs.get(meetingsTab.name);
  const attendanceSheet = open.tabs.get(attendanceTab.name);
  if (!registry || !meetingsSheet || !attendanceSheet) return report;
  const today = wallClock(now, registry.settings.timeZone).date;
  const since = addDays(today, -lookBackDays);
  const recorded = recordedAttendance(registry, attendanceSheet);

  for (const { row: meeting, rowNumber } of registry.meetings) {
    const docId = fileIdOf(meeting.agenda);
    if (!docId || meeting.status !== 'scheduled' || meeting.date >= today || meeting.date < since) continue;
    const attendance = recorded.get(meeting.key) ?? [];
    if (meeting.outcomes && meeting.nextSteps && attendance.length > 0) continue;
    if (!budget.allows(docReadMs)) break;
    const doc = DocumentApp.openById(docId);
    const docName = doc.getName();
    const back = readAgendaBack(readBlocks(doc.getBody()), { isPast: true });
    report.read += 1;
    const merged = mergeBack({ meeting, attendance }, back, {
      roster: groupRoster(registry, meeting.group, meeting.date),
    });
    for (const [field, value] of Object.entries(merged.meeting)) {
      meetingsSheet.set(rowNumber, meetingsTab.columns[field as 'outcomes' | 'nextSteps'].header, escapeAsText(value));
    }
    if (Object.keys(merged.meeting).length) report.meetingsUpdated += 1;
    for (const mark of merged.attendance) {
      const row = {
        meeting: meeting.key,
        email: mark.email,
        present: mark.present ? 'Yes' : 'No',
        source: mark.source,
      };
      attendanceSheet.append(cellsByHeader(attendanceTab, escapeEach(row)));
      // Recorded from now on, should the Meetings tab list this meeting twice.
      recorded.set(meeting.key, [...(recorded.get(meeting.key) ?? []), { email: mark.email, present: mark.present }]);
      report.attendanceAdded += 1;
    }
    const inTheDoc = `in the agenda Doc "${docName}"`;
    for (const conflict of merged.conflicts) {
      report.problems.push({
        severity: 'warning',
        tab: conflict.field === 'present' ? attendanceTab.name : meetingsTab.name,
        row: conflict.field === 'present' ? undefined : rowNumber,
        value: conflict.inDoc,
        message: `the agenda for ${meeting.key} says this${conflict.email ? ` for ${conflict.email}` : ''}, but the sheet says "${conflict.inSheet}" — the sheet was kept; change it if the agenda is right`,
      });
    }
    for (const rejected of merged.rejected) report.problems.push(docProblem(rejected, inTheDoc, rowNumber));
    for (const unreadable of back.unreadable) {
      report.problems.push({
        severity: 'warning',
        tab: meetingsTab.name,
        row: rowNumber,
        value: unreadable.row.join(' | '),
        message: `${inTheDoc}, row ${unreadable.at} of the attendance table could not be read (${unreadable.reason}) — not recorded`,
      });
    }
  }
  meetingsSheet.flush();
  attendanceSheet.flush();
  return report;
}

/**
 * Meeting key → who is on the Attendance tab for it. Taken from the tab's own cells as well as the registry's
 * reading, so a row the registry could not read (a mark Validate reports) still stops a second row; keys and
 * addresses are compared as the writer stores them (escape taken off, trimmed, addresses lower-cased).
 */
function recordedAttendance(registry: Registry, sheet: SheetTab): Recorded {
  const recorded: Recorded = new Map();
  const add = (meeting: string, email: string, present?: boolean) =>
    recorded.set(meeting, [...(recorded.get(meeting) ?? []), { email, present }]);
  for (const { row } of registry.attendance) add(row.meeting, row.email, row.present);
  const meetingColumn = sheet.columnOf(attendanceTab.columns.meeting.header);
  const emailColumn = sheet.columnOf(attendanceTab.columns.email.header);
  if (meetingColumn === undefined || emailColumn === undefined) return recorded;
  for (const cells of sheet.values.slice(1)) {
    const meeting = unescapeCell(String(cells[meetingColumn - 1] ?? '')).trim();
    const email = recordedEmailKey(String(cells[emailColumn - 1] ?? ''));
    if (meeting === '' || email === '') continue;
    if (!(recorded.get(meeting) ?? []).some((a) => a.email === email)) add(meeting, email);
  }
  return recorded;
}

function escapeEach<T extends Record<string, string | undefined>>(row: T): T {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, escapeForCell(v)])) as T;
}

function docProblem(rejected: DocRowProblem, inTheDoc: string, rowNumber: number): Problem {
  const where =
    rejected.field === 'attendance'
      ? `${inTheDoc}, row ${rejected.row} of the attendance table`
      : `${inTheDoc}, ${rejected.field === 'outcomes' ? 'Outcomes' : 'Next steps'}`;
  return {
    severity: 'warning',
    tab: meetingsTab.name,
    row: rowNumber,
    value: rejected.value.length > 200 ? `${rejected.value.slice(0, 200)}…` : rejected.value,
    message: `${where}: ${rejected.message}`,
  };
}
