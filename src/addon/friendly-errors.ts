// What a person sees when a run fails: what went wrong and what happens next, never a stack trace. "The rest
// will continue automatically" is said only when it is true: the hourly run is installed and knows about the
// work (`resumes`); otherwise the person is told to press the button again later.
// The messages matched are Google's own (see src/emulator/errors.ts for the texts the emulator reproduces).
export interface FriendlyError {
  message: string;
  resumesAutomatically: boolean;
}

interface Known {
  pattern: RegExp;
  what: string;
  /** When the hourly run will carry on by itself; absent for failures only a person can resolve. */
  automatic?: string;
  manual: string;
}

const known: Known[] = [
  {
    pattern: /Service invoked too many times for one day: calendar|usage limits exceeded/i,
    what: 'Calendar quota reached for today',
    automatic: 'the rest will continue automatically tomorrow.',
    manual: 'press Apply again tomorrow.',
  },
  {
    pattern: /Service invoked too many times for one day/i,
    what: "Google's daily limit for this kind of work is reached",
    automatic: 'the rest will continue automatically tomorrow.',
    manual: 'try again tomorrow.',
  },
  {
    pattern: /too many calendars or calendar events in a short time|rate limit/i,
    what: 'Google asked PLG Hub to slow down',
    automatic: 'the rest will continue automatically within the hour.',
    manual: 'try again in a few minutes.',
  },
  {
    pattern: /Lock timeout|another process was holding the lock/i,
    what: 'Another PLG Hub run is working on this registry right now',
    manual: 'try again in a minute.',
  },
  {
    pattern: /Exceeded maximum execution time/i,
    what: 'The run took too long and stopped; what was done is saved',
    automatic: 'the rest will continue automatically.',
    manual: 'press the button again to carry on.',
  },
];

export function friendlyError(error: unknown, resumes: boolean): FriendlyError {
  const text = error instanceof Object && 'message' in error ? String((error as Error).message) : String(error);
  const match = known.find((k) => k.pattern.test(text));
  if (!match) {
    return {
      message:
        'Something went wrong — nothing was lost. Try again; if it keeps happening, send the log to your PLG Hub admin.',
      resumesAutomatically: false,
    };
  }
  const automatic = resumes && match.automatic !== undefined;
  return { message: `${match.what} — ${automatic ? match.automatic : match.manual}`, resumesAutomatically: automatic };
}
