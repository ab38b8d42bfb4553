// Form groups (issue #18): the admin picks a configuration, Propose writes the Proposal tab, the admin edits it,
// Adopt appends the groups and memberships. Admin-only like every action that changes the registry
// (registry-context.ts requireEditor): a teacher who can only view the registry is refused.
import { z } from 'zod';
import type { Proposal } from '../core/builder/build-proposal';
import { builderConfigurations, configurations } from '../core/builder/configurations';
import { describeProblem } from '../core/problems';
import { isoDate } from '../core/registry/cells';
import { adoptProposal } from '../workspace/adopt-proposal';
import { proposeGroups } from '../workspace/proposal-tab';
import { writeProblems } from '../workspace/registry-io';
import { button, buttons, card, escapeHtml, fact, paragraph, respond, section } from './cards/widgets';
import { guarded } from './guarded';
import { requireRegistry } from './registry-actions';
import { withScriptLock } from './script-lock';

type FormInputs = Record<string, { stringInputs?: { value?: string[] } }>;
type Event = { commonEventObject?: { formInputs?: FormInputs } };

const keepChoices = {
  keep: 'Keep groups within their roster term (fewest moves)',
  reform: 'Re-form every group',
} as const;

/** Card inputs are untrusted: each must be one of the choices offered, or a date typed as 2026-09-01. */
const ProposeInputs = z.object({
  configuration: z.enum(builderConfigurations).default('department'),
  keep: z.enum(['keep', 'reform']).default('keep'),
});
const AdoptInputs = z.object({ from: isoDate.optional() });

function inputs(event: Event): Record<string, string | undefined> {
  const form = event.commonEventObject?.formInputs ?? {};
  return Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v.stringInputs?.value?.[0]?.trim() || undefined]));
}

export const onFormGroups = guarded('Form groups', () => {
  requireRegistry({ remember: false });
  const configuration = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setTitle('Configuration')
    .setFieldName('configuration');
  for (const key of builderConfigurations) configuration.addItem(configurations[key].label, key, key === 'department');
  const keep = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setTitle('Current groups')
    .setFieldName('keep');
  for (const [value, label] of Object.entries(keepChoices)) keep.addItem(label, value, value === 'keep');
  return respond(
    'Pick a configuration, then Propose.',
    card('Form groups', [
      section(undefined, [
        paragraph(
          'Proposes PLG rosters within Settings ▸ Smallest group and Largest group, with a reason for every small-cohort ' +
            'and support placement, a suggested trained facilitator and an administrator liaison per group. Propose ' +
            'writes only the Proposal tab; Groups and Members change when you press Adopt.',
        ),
        configuration,
        keep,
        buttons(button('Propose', 'onProposeGroups', {}, true), button('Back', 'onShowHome')),
      ]),
    ]),
    false,
  );
});

export const onProposeGroups = guarded('Propose', (event: Event) => {
  const spreadsheet = requireRegistry();
  const parsed = ProposeInputs.safeParse(inputs(event));
  if (!parsed.success) return respond('Propose: choose a configuration from the list.');
  const { configuration, keep } = parsed.data;
  const proposal = withScriptLock(() =>
    proposeGroups(spreadsheet, { configuration, keepCurrent: keep === 'keep' }, new Date()),
  );
  return respond(
    proposal.refusal ? `Propose: ${proposal.refusal}` : `Proposal written to the Proposal tab: ${proposal.summary}.`,
    proposalCard(proposal),
  );
});

export const onAdoptGroups = guarded('Adopt', (event: Event) => {
  const spreadsheet = requireRegistry();
  const parsed = AdoptInputs.safeParse(inputs(event));
  if (!parsed.success) return respond('Adopt: type the From date as 2026-09-01.');
  return withScriptLock(() => {
    const plan = adoptProposal(spreadsheet, parsed.data.from);
    const { from } = plan;
    if (plan.problems.length > 0) writeProblems(spreadsheet, plan.problems);
    const did =
      plan.newGroups.length + plan.newMembers.length + plan.endings.length === 0
        ? 'Nothing new to adopt: the Groups and Members tabs already hold this proposal'
        : `Adopted from ${from}: ${plan.newGroups.length} new groups on the Groups tab, ${plan.newMembers.length} memberships added and ${plan.endings.length} ended on the Members tab`;
    const held = plan.held ? `; ${plan.held} rows held until fixed (listed on the Problems tab)` : '';
    const said = `${did}${held}.`;
    return respond(
      said,
      card('Adopt', [
        section(undefined, [
          paragraph(escapeHtml(said)),
          ...plan.problems.slice(0, 8).map((p) => paragraph(escapeHtml(describeProblem(p)))),
          ...(plan.newGroups.length
            ? [
                paragraph(
                  "New groups take the school's usual meeting time; check them on the Groups tab. Nothing is sent until you Preview and Apply.",
                ),
              ]
            : []),
          buttons(button('Preview changes', 'onPreview', {}, true), button('Back', 'onShowHome')),
        ]),
      ]),
    );
  });
});

function proposalCard(proposal: Proposal): GoogleAppsScript.Card_Service.Card {
  if (proposal.refusal) {
    return card('Form groups', [
      section(undefined, [paragraph(escapeHtml(proposal.refusal)), buttons(button('Back', 'onShowHome'))]),
    ]);
  }
  const q = proposal.quality;
  const { min, max } = proposal.bounds;
  const sizes = q.sizes.length ? `sizes ${q.sizes[0]}–${q.sizes[q.sizes.length - 1]}` : 'none';
  const from = CardService.newTextInput()
    .setFieldName('from')
    .setTitle('Memberships start (From), e.g. 2026-09-01')
    .setValue(proposal.options.date);
  return card('Proposal', [
    section(configurations[proposal.options.configuration].label, [
      fact('Everyone placed', `${q.placedOnce} of ${q.people} people, each in one group`),
      fact(
        'Groups',
        `${q.groups} PLGs, ${sizes}`,
        `${q.withinBounds} of ${q.groups} within ${min}–${max}; ${q.keptGroups} kept, ${q.newGroups} new`,
      ),
      fact('Moves', `${q.moves}`, 'people leaving a group still within its roster term'),
      fact(
        'Placed with a reason',
        `${q.outreachPlacements}`,
        'small-cohort, non-instructional and paraprofessional colleagues',
      ),
      fact('Trained facilitators', `${q.facilitated} of ${q.allGroups} groups`),
      ...(q.liaisonLoad
        ? [fact('Administrator liaisons', `${q.liaisonLoad.fewest}–${q.liaisonLoad.most} groups each`)]
        : []),
      ...proposal.problems.slice(0, 5).map((p) => paragraph(escapeHtml(describeProblem(p)))),
    ]),
    section('Adopt', [
      paragraph(
        'Edit the Proposal tab: move a person by changing their Group id; rename a new group, or change its facilitator ' +
          'or liaison, on its first row. Adopt adds new groups and memberships from the date below and never rewrites ' +
          'or deletes a row: someone who moves gets an Until date on the membership they leave.',
      ),
      from,
      buttons(button('Adopt', 'onAdoptGroups', {}, true), button('Back', 'onShowHome')),
    ]),
  ]);
}
