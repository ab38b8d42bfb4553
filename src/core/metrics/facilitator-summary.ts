// The facilitator support survey, one round at a time ("Train facilitators and provide them ongoing support",
// shared/seeds 001 "Sustainability"): each item's average and what facilitators asked for, only once at least
// `threshold` facilitators answered the round (core/metrics/anonymity.ts). The survey does not ask which group
// a facilitator leads, so its one unit is all facilitators: there is no smaller unit to hide and no larger
// figure a hidden one could be subtracted from. A round below the threshold shows its count and nothing else —
// not its comments either, since with two or three facilitators the words would name them.
import type { FormResponse } from '../feedback/form-response';
import {
  facilitatorOpenItems,
  facilitatorScaleItems,
  type FacilitatorScaleId,
} from '../feedback/facilitator-survey-form';
import { releaseFigures, type ResponseAnswers } from './anonymity';
import { commentsByQuestion, type CommentsOnQuestion } from './feedback-summary';

export interface FacilitatorItemMean {
  item: FacilitatorScaleId;
  title: string;
  /** The guidance line the item asks about (facilitator-survey-form.ts). */
  guidance: string;
  answered: number;
  mean?: number;
  hidden?: string;
}

export type FacilitatorSummary = { threshold: number; responses: number } & (
  { hidden: string } | { items: readonly FacilitatorItemMean[]; comments: readonly CommentsOnQuestion[] }
);

const itemIds = facilitatorScaleItems.map((i) => i.id);

export function summarizeFacilitatorSurvey(
  responses: readonly FormResponse<'facilitator'>[],
  threshold: number,
): FacilitatorSummary {
  const answers = responses.map((r): ResponseAnswers<FacilitatorScaleId> => {
    const own: ResponseAnswers<FacilitatorScaleId> = {};
    for (const id of itemIds) if (r.scores[id] !== undefined) own[id] = [r.scores[id]!];
    return own;
  });
  const [unit] = releaseFigures(itemIds, [{ unit: 'Facilitators', responses: answers }], threshold).units;
  const base = { threshold, responses: responses.length };
  if (!unit || 'hidden' in unit) return { ...base, hidden: unit?.hidden ?? '' };
  return {
    ...base,
    items: facilitatorScaleItems.map((i) => ({
      item: i.id,
      title: i.title,
      guidance: i.guidance,
      ...unit.figures[i.id],
    })),
    comments: commentsByQuestion(responses, Object.fromEntries(facilitatorOpenItems.map((i) => [i.id, i.title]))),
  };
}
