// Work left for the hourly run, so a long job finishes even if nobody presses Continue: a mark in the registry's
// own state (workspace/registry-state.ts), so one school's pending sync is never another's. Beside it, the running
// totals of the sync in progress: each slice plans afresh and counts only what is left, so without them every
// Continue would start again at "0 of 35" after 138 changes were already made.
import { z } from 'zod';
import type { ApplyProgress } from '../workspace/calendar-apply';
import type { FormsProgress } from '../workspace/feedback-forms';
import { RegistryState } from '../workspace/registry-state';
import { safeJson } from './run-log';

const syncPendingKey = 'sync.pending';
const totalsKey = 'sync.totals';

/** What one sync (an Apply and every slice that carries it on) has done so far, and what it has left. */
export const RunningTotals = z.object({
  formsMade: z.number().int().min(0),
  formsLeft: z.number().int().min(0),
  calendarDone: z.number().int().min(0),
  calendarTotal: z.number().int().min(0),
  /** The last slice left nothing to do: the next slice starts a new count. */
  finished: z.boolean(),
});
export type RunningTotals = z.infer<typeof RunningTotals>;

/**
 * Marks whether the hourly run has sync work to carry on. `restart` is Apply pressed on a preview: a new sync
 * begins, so its count starts at zero even if the one before it never finished.
 */
export function markSyncPending(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  pending: boolean,
  { restart = false }: { restart?: boolean } = {},
): void {
  const state = RegistryState.read(spreadsheet);
  if (pending) state.set(syncPendingKey, '1');
  else state.delete(syncPendingKey);
  if (restart) state.delete(totalsKey);
  state.flush();
}

export function isSyncPending(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return RegistryState.read(spreadsheet).get(syncPendingKey) === '1';
}

/**
 * After a slice: marks what is still pending, adds the slice's work to the running totals, and returns them (one
 * read of the state tab, one write). A slice's calendar "total" is what it found left to do, so the running total
 * is what earlier slices did plus that: it stays right when the plan grows or shrinks between slices.
 */
export function recordSliceProgress(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  slice: { forms: FormsProgress; calendar: ApplyProgress; remaining: number },
): RunningTotals {
  const state = RegistryState.read(spreadsheet);
  const before = RunningTotals.safeParse(safeJson(state.get(totalsKey) ?? ''));
  const earlier = before.success && !before.data.finished ? before.data : undefined;
  const totals: RunningTotals = {
    formsMade: (earlier?.formsMade ?? 0) + slice.forms.created,
    formsLeft: slice.forms.remaining,
    calendarDone: (earlier?.calendarDone ?? 0) + slice.calendar.done,
    calendarTotal: (earlier?.calendarDone ?? 0) + slice.calendar.total,
    finished: slice.remaining === 0,
  };
  if (slice.remaining > 0) state.set(syncPendingKey, '1');
  else state.delete(syncPendingKey);
  state.set(totalsKey, JSON.stringify(totals));
  state.flush();
  return totals;
}
