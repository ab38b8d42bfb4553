// The tables the Dashboard's charts draw: the same figures as the PLG report, laid out so a table that grows moves
// no other chart's cells, with every name kept as text.
import {
  chartTitles,
  dashboardCharts,
  dashboardDataRows,
  type ChartInput,
} from '../../../src/core/metrics/dashboard-charts';
import { meetingCounts } from '../../../src/core/metrics/meeting-counts';
import type { HealthSummary } from '../../../src/core/metrics/health-summary';

const meetings = [
  { date: '2026-09-08', status: 'scheduled' as const },
  { date: '2026-09-22', status: 'repurposed' as const },
  { date: '2026-10-06', status: 'canceled' as const },
  { date: '2026-10-20', status: 'scheduled' as const },
];

function input(months: string[], groups: string[]): ChartInput {
  return {
    meetings: meetingCounts(meetings, '2026-10-08', { yearStart: '2026-09-01', yearEnd: '2026-12-31' }),
    attendance: groups.map((group) => ({ group, rates: new Map(months.map((m) => [m, 0.75])) })),
    coverage: [{ group: 'Y26', members: 9, presented: ['a', 'b'], scheduled: [], notYet: [], coverage: 2 / 9 }],
    health: [
      {
        label: 'October 2026',
        summary: {
          threshold: 3,
          school: { responses: 2, groupsShown: 0, groupsLeftOut: 1, hidden: 'hidden' },
          groups: [],
        },
      } as { label: string; summary: HealthSummary },
    ],
    groupNames: new Map([['Y26', '2026']]),
    monthLabel: (m) => m,
    thisMonth: months.at(-1) ?? '2026-09',
  };
}

describe('the Dashboard chart tables', () => {
  it('count repurposed meetings in their own series, as planned and not held', () => {
    const table = dashboardCharts(input(['2026-09'], ['Y26'])).find((t) => t.title === chartTitles.meetings)!;
    expect(table.rows.slice(0, 3)).toEqual([
      ['Month', 'Planned', 'Held so far', 'Canceled', 'Used for other business'],
      ["'2026-09", 2, 1, 0, 1],
      ["'2026-10", 1, 0, 1, 0],
    ]);
  });

  it('keep a group named "2026" as text, and show no health round hidden below the threshold', () => {
    const [attendance, , health, presenters] = dashboardCharts(input(['2026-09'], ['Y26']));
    expect(attendance!.rows).toEqual([
      ['Month', "'2026"],
      ["'2026-09", 75],
    ]);
    expect(presenters!.rows[1]).toEqual(["'2026", 9, 2]);
    expect(health!.rows.slice(1)).toEqual([
      ["'No round with enough responses yet", ...Array(health!.rows[0]!.length - 1).fill('')],
    ]);
  });

  it('move no other table when a month or a group is added', () => {
    const before = dashboardDataRows(dashboardCharts(input(['2026-09'], ['Y26']))).areas;
    const after = dashboardDataRows(dashboardCharts(input(['2026-09', '2026-10'], ['Y26', 'Z']))).areas;
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]).toEqual({ ...before[0]!, numRows: 3, numColumns: 3 });
  });
});
