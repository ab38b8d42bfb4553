// The Dashboard tab's embedded charts: their figures written to the Dashboard data tab (one clear, one write, and
// none when they are what was written last), then
// each of PLG Hub's four charts, known by its title, pointed at its table. A chart already there whose cells,
// type and options are what this run wants needs no call at all — a chart redraws from its cells — so a Refresh
// that only changes figures costs one getCharts; one whose table grew is updated in place, keeping wherever the
// school moved it, its type and any option PLG Hub does not set; a missing one is inserted to the right of the Dashboard's text. A chart
// with any other title is the school's: it is never updated or removed.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getCharts()
import { dashboardDataRows, dashboardDataTab, type ChartTable, type TableArea } from '../core/metrics/dashboard-charts';
import { dashboardWidth } from '../core/metrics/dashboard';
import { rewriteOwnedTabOnChange } from './owned-tab';
import type { OpenRegistry } from './registry-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** Rows between the top of one chart and the next: a default-sized chart (about 370 px) is under 19 rows. */
const chartSpacing = 20;

export interface ChartsWritten {
  inserted: number;
  updated: number;
  unchanged: number;
}

export function writeDashboardCharts(
  open: OpenRegistry,
  dashboard: Sheet,
  tables: readonly ChartTable[],
): ChartsWritten {
  const { rows, areas } = dashboardDataRows(tables);
  rewriteOwnedTabOnChange(open, dashboardDataTab, rows);
  const data = open.spreadsheet.getSheetByName(dashboardDataTab)!;

  const written: ChartsWritten = { inserted: 0, updated: 0, unchanged: 0 };
  const existing = dashboard.getCharts();
  const titleOf = (chart: EmbeddedChart) => String(chart.getOptions().get('title') ?? '');
  tables.forEach((table, i) => {
    const range = data.getRange(areas[i]!.row, areas[i]!.column, areas[i]!.numRows, areas[i]!.numColumns);
    // The first chart with this title is PLG Hub's; a copy the school made of it keeps drawing the same cells.
    const chart = existing.find((c) => titleOf(c) === table.title);
    if (!chart) {
      const builder = dashboard
        .newChart()
        .setChartType(Charts.ChartType[table.kind])
        .setPosition(1 + i * chartSpacing, dashboardWidth + 2, 0, 0)
        .setOption('title', table.title);
      dashboard.insertChart(describe(builder, table, range).build());
      written.inserted += 1;
    } else if (isCurrent(chart, table, areas[i]!)) {
      written.unchanged += 1;
    } else {
      dashboard.updateChart(describe(chart.modify().clearRanges(), table, range).build());
      written.updated += 1;
    }
  });
  return written;
}

function describe(
  builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  table: ChartTable,
  range: GoogleAppsScript.Spreadsheet.Range,
): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  // The table's first row names the series. A chart's type is set when it is made: a school that turned a line
  // into columns keeps its choice.
  let built = builder.addRange(range).setNumHeaders(1);
  for (const [option, value] of Object.entries(table.options)) built = built.setOption(option, value);
  return built;
}

/** Whether the chart already draws exactly this table with these options (all local reads of the chart). */
function isCurrent(chart: EmbeddedChart, table: ChartTable, area: TableArea): boolean {
  const ranges = chart.getRanges();
  const range = ranges[0];
  if (ranges.length !== 1 || !range || range.getSheet().getName() !== dashboardDataTab) return false;
  const same =
    range.getRow() === area.row &&
    range.getColumn() === area.column &&
    range.getNumRows() === area.numRows &&
    range.getNumColumns() === area.numColumns;
  if (!same || chart.getNumHeaders() !== 1) return false;
  const options = chart.getOptions();
  return Object.entries(table.options).every(([option, value]) => options.get(option) === value);
}
