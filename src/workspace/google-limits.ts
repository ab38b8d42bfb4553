// Google's own limits — a daily quota, "slow down", the 6-minute stop — end a run for every group alike, and the
// next run carries on; any other failure belongs to the one group or file it happened on, and must not stop the
// others. The texts are Google's (src/emulator/errors.ts reproduces them).
const limits =
  /Service invoked too many times|usage limits exceeded|rate limit|too many calendars or calendar events|Exceeded maximum execution time|Limit Exceeded|quota/i;

export function isGoogleLimit(error: unknown): boolean {
  const text = error instanceof Object && 'message' in error ? String((error as Error).message) : String(error);
  return limits.test(text);
}
