// Preview changes → Apply: the admin sees every invitation PLG Hub would send or change before anything is
// sent, applies it in slices that fit the card callback limit, and the hourly run finishes what remains.
import { planToken } from '../core/sync/plan-token';
import { quietStartText, summarizePlan, welcomeCountText } from '../core/calendar/plan-summary';
import { applyCalendarPlan, calendarWorkCount } from '../workspace/calendar-apply';
import { groupsNeedingForms, feedbackFormRecords } from '../workspace/feedback-forms';
import { approvePlan, runSyncSlice, syncWork } from '../workspace/sync-slice';
import { calendarRequestsPerMinute, calendarWritesPerMinute } from '../core/request-pacing';
import { refreshProblems } from '../workspace/registry-problems';
import { wallClock } from '../core/registry/cells';
import { dayText, monthText, shortDayText } from '../core/schedule/local-style';
import { writePreview } from '../workspace/preview-tab';
import { syncPass, type SyncPass } from '../workspace/sync-run';
import { cardBudgetMs, startBudget, type Budget } from './budget';
import { button, buttons, card, escapeHtml, fact, paragraph, respond, section } from './cards/widgets';
import { friendlyError } from './friendly-errors';
import { guarded } from './guarded';
import { requireRegistry } from './registry-actions';
import { activeRegistry, rememberRegistry, requireEditor } from './registry-context';
import { UserFacingError } from '../workspace/user-facing-error';
import { readOnly } from '../workspace/sheet-tab';
import { stageRunRecord } from './run-log';
import { ensureHourlyTrigger } from './hourly';
import { progressText } from './progress-text';
import { withScriptLock } from './script-lock';

type Event = { commonEventObject?: { parameters?: Record<string, string> }; parameters?: Record<string, string> };

const shownLines = 8;

export const onPreview = guarded('Preview', () => {
  const spreadsheet = requireRegistry({ remember: false });
  // Most previews change nothing in the registry: read and plan without the lock, and take it (reading again
  // under it) only when the pass must write new meetings, keys or roles — two syncs never write at once.
  const pass =
    readOnly(() => syncPass(spreadsheet, new Date(), false)) ??
    withScriptLock(() => syncPass(spreadsheet, new Date(), false));
  // The Preview and Problems tabs, where they changed, in one write — the Preview tab's even if the Problems tab's
  // refresh is refused (its clear is done already).
  writePreview(pass.open, pass.plan, pass.registry.style, pass.welcomes, false);
  try {
    refreshProblems(pass.open, new Date());
  } finally {
    pass.open.writes.send();
  }
  const formsToMake = groupsNeedingForms(pass.open, pass.registry, feedbackFormRecords(pass.open, true));
  return respond(previewNotice(pass, formsToMake), buildPreviewCard(pass, formsToMake), false);
});

