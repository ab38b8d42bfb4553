// The periodic PLG health survey and the facilitators' support survey ("Get feedback … periodically on how PLGs
// are functioning"; "use surveys to collect and act on feedback from staff", shared/seeds). Each round makes
// its two forms once and mails the links in small batches, recording after each batch how far it got, so a
// run stopped by the mail quota resumes with the next person and never mails anyone twice.
import { facilitatorSurveyForm } from '../core/feedback/facilitator-survey-form';
import { healthSurveyForm } from '../core/feedback/health-survey-form';
import type { FormModel } from '../core/feedback/form-model';
import { groupRoster } from '../core/my-plg';
import { wallClock } from '../core/registry/cells';
import type { Registry } from '../core/registry/registry';
import type { ApplyBudget } from './calendar-apply';
import { ensurePlgFolder } from './plg-folder';
import type { OpenRegistry } from './registry-io';
import { ensureTrackedForm, readStoredForm, storeForm, storedForms } from './tracked-form';

const batchSize = 50;
const surveyFormMs = 12_000;

export interface SurveyReport {
  round: number;
  created: number;
  mailed: number;
  remaining: number;
  /** The day's email quota ran out: the rest goes out from tomorrow's hourly runs. */
  quotaReached: boolean;
}

interface Survey {
  key: string;
  model: FormModel;
  audience: string[];
  subject: string;
}

export function surveysOfRound(registry: Registry, round: number, today: string): Survey[] {
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
      key: `plg.survey.health.${settings.yearStart}.${round}`,
      model: healthSurveyForm(
        settings,
        round,
        registry.groups.filter((g) => g.row.active).map((g) => g.row.name),
      ),
      audience: (settings.surveyAudience === 'all staff' ? activeStaff : members).sort(),
      subject: `${settings.school}: how are PLGs working for you? (anonymous, 5 minutes)`,
    },
    {
      key: `plg.survey.facilitator.${settings.yearStart}.${round}`,
      model: facilitatorSurveyForm(settings),
      audience: facilitators.sort(),
      subject: `${settings.school}: how can we support you as a PLG facilitator?`,
    },
  ];
}

const pendingRoundKey = 'plg.surveyPendingRound';

/** The round to send now: this month's if it is a survey month, else one a person started and mail still owes. */
export function currentRound(registry: Registry, now: Date): number | undefined {
  const month = Number(wallClock(now, registry.settings.timeZone).date.slice(5, 7));
  if (registry.settings.surveyMonths.includes(month)) return month;
  const pending = Number(PropertiesService.getScriptProperties().getProperty(pendingRoundKey));
  return pending >= 1 && pending <= 12 ? pending : undefined;
}

export function sendSurveyRound(open: OpenRegistry, round: number, now: Date, budget: ApplyBudget): SurveyReport {
  const registry = open.read.registry!;
  const today = wallClock(now, registry.settings.timeZone).date;
  const all = storedForms();
  const report: SurveyReport = { round, created: 0, mailed: 0, remaining: 0, quotaReached: false };
  for (const survey of surveysOfRound(registry, round, today)) {
    let stored = readStoredForm(all, survey.key);
    if (!stored?.ready) {
      if (!budget.allows(surveyFormMs)) {
        report.remaining += survey.audience.length;
        continue;
      }
      stored = ensureTrackedForm(
        all,
        survey.key,
        survey.model,
        () => ensurePlgFolder(open.tabs.get('Settings')!, registry.settings),
        open.spreadsheet.getId(),
      ).stored;
      report.created += 1;
    }
    let mailed = stored.mailed ?? 0;
    while (mailed < survey.audience.length && budget.allows(1_000)) {
      const batch = survey.audience.slice(mailed, mailed + batchSize);
      if (MailApp.getRemainingDailyQuota() < batch.length) {
        report.quotaReached = true;
        break;
      }
      MailApp.sendEmail({
        to: Session.getEffectiveUser().getEmail(),
        bcc: batch.join(','),
        subject: survey.subject,
        body: `${survey.model.description}\n\nAnswer here: ${stored.url}\n\nThank you — your answers shape what your PLG does next.`,
      });
      mailed += batch.length;
      stored = { ...stored, mailed };
      storeForm(all, survey.key, stored);
      report.mailed += batch.length;
    }
    report.remaining += survey.audience.length - mailed;
  }
  const properties = PropertiesService.getScriptProperties();
  if (report.remaining > 0) properties.setProperty(pendingRoundKey, String(round));
  else if (properties.getProperty(pendingRoundKey) === String(round)) properties.deleteProperty(pendingRoundKey);
  return report;
}
