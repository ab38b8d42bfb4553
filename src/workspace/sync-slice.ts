// One slice of Apply, shared by the card action and the hourly run: feedback forms first (so the very first
// invitation already carries each meeting's feedback link), then the calendar writes, then quiet start's welcome
// emails (welcome-send.ts: once the calendar holds every meeting they list), then the teachers' directory. Each slice stops when its time budget is spent; the next one carries on from what is recorded.
// A slice writes only what the admin approved on a preview, and what is silent (core/sync/approval.ts).
import type { ApplyBudget, ApplyProgress } from './calendar-apply';
import { applyCalendarPlan, calendarPacer, calendarWorkCount } from './calendar-apply';
import { formsWritePacer } from './forms-api';
import { publishDirectory, type DirectoryProgress } from './directory-store';
import { ensureFeedbackForms, feedbackFormRecords, groupsNeedingForms, type FormsProgress } from './feedback-forms';
import { formsForWrites, readyPart } from '../core/sync/ready-plan';
import { calendarWritesPerMinute } from '../core/request-pacing';
import type { FormRecords } from './tracked-form';
import { boundForWriting, syncPass, withRowsAsWritten, type SyncPass } from './sync-run';
import { approvalsOf, gatePlan, parseApprovals, serializeApprovals } from '../core/sync/approval';
import { RegistryState } from './registry-state';
import { addSlice, totalsKey, type RunningTotals } from './sync-totals';
import { isHeldGroup } from '../core/sync/holds';
import { dueForWelcome, recordWelcomesDue, sendWelcomes, welcomesDue, type WelcomeReport } from './welcome-send';

export interface SliceResult {
  pass: SyncPass;
  forms: FormsProgress;
  calendar: ApplyProgress;
  /** Approved work still to do after this slice: forms plus calendar changes. */
  remaining: number;
  /** Changes the registry now asks for that no preview approved: they wait for the next Preview and Apply. */
  waiting: number;
  /** What this sync has done since its Apply, this slice included. */
  totals: RunningTotals;
  /** Quiet start's welcome emails in this slice (none sent before the calendar work is done). */
  welcomes: WelcomeReport;
}

const approvedKey = 'sync.approved';
/** Work left for the hourly run, so a long job finishes even if nobody presses Continue (addon/pending-work.ts). */
export const syncPendingKey = 'sync.pending';
/** When the calendar writes a slice stopped for (Calendar's per-minute limit) can go on, ms since the epoch. */
const resumeAtKey = 'sync.resumeAt';

/**
 * Records what the admin approved by pressing Apply on a preview of `plan`, and that there is work for the hourly
 * run, before anything is written: whatever happens next, the approved work continues.
 */
export function approvePlan(pass: SyncPass): void {
  const state = RegistryState.of(pass.open);
  state.set(approvedKey, serializeApprovals(approvalsOf(pass.plan)));
  // The previewed welcome emails are due before any event is added in silence (core/sync/welcome-plan.ts).
  recordWelcomesDue(
    state,
    pass.welcomes.audience.map((w) => w.email),
  );
  state.set(syncPendingKey, '1');
  // A new sync begins: its count starts at zero even if the one before it never finished.
  state.delete(totalsKey);
  state.flush();
}

/**
 * Whether a Continue has anything to do, from the state tab alone (one read): an approval not yet spent, or work
 * marked for the hourly run. An old Sync card's Continue, pressed after everything was written, reads no more. With
 * it, when the calendar writes can go on if the last slice stopped for Calendar's per-minute limit (undefined: no
 * wait recorded): a Continue pressed before then has nothing it could write.
 */
export function syncWork(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  pending: boolean;
  resumeAt?: number;
} {
  const state = RegistryState.read(spreadsheet);
  const pending = state.get(syncPendingKey) === '1' || Boolean(state.get(approvedKey));
  const resumeAt = Number(state.get(resumeAtKey));
  return Number.isFinite(resumeAt) && resumeAt > 0 ? { pending, resumeAt } : { pending };
}

/**
 * One slice. `planned` is the pass Apply just checked against its preview: the slice writes from it instead of
 * reading and planning a second time. Without it (Continue, the hourly run) the slice reads once and plans.
 */
