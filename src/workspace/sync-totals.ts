// The running totals of the sync in progress, kept in the registry's state beside its approval. Each slice plans
// afresh and counts only what is left, so without them every Continue would start again at "0 of 35" after 138
// changes were already made. Apply on a new preview starts a new count (sync-slice.ts, approvePlan).
import { z } from 'zod';
import type { ApplyProgress } from './calendar-apply';
import type { FormsProgress } from './feedback-forms';
import type { WelcomeReport } from './welcome-send';

export const totalsKey = 'sync.totals';

/** What one sync (an Apply and every slice that carries it on) has done so far, and what it has left. */
export const RunningTotals = z.object({
  formsMade: z.number().int().min(0),
  formsLeft: z.number().int().min(0),
  calendarDone: z.number().int().min(0),
  calendarTotal: z.number().int().min(0),
  /** Teachers' card files still to write (directory-store.ts): what a slice's time did not reach. */
  cardsLeft: z.number().int().min(0).optional(),
  /** Quiet start's welcome emails sent since Apply, and still to send (welcome-send.ts). */
  welcomesMailed: z.number().int().min(0).optional(),
  welcomesLeft: z.number().int().min(0).optional(),
  /** The last slice left nothing to do: the next slice starts a new count. */
  finished: z.boolean(),
});
export type RunningTotals = z.infer<typeof RunningTotals>;

/**
 * The totals after one more slice. A slice's calendar "total" is what it found left to do, so the running total is
 * what earlier slices did plus that: it stays right when the plan grows or shrinks between slices.
 */
export function addSlice(
  stored: string | undefined,
  slice: {
    forms: FormsProgress;
    calendar: ApplyProgress;
    remaining: number;
    cardsLeft?: number;
    welcomes?: Pick<WelcomeReport, 'mailed' | 'remaining'>;
  },
): RunningTotals {
  const before = RunningTotals.safeParse(safeJson(stored ?? ''));
  const earlier = before.success && !before.data.finished ? before.data : undefined;
  return {
    formsMade: (earlier?.formsMade ?? 0) + slice.forms.created,
    formsLeft: slice.forms.remaining,
    calendarDone: (earlier?.calendarDone ?? 0) + slice.calendar.done,
    calendarTotal: (earlier?.calendarDone ?? 0) + slice.calendar.total,
    ...(slice.cardsLeft ? { cardsLeft: slice.cardsLeft } : {}),
    ...welcomeTotals(earlier?.welcomesMailed ?? 0, slice.welcomes),
    finished: slice.remaining === 0,
  };
}

function welcomeTotals(
  before: number,
  welcomes: Pick<WelcomeReport, 'mailed' | 'remaining'> | undefined,
): Pick<RunningTotals, 'welcomesMailed' | 'welcomesLeft'> {
  const mailed = before + (welcomes?.mailed ?? 0);
  const left = welcomes?.remaining ?? 0;
  return mailed || left ? { welcomesMailed: mailed, welcomesLeft: left } : {};
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
