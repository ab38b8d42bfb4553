// Traits the health survey shows to be weak, each with the guidance's challenges and strategies for it, so
// the dashboard can say what to try next rather than only what scored low.
import { traits, type TraitId } from '../feedback/traits';
import type { HealthSummary, TraitMean } from './health-summary';
import { strategiesByTrait, type TraitGuidance } from './strategies';

/** Below 3.5 of 5, members on average do not agree the trait describes their PLG. */
export const defaultWeakCut = 3.5;

export const wholeSchool = 'whole school';

export interface WeakArea extends TraitGuidance {
  /** `wholeSchool` or a PLG's name. */
  scope: string;
  trait: TraitId;
  label: string;
  mean: number;
}

/** Weakest first within each scope; the whole school comes before single groups. */
export function weakAreas(summary: HealthSummary, cut: number = defaultWeakCut): WeakArea[] {
  const scopes = [
    { scope: wholeSchool, result: summary.school },
    ...summary.groups.map((g) => ({ scope: g.group, result: g })),
  ];
  return scopes.flatMap(({ scope, result }) =>
    'traits' in result
      ? result.traits
          .filter((t): t is TraitMean & { mean: number } => t.mean !== undefined && t.mean < cut)
          .sort((a, b) => a.mean - b.mean)
          .map((t) => ({
            scope,
            trait: t.trait,
            label: traits[t.trait].label,
            mean: t.mean,
            ...strategiesByTrait[t.trait],
          }))
      : [],
  );
}