export function runSyncSlice(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
  budget: ApplyBudget,
  planned?: SyncPass,
  options: {
    resendWelcomes?: boolean;
    /**
     * Anything the caller records about this slice from its totals (the run log), set on the registry's state so it
     * goes out with the slice's own last write rather than in a read and a write of its own.
     */
    record?: (state: RegistryState, totals: RunningTotals) => void;
  } = {},
): SliceResult {
  let pass = planned ? boundForWriting(planned) : syncPass(spreadsheet, now, true);
  const state = RegistryState.of(pass.open);
  // Before any work: the hourly run knows there is work, so whatever happens next, it continues.
  state.set(syncPendingKey, '1');
  state.flush();
  // Forms and events in turns: every event whose group's form is ready, then a build of forms (tracked-form.ts, up
  // to 40 at a time), then the events those forms made ready, and so on — so events already possible go out before
  // forms take time, a large school's events start going out after its first forms instead of after its last, and
  // the Forms API's and Calendar's per-minute limits are used side by side: while forms remain, a turn writes only
  // what this person's Calendar minute has room for now and builds forms while it empties, instead of sleeping.
  const records = feedbackFormRecords(pass.open);
  const approvals = parseApprovals(state.get(approvedKey));
  const forms: FormsProgress = { created: 0, linksFilled: 0, remaining: 0 };
  let calendar: ApplyProgress | undefined;
  let waiting = 0;
  const written = new Set<string>();
  // One record of this person's Calendar minute, and one of their Forms minute, for every turn: a turn's few writes
  // count for the next, and each is read once.
  const pacer = calendarPacer();
  const formsWrites = formsWritePacer();
  /** A build's forms and links counted into the slice's, and the rows it wrote planned from (not read again). */
  const absorb = (built: FormsProgress) => {
    forms.created += built.created;
    forms.linksFilled += built.linksFilled;
    forms.remaining = built.remaining;
    if (built.created > 0 || built.linksFilled > 0) pass = withRowsAsWritten(pass);
    return built;
  };
  // No form built yet (at most 0): the links of forms already made (a stopped run may have left some unfilled), the
  // dropdowns of moved meetings, and how many forms remain. No event goes out before its feedback link is in its row.
  absorb(ensureFeedbackForms(pass.open, records, budget, 0, formsWrites));
  let formsStuck = false;
  /** The teachers' cards, when a turn published them while Calendar's minute emptied. */
  let cards: DirectoryProgress | undefined;
  for (let turn = 0; turn < maxTurns; turn++) {
    const gated = gatePlan(pass.plan, approvals);
    const awaiting = forms.remaining > 0 ? awaitingForms(pass, records) : noGroups;
    const ready = readyPart(gated.plan, awaiting, written);
    const applied = applyCalendarPlan(
      ready,
      pass.calendarId!,
      pass.open.tabs.get('Meetings')!,
      budget,
      dueForWelcome(state),
      {
        waitWhileQueued: waitWhileQueued(forms.remaining > 0 && !formsStuck, forms.remaining === 0 && !cards),
        pacer,
      },
    );
    for (const key of applied.written ?? []) written.add(key);
    if (calendar === undefined) {
      // The first turn's plan is the whole of this slice's work: its count is the total.
      waiting = gated.waiting;
      calendar = { ...applied, total: calendarWorkCount(gated.plan) };
    } else calendar = { ...applied, done: calendar.done + applied.done, total: calendar.total };
    if (applied.error) break;
    if (forms.remaining === 0) {
      // Every form is made and every feedback link is in its row, so the teachers' cards are final for this sync
      // whatever Calendar still has to write (they name meetings and links, not events): they go while Calendar's
      // minute empties, and the next turn waits for it.
      if (cards === undefined && applied.resumeAt !== undefined) {
        cards = publishCards(pass, now, budget);
        continue;
      }
      break;
    }
    // Another turn only while forms could be built.
    if (formsStuck) break;
    try {
      // Just enough for the next round: the events of this many groups fill a minute of Calendar's limit.
      const most = formsForWrites(gated.plan, awaiting, forms.remaining, calendarWritesPerMinute);
      // No form fitted: one last turn writes what the calendar can, waiting for room if the time allows.
      if (absorb(ensureFeedbackForms(pass.open, records, budget, most, formsWrites)).created === 0) formsStuck = true;
    } catch (error) {
      // A build refused (a day's Forms quota, a slow-down that held, a setting Google would not take). A slice that
      // got nowhere fails as a whole, so its card offers no Continue that would only fail the same way. Otherwise
      // the events earlier turns wrote are this sync's work, counted and recorded below like any stopped slice's,
      // instead of lost with the slice.
      if (calendar.done === 0 && forms.created === 0 && forms.linksFilled === 0) throw error;
      calendar = { ...calendar, error };
      break;
    }
  }
  calendar ??= { done: 0, total: 0 };
  // The meetings are as this pass wrote them (new feedback links included), so welcomes and cards get them.
  const registry = { ...pass.registry, meetings: pass.meetings };
  const calendarDone = forms.remaining === 0 && calendar.done === calendar.total && !calendar.error;
  // Welcomes list every meeting with its links: sent only once the calendar holds them all.
  const welcomes = calendarDone
    ? sendWelcomes({ ...pass, registry }, budget, { resendUncertain: options.resendWelcomes })
    : welcomesLater(state);
  // The teachers' card files, as far as this slice's time allows (those left wait for the next slice or hour): once
  // this sync's forms and calendar work are written, unless a turn already published them while Calendar's minute
  // emptied. Before the forms are all made, a card would be written again when the links it names arrive.
  if ((cards === undefined || cards.remaining > 0) && calendarDone && !welcomes.error)
    cards = publishCards(pass, now, budget);
  cards ??= { changed: 0, remaining: 0 };
  const remaining = forms.remaining + calendar.total - calendar.done + welcomes.remaining + cards.remaining;
  // Everything approved is written: the approval is spent, and later changes wait for their own preview.
  if (remaining === 0 && !calendar.error && !welcomes.error) state.delete(approvedKey);
  if (remaining === 0) state.delete(syncPendingKey);
  const totals = addSlice(state.get(totalsKey), { forms, calendar, remaining, cardsLeft: cards.remaining, welcomes });
  state.set(totalsKey, JSON.stringify(totals));
  if (calendar.resumeAt !== undefined && remaining > 0) state.set(resumeAtKey, String(calendar.resumeAt));
  else state.delete(resumeAtKey);
  options.record?.(state, totals);
  state.flush();
  return { pass, forms, calendar, remaining, waiting, totals, welcomes };
}

