// After a meeting: outcomes, next steps and the attendance checklist flow from its agenda Doc back into the
// Meetings and Attendance tabs ("Maintain records of PLG work, including agenda outcomes, notes and
// attendance", shared/seeds 001). Only empty cells are filled; a cell someone typed differently is reported.
import { mergeBack } from '../core/agenda/merge-back';
import { fileIdOf } from '../core/drive-id';
import { readAgendaBack } from '../core/agenda/read-back';
import { escapeForCell } from '../core/escape';
import type { Problem } from '../core/problems';
import { wallClock } from '../core/registry/cells';
import { attendanceTab, meetingsTab } from '../core/registry/tabs';
import { addDays } from '../core/schedule/calendar-days';
import type { ApplyBudget } from './calendar-apply';
import { readBlocks } from './doc-blocks';
import { openRegistry } from './registry-io';
import { cellsByHeader } from './row-cells';

/** Agendas are read back for meetings held in the last month; older records are settled. */
const lookBackDays = 31;
const docReadMs = 800;

export interface ReadBackReport {
  read: number;
  meetingsUpdated: number;
  attendanceAdded: number;
  problems: Problem[];
}

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
  const marked = new Map<string, { email: string; present: boolean }[]>();
  for (const { row } of registry.attendance) marked.set(row.meeting, [...(marked.get(row.meeting) ?? []), row]);

  for (const { row: meeting, rowNumber } of registry.meetings) {
    const docId = fileIdOf(meeting.agenda);
    if (!docId || meeting.status !== 'scheduled' || meeting.date >= today || meeting.date < since) continue;
    const attendance = marked.get(meeting.key) ?? [];
    if (meeting.outcomes && meeting.nextSteps && attendance.length > 0) continue;
    if (!budget.allows(docReadMs)) break;
    const back = readAgendaBack(readBlocks(DocumentApp.openById(docId).getBody()), { isPast: true });
    report.read += 1;
    const merged = mergeBack({ meeting, attendance }, back);
    for (const [field, value] of Object.entries(merged.meeting)) {
      meetingsSheet.set(rowNumber, meetingsTab.columns[field as 'outcomes' | 'nextSteps'].header, escapeForCell(value));
    }
    if (Object.keys(merged.meeting).length) report.meetingsUpdated += 1;
    for (const mark of merged.attendance) {
      attendanceSheet.append(
        cellsByHeader(attendanceTab, {
          meeting: meeting.key,
          email: mark.email,
          present: mark.present ? 'Yes' : 'No',
          source: mark.source,
        }),
      );
      report.attendanceAdded += 1;
    }
    for (const conflict of merged.conflicts) {
      report.problems.push({
        severity: 'warning',
        tab: conflict.field === 'present' ? attendanceTab.name : meetingsTab.name,
        row: conflict.field === 'present' ? undefined : rowNumber,
        value: conflict.inDoc,
        message: `the agenda for ${meeting.key} says this${conflict.email ? ` for ${conflict.email}` : ''}, but the sheet says "${conflict.inSheet}" — the sheet was kept; change it if the agenda is right`,
      });
    }
    for (const unreadable of back.unreadable) {
      report.problems.push({
        severity: 'warning',
        tab: meetingsTab.name,
        row: rowNumber,
        value: unreadable.row.join(' | '),
        message: `an attendance row in the agenda could not be read (${unreadable.reason})`,
      });
    }
  }
  meetingsSheet.flush();
  attendanceSheet.flush();
  return report;
}
