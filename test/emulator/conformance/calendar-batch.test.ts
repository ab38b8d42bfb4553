// Calendar batch requests through UrlFetchApp, each expectation from the batch guide
// (https://developers.google.com/workspace/calendar/api/guides/batch) or the events reference it sends to
// (https://developers.google.com/workspace/calendar/api/v3/reference/events). Bodies are written out by hand here,
// as the guide shows them, so the emulator is not checked against PLG Hub's own multipart code.
import { createScriptApp } from '../../../src/emulator/base-services/script-app';
import { createAdvancedCalendar, sentInvitations, shareCalendar } from '../../../src/emulator/calendar';
import { calendarBatchUrl } from '../../../src/emulator/calendar/batch-endpoint';
import { scope } from '../../../src/emulator/scopes';
import { createUrlFetchApp } from '../../../src/emulator/urlfetch/url-fetch-app';
import { Workspace } from '../../../src/emulator/workspace';

const calendarScopes = [scope.externalRequest, scope.calendarAppCreated];

interface Part {
  id?: string;
  line: string;
  body?: unknown;
  headers?: string[];
}

function setup(scopes: string[] = calendarScopes) {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z') });
  ws.urlFetchAllowlist = [calendarBatchUrl];
  const Calendar = createAdvancedCalendar(ws);
  ws.oauthScopes = [...calendarScopes];
  const calendarId = Calendar.Calendars.insert({ summary: 'PLG Hub', timeZone: 'America/New_York' }).id!;
  ws.oauthScopes = scopes;
  const UrlFetchApp = createUrlFetchApp(ws);
  const ScriptApp = createScriptApp(ws);
  /** Sends the parts as one batch, as the signed-in user (or with `token`); returns the status and parts. */
  const batch = (parts: Part[], token = ScriptApp.getOAuthToken()) => {
    const reply = UrlFetchApp.fetch(calendarBatchUrl, {
      method: 'post',
      contentType: 'multipart/mixed; boundary=batch_foobarbaz',
      payload: body(parts),
      headers: { Authorization: `Bearer ${token}` },
      muteHttpExceptions: true,
    });
    return { status: reply.getResponseCode(), parts: responseParts(reply), text: reply.getContentText() };
  };
  return { ws, Calendar, calendarId, ScriptApp, batch };
}

/** A batch body as the guide's example writes it. */
function body(parts: Part[]): string {
  const chunks = parts.map((p) =>
    [
      '--batch_foobarbaz',
      'Content-Type: application/http',
      ...(p.id ? [`Content-ID: <${p.id}>`] : []),
      '',
      p.line,
      ...(p.headers ?? []),
      ...(p.body === undefined ? [] : ['Content-Type: application/json', '', JSON.stringify(p.body)]),
      '',
    ].join('\r\n'),
  );
  return `${chunks.join('')}--batch_foobarbaz--\r\n`;
}

interface AnsweredPart {
  contentId?: string;
  status: number;
  json?: { id?: string; error?: { code: number; errors: { reason: string; domain: string }[] } };
}

function responseParts(reply: GoogleAppsScript.URL_Fetch.HTTPResponse): AnsweredPart[] {
  const type = String((reply.getHeaders() as Record<string, string>)['Content-Type']);
  const boundary = /boundary=(\S+)/.exec(type)?.[1];
  if (!type.startsWith('multipart/mixed') || !boundary) return [];
  return reply
    .getContentText()
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const status = Number(/HTTP\/1\.1 (\d{3})/.exec(chunk)![1]);
      const contentId = /Content-ID: <([^>]+)>/.exec(chunk)?.[1];
      const json = /\r\n\r\n(\{[\s\S]*\})\s*$/.exec(chunk)?.[1];
      return { status, ...(contentId ? { contentId } : {}), ...(json ? { json: JSON.parse(json) } : {}) };
    });
}

const meeting = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  summary: `PLG meeting ${id}`,
  start: { dateTime: '2026-09-08T15:30:00-04:00' },
  end: { dateTime: '2026-09-08T16:30:00-04:00' },
  attendees: [{ email: 'teacher@school.example' }],
  ...extra,
});

const events = (calendarId: string) => `/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events`;

