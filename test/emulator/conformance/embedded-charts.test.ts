// Embedded charts as Google's reference describes them, each test citing its page:
//   https://developers.google.com/apps-script/reference/spreadsheet/sheet#newChart()
//   https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
//   https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
//   https://developers.google.com/apps-script/reference/spreadsheet/container-info
//   https://developers.google.com/apps-script/reference/charts/chart-options
//   https://developers.google.com/apps-script/reference/charts/chart-type
import { ChartType, createCharts } from '../../../src/emulator/spreadsheet/embedded-chart';
import { createDriveApp } from '../../../src/emulator/drive';
import { createSpreadsheetApp } from '../../../src/emulator/spreadsheet';
import { Workspace } from '../../../src/emulator/workspace';

const admin = 'admin@school.example';

function book() {
  const ws = new Workspace({ now: new Date('2026-10-01T12:00:00Z'), user: { email: admin } });
  const spreadsheet = createSpreadsheetApp(ws).create('Registry');
  const sheet = spreadsheet.getSheets()[0]!;
  sheet.getRange('A1:B4').setValues([
    ['Month', 'Held'],
    ['Sep', 4],
    ['Oct', 3],
    ['Nov', 5],
  ]);
  return { ws, spreadsheet, sheet };
}

describe('embedded charts', () => {
  // sheet#newChart() and #insertChart(chart): the reference's own example, "chartBuilder.addRange(range)
  // .setChartType(Charts.ChartType.LINE).setOption('title', 'My Line Chart!'); sheet.insertChart(chartBuilder.build())".
  test('a chart built with newChart reaches the sheet only when insertChart is called', () => {
    const { sheet } = book();
    const chart = sheet
      .newChart()
      .addRange(sheet.getRange('A1:B4'))
      .setChartType(ChartType.LINE)
      .setOption('title', 'My Line Chart!')
      .build();
    expect(sheet.getCharts()).toEqual([]);
    // embedded-chart#getChartId(): "null if the chart is not in a spreadsheet".
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(sheet.getCharts()).toHaveLength(1);
    expect(inserted!.getChartId()).toEqual(expect.any(Number));
    expect(inserted!.getOptions().get('title')).toBe('My Line Chart!');
    expect(inserted!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
  });

  // embedded-chart-builder: "Changes made to the chart are not saved until Sheet.updateChart(chart) is called on
  // the rebuilt chart", with the page's example (modify, addRange, setOption, setPosition, build, updateChart).
  test('modify() changes nothing until updateChart, which changes that chart in place', () => {
    const { sheet } = book();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).setChartType(ChartType.COLUMN).build());
    const chart = sheet.getCharts()[0]!;
    const rebuilt = chart
      .modify()
      .addRange(sheet.getRange('A4:B4'))
      .setOption('title', 'Updated!')
      .setOption('animation.duration', 500)
      .setPosition(2, 2, 0, 0)
      .build();
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBeNull();
    sheet.updateChart(rebuilt);
    const [updated, ...others] = sheet.getCharts();
    expect(others).toEqual([]);
    expect(updated!.getChartId()).toBe(chart.getChartId());
    expect(updated!.getOptions().get('title')).toBe('Updated!');
    expect(updated!.getOptions().get('animation.duration')).toBe(500);
    expect(updated!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B3', 'A4:B4']);
    // container-info: "The chart's top side is anchored in this row" (1-indexed), left side in this column.
    const where = updated!.getContainerInfo();
    expect([where.getAnchorRow(), where.getAnchorColumn(), where.getOffsetX(), where.getOffsetY()]).toEqual([
      2, 2, 0, 0,
    ]);
  });

  // embedded-chart-builder#clearRanges(): "Removes all ranges from the chart this builder modifies";
  // #removeRange(range) removes one; #getRanges() returns the builder's current ranges.
  test('clearRanges and removeRange leave the builder with the ranges meant', () => {
    const { sheet } = book();
    const builder = sheet.newChart().addRange(sheet.getRange('A1:A4')).addRange(sheet.getRange('B1:B4'));
    builder.removeRange(sheet.getRange('A1:A4'));
    expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(['B1:B4']);
    builder.clearRanges().addRange(sheet.getRange('A1:B2'));
    expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B2']);
  });

  // embedded-chart#getRanges(): "Returns the ranges that this chart uses as a data source" — Range objects, which
  // report their tab and cells as any Range does; #getNumHeaders(): "the number of rows or columns the range
  // that are treated as headers" (-1 when left for Sheets to infer).
  test('getRanges gives Range objects for the cells the chart draws, and getNumHeaders what was set', () => {
    const { sheet } = book();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A2:B4')).build());
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).setNumHeaders(1).build());
    const [inferred, headed] = sheet.getCharts();
    expect(inferred!.getNumHeaders()).toBe(-1);
    expect(headed!.getNumHeaders()).toBe(1);
    const range = inferred!.getRanges()[0]!;
    expect([
      range.getSheet().getName(),
      range.getRow(),
      range.getColumn(),
      range.getNumRows(),
      range.getNumColumns(),
    ]).toEqual([sheet.getName(), 2, 1, 3, 2]);
    expect(range.getValues()).toEqual([
      ['Sep', 4],
      ['Oct', 3],
      ['Nov', 5],
    ]);
  });

  // chart-options#get(option): "The value currently set for the specified option or null if the option was not set."
  test('ChartOptions.get gives null for an option never set', () => {
    const { sheet } = book();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).setChartType(ChartType.PIE).build());
    expect(sheet.getCharts()[0]!.getOptions().get('legend.position')).toBeNull();
  });

  // embedded-chart-builder#setChartType(type) and #getChartType(), with Charts.ChartType (chart-type page).
  test('setChartType takes a Charts.ChartType member and getChartType gives it back', () => {
    const { sheet } = book();
    const charts = createCharts();
    const builder = sheet.newChart().setChartType(charts.ChartType.COLUMN);
    expect(builder.getChartType()).toBe(charts.ChartType.COLUMN);
    expect(String(charts.ChartType.LINE)).toBe('LINE');
  });

  // sheet#removeChart(chart): "Removes a chart from the parent sheet"; a chart of the school's own stays.
  test('removeChart removes that chart and no other', () => {
    const { sheet } = book();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).setOption('title', 'Ours').build());
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).setOption('title', 'Theirs').build());
    const ours = sheet.getCharts().find((c) => c.getOptions().get('title') === 'Ours')!;
    sheet.removeChart(ours);
    expect(sheet.getCharts().map((c) => c.getOptions().get('title'))).toEqual(['Theirs']);
    // The emulator's choice where the reference is silent: a chart the sheet does not hold is refused.
    expect(() => sheet.removeChart(ours)).toThrow('The chart is not on this sheet.');
    expect(() => sheet.updateChart(ours)).toThrow('The chart is not on this sheet.');
  });

  // Chart ids are "unique across the spreadsheet containing the chart" (embedded-chart#getChartId()).
  test('charts on different tabs of one spreadsheet have different ids', () => {
    const { spreadsheet, sheet } = book();
    const other = spreadsheet.insertSheet('Dashboard');
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).build());
    other.insertChart(other.newChart().addRange(sheet.getRange('A1:B4')).build());
    const ids = [sheet.getCharts()[0]!.getChartId(), other.getCharts()[0]!.getChartId()];
    expect(new Set(ids).size).toBe(2);
    // A chart may draw another tab's cells: its range keeps its own sheet.
    expect(other.getCharts()[0]!.getRanges()[0]!.getSheet().getName()).toBe(sheet.getName());
  });

  // Charts are part of the file: changing them takes edit access (Drive sharing), reading them view access,
  // as for every other change to a spreadsheet.
  test('a viewer can read the charts but not insert, update or remove one', () => {
    const { ws, spreadsheet, sheet } = book();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).build());
    createDriveApp(ws).getFileById(spreadsheet.getId()).addViewer('teacher@school.example');
    const before = ws.user;
    ws.user = { ...before, email: 'teacher@school.example' };
    try {
      const chart = sheet.getCharts()[0]!;
      expect(() => sheet.updateChart(chart.modify().setOption('title', 'x').build())).toThrow(
        'You do not have permission to perform that action.',
      );
      expect(() => sheet.removeChart(chart)).toThrow('You do not have permission to perform that action.');
      expect(() => sheet.insertChart(sheet.newChart().build())).toThrow(
        'You do not have permission to perform that action.',
      );
    } finally {
      ws.user = before;
    }
  });

  // Metering (src/emulator/latency.ts): building is local; inserting, updating, removing and reading the
  // sheet's charts are round trips.
  test('building a chart is local; insertChart, updateChart and getCharts are service calls', () => {
    const { ws, sheet } = book();
    const before = { ...ws.meter.counts };
    const calls = (kind: string) => (ws.meter.counts[kind] ?? 0) - (before[kind] ?? 0);
    const chart = sheet.newChart().addRange(sheet.getRange('A1:B4')).setOption('title', 'x').build();
    expect(calls('SpreadsheetApp.EmbeddedChartBuilder.setOption')).toBe(0);
    sheet.insertChart(chart);
    sheet.updateChart(sheet.getCharts()[0]!.modify().setOption('title', 'y').build());
    expect([
      calls('SpreadsheetApp.Sheet.insertChart'),
      calls('SpreadsheetApp.Sheet.getCharts'),
      calls('SpreadsheetApp.Sheet.updateChart'),
    ]).toEqual([1, 1, 1]);
    expect(ws.meter.localCounts['SpreadsheetApp.EmbeddedChartBuilder.setOption']).toBe(2);
  });
});
