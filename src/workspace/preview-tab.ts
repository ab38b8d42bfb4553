// The Preview tab: every change a sync would make, one row each, rewritten on each preview. A preview with no
// change says so in a row of its own, so the tab never ends as a header row only (which reads as "broken").
import type { CalendarPlan } from '../core/calendar/calendar-plan';
import { previewRows } from '../core/calendar/plan-summary';
import { escapeForCell } from '../core/escape';
import type { LocalStyle } from '../core/schedule/local-style';
import type { WelcomePlan } from '../core/sync/welcome-plan';
import { rewriteOwnedTabOnChange } from './owned-tab';
import type { OpenRegistry } from './registry-io';

export function writePreview(
  open: OpenRegistry,
  plan: CalendarPlan,
  style?: LocalStyle,
  welcomes?: WelcomePlan,
  /** False: staged, to go out with the caller's next write (Preview's Problems tab), in the same call. */
  send = true,
): void {
  const rows = previewRows(plan, style, welcomes);
  if (rows.length === 1) rows.push(nothingToChange(plan));
  rewriteOwnedTabOnChange(
    open,
    'Preview',
    rows.map((row) => row.map(escapeForCell)),
    send,
  );
}

function nothingToChange(plan: CalendarPlan): string[] {
  const checked = plan.unchanged;
  return [
    'Nothing to change',
    '',
    '',
    '',
    `Calendar already matches the registry${checked ? ` (${checked} meeting${checked === 1 ? '' : 's'} checked)` : ''}: Apply would send nothing.`,
  ];
}
