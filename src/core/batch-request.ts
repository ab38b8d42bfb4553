// The client's side of a Google API batch request, the same for every API that has a batch path (Calendar:
// https://developers.google.com/workspace/calendar/api/guides/batch, Drive:
// https://developers.google.com/workspace/drive/api/guides/performance#batch-requests): building the
// multipart/mixed body of calls and reading Google's multipart/mixed answer. Each call is a part with
// "Content-Type: application/http", a Content-ID to find its answer by, and a nested request whose URL is only a
// path ("full URLs are not allowed in batch requests"). The answer has one part per call, each a complete HTTP
// response ("HTTP/1.1 200 OK", headers, body) carrying "response-" + the call's Content-ID.
import { z } from 'zod';

export interface BatchCall {
  /** Unique within the batch; the answer carries it back. Letters, digits, "-" and "_". */
  id: string;
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'GET';
  /** The nested request's path and query, e.g. "/calendar/v3/calendars/…/events?sendUpdates=all". */
  path: string;
  /** Sent as JSON. */
  body?: unknown;
}

export interface BatchAnswer {
  id: string;
  status: number;
  /** The part's body: Google's JSON resource or error, or "" (a 204). */
  text: string;
}

const crlf = '\r\n';

/**
 * The body and Content-Type of one batch request. The boundary is "batch_plghub" with a number added until no
 * part's text contains it, so an event description can never end a part early.
 */
export function batchRequestBody(calls: readonly BatchCall[]): { contentType: string; payload: string } {
  const ids = new Set(calls.map((c) => c.id));
  if (ids.size !== calls.length) throw new Error('Each call in a batch needs its own id');
  for (const call of calls)
    if (!/^[\w-]+$/.test(call.id)) throw new Error(`A batch call id may hold letters, digits, - and _: ${call.id}`);
  const chunks = calls.map((call) => {
    const lines = ['Content-Type: application/http', `Content-ID: <${call.id}>`, '', `${call.method} ${call.path}`];
    if (call.body !== undefined)
      lines.push('Content-Type: application/json; charset=UTF-8', '', JSON.stringify(call.body));
    else lines.push('');
    return lines.join(crlf);
  });
  let boundary = 'batch_plghub';
  for (let n = 1; chunks.some((chunk) => chunk.includes(boundary)); n++) boundary = `batch_plghub_${n}`;
  const payload = `${chunks.map((chunk) => `--${boundary}${crlf}${chunk}${crlf}`).join('')}--${boundary}--${crlf}`;
  return { contentType: `multipart/mixed; boundary=${boundary}`, payload };
}

const answerPart = z.object({
  id: z.string().min(1),
  status: z.number().int().min(100).max(599),
  text: z.string(),
});

/**
 * The answers of a batch response, by the calls' ids. A part whose Content-ID names no call of the batch, or a
 * body that is not multipart, is an Error: the caller then knows nothing about what Google did, and the next
 * run finds out from the API itself.
 */
export function parseBatchResponse(
  contentType: string,
  text: string,
  calls: readonly BatchCall[],
  api = 'Calendar',
): BatchAnswer[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!/^\s*multipart\/mixed/i.test(contentType) || !boundary)
    throw new Error(`${api} batch: the answer is not multipart/mixed (${contentType || 'no Content-Type'})`);
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  const wanted = new Set(calls.map((c) => c.id));
  const answers: BatchAnswer[] = [];
  for (const chunk of text.split(delimiter).slice(1)) {
    if (chunk.startsWith('--')) break;
    const [partHead = '', ...rest] = chunk.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const contentId = /^content-id:\s*<?response-([^>\s]+)>?\s*$/im.exec(partHead)?.[1];
    const response = rest.join('\r\n\r\n');
    const statusLine = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(response.trimStart());
    if (!contentId || !wanted.has(contentId) || !statusLine)
      throw new Error(`${api} batch: an answer part names no call of the batch`);
    const bodyStart = response.search(/\r?\n\r?\n/);
    const body = bodyStart < 0 ? '' : response.slice(bodyStart).replace(/^\r?\n\r?\n/, '');
    answers.push(answerPart.parse({ id: contentId, status: Number(statusLine[1]), text: body.replace(/\s+$/, '') }));
  }
  return answers;
}
