// The person's recent API requests, kept between runs: Google's per-minute limits are per person, and a Continue
// pressed seconds after an Apply (or an Apply right after the hourly run) shares the minute with it. Kept in user
// properties — the limit is this person's, not the registry's or the deployment's — as a few [time, count] pairs
// of the last minute, read once when a run first paces and written after each round it sends.
import { z } from 'zod';
import { RequestPacer, type PacerEntry } from '../core/request-pacing';

const Entries = z.array(z.tuple([z.number().finite(), z.number().int().positive()])).max(10_000);

/** A pacer for one API that starts from what this person sent in the last minute, and keeps what it sends. */
export interface SharedPacer {
  waitMs(nowMs: number, n: number): number;
  room(nowMs: number): number;
  record(nowMs: number, n: number): void;
}

export function sharedPacer(
  api: string,
  limit: number,
  /**
   * How many requests the minute must hold before this run keeps its record (a tenth of the limit by default).
   * Forms writes say 1: a build's phases are a few writes each, and a record kept only past 15 would never be kept.
   */
  keepFrom = limit / 10,
): SharedPacer {
  const key = `plgHub.recentRequests.${api}`;
  let pacer: RequestPacer | undefined;
  /** Once this run has kept its record, it keeps it current. */
  let recorded = false;
  const load = (): RequestPacer => {
    if (pacer) return pacer;
    let history: PacerEntry[] = [];
    try {
      const parsed = Entries.safeParse(JSON.parse(PropertiesService.getUserProperties().getProperty(key) ?? '[]'));
      if (parsed.success) history = parsed.data;
    } catch {
      // An unreadable record paces from nothing: the backoff on "slow down" still holds.
    }
    return (pacer = new RequestPacer(limit, history));
  };
  return {
    waitMs: (nowMs, n) => load().waitMs(nowMs, n),
    room: (nowMs) => load().room(nowMs),
    record(nowMs, n) {
      const p = load();
      p.record(nowMs, n);
      // Kept only once the minute holds a tenth of the limit: a run that sends a few requests (one moved meeting)
      // spends no call on it, and a next run that does not see them overshoots by less than the headroom and the
      // backoff on "slow down" absorb.
      const minute = p.history(nowMs);
      if (!recorded && minute.reduce((sum, [, count]) => sum + count, 0) < keepFrom) return;
      PropertiesService.getUserProperties().setProperty(key, JSON.stringify(minute));
      recorded = true;
    },
  };
}
