// The Preview tab: every change a sync would make, one row each, rewritten on each preview.
import type { CalendarPlan } from '../core/calendar/calendar-plan';
import { escapeForCell } from '../core/escape';
import { previewHeaders, previewRows } from '../core/sync/plan-summary';
import { rewriteOwnedTab } from './owned-tab';

export function writePreview(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: CalendarPlan): void {
  rewriteOwnedTab(spreadsheet, 'Preview', [
    previewHeaders,
    ...previewRows(plan).map((r) => [r.action, r.meeting, r.group, r.when, escapeForCell(r.details)]),
  ]);
}
