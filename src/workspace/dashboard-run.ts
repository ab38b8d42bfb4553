// Refresh dashboard: reads each form's responses from the private responses spreadsheet (workspace/form-builder.ts;
// one getValues per form), validates each response with zod — a meeting-feedback response counts only for a meeting
// of the group whose form received it — and rebuilds the Feedback and Dashboard tabs from what passes the
// anonymity threshold (core/metrics/anonymity.ts). Nothing per response is written to the registry: its editors
// see counts, averages and comments of groups with enough responses, and the reasons responses were not counted.
import { meetingLabels } from '../core/feedback/meeting-choices';
import type { FormResponse } from '../core/feedback/form-response';
import { feedbackTab, feedbackTabRows } from '../core/feedback/feedback-tab';
import { surveyYear } from '../core/feedback/health-survey-form';
import { parseResponseRows, type Uncounted, type UncountedReason } from '../core/feedback/parse-responses';
import { monthNames } from '../core/calendar-names';
import { groupRoster } from '../core/my-plg';
import { attendanceRates } from '../core/metrics/attendance-rates';
import { dashboardRows, type FacilitatorRound, type HealthRound } from '../core/metrics/dashboard';
import { summarizeFacilitatorSurvey } from '../core/metrics/facilitator-summary';
import { summarizeFeedback } from '../core/metrics/feedback-summary';
import { summarizeHealth } from '../core/metrics/health-summary';
import { presenterCoverage } from '../core/metrics/presenter-coverage';
import { diagnose } from '../core/diagnosis/diagnose';
import { attendanceTrends } from '../core/metrics/attendance-trend';
import { attendanceByMonth } from '../core/metrics/attendance-by-month';
import { meetingCounts } from '../core/metrics/meeting-counts';
import { dashboardCharts } from '../core/metrics/dashboard-charts';
import { plgHours } from '../core/metrics/plg-hours';
import { protocolsUsed } from '../core/metrics/protocols-used';
import { escapeForCell } from '../core/escape';
import { reportHtml } from '../core/report/report-html';
import { dayText, monthText } from '../core/schedule/local-style';
import { writeReportFile } from './report-file';
import { writeDashboardCharts, type ChartsWritten } from './dashboard-charts';
import type { Problem } from '../core/problems';
import { wallClock } from '../core/registry/cells';
import { headersOf } from '../core/registry/tab-spec';
import { findResponsesBook, formsIndexTab, readFormsIndex, responsesBookName } from './form-builder';
import { rewriteOwnedTab } from './owned-tab';
import { openRegistry, readableRegistry } from './registry-io';
import { saveTrustScores } from './trust-scores';
import { UserFacingError } from './user-facing-error';
import { isGoogleLimit } from './google-limits';

export interface DashboardReport {
  meetingResponses: number;
  healthResponses: number;
  problems: Problem[];
  /** Responses left out of every count, each with its tab, row and reason. */
  uncounted: Uncounted[];
  /** The PLG report's file in the PLG Hub folder (report-file.ts). */
  reportFile: string;
  /** What became of the Dashboard tab's four charts. */
  charts: ChartsWritten;
}

