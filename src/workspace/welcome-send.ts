// Quiet start's welcome emails (core/sync/welcome-plan.ts): one per person, exactly once per registry, kept in
// the registry's own state (registry-state.ts: "welcome.<email>"), never in script properties, which every
// school shares. The same exactly-once pattern as the survey mail (survey-send.ts):
// - Apply records each person as "due" before any event is added in silence (sync-slice.ts, approvePlan).
// - A person is recorded as "sending" before MailApp.sendEmail and as "mailed" after it — written together with
//   the next person's "sending", one write per email. A run stopped at any call mails nobody twice: someone
//   found still "sending" counts as sent ("uncertain"), is named on the Sync card, and is sent again only when
//   the admin asks. When Google refuses the message outright (a limit), the person is due again.
// - Welcomes go out only once this sync's calendar writes are done, so every meeting a letter lists is already
//   in the person's calendar, with its feedback link.
// - The day's email quota (MailApp.getRemainingDailyQuota, counted in recipients: one per welcome) is read once
//   per run; what does not fit goes out from the next hourly run after the quota renews.
import type { WantedMeetingEvent } from '../core/calendar/calendar-plan';
import type { ReadRow } from '../core/registry/read-tab';
import type { Registry } from '../core/registry/registry';
import type { MeetingRow } from '../core/registry/tabs';
import { welcomeLetters } from '../core/sync/welcome-content';
import { welcomeEmail } from '../core/sync/welcome-email';
import type { WelcomeState } from '../core/sync/welcome-plan';
import type { ApplyBudget } from './calendar-apply';
import type { OpenRegistry } from './registry-io';
import { RegistryState } from './registry-state';

const welcomePrefix = 'welcome.';
const mailMs = 1_000;
const states: readonly WelcomeState[] = ['due', 'sending', 'mailed', 'uncertain'];
/** Google refused the message before sending it (a limit was hit), so the person did not get it. */
const refusedBeforeSending = /Service invoked too many times|in a short time|rate limit|Limit Exceeded/i;

export interface WelcomeReport {
  /** Welcomes this run sent. */
  mailed: number;
  /** Welcomes still due that have meetings to list: the next slice or hourly run sends them. */
  remaining: number;
  /** Due, but with no upcoming meeting to list right now (their group held, or they left): they wait. */
  waiting: number;
  /** The day's email quota is used up: the rest goes out from the next day's hourly runs. */
  quotaReached: boolean;
  /** People whose welcome a stopped run may not have sent; counted as sent until the admin sends it again. */
  uncertain: string[];
  /** Google's error that stopped the sending early, if any. */
  error?: unknown;
}

export interface WelcomeSource {
  open: OpenRegistry;
  registry: Registry;
  meetings: readonly ReadRow<MeetingRow>[];
  wanted: readonly WantedMeetingEvent[];
}

/** Every person's welcome record in this registry, by lower-cased email; a damaged value counts as sent. */
export function welcomeRecords(state: RegistryState): Map<string, WelcomeState> {
  const records = new Map<string, WelcomeState>();
  for (const [key, value] of state.entries(welcomePrefix)) {
    const email = key.slice(welcomePrefix.length).toLowerCase();
    records.set(email, (states as readonly string[]).includes(value) ? (value as WelcomeState) : 'uncertain');
  }
  return records;
}

/** Whether the person is due a welcome: the calendar writes that concern only such people are silent. */
export function dueForWelcome(state: RegistryState): (email: string) => boolean {
  return (email) => state.get(`${welcomePrefix}${email.toLowerCase()}`) === 'due';
}

/** Apply: the previewed audience is due, recorded (in sorted order, so each send writes one block) before any event. */
export function recordWelcomesDue(state: RegistryState, audience: readonly string[]): void {
  const records = welcomeRecords(state);
  for (const email of [...audience].sort()) {
    const known = records.get(email.toLowerCase());
    if (known === undefined || known === 'due') state.set(`${welcomePrefix}${email.toLowerCase()}`, 'due');
  }
}

export function sendWelcomes(
  source: WelcomeSource,
  budget: ApplyBudget,
  options: { resendUncertain?: boolean } = {},
): WelcomeReport {
  const state = RegistryState.of(source.open);
  const report: WelcomeReport = { mailed: 0, remaining: 0, waiting: 0, quotaReached: false, uncertain: [] };
  const key = (email: string) => `${welcomePrefix}${email}`;
  const records = welcomeRecords(state);
  for (const [email, recorded] of records) {
    // A run stopped between "sending" and "mailed": nobody knows whether the message left, so it counts as sent.
    if (recorded === 'sending') records.set(email, 'uncertain');
    if (options.resendUncertain && records.get(email) === 'uncertain') records.set(email, 'due');
    if (records.get(email) !== recorded) state.set(key(email), records.get(email)!);
  }
  const due = [...records].filter(([, s]) => s === 'due').map(([email]) => email);
  const letters = welcomeLetters(source.registry, source.wanted, source.meetings, due);
  const sendable = due.filter((email) => letters.has(email)).sort();
  report.waiting = due.length - sendable.length;

  const { settings, style } = source.registry;
  const context = { school: settings.school, timeZone: settings.timeZone, style };
  let quota: number | undefined;
  let sent: string | undefined;
  for (const email of sendable) {
    if (!budget.allows(mailMs)) break;
    quota ??= MailApp.getRemainingDailyQuota();
    if (quota < 1) {
      report.quotaReached = true;
      break;
    }
    // The last one sent is recorded as mailed in the same write that marks this one as sending.
    if (sent) state.set(key(sent), 'mailed');
    sent = undefined;
    state.set(key(email), 'sending');
    state.flush();
    const message = welcomeEmail(letters.get(email)!, context);
    try {
      MailApp.sendEmail({ to: message.to, subject: message.subject, body: message.body, htmlBody: message.htmlBody });
    } catch (error) {
      const refused = refusedBeforeSending.test(String((error as Error)?.message ?? error));
      // Refused outright: nobody got it, so the person is due again. Otherwise its fate is unknown: "sending" stays.
      if (refused) state.set(key(email), 'due');
      report.quotaReached = refused && /too many times for one day/i.test(String((error as Error)?.message));
      report.error = error;
      break;
    }
    sent = email;
    quota -= 1;
    report.mailed += 1;
  }
  if (sent) state.set(key(sent), 'mailed');
  state.flush();

  const after = welcomeRecords(state);
  report.remaining = sendable.filter((email) => after.get(email) === 'due').length;
  report.uncertain = [...after]
    .filter(([, s]) => s === 'uncertain' || s === 'sending')
    .map(([email]) => email)
    .sort();
  return report;
}

/** How many welcomes are still due (with or without meetings to list), from the state alone. */
export function welcomesDue(state: RegistryState): number {
  return [...welcomeRecords(state).values()].filter((s) => s === 'due').length;
}
