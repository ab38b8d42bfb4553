// Drive batch requests: POST https://www.googleapis.com/batch/drive/v3, a multipart/mixed body of Drive API
// calls (https://developers.google.com/workspace/drive/api/guides/performance#batch-requests), in the format
// every Google API shares (../urlfetch/batch-multipart.ts). What the guide says and the emulator does:
// - "You're limited to 100 calls in a single batch request. If you need to make more calls than that, use
//   multiple batch requests": a larger batch is refused 400 (the emulator's wording);
// - "All the inner requests must go to the same Google API": a part outside /drive/v3/ is answered 404;
// - "Currently, Google Drive doesn't support batch operations for media, either for upload or download": an
//   /upload/ part is answered 400 (the emulator's wording);
// - a part's URL is a path, not a full URL (answered 400), and acts as the outer token's user unless the part
//   carries its own Authorization header;
// - "A set of n requests batched together counts toward your usage limit as n requests, not as one request":
//   every part counts against Drive's per-user rate (urlfetch/rate-limits.ts) and is refused on its own over it;
// - each part succeeds or fails by itself, answered in order with "response-" + its Content-ID; the batch 200.
// Metering: the batch is one UrlFetchApp request ("UrlFetchApp.fetch:drive.batch", its latency.ts row); each
// part is counted in meter.requests as "UrlFetchApp.fetch:drive.batch/<method>", and a fault rule on that kind
// answers that part alone with Drive's 429 rateLimitExceeded.
import { serverWorkMs } from '../latency';
import { asCaller } from '../urlfetch/as-caller';
import { answerBatch } from '../urlfetch/batch-multipart';
import { callerOf } from '../urlfetch/oauth-tokens';
import {
  jsonError,
  type HttpMethod,
  type RestCaller,
  type RestEndpoint,
  type RestResponse,
} from '../urlfetch/rest-endpoint';
import type { Workspace } from '../workspace';
import { answerDriveRequest, methodOf } from './rest-api';

export const driveBatchUrl = 'https://www.googleapis.com/batch/drive/v3';
export const maxDriveBatchParts = 100;

/**
 * The server's own time for one part, on top of the batch's single round trip. Google publishes no figure; as
 * for Calendar's batch (calendar/batch-endpoint.ts), a DriveApp call's row is taken as a round trip (a cheap
 * DriveApp call, 150 ms) plus the server's work, and a part keeps only the work: a permission created or
 * deleted is DriveApp's addViewer (400 − 150 = 250 ms; removing a grant is the same kind of write), a listing
 * of a file's permissions is a getViewers (150 − 150 = 0). Parts are taken one after another (the guide
 * promises no parallelism), the conservative reading.
 */
export function drivePartServerMs(method: string): number {
  const driveApp: Record<string, string> = {
    'drive.permissions.create': 'DriveApp.File.addViewer',
    'drive.permissions.delete': 'DriveApp.File.addViewer',
    'drive.permissions.list': 'DriveApp.File.getViewers',
  };
  return serverWorkMs(driveApp[method] ?? 'DriveApp', 'DriveApp');
}

const methods: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function answerPart(
  ws: Workspace,
  part: { method: string; target: string; headers: Record<string, string>; body: string },
  outerCaller: RestCaller,
): RestResponse {
  if (/^[a-z]+:\/\//i.test(part.target)) return jsonError(400, 'Full URLs are not allowed in batch requests.');
  if (part.target.startsWith('/upload/'))
    return jsonError(400, 'Google Drive does not support media uploads in batch requests.');
  const url = new URL(`https://www.googleapis.com${part.target}`);
  const method = methods.includes(part.method) ? (part.method as HttpMethod) : undefined;
  const restMethod = method && url.pathname.startsWith('/drive/v3/') ? methodOf({ method, url }) : undefined;
  const kind = `UrlFetchApp.fetch:drive.batch/${restMethod ?? 'unknown'}`;
  ws.meter.countRequest(kind);
  if (!restMethod || !method) return jsonError(404, 'Not Found');
  const caller = part.headers.authorization === undefined ? outerCaller : callerOf(ws, part.headers.authorization);
  if (!caller)
    return jsonError(401, 'Request had invalid authentication credentials.', { domain: 'global', reason: 'authError' });
  if (ws.meter.takeRateLimit(kind))
    return jsonError(429, 'Rate Limit Exceeded', { domain: 'usageLimits', reason: 'rateLimitExceeded' });
  const response = asCaller(ws, caller, () =>
    answerDriveRequest(ws, { method, url, headers: part.headers, body: part.body, caller }),
  );
  if (response.status !== 429) ws.meter.spend(drivePartServerMs(restMethod));
  return response;
}

export const driveBatchEndpoint: RestEndpoint = {
  prefix: driveBatchUrl,
  methodOf: (request) =>
    request.method === 'POST' && request.url.pathname === '/batch/drive/v3' ? 'drive.batch' : undefined,
  handle(ws, request) {
    if (request.method !== 'POST' || request.url.pathname !== '/batch/drive/v3') return jsonError(404, 'Not Found');
    return answerBatch(ws, request, maxDriveBatchParts, (part) => answerPart(ws, part, request.caller));
  },
};
