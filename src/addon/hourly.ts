// The add-on's time-driven trigger (add-on triggers fire at most hourly). Each run finishes work an admin
// started — calendar changes and forms that did not fit in a card action — keeps agendas made a few days
// ahead and reads past ones back into the registry, sends the health survey in the
// months Settings names and the weekly digest when Settings turns it on, and closes the feedback forms when the school year is over. It never competes with a
// manual run: if one holds the lock, this hour is skipped.
import { wallClock } from '../core/registry/cells';
import { readAgendasBack } from '../workspace/agenda-readback';
import { generateAgendas } from '../workspace/agenda-run';
import { closeFormsAfterYearEnd } from '../workspace/close-forms';
import { openRegistry } from '../workspace/registry-io';
import { currentRound, sendSurveyRound } from '../workspace/survey-send';
import { sendWeeklyDigests } from '../workspace/digest-send';
import { runSyncSlice } from '../workspace/sync-slice';
import { applySwapRequests } from '../workspace/swap-requests';
import { startBudget, triggerBudgetMs, type Budget } from './budget';
import { friendlyError } from './friendly-errors';
import { isSyncPending, markSyncPending } from './pending-work';
import { progressText } from './progress-text';
import { registriesToRun } from './registry-context';
import { recordRun } from './run-log';

export const hourlyHandler = 'onHourlyTick';

export function onHourlyTick(): void {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(1_000)) return;
  try {
    const now = new Date();
    const budget = startBudget(triggerBudgetMs);
    // The registries this person looks after (the trigger runs as the admin who installed it), each on its own.
    for (const spreadsheet of registriesToRun()) {
      if (!budget.allows(60_000)) break;
      runFor(spreadsheet, now, budget);
    }
  } catch (error) {
    console.error('Hourly run failed', error);
  } finally {
    lock.releaseLock();
  }
}

function runFor(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date, budget: Budget): void {
  const notes: string[] = [];
  try {
    // Each job on its own: one that fails (a group's deleted folder, a form Google refuses) is noted, and the
    // others still run — a problem in one place never stops the agendas, read-back or surveys of the rest.
    const job = (name: string, work: () => void) => {
      try {
        work();
      } catch (error) {
        console.error(`Hourly run: ${name} failed`, error);
        notes.push(`${name} stopped: ${friendlyError(error, true).message}`);
      }
    };
    // An hour that carries a sync on is the sync's: agendas and read-back wait for the next hour rather than take
    // the time a district's forms and events need — and a sync finished this hour is not followed, within the same
    // run, by agenda links that would leave the calendar a step behind its registry until the next hour. Only a
    // slice that got somewhere takes the hour: one that fails or is stopped before writing anything (a day's quota
    // used up, a calendar refused) would otherwise hold back every later hour's agendas for as long as it fails.
    let syncRan = false;
    job('calendar sync', () => {
      if (!isSyncPending(spreadsheet)) return;
      // The slice keeps the pending mark and the running totals itself.
      const { totals, calendar, waiting, welcomes, forms } = runSyncSlice(spreadsheet, now, budget);
      syncRan = forms.created + forms.linksFilled + calendar.done + welcomes.mailed > 0;
      notes.push(progressText(totals));
      if (waiting) notes.push(`${waiting} changes wait for a preview`);
      if (welcomes.quotaReached) notes.push("welcome emails wait for tomorrow's email quota");
      if (calendar.error) notes.push(friendlyError(calendar.error, true).message);
    });
    job('swap requests', () => {
      const swaps = applySwapRequests(openRegistry(spreadsheet), now);
      if (swaps.applied) {
        notes.push(`${swaps.applied} protocol or presenter swaps recorded`);
        markSyncPending(spreadsheet, true);
      }
      notes.push(...swaps.refused);
    });
    job('agendas', () => {
      if (syncRan) {
        notes.push('agendas wait for the next hour: this one carried the sync on');
        return;
      }
      if (!budget.allows(30_000)) return;
      const agendas = generateAgendas(spreadsheet, now, budget);
      if (agendas.created) {
        notes.push(`${agendas.created} agenda Docs made`);
        markSyncPending(spreadsheet, true);
      }
      for (const problem of agendas.problems) notes.push(problem.message);
    });
    job('read-back', () => {
      if (syncRan || !budget.allows(30_000)) return;
      const back = readAgendasBack(spreadsheet, now, budget);
      if (back.meetingsUpdated || back.attendanceAdded) notes.push(`${back.read} agendas read back`);
      if (back.problems.length) notes.push(`${back.problems.length} agenda rows need a look (press Read agendas back)`);
    });
    job('calendar sync', () => {
      if (!isSyncPending(spreadsheet) || !budget.allows(30_000)) return;
      runSyncSlice(spreadsheet, now, budget);
    });
    // Read by the surveys job: the weekly digest reads the registry again only when it is turned on.
    let digestOn = false;
    job('surveys and forms', () => {
      const open = openRegistry(spreadsheet);
      const registry = open.read.registry;
      if (!registry) return;
      digestOn = registry.settings.weeklyDigest;
      const round = currentRound(registry, now, open.id);
      if (round !== undefined && budget.allows(20_000)) {
        const survey = sendSurveyRound(open, round, now, budget);
        if (survey.mailed || survey.created)
          notes.push(`health survey: ${survey.mailed} emailed, ${survey.remaining} to go`);
        if (survey.uncertain.length)
          notes.push(`survey: ${survey.uncertain.length} may not have received it (see Send survey)`);
      }
      if (wallClock(now, registry.settings.timeZone).date > registry.settings.yearEnd) {
        const closed = closeFormsAfterYearEnd(open);
        if (closed) notes.push(`${closed} forms closed for the year`);
      }
    });
    job('weekly digest', () => {
      if (!digestOn || !budget.allows(20_000)) return;
      const digest = sendWeeklyDigests(openRegistry(spreadsheet), now, budget);
      if (digest.sent) notes.push(`weekly digest: ${digest.sent} emailed, ${digest.remaining} to go`);
      if (digest.quotaReached) notes.push("weekly digest: the day's email quota is used up; the rest go tomorrow");
      if (digest.newlyUncertain.length)
        notes.push(`weekly digest: ${digest.newlyUncertain.join(', ')} may not have received this week's`);
      if (digest.held)
        notes.push("weekly digest: this week's record could not be read, so no more go out until Monday");
    });
  } catch (error) {
    console.error('Hourly run failed', error);
    notes.push(`stopped: ${friendlyError(error, true).message}`);
  } finally {
    if (notes.length) recordRun(spreadsheet, `Hourly run: ${notes.join('; ')}`);
  }
}

/** Installs the hourly trigger once; Apply calls it so unfinished work always has a way to finish. */
export function ensureHourlyTrigger(): void {
  const exists = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === hourlyHandler);
  if (!exists) ScriptApp.newTrigger(hourlyHandler).timeBased().everyHours(1).create();
}
