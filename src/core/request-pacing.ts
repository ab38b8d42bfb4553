// Pacing API requests under Google's per-user limits (Calendar's here; the Forms API's in workspace/forms-api.ts): 600 requests a minute, "calculated per minute using
// a sliding window" (https://developers.google.com/workspace/calendar/api/guides/quota), every call inside a batch
// counting as one ("A set of n requests batched together counts toward your usage limit as n requests",
// https://developers.google.com/workspace/calendar/api/guides/batch). Before sending n more, a run waits until the
// requests it sent in the last 60 seconds plus n fit under the limit. A run sees only its own requests; one sent
// by an earlier run in the same minute is what the backoff on rateLimitExceeded is for.

export const calendarRequestsPerMinute = 600;
/**
 * What PLG Hub's writes take of Calendar's 600 a minute: the rest is kept for the reads a person's next press makes
 * at once (a Preview lists the calendar), which a burst of 600 writes would otherwise have refused for a minute.
 */
export const calendarWritesPerMinute = 540;
const windowMs = 60_000;

export class RequestPacer {
  /** When each request of this run was sent (ms), oldest first. */
  private readonly sent: number[] = [];

  constructor(private readonly limit = calendarRequestsPerMinute) {}

  /** How long to wait, from `nowMs`, before `n` more requests fit in the window (0: send now). */
  waitMs(nowMs: number, n: number): number {
    if (n > this.limit) throw new RangeError(`${n} requests can never fit in a window of ${this.limit}`);
    const recent = this.sent.filter((t) => nowMs - t < windowMs);
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
