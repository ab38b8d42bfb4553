// The add-on's time-driven trigger (add-on triggers fire at most hourly). Each run finishes work an admin
// started — calendar changes and forms that did not fit in a card action — keeps agendas made a few days
// ahead and reads past ones back into the registry, sends the health survey in the
// months Settings names, and closes the feedback forms when the school year is over. It never competes with a
// manual run: if one holds the lock, this hour is skipped.
import { wallClock } from '../core/registry/cells';
import { readAgendasBack } from '../workspace/agenda-readback';
import { generateAgendas } from '../workspace/agenda-run';
import { closeFormsAfterYearEnd } from '../workspace/close-forms';
import { openRegistry } from '../workspace/registry-io';
import { currentRound, sendSurveyRound } from '../workspace/survey-send';
import { runSyncSlice } from '../workspace/sync-slice';
import { applySwapRequests } from '../workspace/swap-requests';
import { startBudget, triggerBudgetMs } from './budget';
import { friendlyError } from './friendly-errors';
import { isSyncPending, markSyncPending } from './pending-work';
import { progressText } from './progress-text';
import { rememberedRegistry } from './registry-context';
import { recordRun } from './run-log';

export const hourlyHandler = 'onHourlyTick';

export function onHourlyTick(): void {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(1_000)) return;
  try {
    const spreadsheet = rememberedRegistry();
    if (!spreadsheet) return;
    const now = new Date();
    const budget = startBudget(triggerBudgetMs);
    const notes: string[] = [];
    if (isSyncPending()) {
      const { forms, calendar, remaining } = runSyncSlice(spreadsheet, now, budget);
      markSyncPending(remaining > 0);
      notes.push(progressText(forms, calendar));
      if (calendar.error) notes.push(friendlyError(calendar.error, true).message);
    }
    const swaps = applySwapRequests(openRegistry(spreadsheet), now);
    if (swaps) {
      notes.push(`${swaps} protocol or presenter swaps recorded`);
      markSyncPending(true);
    }
    if (budget.allows(30_000)) {
      const agendas = generateAgendas(spreadsheet, now, budget);
      if (agendas.created) {
        notes.push(`${agendas.created} agenda Docs made`);
        markSyncPending(true);
      }
    }
    if (budget.allows(30_000)) {
      const back = readAgendasBack(spreadsheet, now, budget);
      if (back.meetingsUpdated || back.attendanceAdded) notes.push(`${back.read} agendas read back`);
    }
    if (isSyncPending() && budget.allows(30_000)) {
      const { remaining } = runSyncSlice(spreadsheet, now, budget);
      markSyncPending(remaining > 0);
    }
    const open = openRegistry(spreadsheet);
    const registry = open.read.registry;
    if (registry) {
      const round = currentRound(registry, now);
      if (round !== undefined && budget.allows(20_000)) {
        const survey = sendSurveyRound(open, round, now, budget);
        if (survey.mailed || survey.created)
          notes.push(`health survey: ${survey.mailed} emailed, ${survey.remaining} to go`);
      }
      if (wallClock(now, registry.settings.timeZone).date > registry.settings.yearEnd) {
        const closed = closeFormsAfterYearEnd();
        if (closed) notes.push(`${closed} forms closed for the year`);
      }
    }
    if (notes.length) recordRun(`Hourly run: ${notes.join('; ')}`);
  } catch (error) {
    console.error('Hourly run failed', error);
    recordRun(`Hourly run stopped: ${friendlyError(error, true).message}`);
  } finally {
    lock.releaseLock();
  }
}

/** Installs the hourly trigger once; Apply calls it so unfinished work always has a way to finish. */
export function ensureHourlyTrigger(): void {
  const exists = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === hourlyHandler);
  if (!exists) ScriptApp.newTrigger(hourlyHandler).timeBased().everyHours(1).create();
}
