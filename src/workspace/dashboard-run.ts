// Refresh dashboard: reads every "Form Responses" tab the forms write into the registry (one getValues each),
// validates each response with zod, rebuilds the Feedback tab (escaped) and the Dashboard tab, and reports the
// responses it could not count.
import type { FormResponse } from '../core/feedback/form-response';
import type { FormKind } from '../core/feedback/form-model';
import { feedbackTab, feedbackTabRows } from '../core/feedback/feedback-tab';
import { parseResponseRows } from '../core/feedback/parse-responses';
import { groupRoster } from '../core/my-plg';
import { attendanceRates } from '../core/metrics/attendance-rates';
import { dashboardRows } from '../core/metrics/dashboard';
import { summarizeFeedback } from '../core/metrics/feedback-summary';
import { summarizeHealth } from '../core/metrics/health-summary';
import { presenterCoverage } from '../core/metrics/presenter-coverage';
import { weakAreas } from '../core/metrics/weak-areas';
import type { Problem } from '../core/problems';
import { wallClock } from '../core/registry/cells';
import { headersOf } from '../core/registry/tab-spec';
import { rewriteOwnedTab } from './owned-tab';
import { openRegistry, readableRegistry } from './registry-io';

export interface DashboardReport {
  meetingResponses: number;
  healthResponses: number;
  problems: Problem[];
}

const kinds: FormKind[] = ['meeting', 'health', 'facilitator'];

export function refreshDashboard(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): DashboardReport {
  const open = openRegistry(spreadsheet);
  const registry = readableRegistry(open);
  const today = wallClock(now, registry.settings.timeZone).date;
  const meetings = registry.meetings.map((m) => m.row);
  const known = {
    timeZone: registry.settings.timeZone,
    meetingGroups: new Map(meetings.map((m) => [m.key, m.group])),
    groupNames: registry.groups.map((g) => g.row.name),
  };
  const responses: { [K in FormKind]: FormResponse<K>[] } = { meeting: [], health: [], facilitator: [] };
  const problems: Problem[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const tab = sheet.getName();
    if (!/^Form Responses/i.test(tab)) continue;
    const [header = [], ...rows] = sheet.getDataRange().getValues();
    const parsed = kinds
      .map((kind) => ({ kind, result: parseResponseRows(kind, header, rows, { ...known, tab }) }))
      .find(({ result }) => !result.problems.some((p) => p.row === 1));
    if (!parsed) {
      problems.push({
        severity: 'warning',
        tab,
        message: 'these responses belong to no PLG Hub form — they are not counted',
      });
      continue;
    }
    (responses[parsed.kind] as FormResponse[]).push(...parsed.result.responses);
    problems.push(...parsed.result.problems);
  }

  const columnKeys = Object.keys(feedbackTab.columns) as (keyof typeof feedbackTab.columns)[];
  const feedbackRows = feedbackTabRows(responses.meeting).map((r) => columnKeys.map((key) => r[key] ?? ''));
  rewriteOwnedTab(spreadsheet, feedbackTab.name, [headersOf(feedbackTab), ...feedbackRows]);

  const groups = registry.groups.map((g) => g.row);
  const threshold = registry.settings.anonymityThreshold;
  const health = responses.health.length ? summarizeHealth(responses.health, threshold) : undefined;
  const rosters = new Map(groups.map((g) => [g.id, groupRoster(registry, g.id, today)]));
  rewriteOwnedTab(
    spreadsheet,
    'Dashboard',
    dashboardRows({
      asOf: today,
      feedback: summarizeFeedback(responses.meeting, groups, threshold),
      health,
      weak: health ? weakAreas(health) : [],
      attendance: attendanceRates(
        meetings,
        registry.attendance.map((a) => a.row),
        today,
      ),
      coverage: presenterCoverage(meetings, rosters, today),
      groupNames: new Map(groups.map((g) => [g.id, g.name])),
      notCounted: problems.filter((p) => p.row !== undefined).length,
    }),
  );
  return { meetingResponses: responses.meeting.length, healthResponses: responses.health.length, problems };
}
