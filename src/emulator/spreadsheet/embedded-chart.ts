// Charts embedded in a sheet. Sheet.newChart() hands out a builder that works locally; build() makes an
// EmbeddedChart, a detached description, and nothing reaches the spreadsheet until Sheet.insertChart(chart) or
// Sheet.updateChart(chart) sends it ("Changes made to the chart are not saved until Sheet.updateChart(chart) is
// called on the rebuilt chart"). References:
//   https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
//   https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
//   https://developers.google.com/apps-script/reference/spreadsheet/container-info
//   https://developers.google.com/apps-script/reference/charts/chart-options
//   https://developers.google.com/apps-script/reference/charts/chart-type
// What the reference leaves open, modeled as the emulator's own choice (not checked against Google): a builder
// with no setPosition anchors at A1; a chart built from Sheet.newChart() has no id (getChartId() "returns … null
// if the chart is not in a spreadsheet") until insertChart gives the inserted copy one; updateChart and
// removeChart refuse a chart the sheet does not hold, with wording of the emulator's own.
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import type { GridArea } from './model';
import { EmulatedRange, rangeHandle } from './range';

/** Charts.ChartType, as @types/google-apps-script lists it; each member is its own name, so types compare with ===. */
const chartTypeNames = [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
] as const;

export const ChartType = Object.freeze(
  Object.fromEntries(chartTypeNames.map((name) => [name, name])),
) as unknown as typeof GoogleAppsScript.Charts.ChartType;

/** The `Charts` global: only its enum of chart types, which is what embedded charts take. */
export function createCharts(): Pick<GoogleAppsScript.Charts.Charts, 'ChartType'> {
  return { ChartType };
}

export interface ChartRange {
  spreadsheetId: string;
  sheetId: number;
  area: GridArea;
}

/** A chart as a sheet holds it: plain JSON, so a saved workspace keeps its charts. */
export interface ChartData {
  chartId: number | null;
  chartType: string | null;
  ranges: ChartRange[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
}

export function copyChart(chart: ChartData): ChartData {
  return JSON.parse(JSON.stringify(chart)) as ChartData;
}

function newChartData(): ChartData {
  return {
    chartId: null,
    chartType: null,
    ranges: [],
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    options: {},
    // "-1 if the number of headers is to be inferred" (EmbeddedChart#getNumHeaders).
    numHeaders: -1,
    transpose: false,
  };
}

type BuilderMethods =
  | 'addRange'
  | 'removeRange'
  | 'clearRanges'
  | 'getRanges'
  | 'setChartType'
  | 'getChartType'
  | 'setOption'
  | 'setPosition'
  | 'getContainer'
  | 'setNumHeaders'
  | 'setTransposeRowsAndColumns'
  | 'build';

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export class EmbeddedChartBuilder implements Pick<Builder, BuilderMethods> {
  private readonly chart: ChartData;

  constructor(
    private readonly ws: Workspace,
    chart?: ChartData,
  ) {
    this.chart = chart ? copyChart(chart) : newChartData();
  }

  toString(): string {
    return 'EmbeddedChartBuilder';
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    this.call('addRange');
    this.chart.ranges.push(locate(range));
    return this.self();
  }

  /** Removes the ranges covering exactly the same cells; one that is not in the chart changes nothing. */
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    this.call('removeRange');
    const gone = locate(range);
    this.chart.ranges = this.chart.ranges.filter((r) => JSON.stringify(r) !== JSON.stringify(gone));
    return this.self();
  }

  clearRanges(): Builder {
    this.call('clearRanges');
    this.chart.ranges = [];
    return this.self();
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.call('getRanges');
    return rangesOf(this.ws, this.chart);
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    this.call('setChartType');
    const name = String(type);
    if (!(chartTypeNames as readonly string[]).includes(name)) throw invalidArgument('type');
    this.chart.chartType = name;
    return this.self();
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.call('getChartType');
    return this.chart.chartType as unknown as GoogleAppsScript.Charts.ChartType;
  }

  /** Options are Google Charts' own ("title", "vAxis.viewWindow.max"); the value is kept as given. */
  setOption(option: string, value: unknown): Builder {
    this.call('setOption');
    this.chart.options[String(option)] = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    return this.self();
  }

  /** "anchorRowPos: The chart's top side is anchored in this row", 1-based, as are columns. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    this.call('setPosition');
    if (!(anchorRowPos >= 1 && anchorColPos >= 1)) throw invalidArgument('anchorRowPos');
    this.chart.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this.self();
  }

  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.call('getContainer');
    return new ContainerInfo(this.ws, this.chart.position) as unknown as GoogleAppsScript.Spreadsheet.ContainerInfo;
  }

  setNumHeaders(headers: number): Builder {
    this.call('setNumHeaders');
    this.chart.numHeaders = headers;
    return this.self();
  }

  setTransposeRowsAndColumns(transpose: boolean): Builder {
    this.call('setTransposeRowsAndColumns');
    this.chart.transpose = transpose === true;
    return this.self();
  }

  /** "Builds the chart to reflect all changes made to it": a detached chart; the sheet is untouched. */
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    this.call('build');
    return embeddedChart(this.ws, this.chart);
  }

  private call(method: string): void {
    this.ws.meter.call(`SpreadsheetApp.EmbeddedChartBuilder.${method}`);
  }

  private self(): Builder {
    return this as unknown as Builder;
  }
}

