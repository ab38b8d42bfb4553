// The Calendar API's failures, carried from the event store to whichever API surface the caller used.
import { appsScriptError } from '../errors';
import { GoogleApiError } from '../google-api-error';

export type { ApiErrorDetail } from '../google-api-error';

/** A Calendar API error response: the HTTP code and Google's message ("Not Found", …). */
export class CalendarApiError extends GoogleApiError {}

export const notFound = (): CalendarApiError => new CalendarApiError(404, 'Not Found');
export const badRequest = (message: string): CalendarApiError => new CalendarApiError(400, message);

/**
 * The token lacks every scope the method accepts: 403 "Request had insufficient authentication scopes.", its
 * error entry "Insufficient Permission" / insufficientPermissions (as the API returns it, e.g.
 * https://github.com/googleworkspace/apps-script-oauth2/issues/287).
 */
export const insufficientScopes = (): CalendarApiError =>
  new CalendarApiError(403, 'Request had insufficient authentication scopes.', {
    domain: 'global',
    reason: 'insufficientPermissions',
    message: 'Insufficient Permission',
  });

/**
 * A change by someone who may only read the calendar: the API's 403 requiredAccessLevel, "You need to have
 * writer access to this calendar." The owner-only variant (changing the calendar itself) is the emulator's
 * wording on the same pattern.
 */
export const requiredAccess = (level: 'writer' | 'owner'): CalendarApiError => {
  const message = `You need to have ${level} access to this calendar.`;
  return new CalendarApiError(403, message, { domain: 'calendar', reason: 'requiredAccessLevel', message });
};

/**
 * Runs one advanced service call (Calendar, Sheets). Apps Script reports a failed API call as a
 * GoogleJsonResponseException whose message is "API call to calendar.events.insert failed with error: <API
 * message>" and whose `details` carry the code and message
 * (https://developers.google.com/apps-script/guides/services/advanced#troubleshooting).
 */
export function callAdvanced<T>(method: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof GoogleApiError)) throw error;
    const wrapped = appsScriptError(`API call to ${method} failed with error: ${error.message}`) as Error & {
      details: { code: number; message: string; errors: { domain: string; reason: string; message: string }[] };
    };
    wrapped.name = 'GoogleJsonResponseException';
    wrapped.details = {
      code: error.code,
      message: error.message,
      errors: [error.detail ?? { domain: 'global', reason: reasonFor(error.code), message: error.message }],
    };
    throw wrapped;
  }
}

function reasonFor(code: number): string {
  if (code === 404) return 'notFound';
  if (code === 409) return 'duplicate';
  if (code === 410) return 'deleted';
  return 'invalid';
}
