// Start next school year (Sheets, admins only): a preview of what next year's registry will hold — the groups
// carried, the groups to re-form, who is left behind, the forms that close — and one confirm that makes it
// (workspace/next-year.ts). Pressed again, or after a stop, it carries on with the same new registry.
import { z } from 'zod';
import { contentHash } from '../core/content-hash';
import { isoDate, wallClock } from '../core/registry/cells';
import { protocolsTab } from '../core/protocols/protocols-tab';
import type { RolloverPlan } from '../core/rollover/rollover-plan';
import { dayText } from '../core/schedule/local-style';
import { registryForms } from '../workspace/close-forms';
import { nextYearProgress, planNextYear, startNextYear, type NextYearProgress } from '../workspace/next-year';
import { openRegistry, readableRegistry, type OpenRegistry } from '../workspace/registry-io';
import { RegistryState } from '../workspace/registry-state';
import { startBudget, cardBudgetMs } from './budget';
import { button, buttons, card, fact, factLines, linkButton, paragraph, respond, section } from './cards/widgets';
import { guarded } from './guarded';
import { requireRegistry } from './registry-actions';
import { currentUser } from './registry-context';
import { withScriptLock } from './script-lock';

type Event = { commonEventObject?: { parameters?: Record<string, string> }; parameters?: Record<string, string> };

/** The confirm names the year it starts and the preview it confirms; identity comes from the spreadsheet's sharing. */
const StartRequest = z.object({ nextYearStart: isoDate, plan: z.string().regex(/^[0-9a-z]{1,16}$/) });

/** Most names a card lists before it counts the rest. */
const listed = 12;

export const onNextYearPreview = guarded('Start next school year', () => {
  const spreadsheet = requireRegistry({ remember: false });
  const open = openRegistry(spreadsheet, [protocolsTab.name]);
  const admin = currentUser();
  const progress = nextYearProgress(RegistryState.of(open));
  const plan = planNextYear(open, admin, progress?.folder);
  if (progress?.done) return respond('Next school year’s registry is already made.', doneCard(plan, progress), false);
  return respond(
    `Preview of ${plan.nextYear.label}: nothing is made until you start it.`,
    previewCard(open, plan, progress),
    false,
  );
});

export const onStartNextYear = guarded('Start next school year', (event: Event) => {
  const request = StartRequest.parse(event.commonEventObject?.parameters ?? event.parameters ?? {});
  const spreadsheet = requireRegistry();
  const admin = currentUser();
  return withScriptLock(() => {
    const open = openRegistry(spreadsheet, [protocolsTab.name]);
    const progress = nextYearProgress(RegistryState.of(open));
    const started = progress?.yearStart === readableRegistry(open).settings.yearStart;
    const plan = planNextYear(open, admin, progress?.folder);
    // Before anything exists, only what the admin saw is made; once it is under way, it is finished as started.
    if (!started && (request.nextYearStart !== plan.nextYear.yearStart || request.plan !== fingerprint(plan))) {
      return respond(
        'The registry changed since this preview — check the new one, then start.',
        previewCard(open, plan, progress),
      );
    }
    const run = startNextYear(open, admin, startBudget(cardBudgetMs));
    if (!run.finished) {
      return respond(
        `${run.plan.nextYear.label} is under way — press Continue to finish it.`,
        card(`Starting ${run.plan.nextYear.label}`, [
          section(undefined, [
            paragraph('What is made so far is recorded here; Continue carries on with the same new registry.'),
            buttons(button('Continue', 'onStartNextYear', startParameters(run.plan), true)),
          ]),
        ]),
      );
    }
    return respond(doneText(run.plan, run.progress), doneCard(run.plan, run.progress));
  });
});

function startParameters(plan: RolloverPlan): Record<string, string> {
  return { nextYearStart: plan.nextYear.yearStart, plan: fingerprint(plan) };
}

/** What the preview showed, so a confirm pressed after the registry changed is not taken for the new plan. */
function fingerprint(plan: RolloverPlan): string {
  return contentHash(JSON.stringify([plan.nextYear, plan.tabs, plan.flagged]));
}

function doneText(plan: RolloverPlan, progress: NextYearProgress): string {
  return (
    `${plan.nextYear.label} registry made: ${plan.carried.length} groups carried, ${plan.flagged.length} to re-form, ` +
    `${plan.membersCarried} members carried; ${progress.formsClosed ?? 0} forms of ${plan.thisYear.label} closed.`
  );
}

