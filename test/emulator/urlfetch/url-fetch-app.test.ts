// UrlFetchApp as the emulator models it (src/emulator/urlfetch/url-fetch-app.ts): the script.external_request
// scope, the manifest's allowlist, the OAuth token an endpoint acts under, muted and unmuted failures, fetchAll's
// parallel time, quotas, per-user rate limits and injected faults. A tiny "echo" API stands in for Google's.
import { createScriptApp } from '../../../src/emulator/base-services/script-app';
import { restEndpoints } from '../../../src/emulator/urlfetch/endpoints';
import { allowedBy, allowlistProblem } from '../../../src/emulator/urlfetch/allowlist';
import { overRateLimit } from '../../../src/emulator/urlfetch/rate-limits';
import { json, jsonError, type RestEndpoint } from '../../../src/emulator/urlfetch/rest-endpoint';
import { createUrlFetchApp } from '../../../src/emulator/urlfetch/url-fetch-app';
import { scope } from '../../../src/emulator/scopes';
import { Workspace } from '../../../src/emulator/workspace';

const prefix = 'https://echo.googleapis.com/v1/';
const echo: RestEndpoint = {
  prefix,
  methodOf: (r) =>
    r.url.pathname.endsWith('/slow') ? 'echo.slow' : r.url.pathname.endsWith('/limited') ? 'echo.limited' : 'echo.say',
  handle(ws, request) {
    if (request.url.pathname.endsWith('/slow')) ws.meter.spend(2_000);
    if (request.url.pathname.endsWith('/limited')) {
      const refused = overRateLimit(ws, 'docs.write', request.caller.email);
      if (refused) return refused;
    }
    if (request.url.pathname.endsWith('/missing')) return jsonError(404, 'Requested entity was not found.');
    const seen = ws.slice<{ n: number }>('echoSeen', () => ({ n: 0 }));
    seen.n += 1;
    return json(200, { as: ws.user.email, method: request.method, body: request.body, n: seen.n });
  },
};

beforeAll(() => restEndpoints.push(echo));
afterAll(() => restEndpoints.splice(restEndpoints.indexOf(echo), 1));

function school(scopes: string[] | null = [scope.externalRequest]) {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z') });
  ws.oauthScopes = scopes;
  ws.urlFetchAllowlist = [prefix];
  return { ws, fetch: createUrlFetchApp(ws), script: createScriptApp(ws) };
}

const auth = (token: string) => ({ headers: { Authorization: `Bearer ${token}` }, muteHttpExceptions: true });

describe('the allowlist (https://developers.google.com/apps-script/manifest/allowlist-url)', () => {
  test("the page's own examples: a prefix matches itself and its children, not a longer name", () => {
    const list = ['https://example.com/foo'];
    for (const ok of [
      'https://example.com/foo',
      'https://example.com/foo/',
      'https://example.com/foo/bar',
      'https://example.com/foo?bar',
    ])
      expect(allowedBy(ok, list)).toBe(true);
    expect(allowedBy('https://example.com/foobar', list)).toBe(false);
    expect(allowedBy('https://example.com/Foo', list)).toBe(false); // path matching is case sensitive
  });

  test('a prefix needs https, a full domain and a non-empty path; a leading wildcard matches subdomains', () => {
    expect(allowlistProblem('https://www.google.com/')).toBeUndefined();
    expect(allowlistProblem('https://www.google.com')).toMatch(/empty path/);
    expect(allowlistProblem('http://www.google.com/')).toMatch(/https/);
    expect(allowedBy('https://docs.googleapis.com/v1/documents', ['https://*.googleapis.com/'])).toBe(true);
    expect(allowedBy('https://googleapis.com.evil.example/x', ['https://*.googleapis.com/'])).toBe(false);
  });

  test('a script cannot fetch outside its list, and nothing is sent', () => {
    const { ws, fetch } = school();
    expect(() => fetch.fetch('https://evil.example/steal')).toThrow(/urlFetchWhitelist/);
    expect(ws.meter.total).toBe(0);
  });
});

