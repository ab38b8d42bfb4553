// Google's REST APIs through UrlFetchApp, for what Apps Script has no advanced service for (the Forms API) or
// cannot batch (Calendar batch requests, one Docs batchUpdate per agenda). Every request carries the script's
// own OAuth token (ScriptApp.getOAuthToken: the manifest's scopes, nothing more), is sent with
// muteHttpExceptions so PLG Hub reads the status code instead of an exception's wording, and is retried with
// exponential backoff when Google asks it to slow down (429, or 403 rateLimitExceeded/userRateLimitExceeded)
// or is briefly unavailable (500, 502, 503, 504) — Google's advice on every API's limits page, e.g.
// https://developers.google.com/workspace/forms/api/limits#exponential_backoff. Anything else is returned to
// the caller, which knows what a 404 or a 409 means for its own records.
import { z } from 'zod';

export type RestMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

export interface RestCall {
  method: RestMethod;
  url: string;
  /** Sent as JSON. */
  body?: unknown;
  /** A raw body and its type, for requests that are not JSON (a batch request's multipart body). */
  raw?: { contentType: string; payload: string };
}

export interface RestResult {
  status: number;
  text: string;
  /** Content-Type as the server sent it. */
  contentType: string;
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** The longest the retries may sleep in all; a card action keeps this small (30-second card limit). */
  maxWaitMs?: number;
  /**
   * Whether a server error (5xx) is sent again. Not for a request that creates something: Google may have made it
   * before failing to answer, and a second send would make a second one — the caller finds it by its tag instead.
   */
  retryServerErrors?: boolean;
}

const transient = new Set([500, 502, 503, 504]);
const slowDownReasons = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

/** Google's error body, as far as PLG Hub reads it. */
const googleError = z.object({
  error: z.object({
    code: z.number(),
    message: z.string(),
    errors: z.array(z.object({ reason: z.string().optional() })).optional(),
  }),
});

/** The code, message and first reason of a Google error response, or undefined for a body that is not one. */
export function errorOf(result: RestResult): { code: number; message: string; reason?: string } | undefined {
  try {
    const parsed = googleError.safeParse(JSON.parse(result.text));
    if (!parsed.success) return undefined;
    return { ...parsed.data.error, reason: parsed.data.error.errors?.[0]?.reason };
  } catch {
    return undefined;
  }
}

/** Whether Google asked to slow down or was briefly unavailable: worth the same request again, later. */
export function isRetryable(result: RestResult): boolean {
  if (result.status === 429 || transient.has(result.status)) return true;
  return result.status === 403 && slowDownReasons.has(errorOf(result)?.reason ?? '');
}

function request(call: RestCall, authorization: string): GoogleAppsScript.URL_Fetch.URLFetchRequest {
  const sent: GoogleAppsScript.URL_Fetch.URLFetchRequest = {
    url: call.url,
    method: call.method,
    headers: { Authorization: authorization },
    muteHttpExceptions: true,
  };
  if (call.raw) {
    sent.contentType = call.raw.contentType;
    sent.payload = call.raw.payload;
  } else if (call.body !== undefined) {
    sent.contentType = 'application/json';
    sent.payload = JSON.stringify(call.body);
  }
  return sent;
}

function resultOf(response: GoogleAppsScript.URL_Fetch.HTTPResponse): RestResult {
  const headers = response.getHeaders() as Record<string, string>;
  const contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  return { status: response.getResponseCode(), text: response.getContentText(), contentType };
}

/** Backoff before attempt `n` (1-based retries): 1 s, 2 s, 4 s, … plus up to a quarter more, from the URL. */
function backoffMs(n: number, seed: string): number {
  const base = 1000 * 2 ** (n - 1);
  let h = 0;
  for (let i = 0; i < seed.length; i++) h = (h * 31 + seed.charCodeAt(i)) | 0;
  return base + (Math.abs(h + n * 7919) % Math.floor(base / 4 + 1));
}

/** One request; retried while Google asks to slow down, within the options' attempts and wait. */
export function restCall(call: RestCall, options: RetryOptions = {}): RestResult {
  return restCalls([call], options)[0]!;
}

/**
 * Several requests at once (UrlFetchApp.fetchAll: in parallel, one round trip's time); the ones Google asked to
 * slow down are sent again together after a backoff. Results come back in the calls' order.
 */
export function restCalls(calls: readonly RestCall[], options: RetryOptions = {}): RestResult[] {
  const attempts = options.attempts ?? 5;
  let waitLeft = options.maxWaitMs ?? 60_000;
  const results: (RestResult | undefined)[] = new Array<RestResult | undefined>(calls.length);
  let pending = calls.map((_, i) => i);
  for (let attempt = 1; pending.length > 0; attempt++) {
    // The token is asked for on every send, never kept: it is the current user's, answered locally, and a
    // kept one could outlive its hour.
    const authorization = `Bearer ${ScriptApp.getOAuthToken()}`;
    const sent = pending.map((i) => request(calls[i]!, authorization));
    const responses = sent.length === 1 ? [UrlFetchApp.fetch(sent[0]!.url, sent[0]!)] : UrlFetchApp.fetchAll(sent);
    const again: number[] = [];
    responses.forEach((response, k) => {
      const result = resultOf(response);
      results[pending[k]!] = result;
      if (isRetryable(result) && (options.retryServerErrors !== false || result.status < 500)) again.push(pending[k]!);
    });
    if (again.length === 0 || attempt >= attempts) break;
    const wait = backoffMs(attempt, calls[again[0]!]!.url);
    if (wait > waitLeft) break;
    waitLeft -= wait;
    Utilities.sleep(wait);
    pending = again;
  }
  return results as RestResult[];
}

/** The response body as JSON checked by `schema`; an Error naming the request when it is not what was expected. */
export function parsedBody<T>(result: RestResult, schema: z.ZodType<T>, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(result.text);
  } catch {
    throw new Error(`${what}: Google answered ${result.status} with a body that is not JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${what}: unexpected answer (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data;
}

/**
 * An Error for a request that failed for good, with Google's code and message (for the log; cards translate it).
 * One Google kept asking to slow down says "rate limit", so the run stops there and the next one carries on
 * (google-limits.ts), as it does for the Apps Script services' own limits.
 */
export function restFailure(result: RestResult, what: string): Error {
  const error = errorOf(result);
  const detail = `${result.status}${error ? ` ${error.message}` : ''}`;
  return new Error(isRetryable(result) ? `${what}: Google's rate limit (${detail})` : `${what} failed: ${detail}`);
}

/** Apps Script's V8 has no URLSearchParams: a query string by hand. */
export function queryString(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
}

/** A value in a Drive search query (`q`): single-quoted, with \\ and \' escaped (Drive's search-terms guide). */
export function driveLiteral(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
