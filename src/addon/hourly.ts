// The add-on's time-driven trigger (add-on triggers fire at most hourly). Each run finishes work an admin
// started — calendar changes that did not fit in a card action — then keeps the rolling work going. It never
// competes with a manual run: if one holds the lock, this hour is skipped.
import { runSyncSlice } from '../workspace/sync-slice';
import { progressText } from './progress-text';
import { startBudget, triggerBudgetMs } from './budget';
import { friendlyError } from './friendly-errors';
import { isSyncPending, markSyncPending } from './pending-work';
import { rememberedRegistry } from './registry-context';
import { recordRun } from './run-log';

export const hourlyHandler = 'onHourlyTick';

export function onHourlyTick(): void {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(1_000)) return;
  try {
    const spreadsheet = rememberedRegistry();
    if (!spreadsheet) return;
    const budget = startBudget(triggerBudgetMs);
    const notes: string[] = [];
    if (isSyncPending()) {
      const { forms, calendar, remaining } = runSyncSlice(spreadsheet, new Date(), budget);
      markSyncPending(remaining > 0);
      notes.push(progressText(forms, calendar));
      if (calendar.error) notes.push(friendlyError(calendar.error).message);
    }
    for (const step of hourlySteps) notes.push(...step(spreadsheet, budget));
    if (notes.length) recordRun(`Hourly run: ${notes.join('; ')}`);
  } catch (error) {
    console.error('Hourly run failed', error);
    recordRun(`Hourly run stopped: ${friendlyError(error).message}`);
  } finally {
    lock.releaseLock();
  }
}

/** Further hourly work (agendas, read-back, responses); each returns what it did, in plain words. */
export const hourlySteps: ((spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, budget: ReturnType<typeof startBudget>) => string[])[] = [];

/** Installs the hourly trigger once; Apply calls it so unfinished work always has a way to finish. */
export function ensureHourlyTrigger(): void {
  const exists = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === hourlyHandler);
  if (!exists) ScriptApp.newTrigger(hourlyHandler).timeBased().everyHours(1).create();
}
