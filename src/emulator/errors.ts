// Apps Script surfaces service failures as errors named "Exception" whose message is Google's own text.
// The messages below are the ones Google documents or that Apps Script prints; tests and the fault
// sweep match on them, so keep them verbatim.

export function appsScriptError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** The failures the fault injector can produce, each as Apps Script reports it. */
export const faultMessages = {
  // https://developers.google.com/apps-script/guides/services/quotas ("Service invoked too many times …")
  quota: (service: string) => `Service invoked too many times for one day: ${service}.`,
  // Calendar's short-term creation limit, as CalendarApp and the Advanced Calendar service report it.
  rateLimit: () =>
    'You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.',
  // The 6-minute execution limit; the script is stopped and cannot catch it (see Meter.killed).
  timeLimit: () => 'Exceeded maximum execution time',
  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  lockTimeout: () => 'Lock timeout: another process was holding the lock for too long.',
} as const;

export type FaultKind = keyof typeof faultMessages;
