// The registry's Feedback tab: one row per meeting-feedback response, copied from the form's responses so
// the dashboard reads one tab for every group. Free text is escaped on the way in (see escape.ts): a comment
// is a person's words, never a formula.
import { z } from 'zod';
import { dateCell, text } from '../registry/cells';
import { column, type RowOf, type TabSpec } from '../registry/tab-spec';
import { escapeForCell } from '../escape';
import type { FormResponse } from './form-response';
import { oneThingToChangeItem } from './meeting-feedback-form';
import { optionalScore } from './score-cell';

const scoreNote = (statement: string) => `1 (strongly disagree) to 5 (strongly agree): "${statement}"`;

export const feedbackTab = {
  name: 'Feedback',
  about: "Anonymous end-of-meeting feedback, one row per response, copied from each group's feedback form.",
  columns: {
    meeting: column('Meeting', text, { required: true, generated: true, note: 'Meeting id from the Meetings tab.' }),
    group: column('Group', text, { required: true, generated: true, note: 'Group id of the meeting.' }),
    submitted: column('Submitted', dateCell, { required: true, generated: true, note: 'Day the response was sent.' }),
    plgTime: column('PLG time', optionalScore, {
      generated: true,
      note: scoreNote('The time was used for PLG work — not committee, department or data-team business.'),
    }),
    useful: column('Useful', optionalScore, {
      generated: true,
      note: scoreNote('This meeting was useful for my practice.'),
    }),
    safeToShare: column('Safe to share', optionalScore, {
      generated: true,
      note: scoreNote('I felt safe sharing real work and giving honest feedback.'),
    }),
    protocolFit: column('Protocol fit', optionalScore, {
      generated: true,
      note: scoreNote('The protocol fit the work we looked at.'),
    }),
    change: column(
      'One thing to change',
      z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
      {
        generated: true,
        note: "The respondent's suggestion for next time, as written.",
      },
    ),
  },
} satisfies TabSpec;

export type FeedbackTabRow = RowOf<typeof feedbackTab.columns>;

export function feedbackTabRows(responses: readonly FormResponse<'meeting'>[]): FeedbackTabRow[] {
  return responses.flatMap((response) => {
    if (response.meeting === undefined || response.group === undefined) return [];
    const change = response.comments.find((c) => c.question === oneThingToChangeItem.id)?.text;
    return [
      {
        meeting: response.meeting,
        group: response.group,
        submitted: response.submitted,
        plgTime: response.scores.plgTime,
        useful: response.scores.useful,
        safeToShare: response.scores.safeToShare,
        protocolFit: response.scores.protocolFit,
        change: change === undefined ? undefined : escapeForCell(change),
      },
    ];
  });
}
