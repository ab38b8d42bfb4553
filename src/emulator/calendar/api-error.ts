// The Calendar API's failures, carried from the event store to whichever API surface the caller used.
import { appsScriptError } from '../errors';

/** A Calendar API error response: the HTTP code and Google's message ("Not Found", …). */
export class CalendarApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (): CalendarApiError => new CalendarApiError(404, 'Not Found');
export const badRequest = (message: string): CalendarApiError => new CalendarApiError(400, message);

/**
 * Runs one Advanced Calendar service call. Apps Script reports a failed API call as a
 * GoogleJsonResponseException whose message is "API call to calendar.events.insert failed with error: <API
 * message>" and whose `details` carry the code and message
 * (https://developers.google.com/apps-script/guides/services/advanced#troubleshooting).
 */
export function callAdvanced<T>(method: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof CalendarApiError)) throw error;
    const wrapped = appsScriptError(`API call to ${method} failed with error: ${error.message}`) as Error & {
      details: { code: number; message: string; errors: { domain: string; reason: string; message: string }[] };
    };
    wrapped.name = 'GoogleJsonResponseException';
    wrapped.details = {
      code: error.code,
      message: error.message,
      errors: [{ domain: 'global', reason: reasonFor(error.code), message: error.message }],
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
