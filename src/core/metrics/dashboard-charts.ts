// The Dashboard tab's four charts — attendance rate over time per group, meetings held against planned by month,
// the health survey's traits round by round, presenters so far against members — as the tables they draw. The
// tables go on their own tab ("Dashboard data"), which a chart ranges over, so anyone can read the figures behind a
// line; they are the PLG report's charts (report/report-html.ts), built from the same metrics and the same
// anonymity rule: the health survey's whole-school means only where a round is shown. Titles are what PLG Hub
// knows its charts by on a later Refresh, so a chart a school adds with a title of its own is never touched.
import { escapeAsText } from '../escape';
import { traitIds, traits } from '../feedback/traits';
import type { MonthlyAttendance } from './attendance-by-month';
import type { HealthRound } from './dashboard';
import type { MonthCount } from './meeting-counts';
import type { PresenterCoverage } from './presenter-coverage';

export type ChartKind = 'LINE' | 'COLUMN';
export type ChartCell = string | number;

export interface ChartTable {
  /** The chart's title, and how PLG Hub recognises its own chart. */
  title: string;
  kind: ChartKind;
  /** Header row first (the series names), then one row per category; '' leaves a gap. */
  rows: ChartCell[][];
  /** Google Charts options beyond the title (vAxis.viewWindow …). */
  options: Readonly<Record<string, string | number>>;
  /** A column per group: the table widens when a group is added, so it is laid out last (dashboardDataRows). */
  widens?: boolean;
}

export const dashboardDataTab = 'Dashboard data';

export const chartTitles = {
  attendance: 'Attendance rate by month (% present, meetings with attendance recorded)',
  meetings: 'PLG meetings by month: planned, held, canceled, used for other business',
  health: 'PLG health survey, whole school, round by round (1–5)',
  presenters: 'Members who have presented work, by group',
} as const;

export interface ChartInput {
  meetings: readonly MonthCount[];
  attendance: readonly MonthlyAttendance[];
  coverage: readonly PresenterCoverage[];
  health: readonly HealthRound[];
  groupNames: ReadonlyMap<string, string>;
  /** "Sep ’26" for "2026-09". */
  monthLabel: (month: string) => string;
  /** "2026-10": months after it have no attendance yet and are left off the attendance chart. */
  thisMonth: string;
}

/** Always the four tables, in this order: a chart is updated in place, never dropped and made again. */
export function dashboardCharts(input: ChartInput): ChartTable[] {
  const name = (id: string) => input.groupNames.get(id) ?? id;
  const months = input.meetings.map((m) => m.month);
  const pastMonths = months.filter((m) => m <= input.thisMonth);

  // With nothing recorded the chart still has one (empty) series, named for why it is empty.
  const series = input.attendance.length
    ? input.attendance.map((a) => ({ name: name(a.group), rates: a.rates }))
    : [{ name: 'No attendance recorded yet', rates: new Map<string, number>() }];
  const percent = (rate: number | undefined) => (rate === undefined ? '' : Math.round(rate * 100));
  const attendance: ChartTable = {
    title: chartTitles.attendance,
    kind: 'LINE',
    rows: [
      ['Month', ...series.map((s) => text(s.name))],
      ...pastMonths.map((m) => [text(input.monthLabel(m)), ...series.map((s) => percent(s.rates.get(m)))]),
    ],
    options: { 'vAxis.viewWindow.min': 0, 'vAxis.viewWindow.max': 100 },
    widens: true,
  };

  const meetings: ChartTable = {
    title: chartTitles.meetings,
    kind: 'COLUMN',
    rows: [
      ['Month', 'Planned', 'Held so far', 'Canceled', 'Used for other business'],
      ...input.meetings.map((m) => [text(input.monthLabel(m.month)), m.planned, m.held, m.canceled, m.repurposed]),
    ],
    options: { 'vAxis.viewWindow.min': 0 },
  };

  const shown = input.health.filter((r) => 'traits' in r.summary.school);
  const health: ChartTable = {
    title: chartTitles.health,
    kind: 'LINE',
    rows: [
      ['Round', ...traitIds.map((t) => text(traits[t].label))],
      ...(shown.length
        ? shown.map((r) => {
            const school = r.summary.school;
            const means = 'traits' in school ? school.traits : [];
            return [text(r.label), ...traitIds.map((t) => means.find((x) => x.trait === t)?.mean ?? '')];
          })
        : [[text('No round with enough responses yet'), ...traitIds.map(() => '')]]),
    ],
    options: { 'vAxis.viewWindow.min': 1, 'vAxis.viewWindow.max': 5 },
  };

  const presenters: ChartTable = {
    title: chartTitles.presenters,
    kind: 'COLUMN',
    rows: [
      ['Group', 'Members', 'Have presented'],
      ...input.coverage.map((c) => [text(name(c.group)), c.members, c.presented.length]),
    ],
    options: { 'vAxis.viewWindow.min': 0 },
  };

  return [attendance, meetings, health, presenters];
}

/** Where a table sits on the Dashboard data tab (1-based). */
export interface TableArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** The row each table's header is on: under the tab's one line of explanation and the tables' titles. */
const firstTableRow = 3;

/**
 * The Dashboard data tab's rows: a line saying what the tab is, then the tables side by side, each under its
 * title with an empty column between, and where each table (header included) sits, for its chart's range, in the
 * order given. Side by side, a table that gains rows (a month, a group) moves no other table, and the one that
 * gains columns is laid out last: a Refresh changes only the range of the chart whose table grew.
 */
export function dashboardDataRows(tables: readonly ChartTable[]): { rows: ChartCell[][]; areas: TableArea[] } {
  const placed = [...tables.filter((t) => !t.widens), ...tables.filter((t) => t.widens)];
  const height = firstTableRow - 1 + Math.max(...tables.map((t) => t.rows.length));
  const rows: ChartCell[][] = Array.from({ length: height }, () => []);
  rows[0]![0] = 'The figures the Dashboard’s charts draw. PLG Hub rewrites this tab on each Refresh dashboard.';
  const areaOf = new Map<ChartTable, TableArea>();
  let column = 1;
  for (const table of placed) {
    const width = Math.max(...table.rows.map((r) => r.length));
    rows[firstTableRow - 2]![column - 1] = text(table.title);
    table.rows.forEach((cells, i) => cells.forEach((cell, j) => (rows[firstTableRow - 1 + i]![column - 1 + j] = cell)));
    areaOf.set(table, { row: firstTableRow, column, numRows: table.rows.length, numColumns: width });
    column += width + 1;
  }
  // Holes left by shorter tables are empty cells.
  const filled = rows.map((r) => Array.from({ length: column - 2 }, (_, j) => r[j] ?? ''));
  return { rows: filled, areas: tables.map((t) => areaOf.get(t)!) };
}

/** A label as text: a group a person named "2026", or a month Sheets could read as a date ("Sep 26"), stays words. */
function text(s: string): string {
  return escapeAsText(s);
}