describe('the batch format', () => {
  // "each part is the response to one of the requests in the batched request, in the same order as the requests
  // … with a Content-ID of 'response-' followed by the request's Content-ID"; inner requests run on the same
  // events as every other surface.
  test('answers each part in order, by its Content-ID, on the same events the advanced service reads', () => {
    const { Calendar, calendarId, batch } = setup();
    const answer = batch([
      { id: 'item1', line: `POST ${events(calendarId)}?sendUpdates=all`, body: meeting('plgmeet0001') },
      { id: 'item2', line: `POST ${events(calendarId)}`, body: meeting('plgmeet0002') },
      { id: 'item3', line: `PATCH ${events(calendarId)}/plgmeet0001`, body: { location: 'Library' } },
      { id: 'item4', line: `DELETE ${events(calendarId)}/plgmeet0002?sendUpdates=all HTTP/1.1` },
    ]);
    expect(answer.status).toBe(200);
    expect(answer.parts.map((p) => [p.contentId, p.status])).toEqual([
      ['response-item1', 200],
      ['response-item2', 200],
      ['response-item3', 200],
      ['response-item4', 204],
    ]);
    expect(answer.parts[0]!.json!.id).toBe('plgmeet0001');
    expect(Calendar.Events.get(calendarId, 'plgmeet0001').location).toBe('Library');
    expect(Calendar.Events.get(calendarId, 'plgmeet0002').status).toBe('cancelled');
  });

  // events.insert: sendUpdates "all" mails every guest, none by default; the same for events.delete.
  test('each part mails guests exactly as its own sendUpdates says', () => {
    const { ws, calendarId, batch } = setup();
    batch([
      { line: `POST ${events(calendarId)}?sendUpdates=all`, body: meeting('loud00001') },
      { line: `POST ${events(calendarId)}`, body: meeting('quiet0001') },
      { line: `DELETE ${events(calendarId)}/quiet0001?sendUpdates=all` },
    ]);
    expect(sentInvitations(ws).map((m) => [m.kind, m.eventId])).toEqual([
      ['invitation', 'loud00001'],
      ['cancellation', 'quiet0001'],
    ]);
  });
});

describe('each part succeeds or fails on its own', () => {
  test('an id already taken is 409 for that part only; an unknown event is 404; the batch is 200', () => {
    const { Calendar, calendarId, batch } = setup();
    batch([{ line: `POST ${events(calendarId)}`, body: meeting('taken0001') }]);
    const answer = batch([
      { line: `POST ${events(calendarId)}`, body: meeting('taken0001') },
      { line: `POST ${events(calendarId)}`, body: meeting('fresh0001') },
      { line: `PATCH ${events(calendarId)}/nosuchevent`, body: { summary: 'x' } },
    ]);
    expect(answer.status).toBe(200);
    expect(answer.parts.map((p) => p.status)).toEqual([409, 200, 404]);
    expect(answer.parts[0]!.json!.error!.errors[0]!.reason).toBe('duplicate');
    expect(Calendar.Events.get(calendarId, 'fresh0001').summary).toBe('PLG meeting fresh0001');
  });

  // The token carries the manifest's scopes: without a Calendar scope every part is refused, the batch itself
  // is still answered; calendar.app.created reaches the add-on's own calendar only.
  test('a token without a Calendar scope gets 403 insufficientPermissions in every part', () => {
    const { calendarId, batch } = setup([scope.externalRequest]);
    const answer = batch([{ line: `POST ${events(calendarId)}`, body: meeting('noscope01') }]);
    expect(answer.status).toBe(200);
    expect(answer.parts[0]!.status).toBe(403);
    expect(answer.parts[0]!.json!.error!.errors[0]!.reason).toBe('insufficientPermissions');
  });

  test("calendar.app.created writes on the add-on's calendar, not on anyone's own calendar", () => {
    const { ws, calendarId, batch } = setup();
    const answer = batch([
      { line: `POST ${events(calendarId)}`, body: meeting('appcal001') },
      { line: `POST ${events(ws.user.email)}`, body: meeting('primar001') },
    ]);
    expect(answer.parts.map((p) => p.status)).toEqual([200, 404]);
  });

  // "If you provide an Authorization header for a specific call, then that header applies only to that call."
  test('a part with its own token acts as that person: a teacher who may only read gets 403 for that part', () => {
    const { ws, calendarId, ScriptApp, batch } = setup();
    const admin = ws.user;
    shareCalendar(ws, calendarId, 'teacher@school.example', 'reader');
    ws.user = { ...admin, email: 'teacher@school.example' };
    const teacherToken = ScriptApp.getOAuthToken();
    ws.user = admin;
    const answer = batch([
      { line: `POST ${events(calendarId)}`, body: meeting('admin0001') },
      {
        line: `POST ${events(calendarId)}`,
        body: meeting('teach0001'),
        headers: [`Authorization: Bearer ${teacherToken}`],
      },
    ]);
    expect(answer.parts.map((p) => p.status)).toEqual([200, 403]);
    expect(answer.parts[1]!.json!.error!.errors[0]!.reason).toBe('requiredAccessLevel');
  });

  test('a full URL in a part is 400 and a part for another API is 404 ("all the inner requests must go to the same Google API")', () => {
    const { calendarId, batch } = setup();
    const answer = batch([
      { line: `POST https://www.googleapis.com${events(calendarId)}`, body: meeting('fullurl01') },
      { line: 'GET /drive/v3/files/abc' },
      { line: `POST ${events(calendarId)}`, body: meeting('pathonl01') },
    ]);
    expect(answer.parts.map((p) => p.status)).toEqual([400, 404, 200]);
    expect(answer.text).toContain('Full URLs are not allowed in batch requests.');
  });
});

