// Google's per-user, per-minute API quotas, counted over a sliding 60-second window of the emulator's clock
// ("Quotas are calculated per minute using a sliding window", Calendar's usage limits page). A request over the
// limit is refused with the API's own answer; PLG Hub must pace itself and back off. Limits (per minute per
// user per project, Google's defaults):
// - Calendar API: 600 requests (https://developers.google.com/workspace/calendar/api/guides/quota); over it,
//   "403 usageLimits or 429 usageLimits" — the emulator answers 403 rateLimitExceeded, domain usageLimits, as
//   https://developers.google.com/workspace/calendar/api/guides/errors#403_rate_limit_exceeded shows it.
// - Forms API: 390 reads, 150 writes (https://developers.google.com/workspace/forms/api/limits): 429.
// - Docs API: 300 reads, 60 writes (https://developers.google.com/workspace/docs/api/limits): 429.
// - Drive API: 12,000 requests per 60 s per user (https://developers.google.com/workspace/drive/api/guides/limits).
// Each request inside a batch counts on its own ("A set of n requests batched together counts toward your usage
// limit as n requests, not as one request", https://developers.google.com/workspace/calendar/api/guides/batch).
import type { Workspace } from '../workspace';
import { jsonError, type RestResponse } from './rest-endpoint';

export const perMinuteLimit = {
  calendar: 600,
  'forms.read': 390,
  'forms.write': 150,
  'docs.read': 300,
  'docs.write': 60,
  drive: 12_000,
} as const;

export type RateBucket = keyof typeof perMinuteLimit;

const windowMs = 60_000;

interface RateState {
  /** "bucket email" → times (ms) of the requests in the last minute, oldest first. */
  seen: Record<string, number[]>;
}

function rateState(ws: Workspace): RateState {
  return ws.slice<RateState>('apiRateLimits', () => ({ seen: {} }));
}

/** Counts one request of `email` against `bucket`; the API's refusal when the last minute is already full. */
export function overRateLimit(ws: Workspace, bucket: RateBucket, email: string): RestResponse | undefined {
  const key = `${bucket} ${email.toLowerCase()}`;
  const now = ws.clock.nowMs;
  const state = rateState(ws);
  const recent = (state.seen[key] ?? []).filter((t) => now - t < windowMs);
  if (recent.length >= perMinuteLimit[bucket]) {
    state.seen[key] = recent;
    return bucket === 'calendar'
      ? jsonError(403, 'Rate Limit Exceeded', { domain: 'usageLimits', reason: 'rateLimitExceeded' })
      : jsonError(429, `Quota exceeded for quota metric '${bucket}' and limit 'per minute per user'.`, {
          domain: 'global',
          reason: 'rateLimitExceeded',
        });
  }
  recent.push(now);
  state.seen[key] = recent;
  return undefined;
}
