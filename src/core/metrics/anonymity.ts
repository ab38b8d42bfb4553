// The one rule every summary follows: results from fewer people than the school's threshold are not shown
// at all, because a mean of one or two answers is those people's answers.
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
