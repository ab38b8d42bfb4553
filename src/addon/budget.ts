// Long jobs run in slices that stop well inside Google's limits: a card action must answer within the add-on
// callback limit (30 s, Google's action docs), a trigger run within the 6-minute execution limit. Each slice
// does what fits and leaves the rest for the next press of Continue or the next hourly run. Elapsed time is read
// from the clock (Date.now()), never summed from call estimates: Google bills the script's own JavaScript as
// well as its waits on services, and only the clock sees both (the emulator puts the add-on's CPU time on it).
// A card press takes 25 of its 30 s: every step asks the budget first with a cautious estimate of its own cost
// (a Calendar round of small batches, a form's FormApp work), so the last step to start ends well before 25 s on
// the model, and the 5 s left are for Google being slower than the model on that step.
export const cardBudgetMs = 25_000;
export const triggerBudgetMs = 330_000;

export interface Budget {
  /** True while there is still time for one more step costing about `stepMs`. */
  allows(stepMs?: number): boolean;
  elapsedMs(): number;
}

export function startBudget(limitMs: number): Budget {
  const started = Date.now();
  return {
    allows: (stepMs = 1_000) => Date.now() - started + stepMs <= limitMs,
    elapsedMs: () => Date.now() - started,
  };
}
