// The server's side of Google's batch format (https://developers.google.com/workspace/calendar/api/guides/batch),
// the same for every Google API that has a batchPath:
// - the request is "multipart/mixed" with a boundary; each part starts with its own "Content-Type:
//   application/http" header and may carry a Content-ID; "the part headers are only there to mark the start of
//   the part; they're separate from the nested request";
// - a part's body is "a complete HTTP request, with its own verb, URL, headers, and body", its URL "only the path
//   portion of the URL; full URLs are not allowed in batch requests";
// - the response is "a single standard HTTP response with a multipart/mixed content type; each part is the
//   response to one of the requests in the batched request, in the same order as the requests", each carrying
//   the part's Content-ID with "response-" in front of it.
// Line ends may be CRLF (as HTTP writes them) or LF (as many hand-written clients do); both are read.

import type { Workspace } from '../workspace';
import { jsonError, type RestRequest, type RestResponse } from './rest-endpoint';

export interface BatchRequestPart {
  /** The part's Content-ID without its angle brackets, if it had one. */
  contentId?: string;
  method: string;
  /** The request line's target: a path with its query, e.g. "/calendar/v3/calendars/x/events?sendUpdates=all". */
  target: string;
  /** The nested request's own headers, names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export interface BatchResponsePart {
  contentId?: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The boundary a "multipart/mixed; boundary=…" Content-Type names, or undefined for any other type. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (!/^\s*multipart\/mixed\s*;/i.test(contentType ?? '')) return undefined;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType!);
  return match?.[1] ?? match?.[2];
}

/** Splits a block of "Name: value" lines (up to the first blank line) from what follows it. */
function headersAndRest(text: string): { headers: Record<string, string>; rest: string } {
  const lines = text.split(/\r?\n/);
  const headers: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const colon = lines[i]!.indexOf(':');
    if (colon > 0) headers[lines[i]!.slice(0, colon).trim().toLowerCase()] = lines[i]!.slice(colon + 1).trim();
  }
  return { headers, rest: lines.slice(i + 1).join('\n') };
}

/** The parts of a batch request body, or a reason it cannot be read as one. */
export function parseBatchRequest(body: string, boundary: string): BatchRequestPart[] | string {
  const delimiter = `--${boundary}`;
  const pieces = body.split(delimiter);
  if (pieces.length < 2) return 'The batch body has no part.';
  const parts: BatchRequestPart[] = [];
  // pieces[0] is the preamble; a piece starting with "--" follows the closing delimiter.
  for (const piece of pieces.slice(1)) {
    if (piece.startsWith('--')) break;
    const { headers: partHeaders, rest } = headersAndRest(piece.replace(/^\r?\n/, ''));
    if (!/^application\/http\b/i.test(partHeaders['content-type'] ?? ''))
      return 'Each part of a batch request must have Content-Type: application/http.';
    const [requestLine = '', ...afterLine] = rest.replace(/^(\r?\n)+/, '').split(/\r?\n/);
    const line = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/\d(?:\.\d)?)?\s*$/.exec(requestLine.trim());
    if (!line) return `A part of the batch request has no request line: "${requestLine.slice(0, 80)}"`;
    const inner = headersAndRest(afterLine.join('\n'));
    const contentId = partHeaders['content-id']?.replace(/^<|>$/g, '');
    parts.push({
      ...(contentId ? { contentId } : {}),
      method: line[1]!,
      target: line[2]!,
      headers: inner.headers,
      body: inner.rest.replace(/\s+$/, ''),
    });
  }
  return parts;
}

const reasonPhrase: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The multipart/mixed body answering a batch, parts in the requests' order. */
export function batchResponseBody(parts: readonly BatchResponsePart[], boundary: string): string {
  const crlf = '\r\n';
  const chunks = parts.map((part) => {
    const head = [`--${boundary}`, 'Content-Type: application/http'];
    if (part.contentId) head.push(`Content-ID: <response-${part.contentId}>`);
    const status = `HTTP/1.1 ${part.status} ${reasonPhrase[part.status] ?? ''}`.trimEnd();
    const headers = Object.entries(part.headers).map(([name, value]) => `${name}: ${value}`);
    return [...head, '', status, ...headers, '', part.body].join(crlf);
  });
  return `${chunks.join(crlf)}${crlf}--${boundary}--${crlf}`;
}

/**
 * A batch request answered as Google answers one (Calendar's and Drive's batch endpoints alike): each part by
 * `answerPart`, in order, each with "response-" + its Content-ID; refusals of the batch itself are 400s (the
 * emulator's wording: Google documents none).
 */
export function answerBatch(
  ws: Workspace,
  request: RestRequest,
  maxParts: number,
  answerPart: (part: BatchRequestPart) => RestResponse,
): RestResponse {
  const boundary = multipartBoundary(request.headers['content-type']);
  if (!boundary) return jsonError(400, 'A batch request must have Content-Type multipart/mixed with a boundary.');
  const parts = parseBatchRequest(request.body, boundary);
  if (typeof parts === 'string') return jsonError(400, parts);
  if (parts.length === 0) return jsonError(400, 'The batch request has no part.');
  if (parts.length > maxParts)
    return jsonError(400, `A batch request may hold at most ${maxParts} calls; this one has ${parts.length}.`);
  const answered = parts.map((part): BatchResponsePart => {
    const response = answerPart(part);
    const json: Record<string, string> = { 'Content-Type': 'application/json; charset=UTF-8' };
    return {
      ...(part.contentId ? { contentId: part.contentId } : {}),
      status: response.status,
      headers: response.status === 204 ? {} : json,
      body: response.body,
    };
  });
  // From the clock, not ws.newId(): a boundary must not shift the ids everything else is given.
  const responseBoundary = `batch_${ws.clock.nowMs.toString(36)}_${parts.length}`;
  return {
    status: 200,
    headers: { 'Content-Type': `multipart/mixed; boundary=${responseBoundary}` },
    body: batchResponseBody(answered, responseBoundary),
  };
}