export function refreshDashboard(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): DashboardReport {
  const open = openRegistry(spreadsheet);
  const registry = readableRegistry(open);
  const { settings } = registry;
  const today = wallClock(now, settings.timeZone).date;
  const meetings = registry.meetings.map((m) => m.row);
  const groups = registry.groups.map((g) => g.row);
  // The Meetings tab may name a group by its id in any letter case, or by the id it had (its key).
  const groupIdOf = new Map<string, string>();
  for (const g of groups) for (const name of [g.id, g.key]) if (name) groupIdOf.set(name.toUpperCase(), g.id);
  const meetingGroups = new Map<string, string>();
  for (const m of meetings) {
    const group = groupIdOf.get(m.group.toUpperCase());
    if (group) meetingGroups.set(m.key, group);
  }
  // What each group's form lists its meetings by (its dates, as feedback-forms.ts wrote them).
  const meetingsByLabel = new Map<string, Map<string, string>>();
  for (const g of groups) {
    const own = meetings
      .filter((m) => meetingGroups.get(m.key) === g.id && m.date >= settings.yearStart)
      .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
    meetingsByLabel.set(g.id, new Map([...meetingLabels(own, registry.style)].map(([key, label]) => [label, key])));
  }
  const known = { timeZone: settings.timeZone, meetingGroups, meetingsByLabel, groupNames: groups.map((g) => g.name) };

  const meeting: FormResponse<'meeting'>[] = [];
  const rounds = new Map<number, FormResponse<'health'>[]>();
  const facilitatorRounds = new Map<number, FormResponse<'facilitator'>[]>();
  const problems: Problem[] = [];
  const uncounted: Uncounted[] = [];

  // Responses written into the registry by forms made before they went to the private spreadsheet: every editor
  // can read them there, and nothing ties them to their form, so they are not counted.
  for (const sheet of spreadsheet.getSheets()) {
    if (!/^Form Responses/i.test(sheet.getName())) continue;
    problems.push({
      severity: 'warning',
      tab: sheet.getName(),
      message:
        'form responses in the registry, where every editor can read them — PLG Hub counts only responses in its ' +
        `private "${responsesBookName}" spreadsheet; unlink this tab's form and delete the tab`,
    });
  }

  const book = responsesBook(settings.folderId);
  const recorded = book ? readFormsIndex(book) : [];
  // This registry's forms of this school year; another registry may share the PLG Hub folder.
  const forms = recorded.filter((f) => f.yearStart === settings.yearStart && f.registryId === spreadsheet.getId());
  const sheets = new Map((book?.getSheets() ?? []).map((s) => [s.getName(), s]));
  for (const form of forms) {
    const sheet = sheets.get(form.tab);
    const where = `${responsesBookName} ▸ ${form.tab}`;
    if (!sheet) {
      problems.push({ severity: 'warning', tab: where, message: "this form's responses tab is missing" });
      continue;
    }
    const [header = [], ...rows] = sheet.getDataRange().getValues();
    const formGroup = form.kind === 'meeting' ? groupIdOf.get((form.group ?? '').toUpperCase()) : undefined;
    if (form.kind === 'meeting' && formGroup === undefined) {
      problems.push({
        severity: 'warning',
        tab: where,
        message: `this feedback form's group "${form.group ?? ''}" is not in the Groups tab — its responses are not counted`,
      });
      continue;
    }
    const parsed = parseResponseRows(form.kind, header, rows, { ...known, tab: where, formGroup });
    problems.push(...parsed.problems);
    uncounted.push(...parsed.uncounted);
    if (form.kind === 'meeting') meeting.push(...(parsed.responses as FormResponse<'meeting'>[]));
    if (form.kind === 'health' && form.round !== undefined) {
      rounds.set(form.round, [...(rounds.get(form.round) ?? []), ...(parsed.responses as FormResponse<'health'>[])]);
    }
    if (form.kind === 'facilitator' && form.round !== undefined) {
      const answers = parsed.responses as FormResponse<'facilitator'>[];
      facilitatorRounds.set(form.round, [...(facilitatorRounds.get(form.round) ?? []), ...answers]);
    }
  }
  // A tab with responses that no PLG Hub form records (someone linked another form here) is not counted.
  const indexed = new Set([formsIndexTab, ...recorded.map((f) => f.tab)]);
  for (const [name, sheet] of sheets) {
    if (!indexed.has(name) && sheet.getLastRow() > 1)
      problems.push({
        severity: 'warning',
        tab: `${responsesBookName} ▸ ${name}`,
        message: 'these responses belong to no PLG Hub form — they are not counted',
      });
  }

  const threshold = settings.anonymityThreshold;
  const feedback = summarizeFeedback(meeting, groups, threshold);
  const columnKeys = Object.keys(feedbackTab.columns) as (keyof typeof feedbackTab.columns)[];
  const feedbackRows = feedbackTabRows(feedback).map((r) => columnKeys.map((key) => r[key] ?? ''));
  rewriteOwnedTab(spreadsheet, feedbackTab.name, [headersOf(feedbackTab), ...feedbackRows]);

  // Rounds in the order the school year runs, from its first month.
  const startMonth = Number(settings.yearStart.slice(5, 7));
  const inYearOrder = (a: number, b: number) => ((a - startMonth + 12) % 12) - ((b - startMonth + 12) % 12);
  const roundLabel = (round: number) => `${monthNames[round - 1]} ${surveyYear(settings, round)}`;
  const health: HealthRound[] = [...rounds.entries()]
    .sort(([a], [b]) => inYearOrder(a, b))
    .map(([round, responses]) => ({ label: roundLabel(round), summary: summarizeHealth(responses, threshold) }));
  const facilitators: FacilitatorRound[] = [...facilitatorRounds.entries()]
    .sort(([a], [b]) => inYearOrder(a, b))
    .map(([round, responses]) => ({
      label: roundLabel(round),
      summary: summarizeFacilitatorSurvey(responses, threshold),
    }));
  const latest = health.at(-1);
  saveTrustScores(open, latest?.summary);
  const notCounted: Partial<Record<UncountedReason, number>> = {};
  for (const u of uncounted) notCounted[u.reason] = (notCounted[u.reason] ?? 0) + 1;
  const rosters = new Map(groups.map((g) => [g.id, groupRoster(registry, g.id, today)]));
  const attendance = registry.attendance.map((a) => a.row);
  const coverage = presenterCoverage(meetings, rosters, today);
  const diagnosis = diagnose({
    registry,
    today,
    feedback,
    health: latest?.summary,
    trends: attendanceTrends(meetings, attendance, today),
    coverage,
    facilitators: facilitators.at(-1),
  });
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  // Each person's PLG hours, for professional-learning credit: attendance is the admins' record, not an answer.
  const hours = plgHours(meetings, attendance, today);
  const staffNames = new Map(registry.staff.map((s) => [s.row.email, s.row.name]));
  rewriteOwnedTab(spreadsheet, 'PLG hours', [
    ['Name', 'Email', 'Groups', 'Meetings attended', 'Hours'],
    ...hours.map((h) =>
      [
        staffNames.get(h.email) ?? h.email,
        h.email,
        h.groups.map((g) => groupNames.get(g) ?? g).join(', '),
        h.meetings,
        Math.round((h.minutes / 60) * 100) / 100,
      ].map(escapeForCell),
    ),
  ]);
  const monthCounts = meetingCounts(meetings, today, settings);
  const byMonth = attendanceByMonth(meetings, attendance, today);
  const reportFile = writeReportFile(
    open,
    registry,
    reportHtml({
      school: settings.school,
      asOf: dayText(today, registry.style),
      monthLabel: (month) => shortMonthText(month),
      meetings: monthCounts,
      attendance: byMonth,
      coverage,
      health,
      facilitators,
      feedback,
      diagnosis,
      groupNames,
    }),
  );
  rewriteOwnedTab(
    spreadsheet,
    'Dashboard',
    dashboardRows({
      asOf: today,
      feedback,
      health,
      facilitators,
      diagnosis,
      attendance: attendanceRates(meetings, attendance, today),
      coverage,
      protocols: protocolsUsed(meetings, groups, today),
      hours,
      groupNames,
      notCounted,
    }),
  );
  const charts = writeDashboardCharts(
    open,
    spreadsheet.getSheetByName('Dashboard')!,
    dashboardCharts({
      meetings: monthCounts,
      attendance: byMonth,
      coverage,
      health,
      groupNames,
      monthLabel: shortMonthText,
      thisMonth: today.slice(0, 7),
    }),
  );
  return {
    meetingResponses: meeting.length,
    healthResponses: [...rounds.values()].reduce((n, r) => n + r.length, 0),
    problems,
    uncounted,
    reportFile,
    charts,
  };
}

/** "Sep '26": short enough for a chart's axis. */
function shortMonthText(month: string): string {
  return `${monthText(month).slice(0, 3)} ’${month.slice(2, 4)}`;
}

/**
 * The private responses spreadsheet in the PLG Hub folder; undefined before any form exists. Only the admin whose
 * account made the forms can open it (and the folder): anyone else is told to ask them.
 */
function responsesBook(folderId: string | undefined): GoogleAppsScript.Spreadsheet.Spreadsheet | undefined {
  if (!folderId) return undefined;
  let folder: GoogleAppsScript.Drive.Folder;
  try {
    folder = DriveApp.getFolderById(folderId);
  } catch (error) {
    // Google's words for a folder this person cannot open are not documented (README ▸ Known limits), so none
    // are relied on: any failure but one of Google's limits means it cannot be opened by them.
    if (isGoogleLimit(error)) throw error;
    throw new UserFacingError(
      `the responses are kept in the private "${responsesBookName}" spreadsheet, which only the admin who made ` +
        'the feedback forms can open — ask them to press Refresh dashboard.',
    );
  }
  return findResponsesBook(folder);
}
