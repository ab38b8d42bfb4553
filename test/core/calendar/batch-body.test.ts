// PLG Hub's side of a Calendar batch request (https://developers.google.com/workspace/calendar/api/guides/batch):
// the body it sends and how it reads Google's answer, checked against the guide's own example layout.
import {
  batchRequestBody,
  eventsPath,
  parseBatchResponse,
  type BatchCall,
} from '../../../src/core/calendar/batch-body';

const calendarId = 'c_plg0123@group.calendar.google.com';
const calls: BatchCall[] = [
  {
    id: 'w1',
    method: 'POST',
    path: eventsPath(calendarId, undefined, { sendUpdates: 'all' }),
    body: { id: 'plghub0001', summary: 'Math PLG' },
  },
  { id: 'w2', method: 'DELETE', path: eventsPath(calendarId, 'plghub0002', { sendUpdates: 'all' }) },
];

/** An answer laid out as the guide's example response is. */
function googleAnswer(boundary: string, parts: { id: string; status: string; body?: string }[]): string {
  return `${parts
    .map((p) =>
      [
        `--${boundary}`,
        'Content-Type: application/http',
        `Content-ID: <response-${p.id}>`,
        '',
        `HTTP/1.1 ${p.status}`,
        ...(p.body === undefined ? [] : ['Content-Type: application/json; charset=UTF-8', '', p.body]),
        '',
      ].join('\r\n'),
    )
    .join('')}--${boundary}--`;
}

describe('the batch request PLG Hub sends', () => {
  test('one application/http part per call, with its Content-ID, a path-only request line and a JSON body', () => {
    const { contentType, payload } = batchRequestBody(calls);
    expect(contentType).toBe('multipart/mixed; boundary=batch_plghub');
    const parts = payload.split('--batch_plghub');
    expect(parts.at(-1)).toBe('--\r\n'); // the closing delimiter
    expect(parts[1]).toContain('Content-Type: application/http\r\nContent-ID: <w1>\r\n\r\n');
    expect(parts[1]).toContain(
      'POST /calendar/v3/calendars/c_plg0123%40group.calendar.google.com/events?sendUpdates=all\r\n',
    );
    expect(parts[1]).toContain('\r\n\r\n{"id":"plghub0001","summary":"Math PLG"}\r\n');
    expect(parts[2]).toContain('DELETE /calendar/v3/calendars/c_plg0123%40group.calendar.google.com/events/plghub0002');
    expect(payload).not.toMatch(/https:\/\//); // "full URLs are not allowed in batch requests"
  });

  test('an event description that happens to hold the boundary cannot end its part early', () => {
    const sly: BatchCall = {
      id: 'w1',
      method: 'POST',
      path: eventsPath(calendarId),
      body: { description: '--batch_plghub--' },
    };
    const { contentType, payload } = batchRequestBody([sly]);
    const boundary = /boundary=(\S+)/.exec(contentType)![1]!;
    expect(boundary).not.toBe('batch_plghub');
    expect(payload.split(`--${boundary}`)).toHaveLength(3);
  });

  test('two calls with one id cannot be told apart in the answer, so they are refused', () => {
    expect(() => batchRequestBody([calls[0]!, { ...calls[1]!, id: 'w1' }])).toThrow(/own id/);
  });
});

describe("reading Google's answer", () => {
  test('each answer is found by its Content-ID, with its status and body', () => {
    const text = googleAnswer('batch_abc', [
      { id: 'w2', status: '204 No Content' },
      {
        id: 'w1',
        status: '409 Conflict',
        body: '{\n  "error": {"code": 409, "message": "The requested identifier already exists."}\n}',
      },
    ]);
    const answers = parseBatchResponse('multipart/mixed; boundary=batch_abc', text, calls);
    expect(answers.map((a) => [a.id, a.status])).toEqual([
      ['w2', 204],
      ['w1', 409],
    ]);
    expect(answers[0]!.text).toBe('');
    expect(JSON.parse(answers[1]!.text).error.code).toBe(409);
  });

  test('an answer that is not multipart, or names a call never sent, is an error rather than a guess', () => {
    expect(() => parseBatchResponse('application/json', '{"error":{}}', calls)).toThrow(/not multipart/);
    const stray = googleAnswer('b', [{ id: 'w9', status: '200 OK', body: '{}' }]);
    expect(() => parseBatchResponse('multipart/mixed; boundary=b', stray, calls)).toThrow(/names no call/);
  });
});