describe('limits, rate and time', () => {
  // "You're limited to 1000 calls in a single batch request."
  test('a batch of 1001 calls is refused whole and writes nothing; 1000 are taken', () => {
    const { Calendar, calendarId, batch } = setup();
    const parts = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({ line: `GET ${events(calendarId)}/${prefix}${i}` }));
    const refused = batch([{ line: `POST ${events(calendarId)}`, body: meeting('toomanu01') }, ...parts(1000, 'x')]);
    expect(refused.status).toBe(400);
    expect(() => Calendar.Events.get(calendarId, 'toomanu01')).toThrow(/Not Found/);
    expect(batch(parts(1000, 'y')).parts).toHaveLength(1000);
  });

  // "A set of n requests batched together counts toward your usage limit as n requests, not as one request";
  // Calendar's per-user limit is 600 a minute over a sliding window (guides/quota).
  test('the 601st request of a minute is refused on its own, batch parts and advanced calls alike, and allowed a minute later', () => {
    const { ws, Calendar, calendarId, batch } = setup();
    const gets = (n: number) => Array.from({ length: n }, (_, i) => ({ line: `GET ${events(calendarId)}/nosuch${i}` }));
    // Making the calendar in setup was the first request of the minute.
    const first = batch(gets(598));
    expect(first.parts.every((p) => p.status === 404)).toBe(true);
    const second = batch([
      { line: `POST ${events(calendarId)}`, body: meeting('last00001') },
      { line: `POST ${events(calendarId)}`, body: meeting('over00001') },
    ]);
    expect(second.parts.map((p) => p.status)).toEqual([200, 403]);
    expect(second.parts[1]!.json!.error!.errors[0]).toMatchObject({
      domain: 'usageLimits',
      reason: 'rateLimitExceeded',
    });
    expect(() => Calendar.Events.insert(meeting('advanced1'), calendarId)).toThrow(
      'API call to calendar.events.insert failed with error: Rate Limit Exceeded',
    );
    ws.clock.nowMs += 60_000;
    expect(batch([{ line: `POST ${events(calendarId)}`, body: meeting('over00001') }]).parts[0]!.status).toBe(200);
  });

  test('a batch of 50 writes is one call and one round trip, and costs less time than 50 advanced-service writes', () => {
    const { ws, Calendar, calendarId, batch } = setup();
    const before = ws.meter.snapshot();
    const answer = batch(
      Array.from({ length: 50 }, (_, i) => ({
        line: `POST ${events(calendarId)}`,
        body: meeting(`batched${String(i).padStart(3, '0')}`),
      })),
    );
    const batched = ws.meter.since(before);
    expect(answer.parts.filter((p) => p.status === 200)).toHaveLength(50);
    expect(batched.total).toBe(1);
    expect(ws.meter.requests['UrlFetchApp.fetch:calendar.batch/calendar.events.insert']).toBe(50);
    ws.clock.nowMs += 60_000;
    const singles = ws.meter.snapshot();
    for (let i = 0; i < 50; i++) Calendar.Events.insert(meeting(`single${String(i).padStart(3, '0')}`), calendarId);
    const single = ws.meter.since(singles);
    expect(batched.modeledMs).toBeLessThan(single.modeledMs);
    // The server's work is kept, only the round trips are saved: not an instant batch.
    expect(batched.modeledMs).toBeGreaterThan(single.modeledMs / 2);
  });

  test('a part an injected fault slows down is answered 403 rateLimitExceeded; its neighbours are done', () => {
    const { ws, Calendar, calendarId, batch } = setup();
    ws.meter.inject({ kind: 'UrlFetchApp.fetch:calendar.batch/calendar.events.insert', fault: 'rateLimit', times: 1 });
    const answer = batch([
      { line: `POST ${events(calendarId)}`, body: meeting('sloued001') },
      { line: `POST ${events(calendarId)}`, body: meeting('through01') },
    ]);
    expect(answer.parts.map((p) => p.status)).toEqual([403, 200]);
    expect(() => Calendar.Events.get(calendarId, 'sloued001')).toThrow(/Not Found/);
  });

  test('a run whose time runs out while the batch is worked on stops, and the events exist all the same', () => {
    const { ws, Calendar, calendarId, batch } = setup();
    ws.meter.startExecution(2_000);
    expect(() =>
      batch(
        Array.from({ length: 20 }, (_, i) => ({
          line: `POST ${events(calendarId)}`,
          body: meeting(`late${String(i).padStart(5, '0')}`),
        })),
      ),
    ).toThrow('Exceeded maximum execution time');
    ws.meter.startExecution();
    expect(Calendar.Events.get(calendarId, 'late00019').status).toBe('confirmed');
  });

  test('a body that is not multipart/mixed is refused whole', () => {
    const { ws, Calendar, calendarId, ScriptApp } = setup();
    const reply = createUrlFetchApp(ws).fetch(calendarBatchUrl, {
      method: 'post',
      contentType: 'application/json',
      payload: JSON.stringify(meeting('notmulti1')),
      headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
      muteHttpExceptions: true,
    });
    expect(reply.getResponseCode()).toBe(400);
    expect(() => Calendar.Events.get(calendarId, 'notmulti1')).toThrow(/Not Found/);
  });
});