export const onApply = guarded('Apply', (event: Event, run) => {
  const isContinue = parameter(event, 'continue') === '1';
  // The admin chose to send again the welcome emails a stopped run may not have sent (named on the Sync card).
  const resendWelcomes = isContinue && parameter(event, 'resend') === 'welcome';
  // Continue on a Sync card whose work is all written (an old card, or one the hourly run finished): the state
  // tab says so, and nothing is read, planned or written again. Saying so needs no editor check — it changes
  // nothing and tells nothing the state tab does not show anyone who can open the spreadsheet.
  const spreadsheet = activeRegistry();
  if (!spreadsheet) throw new UserFacingError('Open the PLG registry spreadsheet first.');
  const work = isContinue && !resendWelcomes ? syncWork(spreadsheet) : undefined;
  if (work && !work.pending) return finishedCard();
  requireEditor(spreadsheet);
  // Calendar's minute is still full from this sync's last writes: nothing could be written yet, so nothing is read.
  if (work?.resumeAt !== undefined && work.resumeAt > Date.now()) return waitCard(work.resumeAt - Date.now());
  rememberRegistry(spreadsheet);
  return withScriptLock(() => {
    const budget = startBudget(cardBudgetMs);
    let planned: SyncPass | undefined;
    if (!isContinue) {
      const pass = syncPass(spreadsheet, new Date(), false);
      if (parameter(event, 'plan') !== tokenOf(pass)) {
        // Nothing of the new plan is approved: show it, and write nothing.
        writePreview(pass.open, pass.plan, pass.registry.style, pass.welcomes);
        return respond('The registry changed since your preview — here is the new preview.', buildPreviewCard(pass));
      }
      const toConfirm = cancellationsToConfirm(pass);
      if (toConfirm.length > 0 && parameter(event, 'confirm') !== tokenOf(pass)) {
        return respond(`${toConfirm.length} meetings would be canceled — confirm first.`, buildConfirmCard(pass));
      }
      // What the admin approved is recorded before anything is written (core/sync/approval.ts), with the mark
      // that tells the hourly run there is work: whatever happens next, it continues.
      approvePlan(pass);
      refreshProblems(pass.open, new Date());
      // The slice writes from this pass: the registry is read and planned once per press.
      planned = pass;
    }
    // Before any work: the hourly run is installed, so whatever happens next, it continues.
    ensureHourlyTrigger();
    run.resumes = true;
    return applySlice(spreadsheet, budget, planned, resendWelcomes);
  });
});

/** More than this many cancellations in one Apply, or every upcoming meeting of a group, needs a confirmation. */
const cancellationsWithoutConfirm = 3;

/** The cancellations the admin must confirm by name, or none. */
export function cancellationsToConfirm(pass: SyncPass): SyncPass['plan']['cancels'] {
  const { cancels } = pass.plan;
  if (cancels.length > cancellationsWithoutConfirm) return cancels;
  const today = wallClock(new Date(), pass.registry.settings.timeZone).date;
  const stillMeeting = new Set(
    pass.meetings.filter(({ row }) => row.status === 'scheduled' && row.date >= today).map(({ row }) => row.group),
  );
  const losingAll = new Set(cancels.map((c) => c.group).filter((group) => !stillMeeting.has(group)));
  return losingAll.size > 0 ? cancels : [];
}

function buildConfirmCard(pass: SyncPass): GoogleAppsScript.Card_Service.Card {
  const cancels = cancellationsToConfirm(pass);
  const token = tokenOf(pass);
  const byGroup = new Map<string, string[]>();
  for (const c of cancels)
    byGroup.set(c.summary, [...(byGroup.get(c.summary) ?? []), shortDayText(c.when.date, pass.registry.style)]);
  return card('Confirm cancellations', [
    section(undefined, [
      paragraph(
        escapeHtml(
          `Apply would cancel ${cancels.length} meetings and email every guest that they are canceled. Check that this is what you meant — a canceled meeting is marked canceled in the Meetings tab.`,
        ),
      ),
      ...[...byGroup].map(([group, dates]) => fact(group, `${dates.length} canceled`, dates.join(', '))),
    ]),
    section(undefined, [
      buttons(
        button(`Cancel these ${cancels.length} meetings and apply`, 'onApply', { plan: token, confirm: token }, true),
        button('Back', 'onShowHome'),
      ),
    ]),
  ]);
}

