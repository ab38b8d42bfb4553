// What a group's meeting feedback adds up to, for the dashboard and the Feedback tab. Only counts, means and
// comments leave this file, and only for groups with at least `threshold` responses; a group below it shows its
// count and the hidden note, nothing else (core/metrics/anonymity.ts). Comments are sorted so their order says
// nothing about who wrote them or when. There is no school-wide figure for meeting feedback.
import type { FormResponse } from '../feedback/form-response';
import { meetingScaleItems, oneThingToChangeItem, type MeetingScaleId } from '../feedback/meeting-feedback-form';
import type { GroupRow } from '../registry/tabs';
import { releaseFigures, type FigureResult, type ResponseAnswers } from './anonymity';

export interface ItemMean<Id extends string = string> {
  item: Id;
  title: string;
  answered: number;
  /** Absent (with `hidden`) when fewer than the threshold answered this item. */
  mean?: number;
  hidden?: string;
}

export interface CommentsOnQuestion {
  question: string;
  comments: readonly string[];
}

export type GroupFeedbackSummary = { group: string; name: string; responses: number } & (
  { hidden: string } | { items: readonly ItemMean<MeetingScaleId>[]; comments: readonly CommentsOnQuestion[] }
);

const meetingItemIds = meetingScaleItems.map((i) => i.id);

/** `responses` must already be the counted ones: each for a meeting of the group whose form received it. */
export function summarizeFeedback(
  responses: readonly FormResponse<'meeting'>[],
  groups: readonly Pick<GroupRow, 'id' | 'name'>[],
  threshold: number,
): GroupFeedbackSummary[] {
  const own = (group: string) => responses.filter((r) => r.group === group);
  const released = releaseFigures(
    meetingItemIds,
    groups.map((g) => ({ unit: g.id, responses: own(g.id).map(answersOf) })),
    threshold,
  );
  return groups.map((group, i) => {
    const unit = released.units[i]!;
    const base = { group: group.id, name: group.name, responses: unit.responses };
    if ('hidden' in unit) return { ...base, hidden: unit.hidden };
    return {
      ...base,
      items: meetingScaleItems.map((item) => itemMean(item, unit.figures[item.id])),
      comments: commentsByQuestion(own(group.id), { [oneThingToChangeItem.id]: oneThingToChangeItem.title }),
    };
  });
}

export function answersOf<K extends FormResponse['kind']>(response: FormResponse<K>): ResponseAnswers<string> {
  const answers: Record<string, number[]> = {};
  for (const [id, score] of Object.entries(response.scores as Partial<Record<string, number>>)) {
    if (typeof score === 'number') answers[id] = [score];
  }
  return answers;
}

export function itemMean<Id extends string>(item: { id: Id; title: string }, result: FigureResult): ItemMean<Id> {
  return { item: item.id, title: item.title, ...result };
}

/** `titles` turns a standard item's id into its question; added questions are already their own title. */
export function commentsByQuestion(
  responses: readonly FormResponse[],
  titles: Readonly<Record<string, string>>,
): CommentsOnQuestion[] {
  const byQuestion = new Map<string, string[]>();
  for (const response of responses) {
    for (const comment of response.comments) {
      const question = titles[comment.question] ?? comment.question;
      byQuestion.set(question, [...(byQuestion.get(question) ?? []), comment.text]);
    }
  }
  // Standard questions in form order, then added ones alphabetically: the first respondent's answers decide nothing.
  const standardOrder = Object.values(titles);
  const rank = (question: string) => {
    const index = standardOrder.indexOf(question);
    return index === -1 ? standardOrder.length : index;
  };
  return [...byQuestion.keys()]
    .sort((a, b) => rank(a) - rank(b) || byText(a, b))
    .map((question) => ({ question, comments: [...byQuestion.get(question)!].sort(byText) }));
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en');
