// The health survey per trait, for the whole school and for each PLG, one survey round at a time (each round is
// its own form, answered once per person). The threshold applies at every level: to a group's response count
// and to each trait's answer count, so no mean is ever one person's answer; and the whole school is made only of
// what is shown (core/metrics/anonymity.ts), so "whole school minus the groups shown" reveals nothing.
// Comments are shown school-wide only, and only from groups that are shown; within one small group, words
// identify people more easily than numbers.
import type { FormResponse } from '../feedback/form-response';
import { healthOpenItems, healthScaleItems } from '../feedback/health-survey-form';
import { traitIds, traits, type TraitId } from '../feedback/traits';
import { releaseFigures, type FigureResult, type ReleasedUnit, type ResponseAnswers } from './anonymity';
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
  /**
   * The groups shown, added up: their responses, each trait over the groups where it is shown, their comments.
   * Groups below the threshold are left out of it (`groupsLeftOut`), so it can never be worked back to them.
   */
  school: HealthScope & { groupsShown: number; groupsLeftOut: number; comments?: readonly CommentsOnQuestion[] };
  /** One entry per PLG name chosen in the survey, alphabetical, then those not in a PLG. */
  groups: readonly (HealthScope & { group: string })[];
}

/** The scope of respondents who answered "I am not in a PLG" (all-staff surveys). */
export const notInAPlgScope = 'Not in a PLG';

export function summarizeHealth(responses: readonly FormResponse<'health'>[], threshold: number): HealthSummary {
  // A response that ticked two PLGs counts in each (a facilitator answers for both groups they are in), and once
  // for the whole school: releaseFigures pools a response once however many shown units hold it.
  const unitsOf = (r: FormResponse<'health'>) => (r.groups?.length ? r.groups : [notInAPlgScope]);
  const names = [...new Set(responses.flatMap((r) => r.groups ?? []))].sort();
  if (responses.some((r) => !r.groups?.length)) names.push(notInAPlgScope);
  const answers = new Map(responses.map((r) => [r, traitAnswers(r)]));
  const released = releaseFigures(
    traitIds,
    names.map((unit) => ({
      unit,
      responses: responses.filter((r) => unitsOf(r).includes(unit)).map((r) => answers.get(r)!),
    })),
    threshold,
  );
  const shown = new Set(released.overall.units);
  const { overall } = released;
  const counts = { responses: overall.responses, groupsShown: overall.units.length, groupsLeftOut: overall.left };
  return {
    threshold,
    school: overall.figures
      ? {
          ...counts,
          traits: traitMeans(overall.figures),
          comments: commentsByQuestion(
            responses.filter((r) => unitsOf(r).some((unit) => shown.has(unit))),
            Object.fromEntries(healthOpenItems.map((i) => [i.id, i.title])),
          ),
        }
      : { ...counts, hidden: overall.hidden! },
    groups: released.units.map((unit) => ({ group: unit.unit, ...scope(unit) })),
  };
}

function scope(unit: ReleasedUnit<TraitId>): HealthScope {
  if ('hidden' in unit) return { responses: unit.responses, hidden: unit.hidden };
  return { responses: unit.responses, traits: traitMeans(unit.figures) };
}

function traitMeans(figures: Record<TraitId, FigureResult>): TraitMean[] {
  return traitIds.map((trait) => ({ trait, label: traits[trait].label, ...figures[trait] }));
}

/** Per trait, the respondent's answers to that trait's items. */
function traitAnswers(response: FormResponse<'health'>): ResponseAnswers<TraitId> {
  const answers: ResponseAnswers<TraitId> = {};
  for (const trait of traitIds) {
    const scores = healthScaleItems
      .filter((item) => item.trait === trait)
      .map((item) => response.scores[item.id])
      .filter((s): s is number => s !== undefined);
    if (scores.length > 0) answers[trait] = scores;
  }
  return answers;
}