type ChartMethods =
  | 'getChartId'
  | 'getContainerInfo'
  | 'getOptions'
  | 'getRanges'
  | 'getNumHeaders'
  | 'getTransposeRowsAndColumns'
  | 'modify';

export class EmbeddedChart implements Pick<GoogleAppsScript.Spreadsheet.EmbeddedChart, ChartMethods> {
  constructor(
    private readonly ws: Workspace,
    /** What it was built or read as: a later change to the sheet's chart does not reach this object. */
    readonly data: ChartData,
  ) {}

  toString(): string {
    return 'EmbeddedChart';
  }

  getChartId(): number | null {
    this.call('getChartId');
    return this.data.chartId;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.call('getContainerInfo');
    return new ContainerInfo(this.ws, this.data.position) as unknown as GoogleAppsScript.Spreadsheet.ContainerInfo;
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    this.call('getOptions');
    return new ChartOptions(this.ws, this.data.options) as unknown as GoogleAppsScript.Charts.ChartOptions;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.call('getRanges');
    return rangesOf(this.ws, this.data);
  }

  getNumHeaders(): number {
    this.call('getNumHeaders');
    return this.data.numHeaders;
  }

  getTransposeRowsAndColumns(): boolean {
    this.call('getTransposeRowsAndColumns');
    return this.data.transpose;
  }

  /** "Returns an EmbeddedChartBuilder that can be used to modify this chart": it keeps the chart's id. */
  modify(): Builder {
    this.call('modify');
    return new EmbeddedChartBuilder(this.ws, this.data) as unknown as Builder;
  }

  private call(method: string): void {
    this.ws.meter.call(`SpreadsheetApp.EmbeddedChart.${method}`);
  }
}

export class ContainerInfo implements GoogleAppsScript.Spreadsheet.ContainerInfo {
  constructor(
    private readonly ws: Workspace,
    private readonly position: ChartData['position'],
  ) {}

  getAnchorColumn(): number {
    this.ws.meter.call('SpreadsheetApp.ContainerInfo.getAnchorColumn');
    return this.position.column;
  }

  getAnchorRow(): number {
    this.ws.meter.call('SpreadsheetApp.ContainerInfo.getAnchorRow');
    return this.position.row;
  }

  getOffsetX(): number {
    this.ws.meter.call('SpreadsheetApp.ContainerInfo.getOffsetX');
    return this.position.offsetX;
  }

  getOffsetY(): number {
    this.ws.meter.call('SpreadsheetApp.ContainerInfo.getOffsetY');
    return this.position.offsetY;
  }
}

/** "These options are immutable." get: "the value currently set … or null if the option was not set". */
export class ChartOptions implements GoogleAppsScript.Charts.ChartOptions {
  constructor(
    private readonly ws: Workspace,
    private readonly options: Readonly<Record<string, unknown>>,
  ) {}

  get(option: string): unknown {
    this.ws.meter.call('SpreadsheetApp.ChartOptions.get');
    return option in this.options ? this.options[option] : null;
  }

  /** Google's defaults for each option are not modeled: an unset option is null, as when none is available. */
  getOrDefault(option: string): unknown {
    this.ws.meter.call('SpreadsheetApp.ChartOptions.getOrDefault');
    return option in this.options ? this.options[option] : null;
  }
}

export function embeddedChart(ws: Workspace, data: ChartData): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  return new EmbeddedChart(ws, copyChart(data)) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
}

/** The chart's data as it was built or read, for Sheet.insertChart/updateChart/removeChart. */
export function chartDataOf(chart: unknown): ChartData {
  if (!(chart instanceof EmbeddedChart)) throw invalidArgument('chart');
  return copyChart(chart.data);
}

export function chartNotOnSheet(): Error {
  return appsScriptError('The chart is not on this sheet.');
}

function locate(range: unknown): ChartRange {
  const at = EmulatedRange.locate(range);
  if (!at) throw invalidArgument('range');
  return at;
}

/** The chart's ranges as Range objects; a range whose tab was deleted since is left out. */
function rangesOf(ws: Workspace, chart: ChartData): GoogleAppsScript.Spreadsheet.Range[] {
  return chart.ranges
    .filter((r) => EmulatedRange.sheetExists(ws, r))
    .map((r) => rangeHandle(ws, r.spreadsheetId, r.sheetId, r.area));
}

/** Apps Script's wording for an argument of the wrong kind ("Exception: Invalid argument: range"). */
function invalidArgument(name: string): Error {
  return appsScriptError(`Invalid argument: ${name}`);
}
