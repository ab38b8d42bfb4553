// UrlFetchApp (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app), the transport PLG
// Hub uses for the Google REST APIs Apps Script has no advanced service for (Forms) or whose batch calls the
// advanced services cannot make (Calendar batch, one Docs batchUpdate per agenda). What it models:
// - the scope: "This service requires the https://www.googleapis.com/auth/script.external_request scope"
//   (scopes.ts row "UrlFetchApp");
// - the manifest's urlFetchWhitelist (./allowlist.ts);
// - the call: fetch is one round trip, metered as "UrlFetchApp.fetch:<REST method>" so latency.ts, faults and the
//   bench see which API it reached; fetchAll sends its requests in parallel ("Makes multiple requests to fetch
//   multiple URLs"), so it takes as long as its slowest request, is one call, and each request still counts
//   against the daily URL Fetch quota (100,000 a day for Workspace accounts,
//   https://developers.google.com/apps-script/guides/services/quotas) and the API's per-user rate;
// - muteHttpExceptions: without it a response code of 400 or more throws; PLG Hub always mutes and reads the
//   code, so it never depends on that exception's wording;
// - the Authorization header: an endpoint acts as the user whose token (ScriptApp.getOAuthToken) it carries,
//   with that token's scopes; no or an expired token is the API's 401.
import { appsScriptError } from '../errors';
import { modeledLatency } from '../latency';
import type { Workspace } from '../workspace';
import { allowedBy } from './allowlist';
import { endpointFor } from './endpoints';
import { EmulatedHttpResponse } from './http-response';
import { callerOf } from './oauth-tokens';
import { jsonError, type HttpMethod, type RestRequest, type RestResponse } from './rest-endpoint';

type Options = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
type Request = GoogleAppsScript.URL_Fetch.URLFetchRequest;

const methods: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** A URL over 2 KB is refused ("URL Fetch URL length: 2 kB", Apps Script quotas page). */
const maxUrlLength = 2_048;

interface Prepared {
  url: string;
  method: HttpMethod;
  headers: Record<string, string>;
  body: string;
  mute: boolean;
  /** "UrlFetchApp.fetch:<REST method>": what the meter and faults call this request. */
  kind: string;
}

export class EmulatedUrlFetchApp implements Pick<GoogleAppsScript.URL_Fetch.UrlFetchApp, 'fetch' | 'fetchAll'> {
  constructor(private readonly ws: Workspace) {}

  fetch(url: string, params: Options = {}): GoogleAppsScript.URL_Fetch.HTTPResponse {
    const request = this.prepare({ ...params, url });
    const limited = this.ws.meter.takeRateLimit(request.kind);
    this.ws.meter.call(request.kind, 'urlFetchCalls');
    this.ws.meter.countRequest(request.kind);
    const answer = limited ? tooManyRequests() : this.answer(request);
    // The server's own time (a batch's parts) is on the clock now; a run whose time ran out while it waited is
    // stopped there: Google did the work, the script never sees the answer.
    if (this.ws.meter.executionMs > this.ws.meter.executionLimitMs) {
      this.ws.meter.killed = true;
      throw appsScriptError('Exceeded maximum execution time');
    }
    return this.finish(request, answer);
  }

  fetchAll(requests: (Request | string)[]): GoogleAppsScript.URL_Fetch.HTTPResponse[] {
    const prepared = requests.map((r) => this.prepare(typeof r === 'string' ? { url: r } : r));
    const meter = this.ws.meter;
    meter.call(
      'UrlFetchApp.fetchAll',
      'urlFetchCalls',
      Math.max(1, prepared.length),
      prepared.map((r) => r.kind),
    );
    // In parallel: each request runs from the same moment and the call lasts as long as the slowest one.
    let slowest = 0;
    const answers = prepared.map((request) => {
      meter.countRequest(request.kind);
      const before = meter.executionMs;
      const answer = meter.takeRateLimit(request.kind) ? tooManyRequests() : this.answer(request);
      meter.spend(modeledLatency(request.kind));
      const took = meter.executionMs - before;
      meter.modeledMs -= took;
      meter.executionMs -= took;
      this.ws.clock.nowMs -= took;
      slowest = Math.max(slowest, took);
      return answer;
    });
    meter.spend(slowest);
    if (meter.executionMs > meter.executionLimitMs) {
      meter.killed = true;
      throw appsScriptError('Exceeded maximum execution time');
    }
    return prepared.map((request, i) => this.finish(request, answers[i]!));
  }

