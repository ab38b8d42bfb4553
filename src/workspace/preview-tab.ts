// The Preview tab: every change a sync would make, one row each, rewritten on each preview.
import type { CalendarPlan } from '../core/calendar/calendar-plan';
import { previewRows } from '../core/calendar/plan-summary';
import { escapeForCell } from '../core/escape';
import { rewriteOwnedTab } from './owned-tab';

export function writePreview(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: CalendarPlan): void {
  rewriteOwnedTab(
    spreadsheet,
    'Preview',
    previewRows(plan).map((row) => row.map(escapeForCell)),
  );
}