/** One budgeted slice of Apply; the card says exactly what is done and what remains. */
export function applySlice(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  budget: Budget,
  planned?: SyncPass,
  resendWelcomes = false,
): GoogleAppsScript.Card_Service.ActionResponse {
  // The slice keeps the hourly run's mark and the running totals itself (set before its work, cleared when done).
  // The run log goes out with the slice's last write of its state.
  const { totals, calendar, remaining, waiting, welcomes } = runSyncSlice(spreadsheet, new Date(), budget, planned, {
    resendWelcomes,
    record: (state, sliceTotals) => stageRunRecord(state, progressText(sliceTotals)),
  });
  const summary = progressText(totals);
  const lines = [paragraph(escapeHtml(`${summary}.`))];
  if (waiting > 0 && remaining === 0) {
    lines.push(
      paragraph(
        escapeHtml(
          `${waiting} further changes came from edits made after your preview; nothing of them was sent. Press Preview changes to see them.`,
        ),
      ),
    );
  }
  const error = calendar.error ?? welcomes.error;
  if (welcomes.quotaReached) {
    lines.push(
      paragraph(
        escapeHtml(
          `Today's email quota is used up: the ${welcomes.remaining} welcome emails still to send go out from the hourly run once it renews (within a day).`,
        ),
      ),
    );
  } else if (error) lines.push(paragraph(escapeHtml(friendlyError(error, true).message)));
  else if (remaining && calendar.resumeAt !== undefined)
    lines.push(paragraph(escapeHtml(rateWaitText(calendar.resumeAt - Date.now()))));
  else if (remaining) lines.push(paragraph('Press Continue, or leave it: the hourly run finishes the rest by itself.'));
  else lines.push(paragraph('Everything in the registry is on the PLG calendar, with feedback links.'));
  const unsure = uncertainWelcomes(welcomes.uncertain);
  if (unsure) lines.push(unsure);
  const actions = [
    buttons(
      ...(remaining && !welcomes.quotaReached ? [button('Continue', 'onApply', { continue: '1' }, true)] : []),
      ...(welcomes.uncertain.length ? [resendWelcomeButton()] : []),
      button('Back', 'onShowHome'),
    ),
  ];
  return respond(`${summary}.`, card('Sync', [section(undefined, [...lines, ...actions])]));
}

function resendWelcomeButton() {
  return button('Send their welcome again', 'onApply', { continue: '1', resend: 'welcome' });
}

/** How many uncertain people the Sync card names before saying "and N more". */
const uncertainShown = 10;

/** The people a stopped run may not have sent a welcome to: counted as sent, named so the admin can decide. */
function uncertainWelcomes(people: readonly string[]): GoogleAppsScript.Card_Service.Widget | undefined {
  if (people.length === 0) return undefined;
  const named = people.slice(0, uncertainShown).join(', ');
  const more = people.length > uncertainShown ? ` and ${people.length - uncertainShown} more` : '';
  return paragraph(
    escapeHtml(
      `A run was stopped while sending a welcome email, so it may not have gone out to ${named}${more}. It counts as sent (nobody gets two); press Send their welcome again if they did not get it.`,
    ),
  );
}

export const onKeepCalendarVersion = guarded("Keep Calendar's version", (event: Event) =>
  resolveDrift(event, 'calendar'),
);
export const onRestoreRegistryVersion = guarded("Restore the registry's version", (event: Event) =>
  resolveDrift(event, 'registry'),
);

function resolveDrift(event: Event, keep: 'calendar' | 'registry') {
  const spreadsheet = requireRegistry();
  const key = parameter(event, 'meeting');
  return withScriptLock(() => {
    const pass = syncPass(spreadsheet, new Date(), true);
    const drift = pass.plan.drift.find((d) => d.meetingKey === key);
    if (!drift) return respond('That change was already resolved.', buildPreviewCard(pass));
    const meetings = pass.open.tabs.get('Meetings')!;
    if (keep === 'calendar') {
      keepCalendarVersion(meetings, drift.keepCalendar.rowNumber, drift.keepCalendar.values);
    } else {
      applyCalendarPlan(
        { ...emptyPlan(), updates: [drift.restoreRegistry] },
        pass.calendarId!,
        meetings,
        startBudget(cardBudgetMs),
      );
    }
    const after = syncPass(spreadsheet, new Date(), true);
    writePreview(after.open, after.plan, after.registry.style, after.welcomes);
    const said =
      keep === 'calendar'
        ? `Kept Calendar's version of ${drift.summary} in the Meetings tab.`
        : `Restored the registry's version of ${drift.summary} in Calendar.`;
    return respond(said, buildPreviewCard(after));
  });
}

