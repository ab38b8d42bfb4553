// The periodic PLG health survey and the facilitators' support survey ("Get feedback … periodically on how PLGs
// are functioning"; "use surveys to collect and act on feedback from staff", shared/seeds). Each round makes
// its two forms once and mails the links in small batches, exactly once per person:
// - the round's audience is fixed when its mail starts (core/feedback/survey-round.ts); later runs mail from it,
//   never from the list as it is today. Someone who joins later is added at the end (late joiners get the link
//   too); someone who leaves before their turn is skipped and recorded as skipped.
// - a batch is recorded as "sending" before MailApp.sendEmail and "mailed" right after, in one setProperties call
//   each (with the round's record, so the two never disagree). A run stopped at any call re-mails nobody: a batch
//   found still "sending" counts as sent. The only message whose fate is unknown is the one a run was stopped in
//   the middle of; its people (at most one batch) are kept as "uncertain", named on the Send survey card, which
//   offers to send to them again. When Google refuses the message outright (a limit), the batch is due again.
// - the day's quota is counted in recipients, and the sender in `to` is one of them.
import { facilitatorSurveyForm } from '../core/feedback/facilitator-survey-form';
import { healthSurveyForm } from '../core/feedback/health-survey-form';
import type { FormModel } from '../core/feedback/form-model';
import {
  addLateJoiners,
  audienceByTag,
  decodeChunks,
  encodeChunks,
  markPositions,
  nextBatch,
  reopenUncertain,
  settleInFlight,
  snapshotAudience,
  surveyBatchSize,
  tallyRound,
  type RoundEntry,
} from '../core/feedback/survey-round';
import { groupRoster } from '../core/my-plg';
import { wallClock } from '../core/registry/cells';
import type { Registry } from '../core/registry/registry';
import type { ApplyBudget } from './calendar-apply';
import { formPlace } from './form-builder';
import { ensurePlgFolder } from './plg-folder';
import type { OpenRegistry } from './registry-io';
import { ensureTrackedForms, readStoredForm, storedForms, type FormRecords, type StoredForm } from './tracked-form';
import { isRegistryKey, keyScope } from './registry-keys';

const batchMs = 1_000;

export interface SurveyReport {
  round: number;
  created: number;
  /** Mailed by this run. */
  mailed: number;
  /** Still to mail in this round. */
  remaining: number;
  /** The day's email quota ran out: the rest goes out from tomorrow's hourly runs. */
  quotaReached: boolean;
  /** People added this run because they joined the audience after the round's audience was fixed. */
  lateJoiners: number;
  /** People in the round who left before their turn and were not mailed (the round so far). */
  skipped: number;
  /**
   * People whose message may not have gone out: a run was stopped while Google was sending it (the round so far).
   * They count as sent; Send survey offers to send to them again.
   */
  uncertain: string[];
  /** Uncertain people no longer in the audience, who cannot be named. */
  uncertainUnnamed: number;
  /** Surveys whose stored progress could not be read back: nobody more is mailed for them until it is fixed. */
  unreadable: string[];
}

export interface SurveySendOptions {
  /** Send again to the uncertain (a person chose to, on the Send survey card). */
  resendUncertain?: boolean;
  /** Set to true once the hourly run knows about this round, so a stop can say the rest continues by itself. */
  run?: { resumes: boolean };
}

interface Survey {
  key: string;
  model: FormModel;
  audience: string[];
  subject: string;
}

export const surveyPrefix = 'plg.survey.';

export function surveysOfRound(registry: Registry, round: number, today: string, registryId: string): Survey[] {
  const scope = `${surveyPrefix}${keyScope(registryId)}`;
  const { settings } = registry;
  const activeStaff = registry.staff.filter((s) => s.row.active).map((s) => s.row.email);
  const members = [...new Set(registry.groups.flatMap((g) => groupRoster(registry, g.row.id, today)))];
  const facilitators = [
    ...new Set(
      registry.groups.flatMap((g) => [g.row.facilitator, g.row.coFacilitator]).filter((e): e is string => Boolean(e)),
    ),
  ];
  return [
    {
      key: `${scope}health.${settings.yearStart}.${round}`,
      model: healthSurveyForm(
        settings,
        round,
        registry.groups.filter((g) => g.row.active).map((g) => g.row.name),
      ),
      audience: (settings.surveyAudience === 'all staff' ? activeStaff : members).sort(),
      subject: `${settings.school}: how are PLGs working for you? (anonymous, 5 minutes)`,
    },
    {
      key: `${scope}facilitator.${settings.yearStart}.${round}`,
      model: facilitatorSurveyForm(settings, round),
      audience: facilitators.sort(),
      subject: `${settings.school}: how can we support you as a PLG facilitator?`,
    },
  ];
}

