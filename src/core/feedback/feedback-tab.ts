// The registry's Feedback tab: end-of-meeting feedback per PLG, as the dashboard adds it up — never one row per
// response. Everyone who can open the registry (its editors: the admins) can read this tab, so it holds only what
// passes the anonymity threshold (core/metrics/anonymity.ts): for a group with enough responses, a row with its
// count and averages, then one row per comment, sorted; for a group below the threshold, its count and the
// hidden note, nothing else. The responses themselves stay in the private responses spreadsheet
// (workspace/form-builder.ts). Free text is escaped on the way in (see escape.ts): a comment is a person's
// words, never a formula.
import { z } from 'zod';
import { text } from '../registry/cells';
import { column, type RowOf, type TabSpec } from '../registry/tab-spec';
import { escapeForCell } from '../escape';
import type { GroupFeedbackSummary } from '../metrics/feedback-summary';
import { meetingScaleItems, oneThingToChangeItem, type MeetingScaleId } from './meeting-feedback-form';

// A mean is a number; a hidden one is the hidden note, so the column takes either.
const meanOrNote = z.preprocess(
  (value) => (value === '' || value === null || value === undefined ? undefined : value),
  z.union([z.number().min(1).max(5), z.string()]).optional(),
);

const meanColumn = (header: string, id: MeetingScaleId) => {
  const item = meetingScaleItems.find((i) => i.id === id)!;
  return column(header, meanOrNote, {
    generated: true,
    note: `Average, 1 (strongly disagree) to 5 (strongly agree): "${item.title}"`,
  });
};

// Sheets turns a written "42" into a number even after escaping, so a read-back answer may not be a string.
const answerAsWritten = z.preprocess(
  (value) => (value === '' || value === null || value === undefined ? undefined : String(value)),
  z.string().optional(),
);

export const feedbackTab = {
  name: 'Feedback',
  about:
    'End-of-meeting feedback per PLG: counts, averages and comments, only for groups with enough responses to ' +
    'stay anonymous. Individual responses are not copied here.',
  columns: {
    group: column('Group', text, { required: true, generated: true, note: 'Group id.' }),
    responses: column(
      'Responses',
      z.preprocess((v) => (v === '' ? undefined : v), z.number().int().optional()),
      {
        generated: true,
        note: 'Counted responses: each for a meeting of this group, sent through its own form.',
      },
    ),
    plgTime: meanColumn('PLG time', 'plgTime'),
    useful: meanColumn('Useful', 'useful'),
    safeToShare: meanColumn('Safe to share', 'safeToShare'),
    protocolFit: meanColumn('Protocol fit', 'protocolFit'),
    change: column('One thing to change', answerAsWritten, {
      generated: true,
      note: 'A suggestion for next time, as written; one per row, sorted, so the order says nothing about who wrote it.',
    }),
    other: column("Group's own questions", answerAsWritten, {
      generated: true,
      note: "An answer to one of the group's own questions, after the question; one per row, sorted.",
    }),
  },
} satisfies TabSpec;

/** A row as written: the group, and only the cells that row fills. */
export type FeedbackTabRow = Partial<RowOf<typeof feedbackTab.columns>> & { group: string };

export function feedbackTabRows(summaries: readonly GroupFeedbackSummary[]): FeedbackTabRow[] {
  return summaries.flatMap((summary): FeedbackTabRow[] => {
    const base = { group: summary.group, responses: summary.responses };
    if ('hidden' in summary) return [{ ...base, plgTime: summary.hidden }];
    const mean = (id: MeetingScaleId) => {
      const item = summary.items.find((i) => i.item === id);
      return item?.mean ?? item?.hidden;
    };
    const comments = summary.comments.flatMap((q): FeedbackTabRow[] =>
      q.comments.map((comment) =>
        q.question === oneThingToChangeItem.title
          ? { group: summary.group, change: escapeForCell(comment) }
          : { group: summary.group, other: escapeForCell(`${q.question} — ${comment}`) },
      ),
    );
    return [
      {
        ...base,
        plgTime: mean('plgTime'),
        useful: mean('useful'),
        safeToShare: mean('safeToShare'),
        protocolFit: mean('protocolFit'),
      },
      ...comments,
    ];
  });
}