function keepCalendarVersion(
  meetings: import('../workspace/sheet-tab').SheetTab,
  rowNumber: number,
  values: Record<string, unknown>,
) {
  const headers: Record<string, string> = {
    date: 'Date',
    startTime: 'Start time',
    minutes: 'Minutes',
    location: 'Location',
    status: 'Status',
    eventId: 'Calendar event',
    synced: 'Synced',
  };
  for (const [key, value] of Object.entries(values))
    if (headers[key]) meetings.set(rowNumber, headers[key]!, value ?? '');
  meetings.flush();
}

/**
 * Calendar takes a limited number of requests a minute from one person (core/request-pacing.ts): said with the
 * seconds to wait, so the admin presses Continue when it can do something.
 */
function rateWaitText(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return `Google Calendar takes ${calendarRequestsPerMinute} requests a minute from one person, and PLG Hub keeps its changes to ${calendarWritesPerMinute} of them: press Continue in ${seconds} s, or leave it — the hourly run finishes the rest by itself.`;
}

/** A Continue pressed while Calendar's minute is still full: it says when to press again, and reads nothing. */
function waitCard(waitMs: number): GoogleAppsScript.Card_Service.ActionResponse {
  const said = rateWaitText(waitMs);
  return respond(
    said,
    card('Sync', [
      section(undefined, [
        paragraph(escapeHtml(said)),
        buttons(button('Continue', 'onApply', { continue: '1' }, true), button('Back', 'onShowHome')),
      ]),
    ]),
  );
}

/** What a Continue with nothing left to do answers: the same words a finished slice ends with. */
function finishedCard(): GoogleAppsScript.Card_Service.ActionResponse {
  const said = 'Nothing left to do: everything you applied is on the PLG calendar.';
  return respond(
    said,
    card('Sync', [
      section(undefined, [
        paragraph(escapeHtml(`${said} Anything changed in the registry since then shows in Preview changes.`)),
        buttons(button('Back', 'onShowHome')),
      ]),
    ]),
  );
}

function emptyPlan() {
  return { creates: [], updates: [], cancels: [], records: [], drift: [], holds: [], unchanged: 0, warnings: [] };
}

/** Make-up lines shown on the card; the Meetings tab has every one. */
const shownMakeUps = 20;

function capped(lines: readonly string[], most: number, more: (n: number) => string): string[] {
  return lines.length <= most ? [...lines] : [...lines.slice(0, most), more(lines.length - most)];
}

export function buildPreviewCard(
  pass: SyncPass,
  formsToMake = groupsNeedingForms(pass.open, pass.registry, feedbackFormRecords(pass.open, true)),
): GoogleAppsScript.Card_Service.Card {
  const lines = summarizePlan(pass.plan, pass.registry.style, pass.welcomes).lines.filter(
    (l) => !l.startsWith('Calendar is up to date') && !l.startsWith('Quiet start') && !l.startsWith('Welcome email'),
  );
  const { plan } = pass;
  const work = workOf(pass, formsToMake);
  const quiet = quietStartText(pass.welcomes);
  const sections = [
    section('What would change', [
      fact(
        'Meetings tab',
        `${pass.meetingsAdded} added, ${pass.meetingsChanged} changed`,
        "Generated from each group's cadence; your edits are kept",
      ),
      fact(
        'Calendar',
        `${plan.creates.length} new, ${plan.updates.length} changed, ${plan.cancels.length} canceled`,
        `${plan.unchanged} unchanged`,
      ),
      ...(formsToMake.length
        ? [
            fact(
              'Feedback forms',
              `${formsToMake.length} to make`,
              'One per group for the year; each meeting gets its own link',
            ),
          ]
        : []),
      ...(plan.warnings.length ? [fact('Warnings', `${plan.warnings.length}`, 'Listed on the Preview tab')] : []),
    ]),
  ];
  // Quiet start (Settings): what Apply emails instead of one invitation per meeting, or what it would change.
  if (quiet) sections.push(section('Quiet start', [welcomeFact(pass), paragraph(escapeHtml(quiet))]));
  const unsure = uncertainWelcomes(pass.welcomes.uncertain);
  if (unsure) sections.push(section('Welcome emails', [unsure, buttons(resendWelcomeButton())]));
  if (pass.makeUps.length)
    sections.push(
      section('Make-up meetings', [
        paragraph(
          escapeHtml(
            `Closures leave these months below the ${pass.registry.settings.minMeetingsPerMonth} meetings a month Settings asks for, so these meetings are added to the Meetings tab; move or cancel any there before you apply.`,
          ),
        ),
        // A card section holds at most 100 widgets: a district's hundreds of groups show the first ones and a count.
        ...capped(makeUpLines(pass), shownMakeUps, (n) => `…and ${n} more — every one is on the Meetings tab`).map(
          (l) => paragraph(escapeHtml(l)),
        ),
      ]),
    );
  if (lines.length) {
    sections.push(
      section(
        `First changes (all ${lines.length} on the Preview tab)`,
        lines.slice(0, shownLines).map((l) => paragraph(escapeHtml(l))),
      ),
    );
  }
  for (const drift of plan.drift.slice(0, 3)) {
    sections.push(
      section('Changed directly in Calendar', [
        paragraph(escapeHtml(`${drift.summary}: ${drift.changes.map((c) => c.field).join(', ')} changed in Calendar.`)),
        buttons(
          button("Keep Calendar's", 'onKeepCalendarVersion', { meeting: drift.meetingKey }),
          button("Restore registry's", 'onRestoreRegistryVersion', { meeting: drift.meetingKey }),
        ),
      ]),
    );
  }
  sections.push(
    section(undefined, [
      work > 0
        ? buttons(
            button(`Apply ${work} changes`, 'onApply', { plan: tokenOf(pass) }, true),
            button('Back', 'onShowHome'),
          )
        : buttons(button('Back', 'onShowHome')),
    ]),
  );
  return card('Preview', sections);
}