  private prepare(request: Request): Prepared {
    const url = String(request.url);
    if (url.length > maxUrlLength) throw appsScriptError(`Limit Exceeded: URLFetch URL Length.`);
    const allowlist = this.ws.urlFetchAllowlist;
    if (allowlist && !allowedBy(url, allowlist))
      // The emulator's wording (Google documents no text for it): PLG Hub never fetches outside its list.
      throw appsScriptError(`Exception: The URL ${url} is not on the manifest's urlFetchWhitelist.`);
    const method = String(request.method ?? 'get').toUpperCase() as HttpMethod;
    if (!methods.includes(method)) throw appsScriptError(`Invalid argument: method`);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const payload = request.payload;
    let body = '';
    if (typeof payload === 'string') body = payload;
    else if (payload && typeof payload === 'object' && 'getDataAsString' in payload)
      body = (payload as GoogleAppsScript.Base.Blob).getDataAsString();
    else if (payload && typeof payload === 'object')
      body = new URLSearchParams(Object.entries(payload).map(([k, v]): [string, string] => [k, String(v)])).toString();
    if (body !== '') headers['content-type'] = request.contentType ?? 'application/x-www-form-urlencoded';
    const endpoint = endpointFor(url);
    const restMethod = endpoint?.methodOf({ method, url: new URL(url) }) ?? 'unknown';
    return {
      url,
      method,
      headers,
      body,
      mute: request.muteHttpExceptions === true,
      kind: `UrlFetchApp.fetch:${restMethod}`,
    };
  }

  /** The endpoint's answer, as the token's user: 401 without a valid token, 404 where no API answers. */
  private answer(prepared: Prepared): RestResponse {
    const endpoint = endpointFor(prepared.url);
    if (!endpoint) return { status: 404, headers: { 'Content-Type': 'text/html; charset=UTF-8' }, body: 'Not Found' };
    const caller = callerOf(this.ws, prepared.headers.authorization);
    if (!caller)
      return jsonError(
        401,
        'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        { domain: 'global', reason: 'required' },
      );
    const request: RestRequest = {
      method: prepared.method,
      url: new URL(prepared.url),
      headers: prepared.headers,
      body: prepared.body,
      caller,
    };
    const user = this.ws.user;
    const scopes = this.ws.oauthScopes;
    this.ws.user = user.email === caller.email ? user : { ...user, email: caller.email };
    this.ws.oauthScopes = caller.scopes ? [...caller.scopes] : null;
    try {
      return endpoint.handle(this.ws, request);
    } finally {
      this.ws.user = user;
      this.ws.oauthScopes = scopes;
    }
  }

  private finish(prepared: Prepared, response: RestResponse): GoogleAppsScript.URL_Fetch.HTTPResponse {
    if (response.status >= 400 && !prepared.mute)
      throw appsScriptError(
        `Request failed for ${new URL(prepared.url).origin} returned code ${response.status}. Truncated server response: ${response.body.slice(0, 100)} (use muteHttpExceptions option to examine full response)`,
      );
    return new EmulatedHttpResponse(response) as unknown as GoogleAppsScript.URL_Fetch.HTTPResponse;
  }
}

/** A request a fault rule slows down: Google's 429 (the request did nothing). */
function tooManyRequests(): RestResponse {
  return jsonError(429, 'Too many requests.', { domain: 'global', reason: 'rateLimitExceeded' });
}

export function createUrlFetchApp(ws: Workspace): GoogleAppsScript.URL_Fetch.UrlFetchApp {
  return new EmulatedUrlFetchApp(ws) as unknown as GoogleAppsScript.URL_Fetch.UrlFetchApp;
}
