// Pacing API requests under Google's per-user limits (Calendar's here; the Forms API's in workspace/forms-api.ts): 600 requests a minute, "calculated per minute using
// a sliding window" (https://developers.google.com/workspace/calendar/api/guides/quota), every call inside a batch
// counting as one ("A set of n requests batched together counts toward your usage limit as n requests",
// https://developers.google.com/workspace/calendar/api/guides/batch). Before sending n more, a run waits until the
// requests sent in the last 60 seconds plus n fit under the limit. The limit is the person's, not the run's: Apply
// and a Continue pressed seconds later share one minute, so a pacer starts from what earlier runs of the same person
// recorded (`history`, kept in their user properties by workspace/rate-log.ts). The backoff on rateLimitExceeded is
// for what no record sees (the person's other scripts).

export const calendarRequestsPerMinute = 600;
/**
 * What PLG Hub's writes take of Calendar's 600 a minute: the rest is kept for the reads a person's next press makes
 * at once (a Preview lists the calendar), which a burst of 600 writes would otherwise have refused for a minute.
 */
export const calendarWritesPerMinute = 540;
const windowMs = 60_000;

/** Requests sent at one moment: [ms, how many]. */
export type PacerEntry = [number, number];

export class RequestPacer {
  /** When each request was sent (ms), oldest first. */
  private readonly sent: number[] = [];

  constructor(
    private readonly limit = calendarRequestsPerMinute,
    history: readonly PacerEntry[] = [],
  ) {
    for (const [at, n] of [...history].sort((a, b) => a[0] - b[0])) for (let i = 0; i < n; i++) this.sent.push(at);
  }

  /** How many more requests fit in the window at `nowMs` without waiting. */
  room(nowMs: number): number {
    return Math.max(0, this.limit - this.recent(nowMs).length);
  }

  /** The requests still inside the window at `nowMs`, compactly, for the next run to start from. */
  history(nowMs: number): PacerEntry[] {
    const entries: PacerEntry[] = [];
    for (const t of this.recent(nowMs)) {
      const last = entries[entries.length - 1];
      if (last && last[0] === t) last[1] += 1;
      else entries.push([t, 1]);
    }
    return entries;
  }

  /** The times of the requests inside the window; one recorded after `nowMs` (a clock set back) counts as now. */
  private recent(nowMs: number): number[] {
    return this.sent.filter((t) => nowMs - t < windowMs).map((t) => Math.min(t, nowMs));
  }

  /** How long to wait, from `nowMs`, before `n` more requests fit in the window (0: send now). */
  waitMs(nowMs: number, n: number): number {
    if (n > this.limit) throw new RangeError(`${n} requests can never fit in a window of ${this.limit}`);
    const recent = this.recent(nowMs);
    const excess = recent.length + n - this.limit;
    if (excess <= 0) return 0;
    // The window must first lose its `excess` oldest requests: the last of them leaves it windowMs after it was sent.
    return recent[excess - 1]! + windowMs - nowMs;
  }

  /** Notes `n` requests sent at `nowMs`. */
  record(nowMs: number, n: number): void {
    const firstKept = this.sent.findIndex((t) => nowMs - t < windowMs);
    this.sent.splice(0, firstKept < 0 ? this.sent.length : firstKept);
    for (let i = 0; i < n; i++) this.sent.push(nowMs);
  }
}
