// What a person sees when a run fails: what went wrong and what happens next, never a stack trace.
// The messages matched are Google's own (see src/emulator/errors.ts for the texts the emulator reproduces).
export interface FriendlyError {
  message: string;
  /** True when the hourly run will carry on by itself. */
  resumesAutomatically: boolean;
}

export function friendlyError(error: unknown): FriendlyError {
  const text = error instanceof Object && 'message' in error ? String((error as Error).message) : String(error);
  if (/Service invoked too many times for one day: calendar/i.test(text) || /usage limits exceeded/i.test(text)) {
    return { message: 'Calendar quota reached for today — the rest will continue automatically tomorrow.', resumesAutomatically: true };
  }
  if (/Service invoked too many times for one day/i.test(text)) {
    return { message: "Google's daily limit for this kind of work is reached — the rest will continue automatically tomorrow.", resumesAutomatically: true };
  }
  if (/too many calendars or calendar events in a short time|rate limit/i.test(text)) {
    return { message: 'Google asked PLG Hub to slow down — the rest will continue automatically within the hour.', resumesAutomatically: true };
  }
  if (/Lock timeout|another process was holding the lock/i.test(text)) {
    return { message: 'Another PLG Hub run is working on this registry right now — try again in a minute.', resumesAutomatically: false };
  }
  if (/Exceeded maximum execution time/i.test(text)) {
    return { message: 'The run took too long and stopped — what was done is saved; the rest will continue automatically.', resumesAutomatically: true };
  }
  return { message: 'Something went wrong — nothing was lost. Try again; if it keeps happening, send the log to your PLG Hub admin.', resumesAutomatically: false };
}
