// The Proposal tab: the builder's roster, one row per person, for the admin to read and edit before Adopt.
// Group-level suggestions (name, facilitator, liaison, notes) sit on each group's first row; Adopt reads the
// edited tab back through this spec, so a typo is a located problem (tab, row, column), never a guess.
import { z } from 'zod';
import { email, limitedText, list, text } from '../registry/cells';
import { column, type RowOf, type TabSpec } from '../registry/tab-spec';
import { builderConfigurations } from './configurations';
import type { Proposal } from './build-proposal';

export const proposalTabName = 'Proposal';

export const proposalTab = {
  name: proposalTabName,
  about: "Form groups' proposed roster: edit it, then press Adopt on the Form groups card.",
  columns: {
    group: column('Group id', text, {
      required: true,
      note: 'The group this person joins: a Group id from the Groups tab, or a new group this proposal lists.',
    }),
    groupName: column('Group name', limitedText(100, 'an event, Doc or Form title').optional(), {
      note: "On a group's first row: the name a new group gets on the Groups tab.",
    }),
    email: column('Email', email, { required: true, note: 'From the Staff tab.' }),
    name: column('Name', text.optional(), { note: 'From the Staff tab (not read by Adopt).' }),
    role: column('Role', text.optional(), { note: 'From the Staff tab (not read by Adopt).' }),
    department: column('Department', text.optional(), { note: 'From the Staff tab (not read by Adopt).' }),
    grades: column('Grade levels', list, { note: 'From the Staff tab (not read by Adopt).' }),
    reason: column('Reason', text.optional(), { note: 'Why Form groups placed this person here.' }),
    movedFrom: column('Moved from', text.optional(), {
      note: 'The group, still within its roster term, this person leaves.',
    }),
    facilitator: column('Suggested facilitator', email.optional(), {
      note: "On a new group's first row: its facilitator (a formally trained member where there is one).",
    }),
    liaison: column('Administrator liaison', email.optional(), {
      note: "On a new group's first row: the administrator who supports it.",
    }),
    notes: column('Group notes', text.optional(), { note: 'Size against Settings, a missing trained facilitator.' }),
  },
} satisfies TabSpec;

export type ProposalRow = RowOf<typeof proposalTab.columns>;

/**
 * What Propose recorded, so Adopt knows which group ids are new (and their configuration) and which date it was
 * for; kept in the registry's own state tab.
 */
export const RecordedProposal = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  configuration: z.enum(builderConfigurations),
  keepCurrent: z.boolean(),
  newGroups: z
    .array(
      z.object({
        id: z.string().regex(/^[A-Za-z0-9-]{2,20}$/),
        name: z.string().max(100),
        configuration: z.string(),
      }),
    )
    .max(5_000),
});
export type RecordedProposal = z.infer<typeof RecordedProposal>;

export function recordOf(proposal: Proposal): RecordedProposal {
  return {
    date: proposal.options.date,
    configuration: proposal.options.configuration,
    keepCurrent: proposal.options.keepCurrent,
    newGroups: proposal.groups
      .filter((g) => !g.kept)
      .map((g) => ({ id: g.id, name: g.name, configuration: g.configuration })),
  };
}

/** The tab's rows, header first, as plain text (the workspace escapes each cell before writing). */
export function proposalRows(proposal: Proposal): string[][] {
  const headers = Object.values(proposalTab.columns).map((c) => c.header);
  const firstRow = new Set<string>();
  const groups = new Map(proposal.groups.map((g) => [g.id, g]));
  const rows = proposal.placements.map((p) => {
    const g = groups.get(p.group)!;
    const first = !firstRow.has(g.id);
    firstRow.add(g.id);
    return [
      g.id,
      first ? g.name : '',
      p.person.email,
      p.person.name,
      p.person.role,
      p.person.department,
      p.person.grades.join(', '),
      p.reason,
      p.movedFrom ?? '',
      first ? (g.facilitator ?? '') : '',
      first ? (g.liaison ?? '') : '',
      first ? [`${g.members.length} people${g.kept ? ', kept' : ', new'}`, ...g.notes].join('; ') : '',
    ];
  });
  return [headers, ...rows];
}
