// The Preview tab: every change a sync would make, one row each, rewritten on each preview.
import type { CalendarPlan } from '../core/calendar/calendar-plan';
import { previewRows } from '../core/calendar/plan-summary';
import { escapeForCell } from '../core/escape';
import type { LocalStyle } from '../core/schedule/local-style';
import { rewriteOwnedTab } from './owned-tab';

export function writePreview(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  plan: CalendarPlan,
  style?: LocalStyle,
): void {
  rewriteOwnedTab(
    spreadsheet,
    'Preview',
    previewRows(plan, style).map((row) => row.map(escapeForCell)),
  );
}
