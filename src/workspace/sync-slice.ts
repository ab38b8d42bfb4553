// One slice of Apply, shared by the card action and the hourly run: feedback forms first (so the very first
// invitation already carries each meeting's feedback link), then the calendar writes, then the teachers'
// directory. Each slice stops when its time budget is spent; the next one carries on from what is recorded.
import type { ApplyBudget, ApplyProgress } from './calendar-apply';
import { applyCalendarPlan, calendarWorkCount } from './calendar-apply';
import { publishDirectory } from './directory-store';
import { ensureFeedbackForms, storedForms, type FormsProgress } from './feedback-forms';
import { syncPass, type SyncPass } from './sync-run';

export interface SliceResult {
  pass: SyncPass;
  forms: FormsProgress;
  calendar: ApplyProgress;
  /** Work still to do after this slice: forms plus calendar changes. */
  remaining: number;
}

export function runSyncSlice(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
  budget: ApplyBudget,
): SliceResult {
  let pass = syncPass(spreadsheet, now, true);
  const forms = ensureFeedbackForms(pass.open, storedForms(), budget);
  if (forms.created > 0 || forms.linksFilled > 0) pass = syncPass(spreadsheet, now, true);
  const calendar: ApplyProgress =
    forms.remaining > 0
      ? { done: 0, total: calendarWorkCount(pass.plan) }
      : applyCalendarPlan(pass.plan, pass.calendarId!, pass.open.tabs.get('Meetings')!, budget);
  publishDirectory(pass.registry, now);
  return { pass, forms, calendar, remaining: forms.remaining + calendar.total - calendar.done };
}
