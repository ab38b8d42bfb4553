// The Preview tab: every change a sync would make, one row each, rewritten on each preview (PLG Hub owns it).
import type { CalendarPlan } from '../core/calendar/calendar-plan';
import { previewHeaders, previewRows } from '../core/sync/plan-summary';

export function writePreview(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: CalendarPlan): void {
  const sheet = spreadsheet.getSheetByName('Preview') ?? spreadsheet.insertSheet('Preview');
  sheet.clearContents();
  const rows = [previewHeaders, ...previewRows(plan).map((r) => [r.action, r.meeting, r.group, r.when, r.details])];
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  // Plain-text format first: meeting ids and times stay text, never turned into numbers or dates.
  const range = sheet.getRange(1, 1, rows.length, previewHeaders.length);
  range.setNumberFormat('@');
  range.setValues(rows);
  sheet.setFrozenRows(1);
}
