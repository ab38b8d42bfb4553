// The Preview tab: every change a sync would make, one row each, rewritten on each preview that changes it.
import type { CalendarPlan } from '../core/calendar/calendar-plan';
import { previewRows } from '../core/calendar/plan-summary';
import { escapeForCell } from '../core/escape';
import type { LocalStyle } from '../core/schedule/local-style';
import { rewriteOwnedTabOnChange } from './owned-tab';
import type { OpenRegistry } from './registry-io';

export function writePreview(open: OpenRegistry, plan: CalendarPlan, style?: LocalStyle): void {
  rewriteOwnedTabOnChange(
    open,
    'Preview',
    previewRows(plan, style).map((row) => row.map(escapeForCell)),
  );
}