describe('scopes and tokens', () => {
  test('without script.external_request the call is refused as Apps Script refuses it', () => {
    const { fetch } = school([scope.forms]);
    expect(() => fetch.fetch(`${prefix}say`)).toThrow(
      'Specified permissions are not sufficient to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request',
    );
  });

  test('the endpoint acts as the token’s user; no token is a 401', () => {
    const { ws, fetch, script } = school();
    const token = script.getOAuthToken();
    const reply = fetch.fetch(`${prefix}say`, {
      ...auth(token),
      method: 'post',
      payload: '{"a":1}',
      contentType: 'application/json',
    });
    expect(reply.getResponseCode()).toBe(200);
    expect(JSON.parse(reply.getContentText())).toMatchObject({ as: ws.user.email, method: 'POST', body: '{"a":1}' });
    expect(fetch.fetch(`${prefix}say`, { muteHttpExceptions: true }).getResponseCode()).toBe(401);
  });

  // HTTPResponse.getHeaders: "Returns an attribute/value map of headers for the HTTP response"; PLG Hub reads the
  // Content-Type from it to find a batch answer's multipart boundary.
  test('the response names its Content-Type among its headers, as the API sent it', () => {
    const { fetch, script } = school();
    const reply = fetch.fetch(`${prefix}say`, auth(script.getOAuthToken()));
    expect(reply.getHeaders()).toMatchObject({ 'Content-Type': 'application/json; charset=UTF-8' });
    expect(JSON.parse(reply.getContentText()).method).toBe('GET');
  });

  test('a token kept past its hour is refused; a fresh one works', () => {
    const { ws, fetch, script } = school();
    const token = script.getOAuthToken();
    ws.clock.nowMs += 61 * 60 * 1000;
    expect(fetch.fetch(`${prefix}say`, auth(token)).getResponseCode()).toBe(401);
    expect(fetch.fetch(`${prefix}say`, auth(script.getOAuthToken())).getResponseCode()).toBe(200);
  });

  test("a teacher's token acts as the teacher, not as the admin who is signed in", () => {
    const { ws, fetch, script } = school();
    const admin = ws.user;
    ws.user = { ...admin, email: 'teacher@school.example' };
    const teacherToken = script.getOAuthToken();
    ws.user = admin;
    const reply = fetch.fetch(`${prefix}say`, auth(teacherToken));
    expect(JSON.parse(reply.getContentText()).as).toBe('teacher@school.example');
  });
});

describe('failures', () => {
  test('an unmuted error response throws; a muted one is returned with Google’s JSON error', () => {
    const { fetch, script } = school();
    const token = script.getOAuthToken();
    expect(() => fetch.fetch(`${prefix}missing`, { headers: { Authorization: `Bearer ${token}` } })).toThrow(
      /returned code 404/,
    );
    const muted = fetch.fetch(`${prefix}missing`, auth(token));
    expect(muted.getResponseCode()).toBe(404);
    expect(JSON.parse(muted.getContentText()).error).toMatchObject({ code: 404, status: 'NOT_FOUND' });
    expect((muted.getHeaders() as Record<string, string>)['Content-Type']).toMatch(/^application\/json/);
  });

  test('an injected rateLimit fault answers 429 and changes nothing', () => {
    const { ws, fetch, script } = school();
    ws.meter.inject({ kind: 'UrlFetchApp.fetch:echo.say', fault: 'rateLimit', times: 1 });
    const token = script.getOAuthToken();
    expect(fetch.fetch(`${prefix}say`, auth(token)).getResponseCode()).toBe(429);
    expect(JSON.parse(fetch.fetch(`${prefix}say`, auth(token)).getContentText()).n).toBe(1);
  });

  test('a stop at a fetchAll makes none of its requests', () => {
    const { ws, fetch, script } = school();
    const token = script.getOAuthToken();
    ws.meter.inject({ atCall: ws.meter.total + 1, fault: 'timeLimit' });
    expect(() => fetch.fetchAll([{ url: `${prefix}say`, ...auth(token) }])).toThrow('Exceeded maximum execution time');
    expect(ws.slice<{ n: number }>('echoSeen', () => ({ n: 0 })).n).toBe(0);
  });
});

describe('time, quotas and rate limits', () => {
  test('fetchAll takes as long as its slowest request and is one call; each request is counted', () => {
    const { ws, fetch, script } = school();
    const token = script.getOAuthToken();
    const before = ws.meter.snapshot();
    const replies = fetch.fetchAll([1, 2, 3, 4].map(() => ({ url: `${prefix}slow`, ...auth(token) })));
    const used = ws.meter.since(before);
    expect(replies.map((r) => r.getResponseCode())).toEqual([200, 200, 200, 200]);
    expect(used.total).toBe(1);
    expect(ws.meter.requests['UrlFetchApp.fetch:echo.slow']).toBe(4);
    expect(used.modeledMs).toBeGreaterThanOrEqual(2_000);
    expect(used.modeledMs).toBeLessThan(2 * 2_000);
    const oneByOne = ws.meter.snapshot();
    for (let i = 0; i < 4; i++) fetch.fetch(`${prefix}slow`, auth(token));
    expect(ws.meter.since(oneByOne).modeledMs).toBeGreaterThanOrEqual(4 * 2_000);
  });

  test('the daily URL Fetch quota counts every request of a fetchAll', () => {
    const { ws, fetch, script } = school();
    const token = script.getOAuthToken();
    const left = ws.meter.quotaRemaining('urlFetchCalls');
    fetch.fetchAll([1, 2, 3].map(() => ({ url: `${prefix}say`, ...auth(token) })));
    expect(ws.meter.quotaRemaining('urlFetchCalls')).toBe(left - 3);
  });

  test('a per-user limit refuses the request past it within a minute, and allows it once the minute has passed', () => {
    const { ws, fetch, script } = school();
    const token = script.getOAuthToken();
    const codes = fetch
      .fetchAll(Array.from({ length: 61 }, () => ({ url: `${prefix}limited`, ...auth(token) })))
      .map((r) => r.getResponseCode());
    expect(codes.filter((c) => c === 200)).toHaveLength(60);
    expect(codes[60]).toBe(429);
    ws.clock.nowMs += 60_000;
    expect(fetch.fetch(`${prefix}limited`, auth(token)).getResponseCode()).toBe(200);
  });
});
