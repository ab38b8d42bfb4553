// One slice of Apply, shared by the card action and the hourly run: feedback forms first (so the very first
// invitation already carries each meeting's feedback link), then the calendar writes, then the teachers'
// directory. Each slice stops when its time budget is spent; the next one carries on from what is recorded.
// A slice writes only what the admin approved on a preview, and what is silent (core/sync/approval.ts).
import type { ApplyBudget, ApplyProgress } from './calendar-apply';
import { applyCalendarPlan, calendarWorkCount } from './calendar-apply';
import { publishDirectory } from './directory-store';
import { ensureFeedbackForms, feedbackFormRecords, type FormsProgress } from './feedback-forms';
import { syncPass, type SyncPass } from './sync-run';
import { approvalsOf, gatePlan, parseApprovals, serializeApprovals } from '../core/sync/approval';
import { RegistryState } from './registry-state';
import { isHeldGroup } from '../core/sync/holds';

export interface SliceResult {
  pass: SyncPass;
  forms: FormsProgress;
  calendar: ApplyProgress;
  /** Approved work still to do after this slice: forms plus calendar changes. */
  remaining: number;
  /** Changes the registry now asks for that no preview approved: they wait for the next Preview and Apply. */
  waiting: number;
}

const approvedKey = 'sync.approved';

/** Records what the admin approved by pressing Apply on a preview of `plan`, before anything is written. */
export function approvePlan(pass: SyncPass): void {
  const state = RegistryState.of(pass.open);
  state.set(approvedKey, serializeApprovals(approvalsOf(pass.plan)));
  state.flush();
}

export function runSyncSlice(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
  budget: ApplyBudget,
): SliceResult {
  let pass = syncPass(spreadsheet, now, true);
  const forms = ensureFeedbackForms(pass.open, feedbackFormRecords(pass.open), budget);
  if (forms.created > 0 || forms.linksFilled > 0) pass = syncPass(spreadsheet, now, true);
  const state = RegistryState.of(pass.open);
  const { plan, waiting } = gatePlan(pass.plan, parseApprovals(state.get(approvedKey)));
  const calendar: ApplyProgress =
    forms.remaining > 0
      ? { done: 0, total: calendarWorkCount(plan) }
      : applyCalendarPlan(plan, pass.calendarId!, pass.open.tabs.get('Meetings')!, budget);
  const remaining = forms.remaining + calendar.total - calendar.done;
  // Everything approved is written: the approval is spent, and later changes wait for their own preview.
  if (remaining === 0 && !calendar.error && state.get(approvedKey) !== undefined) {
    state.delete(approvedKey);
    state.flush();
  }
  publishDirectory(pass.open, pass.registry, now, (group) => isHeldGroup(pass.open.read.holds, group));
  return { pass, forms, calendar, remaining, waiting };
}
