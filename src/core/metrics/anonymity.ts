// The rules every summary follows, so that no figure PLG Hub shows can be worked back to a few people:
//
// 1. A unit (a PLG, or "not in a PLG") is shown only when it has at least `threshold` responses; below that only
//    its count is shown. A figure (a question's or a trait's mean) inside a shown unit is shown only when at least
//    `threshold` of its responses answered it.
// 2. Complementary suppression: a figure over several units (the whole school) is computed only from what is
//    shown — for each figure, only from the units where that figure is shown — never from a hidden unit. So
//    "whole school minus the groups shown" is always exactly nothing: no subtraction leads to a hidden group,
//    and nothing shown changes when a hidden group's answers change (test/core/metrics/anonymity.test.ts holds
//    this for any answers). A hidden unit's count is shown: a count says nothing of anyone's answers, and no
//    shown figure holds a hidden unit's answers for it to be combined with.
//
// What this cannot stop: people who know the answers of all but one respondent of a shown figure can work out
// the last one's (with a threshold of 3, two people comparing what they wrote). That is the limit of any
// threshold; the README says so.
export function hiddenNote(threshold: number): string {
  return `hidden: fewer than ${threshold} responses`;
}

export function meetsThreshold(count: number, threshold: number): boolean {
  return count >= threshold;
}

/** Rounded to one decimal: enough to compare, and it does not pretend to more precision than a 1–5 scale has. */
export function roundedMean(values: readonly number[]): number {
  return Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10;
}

/** One response's answers, per figure: the numbers it gave for that figure (absent or empty: not answered). */
export type ResponseAnswers<F extends string> = Partial<Record<F, readonly number[]>>;

export interface UnitAnswers<F extends string> {
  unit: string;
  responses: readonly ResponseAnswers<F>[];
}

export interface FigureResult {
  /** Responses that answered the figure. */
  answered: number;
  /** Absent (with `hidden`) when fewer than the threshold answered it, or (whole school) no unit shows it. */
  mean?: number;
  hidden?: string;
}

export type ReleasedUnit<F extends string> = { unit: string; responses: number } & (
  { hidden: string } | { figures: Record<F, FigureResult> }
);

export interface ReleasedOverall<F extends string> {
  /** Responses of the shown units only. */
  responses: number;
  /** The units shown, whose responses the whole-school figures are made of. */
  units: readonly string[];
  /** Units left out of the whole-school figures because they are hidden. */
  left: number;
  /** Each figure over the units where it is shown; absent when no unit is shown. */
  figures?: Record<F, FigureResult>;
  hidden?: string;
}

export interface Released<F extends string> {
  threshold: number;
  units: readonly ReleasedUnit<F>[];
  overall: ReleasedOverall<F>;
}

/**
 * What may be shown of these units' answers: each unit's figures when it has enough responses, and figures over
 * all of them built only from what is shown. Units come back in the order given. One response may belong to
 * several units (the same `ResponseAnswers` object in each, e.g. a facilitator who ticked two PLGs): it counts in
 * each unit, and once in the figures over all of them.
 */
export function releaseFigures<F extends string>(
  figures: readonly F[],
  units: readonly UnitAnswers<F>[],
  threshold: number,
): Released<F> {
  const pooled = new Map<F, { answered: number; values: number[] }>(
    figures.map((f) => [f, { answered: 0, values: [] }]),
  );
  const shownUnits: string[] = [];
  const shownResponses = new Set<ResponseAnswers<F>>();
  const pooledResponses = new Map<F, Set<ResponseAnswers<F>>>(figures.map((f) => [f, new Set()]));
  const released = units.map((unit): ReleasedUnit<F> => {
    const base = { unit: unit.unit, responses: unit.responses.length };
    if (!meetsThreshold(unit.responses.length, threshold)) return { ...base, hidden: hiddenNote(threshold) };
    shownUnits.push(unit.unit);
    for (const r of unit.responses) shownResponses.add(r);
    const results = {} as Record<F, FigureResult>;
    for (const figure of figures) {
      const answering = unit.responses.filter((r) => (r[figure] ?? []).length > 0);
      results[figure] = figureResult(
        answering.map((r) => r[figure]!),
        threshold,
      );
      if (results[figure].mean === undefined) continue;
      const pool = pooled.get(figure)!;
      const seen = pooledResponses.get(figure)!;
      for (const r of answering) {
        if (seen.has(r)) continue;
        seen.add(r);
        pool.answered += 1;
        pool.values.push(...r[figure]!);
      }
    }
    return { ...base, figures: results };
  });
  const overall: ReleasedOverall<F> = {
    responses: shownResponses.size,
    units: shownUnits,
    left: units.length - shownUnits.length,
  };
  if (shownUnits.length === 0) overall.hidden = hiddenNote(threshold);
  else {
    const results = {} as Record<F, FigureResult>;
    for (const figure of figures) {
      const pool = pooled.get(figure)!;
      results[figure] = meetsThreshold(pool.answered, threshold)
        ? { answered: pool.answered, mean: roundedMean(pool.values) }
        : { answered: pool.answered, hidden: hiddenNote(threshold) };
    }
    overall.figures = results;
  }
  return { threshold, units: released, overall };
}

function figureResult(answers: readonly (readonly number[])[], threshold: number): FigureResult {
  if (!meetsThreshold(answers.length, threshold)) return { answered: answers.length, hidden: hiddenNote(threshold) };
  return { answered: answers.length, mean: roundedMean(answers.flat()) };
}

/** The names of the units shown, for picking the responses whose comments may be shown. */
export function shownUnitNames<F extends string>(released: Released<F>): Set<string> {
  return new Set(released.overall.units);
}