function names(list: readonly string[]): string[] {
  return list.length > listed ? [...list.slice(0, listed), `and ${list.length - listed} more`] : [...list];
}

function previewCard(open: OpenRegistry, plan: RolloverPlan, progress: NextYearProgress | undefined) {
  const registry = readableRegistry(open);
  const style = registry.style;
  const today = wallClock(new Date(), registry.settings.timeZone).date;
  const forms = registryForms(open, true).length;
  const yearOver = today > registry.settings.yearEnd;
  const left = names([
    ...plan.leadersLeft.map((l) => `${l.group}: ${l.role} ${l.email} has left — choose another`),
    ...(plan.membershipsEnded ? [`${plan.membershipsEnded} memberships that end before ${plan.nextYear.label}`] : []),
    ...plan.inactive.map((id) => `Group ${id} (not active)`),
    ...plan.departed.map((e) => `${e} (not active on Staff)`),
  ]);
  return card(`Start ${plan.nextYear.label}`, [
    section(undefined, [
      paragraph(
        `Makes a new registry for <b>${plan.nextYear.label}</b> in its own PLG Hub folder, owned by you. This ` +
          `year's calendar, agenda Docs and tabs stay exactly as they are.`,
      ),
      fact(
        'School year',
        `${dayText(plan.nextYear.yearStart, style)} to ${dayText(plan.nextYear.yearEnd, style)}`,
        'The same dates a year on: check them on the new Settings tab',
      ),
      fact('Closures', 'Left empty', `Add ${plan.nextYear.label}'s holidays and breaks before its first preview`),
      fact('Calendar', 'A new PLG calendar', `Made by the new registry's first Apply; this year's keeps its events`),
    ]),
    section(`Carried (${plan.carried.length} groups)`, [
      factLines(
        'Groups, each from its first meeting next year',
        names(plan.carried.map((g) => `${g.name}: ${g.members ?? 0} members, from ${dayText(g.firstMeeting!, style)}`)),
      ),
      fact(
        'Staff and members',
        `${plan.staffCarried} staff, ${plan.membersCarried} memberships`,
        'Goals, norms and protocols too',
      ),
    ]),
    ...(plan.flagged.length
      ? [
          section(`To re-form (${plan.flagged.length})`, [
            factLines(
              'Roster term ended: carried not active, members not carried',
              names(
                plan.flagged.map(
                  (g) => `${g.name}${g.rosterTermEnd ? ` (term ended ${dayText(g.rosterTermEnd, style)})` : ''}`,
                ),
              ),
              'Re-form them with the group builder in the new registry',
            ),
          ]),
        ]
      : []),
    ...(left.length ? [section('Left behind', [factLines('Not carried', left)])] : []),
    ...(plan.unreadable.length
      ? [
          section('Could not be read', [
            factLines('Not carried — fix them here and preview again', names(plan.unreadable)),
          ]),
        ]
      : []),
    section('This year', [
      fact(
        'Forms',
        `${forms} feedback and survey forms close`,
        yearOver
          ? 'The school year is over'
          : `The year ends ${dayText(registry.settings.yearEnd, style)}: members can no longer answer once you start`,
      ),
      ...(progress && !progress.done
        ? [paragraph('Already under way: starting again carries on with the same new registry.')]
        : []),
      buttons(
        button(`Start ${plan.nextYear.label}`, 'onStartNextYear', startParameters(plan), true),
        button('Back', 'onShowHome'),
      ),
    ]),
  ]);
}

function doneCard(plan: RolloverPlan, progress: NextYearProgress) {
  return card(`${plan.nextYear.label} registry made`, [
    section(undefined, [
      fact('Groups', `${plan.carried.length} carried, ${plan.flagged.length} to re-form`),
      fact('Members', `${plan.membersCarried} carried`),
      fact(
        `${plan.thisYear.label} forms`,
        `${progress.formsClosed ?? 0} closed`,
        'Its calendar, agendas and records are kept as they are',
      ),
      paragraph(
        'Next, in the new registry: check the school year dates, add its closures, re-form the flagged groups, then ' +
          'Validate and Preview changes.',
      ),
      buttons(
        ...(progress.url ? [linkButton(`Open ${plan.nextYear.label}`, progress.url)] : []),
        button('Back', 'onShowHome'),
      ),
    ]),
  ]);
}