/** The round mail still owes, per registry (registry-keys.ts). */
const pendingRoundKeyOf = (registryId: string) =>
  `plg.surveyPendingRound${keyScope(registryId) ? `.${registryId}` : ''}`;
const audiencePrefix = 'plg.surveyAudience.';

/** Where the i-th chunk of a survey round's fixed audience is kept (apart from plg.survey.*, the forms' records). */
export function audienceChunkKey(surveyKey: string, index: number): string {
  return `${audiencePrefix}${surveyKey.slice(surveyPrefix.length)}.${index}`;
}

/** The round to send now: this month's if it is a survey month, else one a person started and mail still owes. */
export function currentRound(registry: Registry, now: Date, registryId: string): number | undefined {
  const month = Number(wallClock(now, registry.settings.timeZone).date.slice(5, 7));
  if (registry.settings.surveyMonths.includes(month)) return month;
  const pending = Number(PropertiesService.getScriptProperties().getProperty(pendingRoundKeyOf(registryId)));
  return pending >= 1 && pending <= 12 ? pending : undefined;
}

/** Google refused the message before sending it (a limit was hit), so nobody in the batch got it. */
const refusedBeforeSending = /Service invoked too many times|in a short time|rate limit|Limit Exceeded/i;

interface Run {
  round: number;
  all: Record<string, string>;
  records: FormRecords;
  properties: GoogleAppsScript.Properties.Properties;
  budget: ApplyBudget;
  report: SurveyReport;
  options: SurveySendOptions;
  /** Chunk keys of this round's surveys: every other round's audience is dropped when this round's is stored. */
  keepPrefixes: string[];
  /** This registry's pending-round mark (registry-keys.ts). */
  pendingRoundKey: string;
  registryId: string;
  sender?: string;
  stopped: boolean;
}

export function sendSurveyRound(
  open: OpenRegistry,
  round: number,
  now: Date,
  budget: ApplyBudget,
  options: SurveySendOptions = {},
): SurveyReport {
  const registry = open.read.registry!;
  const today = wallClock(now, registry.settings.timeZone).date;
  const surveys = surveysOfRound(registry, round, today, open.id);
  const pendingRoundKey = pendingRoundKeyOf(open.id);
  const run: Run = {
    pendingRoundKey,
    registryId: open.id,
    round,
    ...recordsOf(storedForms()),
    properties: PropertiesService.getScriptProperties(),
    budget,
    options,
    keepPrefixes: surveys.map((s) => audienceChunkKey(s.key, 0).replace(/0$/, '')),
    report: {
      round,
      created: 0,
      mailed: 0,
      remaining: 0,
      quotaReached: false,
      lateJoiners: 0,
      skipped: 0,
      uncertain: [],
      uncertainUnnamed: 0,
      unreadable: [],
    },
    stopped: false,
  };
  // The hourly run sends this month's round if it is a survey month, and a round marked pending in any month.
  if (options.run && (registry.settings.surveyMonths.includes(round) || run.all[pendingRoundKey] === String(round)))
    options.run.resumes = true;
  const place = formPlace(() => ensurePlgFolder(open.tabs.get('Settings')!, registry.settings));
  // The round's two forms are built together (tracked-form.ts), as far as the time left allows.
  const unready = surveys.filter((survey) => !readStoredForm(run.all, survey.key)?.ready);
  if (unready.length > 0) {
    write(run, pendingRound(run));
    const jobs = unready.map(({ key, model }) => ({ key, model }));
    run.report.created += ensureTrackedForms(run.records, jobs, place, open.spreadsheet.getId(), budget).made.length;
  }
  for (const survey of surveys) {
    const stored = readStoredForm(run.all, survey.key);
    if (!stored?.ready) {
      run.report.remaining += survey.audience.length;
      continue;
    }
    mailSurvey(run, survey, stored);
  }
  const { report, all, properties } = run;
  if (report.remaining > 0) write(run, pendingRound(run));
  else if (all[pendingRoundKey] === String(round)) {
    properties.deleteProperty(pendingRoundKey);
    delete all[pendingRoundKey];
  }
  report.uncertain.sort();
  return report;
}

