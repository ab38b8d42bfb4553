// The registry's Feedback tab: one row per meeting-feedback response, copied from the form's responses so
// the dashboard reads one tab for every group. Free text is escaped on the way in (see escape.ts): a comment
// is a person's words, never a formula.
import { z } from 'zod';
import { dateCell, text } from '../registry/cells';
import { column, type RowOf, type TabSpec } from '../registry/tab-spec';
import { escapeForCell } from '../escape';
import type { FormResponse } from './form-response';
import { meetingScaleItems, oneThingToChangeItem, type MeetingScaleId } from './meeting-feedback-form';
import { optionalScore } from './score-cell';

const scoreColumn = (header: string, id: MeetingScaleId) => {
  const item = meetingScaleItems.find((i) => i.id === id)!;
  return column(header, optionalScore, {
    generated: true,
    note: `1 (strongly disagree) to 5 (strongly agree): "${item.title}"`,
  });
};

// Sheets turns a written "42" into a number even after escaping, so a read-back answer may not be a string.
const answerAsWritten = z.preprocess(
  (value) => (value === '' || value === null || value === undefined ? undefined : String(value)),
  z.string().optional(),
);

export const feedbackTab = {
  name: 'Feedback',
  about: "Anonymous end-of-meeting feedback, one row per response, copied from each group's feedback form.",
  columns: {
    meeting: column('Meeting', text, { required: true, generated: true, note: 'Meeting id from the Meetings tab.' }),
    group: column('Group', text, { required: true, generated: true, note: 'Group id of the meeting.' }),
    submitted: column('Submitted', dateCell, { required: true, generated: true, note: 'Day the response was sent.' }),
    plgTime: scoreColumn('PLG time', 'plgTime'),
    useful: scoreColumn('Useful', 'useful'),
    safeToShare: scoreColumn('Safe to share', 'safeToShare'),
    protocolFit: scoreColumn('Protocol fit', 'protocolFit'),
    change: column('One thing to change', answerAsWritten, {
      generated: true,
      note: "The respondent's suggestion for next time, as written.",
    }),
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
