// A Google REST API's error response (any advanced service: Calendar, Sheets), as the emulated API raises it
// before Apps Script wraps it (calendar/api-error.ts callAdvanced).

/** One entry of an API error's `errors` list, when it differs from the defaults derived from the code. */
export interface ApiErrorDetail {
  domain: string;
  reason: string;
  message: string;
}

/** The HTTP code and Google's message ("Not Found", "The caller does not have permission", …). */
export class GoogleApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly detail?: ApiErrorDetail,
  ) {
    super(message);
  }
}