/**
 * "English PLG, November 2026: Wed, Nov 4, 2026 and Wed, Nov 18, 2026" — one line per group and month, under one
 * paragraph that says why. The rows are on the Meetings tab (move or cancel them there); nothing is sent before Apply.
 */
function makeUpLines(pass: SyncPass): string[] {
  const names = new Map(pass.registry.groups.map((g) => [g.row.id, g.row.name]));
  const byGroupMonth = new Map<string, { group: string; month: string; dates: string[] }>();
  for (const slot of pass.makeUps) {
    const id = `${slot.group}\u0000${slot.makeUpFor}`;
    const entry = byGroupMonth.get(id) ?? { group: slot.group, month: slot.makeUpFor!, dates: [] };
    entry.dates.push(dayText(slot.date, pass.registry.style));
    byGroupMonth.set(id, entry);
  }
  return [...byGroupMonth.values()].map(({ group, month, dates }) => {
    return `${names.get(group) ?? group}, ${monthText(month)}: ${dates.join(' and ')}`;
  });
}

function previewNotice(pass: SyncPass, formsToMake: readonly string[]): string {
  const work = workOf(pass, formsToMake);
  return work === 0 ? 'Calendar already matches the registry — nothing to send.' : `${work} changes ready to review.`;
}

/** Calendar changes, forms to make and welcome emails to send: what Apply would do. */
function workOf(pass: SyncPass, formsToMake: readonly string[]): number {
  return calendarWorkCount(pass.plan) + formsToMake.length + pass.welcomes.audience.length;
}

/** The preview's token: its calendar changes and its welcome emails (core/sync/plan-token.ts). */
function tokenOf(pass: SyncPass): string {
  return planToken(pass.plan, pass.welcomes);
}

function welcomeFact(pass: SyncPass): GoogleAppsScript.Card_Service.Widget {
  const { audience, couldWelcome, couldSave } = pass.welcomes;
  return audience.length
    ? fact('Welcome emails', welcomeCountText(pass.welcomes), 'One per person, each named on the Preview tab')
    : fact(
        'Invitations',
        `${couldSave} to people invited for the first time`,
        `Quiet start in Settings would send ${couldWelcome} welcome emails instead`,
      );
}

function parameter(event: Event, name: string): string | undefined {
  return event?.commonEventObject?.parameters?.[name] ?? event?.parameters?.[name];
}