function mailSurvey(run: Run, survey: Survey, stored: StoredForm): void {
  const { report } = run;
  const byTag = audienceByTag(survey.audience);
  let entries: RoundEntry[];
  let saved: string[] = [];
  if (stored.audience) {
    const keys = Array.from({ length: stored.audience.chunks }, (_, i) => audienceChunkKey(survey.key, i));
    const read = decodeChunks(
      keys.map((k) => run.all[k]),
      stored.audience.size,
    );
    if (!read) {
      report.unreadable.push(survey.key);
      return;
    }
    entries = read;
    saved = keys.map((k) => run.all[k]!);
  } else {
    entries = snapshotAudience(survey.audience, stored.mailed ?? 0);
  }
  entries = settleInFlight(entries).entries;
  if (run.options.resendUncertain) entries = reopenUncertain(entries).entries;
  const joined = addLateJoiners(entries, survey.audience);
  entries = joined.entries;
  report.lateJoiners += joined.added;

  const save = (next: RoundEntry[]) => {
    const firstSave = !stored.audience;
    const chunks = encodeChunks(next);
    const writes: Record<string, string> = pendingRound(run);
    chunks.forEach((chunk, i) => {
      if (saved[i] !== chunk) writes[audienceChunkKey(survey.key, i)] = chunk;
    });
    stored = {
      ...stored,
      audience: { size: next.length, chunks: chunks.length },
      mailed: next.filter((e) => e.state === 'mailed').length,
    };
    writes[survey.key] = JSON.stringify(stored);
    write(run, writes);
    saved = chunks;
    if (firstSave) dropOtherRounds(run);
  };

  while (!run.stopped) {
    if (tallyRound(entries, byTag).due === 0) {
      // Nobody left to mail; people whose turn came after they left are recorded as skipped.
      const passed = nextBatch(entries, byTag, 0);
      if (passed.skipped) save((entries = passed.entries));
      break;
    }
    if (!run.budget.allows(batchMs)) {
      run.stopped = true;
      break;
    }
    // Counted in recipients (to + cc + bcc); the sender in `to` is one of them.
    const room = Math.min(surveyBatchSize, MailApp.getRemainingDailyQuota() - 1);
    if (room < 1) {
      report.quotaReached = true;
      run.stopped = true;
      break;
    }
    run.sender ??= Session.getEffectiveUser().getEmail();
    const batch = nextBatch(entries, byTag, room);
    // Recorded as sending before the send call and as mailed right after: no other call comes between them.
    save((entries = batch.entries));
    try {
      MailApp.sendEmail({
        to: run.sender,
        bcc: batch.recipients.join(','),
        subject: survey.subject,
        body: `${survey.model.description}\n\nAnswer here: ${stored.url}\n\nThank you — your answers shape what your PLG does next.`,
      });
    } catch (error) {
      if (refusedBeforeSending.test(String((error as Error)?.message ?? error))) {
        save(markPositions(entries, batch.positions, 'pending'));
      }
      throw error;
    }
    save((entries = markPositions(entries, batch.positions, 'mailed')));
    report.mailed += batch.recipients.length;
  }
  const tally = tallyRound(entries, byTag);
  report.remaining += tally.due;
  report.skipped += tally.skipped;
  report.uncertain.push(...tally.uncertain);
  report.uncertainUnnamed += tally.uncertainUnnamed;
}

/** The pending-round mark, when it is not already this round: the hourly run then finishes the round. */
function pendingRound(run: Run): Record<string, string> {
  return run.all[run.pendingRoundKey] === String(run.round) ? {} : { [run.pendingRoundKey]: String(run.round) };
}

/** One setProperties call: every value in it is stored, or none is. */
function write(run: Run, writes: Record<string, string>): void {
  if (Object.keys(writes).length === 0) return;
  run.properties.setProperties(writes);
  Object.assign(run.all, writes);
  if (run.options.run && run.all[run.pendingRoundKey] === String(run.round)) run.options.run.resumes = true;
}

/** A round's audience is kept only while it is the current round: the property store holds 500 KB in all. */
function dropOtherRounds(run: Run): void {
  for (const key of Object.keys(run.all)) {
    // Only this registry's audiences (unscoped: plg.surveyAudience.<kind>.<year>.<round>.<i>): another school's
    // round in progress is never touched.
    if (!isRegistryKey(key, audiencePrefix, run.registryId, 4)) continue;
    if (run.keepPrefixes.some((prefix) => key.startsWith(prefix))) continue;
    run.properties.deleteProperty(key);
    delete run.all[key];
  }
}

function recordsOf(records: FormRecords): { all: Record<string, string>; records: FormRecords } {
  return { all: records.all, records };
}
