// What a group's meeting feedback adds up to, for the dashboard. Only counts, means and comments leave this
// file, and only for groups with at least `threshold` responses; a group below it shows its count and the
// hidden note, nothing else. Comments are sorted so their order says nothing about who wrote them or when.
import type { FormResponse } from '../feedback/form-response';
import { meetingScaleItems, oneThingToChangeItem, type MeetingScaleId } from '../feedback/meeting-feedback-form';
import type { GroupRow } from '../registry/tabs';
import { hiddenNote, meetsThreshold, roundedMean } from './anonymity';

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

export function summarizeFeedback(
  responses: readonly FormResponse<'meeting'>[],
  groups: readonly Pick<GroupRow, 'id' | 'name'>[],
  threshold: number,
): GroupFeedbackSummary[] {
  return groups.map((group) => {
    const own = responses.filter((r) => r.group === group.id);
    const base = { group: group.id, name: group.name, responses: own.length };
    if (!meetsThreshold(own.length, threshold)) return { ...base, hidden: hiddenNote(threshold) };
    return {
      ...base,
      items: meetingScaleItems.map((item) => itemMean(item, own, threshold)),
      comments: commentsByQuestion(own, { [oneThingToChangeItem.id]: oneThingToChangeItem.title }),
    };
  });
}

export function itemMean<K extends FormResponse['kind'], Id extends string>(
  item: { id: Id; title: string },
  responses: readonly FormResponse<K>[],
  threshold: number,
): ItemMean<Id> {
  const scores = responses
    .map((r) => (r.scores as Partial<Record<string, number>>)[item.id])
    .filter((s): s is number => s !== undefined);
  const base = { item: item.id, title: item.title, answered: scores.length };
  return meetsThreshold(scores.length, threshold)
    ? { ...base, mean: roundedMean(scores) }
    : { ...base, hidden: hiddenNote(threshold) };
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