/** The teachers' card files from the registry as this slice wrote it, held groups left out (directory-store.ts). */
function publishCards(pass: SyncPass, now: Date, budget: ApplyBudget): DirectoryProgress {
  const registry = { ...pass.registry, meetings: pass.meetings };
  return publishDirectory(pass.open, registry, now, (group) => isHeldGroup(pass.open.read.holds, group), budget);
}

/**
 * How many writes must be queued for a turn to wait for Calendar's minute: a minute's worth while forms can still
 * be built (they are built while it empties), none when the cards can go meanwhile, and otherwise any.
 */
function waitWhileQueued(formsToBuild: boolean, cardsToPublish: boolean): number {
  if (formsToBuild) return calendarWritesPerMinute;
  return cardsToPublish ? Number.POSITIVE_INFINITY : 0;
}

/**
 * Turns of forms and events in one slice at most: a bound for safety only, since the budget ends a slice first (a
 * district's 160 forms are seven builds of about 26; 400 groups would be sixteen).
 */
const maxTurns = 40;
const noGroups: ReadonlySet<string> = new Set();

/** The groups (id and key, upper case) still waiting for their feedback form: their events wait with them. */
function awaitingForms(pass: SyncPass, records: FormRecords): Set<string> {
  const ids = new Set(groupsNeedingForms(pass.open, pass.registry, records));
  const names = new Set<string>();
  for (const { row } of pass.registry.groups) {
    if (!ids.has(row.id)) continue;
    names.add(row.id.toUpperCase());
    if (row.key) names.add(row.key.toUpperCase());
  }
  return names;
}

/** Before the calendar work is done: the welcomes still due wait for it (and count as work left). */
function welcomesLater(state: RegistryState): WelcomeReport {
  return { mailed: 0, remaining: welcomesDue(state), waiting: 0, quotaReached: false, uncertain: [] };
}
