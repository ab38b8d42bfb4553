// The weekly digest (core/digest/): sent by the hourly run, once per ISO week per person per registry, in the
// school's own week (core/digest/digest-week.ts), only while Settings ▸ Weekly digest is Yes. Exactly once:
// - where the week stands lives in the registry's own state tab (registry-state.ts), never in script properties,
//   which every school shares;
// - each person is recorded as "sending" (one write) before MailApp.sendEmail and as "sent" right after, so a run
//   stopped at any call sends nobody twice; the one person whose message a stop may have caught half-way counts as
//   sent ("uncertain", noted in the run log); when Google refuses the message outright (a limit) they are due again;
// - the day's email quota is counted in recipients (one per digest): a digest goes only while the quota allows,
//   and the rest go from the next hourly runs of the same week.
import { composeDigests } from '../core/digest/compose-digest';
import { digestMessage } from '../core/digest/digest-message';
import { digestDone, digestRecordOf, type DigestRecord } from '../core/digest/digest-record';
import { digestWeekAt } from '../core/digest/digest-week';
import type { ApplyBudget } from './calendar-apply';
import type { OpenRegistry } from './registry-io';
import { RegistryState } from './registry-state';

export const digestStateKey = 'digest.week';
/** A send call and the two state writes around it, with room to spare. */
const digestMs = 2_000;
/** Google refused the message before sending it: nobody got it. */
const refusedBeforeSending = /Service invoked too many times|in a short time|rate limit|Limit Exceeded/i;
const dailyQuotaSpent = /Service invoked too many times for one day/i;

export interface DigestReport {
  /** Settings ▸ Weekly digest is Yes. */
  on: boolean;
  week?: string;
  /** Sent by this run. */
  sent: number;
  /** Still due this week. */
  remaining: number;
  /** The day's email quota ran out: the rest go from the next hourly runs this week. */
  quotaReached: boolean;
  /** People whose digest a stopped run may or may not have sent this week: not sent again. */
  uncertain: string[];
  /** People found this run whose digest a stopped run may or may not have sent. */
  newlyUncertain: string[];
  /** The week's record was found unreadable this run: no more digests go out this week. */
  held: boolean;
}

export function sendWeeklyDigests(open: OpenRegistry, now: Date, budget: ApplyBudget): DigestReport {
  const report: DigestReport = {
    on: false,
    sent: 0,
    remaining: 0,
    quotaReached: false,
    uncertain: [],
    newlyUncertain: [],
    held: false,
  };
  const registry = open.read.registry;
  if (!registry?.settings.weeklyDigest) return report;
  const { settings } = registry;
  const { week, today, monday } = digestWeekAt(now, settings.timeZone);
  Object.assign(report, { on: true, week });
  const state = RegistryState.of(open);
  const read = digestRecordOf(state.get(digestStateKey), week);
  let record = read.record;
  const save = (next: DigestRecord) => {
    record = next;
    state.set(digestStateKey, JSON.stringify(next));
    state.flush();
  };
  // What a stopped run or a hand edit left is settled and stored at once, so the run log says it only once.
  if (read.settledNow.length || read.heldNow) save(record);
  report.newlyUncertain = read.settledNow;
  report.held = read.heldNow;
  const due = composeDigests(registry, today).filter((d) => !digestDone(record, d.email));
  const context = { school: settings.school, monday, attendanceBelow: settings.attendanceBelow, style: registry.style };
  let quota: number | undefined;
  for (const digest of due) {
    if (!budget.allows(digestMs)) break;
    quota ??= MailApp.getRemainingDailyQuota();
    if (quota < 1) {
      report.quotaReached = true;
      break;
    }
    const message = digestMessage(digest, context);
    save({ ...record, sending: [digest.email] });
    try {
      MailApp.sendEmail({
        to: digest.email,
        subject: message.subject,
        body: message.text,
        htmlBody: message.html,
        name: 'PLG Hub',
      });
    } catch (error) {
      const text = String((error as Error)?.message ?? error);
      if (!refusedBeforeSending.test(text)) throw error;
      save({ ...record, sending: [] });
      if (!dailyQuotaSpent.test(text)) throw error;
      report.quotaReached = true;
      break;
    }
    save({ ...record, sent: [...record.sent, digest.email], sending: [] });
    quota -= 1;
    report.sent += 1;
  }
  report.remaining = due.length - report.sent;
  report.uncertain = [...record.uncertain].sort();
  return report;
}
