// What a Google REST API looks like to the emulator's UrlFetchApp: an endpoint answers requests whose URL starts
// with its prefix, as the person whose OAuth token the request carries. Each API the add-on reaches through
// UrlFetchApp (Calendar batch, Forms, Docs) is one endpoint in ./endpoints.ts; an endpoint reuses the same
// stores and permission checks as the Apps Script service over the same data, so a Form made through the Forms
// API opens with FormApp and an event inserted in a batch lists with the advanced Calendar service.
import { GoogleApiError } from '../google-api-error';
import type { Workspace } from '../workspace';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who is calling: the token's user and the scopes it was granted (the manifest's, for ScriptApp.getOAuthToken). */
export interface RestCaller {
  email: string;
  scopes: readonly string[] | null;
}

export interface RestRequest {
  method: HttpMethod;
  url: URL;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  body: string;
  caller: RestCaller;
}

export interface RestResponse {
  status: number;
  /** Header names as Google sends them; Content-Type defaults to JSON. */
  headers?: Record<string, string>;
  body: string;
}

export interface RestEndpoint {
  /** e.g. "https://forms.googleapis.com/v1/": requests whose URL starts with it come here. */
  readonly prefix: string;
  /**
   * The REST method a request calls, e.g. "forms.forms.create" or "calendar.batch": it names the request in the
   * meter (latency, counts, faults: "UrlFetchApp.fetch:forms.forms.create") and in the per-user rate limits.
   * undefined when the URL names no method this endpoint knows (the endpoint answers 404 for it).
   */
  methodOf(request: Pick<RestRequest, 'method' | 'url'>): string | undefined;
  /** Answers the request; ws.user is the caller while it runs. Throwing GoogleApiError answers Google's JSON error. */
  handle(ws: Workspace, request: RestRequest): RestResponse;
}

/** Google's status names for the codes the emulated APIs answer (https://cloud.google.com/apis/design/errors). */
const statusName: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  410: 'NOT_FOUND',
  412: 'FAILED_PRECONDITION',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

const defaultReason: Record<number, string> = {
  400: 'invalid',
  401: 'authError',
  403: 'forbidden',
  404: 'notFound',
  409: 'duplicate',
  410: 'deleted',
  429: 'rateLimitExceeded',
  503: 'backendError',
};

/**
 * A JSON error body as Google's APIs send it: {"error": {"code", "message", "errors": [{domain, reason,
 * message}], "status"}} (https://cloud.google.com/apis/design/errors#http_mapping; the Calendar API's "errors"
 * list: https://developers.google.com/workspace/calendar/api/guides/errors).
 */
export function jsonError(code: number, message: string, detail?: { domain: string; reason: string }): RestResponse {
  const entry = {
    domain: detail?.domain ?? 'global',
    reason: detail?.reason ?? defaultReason[code] ?? 'invalid',
    message,
  };
  return json(code, { error: { code, message, errors: [entry], status: statusName[code] ?? 'UNKNOWN' } });
}

export function json(status: number, value: unknown): RestResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=UTF-8' },
    body: status === 204 ? '' : JSON.stringify(value, null, 2),
  };
}

/** Runs a handler, answering a GoogleApiError it throws as Google's JSON error (anything else is an emulator bug). */
export function answering(run: () => RestResponse): RestResponse {
  try {
    return run();
  } catch (error) {
    if (error instanceof GoogleApiError) return jsonError(error.code, error.message, error.detail);
    throw error;
  }
}

/** The request body as JSON, or Google's 400 for a body that is not. */
export function jsonBody(request: RestRequest): unknown {
  if (request.body === '') return {};
  try {
    return JSON.parse(request.body) as unknown;
  } catch {
    throw new GoogleApiError(400, `Invalid JSON payload received. Unexpected token.`);
  }
}

/** Whether the caller holds one of `accepted` (every scope when the manifest lists none). */
export function callerHasScope(caller: RestCaller, accepted: readonly string[]): boolean {
  return caller.scopes === null || accepted.some((s) => caller.scopes!.includes(s));
}

/** 403 "Request had insufficient authentication scopes." as every Google API answers a token lacking them. */
export function requireScopes(caller: RestCaller, accepted: readonly string[]): void {
  if (!callerHasScope(caller, accepted))
    throw new GoogleApiError(403, 'Request had insufficient authentication scopes.', {
      domain: 'global',
      reason: 'insufficientPermissions',
      message: 'Insufficient Permission',
    });
}
