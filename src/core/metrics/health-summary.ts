// The health survey per trait, for the whole school and for each PLG. The threshold applies at every level:
// to a group's response count and to each trait's answer count, so no mean is ever one person's answer.
// Comments are shown school-wide only; within one small group, words identify people more easily than numbers.
import type { FormResponse } from '../feedback/form-response';
import { healthOpenItems, healthScaleItems } from '../feedback/health-survey-form';
import { traitIds, traits, type TraitId } from '../feedback/traits';
import { hiddenNote, meetsThreshold, roundedMean } from './anonymity';
import { commentsByQuestion, type CommentsOnQuestion } from './feedback-summary';

export interface TraitMean {
  trait: TraitId;
  label: string;
  /** Respondents who answered at least one of the trait's items. */
  answered: number;
  mean?: number;
  hidden?: string;
}

export type HealthScope = { responses: number } & ({ hidden: string } | { traits: readonly TraitMean[] });

export interface HealthSummary {
  threshold: number;
  school: HealthScope & { comments?: readonly CommentsOnQuestion[] };
  /** One entry per PLG name chosen in the survey, alphabetical. */
  groups: readonly (HealthScope & { group: string })[];
}

export function summarizeHealth(responses: readonly FormResponse<'health'>[], threshold: number): HealthSummary {
  const school = scope(responses, threshold);
  const groupNames = [...new Set(responses.flatMap((r) => (r.group === undefined ? [] : [r.group])))].sort();
  return {
    threshold,
    school:
      'traits' in school
        ? {
            ...school,
            comments: commentsByQuestion(responses, Object.fromEntries(healthOpenItems.map((i) => [i.id, i.title]))),
          }
        : school,
    groups: groupNames.map((group) => ({
      group,
      ...scope(
        responses.filter((r) => r.group === group),
        threshold,
      ),
    })),
  };
}

function scope(responses: readonly FormResponse<'health'>[], threshold: number): HealthScope {
  if (!meetsThreshold(responses.length, threshold))
    return { responses: responses.length, hidden: hiddenNote(threshold) };
  return { responses: responses.length, traits: traitIds.map((trait) => traitMean(trait, responses, threshold)) };
}

function traitMean(trait: TraitId, responses: readonly FormResponse<'health'>[], threshold: number): TraitMean {
  const items = healthScaleItems.filter((item) => item.trait === trait);
  const perRespondent = responses.flatMap((response) => {
    const scores = items.map((item) => response.scores[item.id]).filter((s): s is number => s !== undefined);
    return scores.length === 0 ? [] : [scores];
  });
  const base = { trait, label: traits[trait].label, answered: perRespondent.length };
  if (!meetsThreshold(perRespondent.length, threshold)) return { ...base, hidden: hiddenNote(threshold) };
  return { ...base, mean: roundedMean(perRespondent.flat()) };
}
