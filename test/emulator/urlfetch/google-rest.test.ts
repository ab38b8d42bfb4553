// PLG Hub's REST client (src/workspace/google-rest.ts) over the emulator's UrlFetchApp: it retries what Google
// asked it to slow down on, with backoff, and returns everything else for the caller to judge.
import { createScriptApp } from '../../../src/emulator/base-services/script-app';
import { createUtilities } from '../../../src/emulator/base-services/utilities';
import { restEndpoints } from '../../../src/emulator/urlfetch/endpoints';
import { json, jsonError, type RestEndpoint } from '../../../src/emulator/urlfetch/rest-endpoint';
import { createUrlFetchApp } from '../../../src/emulator/urlfetch/url-fetch-app';
import { Workspace } from '../../../src/emulator/workspace';
import { errorOf, isRetryable, restCall, restCalls } from '../../../src/workspace/google-rest';

const prefix = 'https://echo.googleapis.com/v1/';
const echo: RestEndpoint = {
  prefix,
  methodOf: () => 'echo.say',
  handle(ws, request) {
    if (request.url.pathname.endsWith('/gone')) return jsonError(404, 'Requested entity was not found.');
    return json(200, { path: request.url.pathname, body: request.body });
  },
};

let ws: Workspace;
beforeAll(() => restEndpoints.push(echo));
afterAll(() => restEndpoints.splice(restEndpoints.indexOf(echo), 1));
beforeEach(() => {
  ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z') });
  ws.urlFetchAllowlist = [prefix];
  Object.assign(globalThis, {
    UrlFetchApp: createUrlFetchApp(ws),
    ScriptApp: createScriptApp(ws),
    Utilities: createUtilities(ws),
  });
});

test('results come back in the order asked, bodies sent as JSON', () => {
  const results = restCalls(['a', 'b', 'c'].map((p) => ({ method: 'post', url: `${prefix}${p}`, body: { p } })));
  expect(results.map((r) => JSON.parse(r.text).path)).toEqual(['/v1/a', '/v1/b', '/v1/c']);
  expect(JSON.parse(JSON.parse(results[1]!.text).body)).toEqual({ p: 'b' });
});

test('a request Google slowed down is sent again after a backoff, and only that one', () => {
  ws.meter.inject({ kind: 'UrlFetchApp.fetch:echo.say', fault: 'rateLimit', times: 2 });
  const before = ws.meter.snapshot();
  const results = restCalls(['a', 'b', 'c'].map((p) => ({ method: 'get', url: `${prefix}${p}` })));
  expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
  expect(ws.meter.requests['UrlFetchApp.fetch:echo.say']).toBe(5);
  expect(ws.meter.since(before).modeledMs).toBeGreaterThanOrEqual(1_000); // slept before retrying
});

test('a card action that cannot wait gets the 429 back instead of sleeping past its budget', () => {
  ws.meter.inject({ kind: 'UrlFetchApp.fetch:echo.say', fault: 'rateLimit' });
  const result = restCall({ method: 'get', url: `${prefix}a` }, { maxWaitMs: 500 });
  expect(result.status).toBe(429);
  expect(isRetryable(result)).toBe(true);
});

test('a 404 is not retried and its Google error is readable', () => {
  const result = restCall({ method: 'get', url: `${prefix}gone` });
  expect(result.status).toBe(404);
  expect(isRetryable(result)).toBe(false);
  expect(errorOf(result)).toMatchObject({ code: 404, reason: 'notFound' });
  expect(ws.meter.requests['UrlFetchApp.fetch:echo.say']).toBe(1);
});
