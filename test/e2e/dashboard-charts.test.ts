// The Dashboard's embedded charts on the real bundle, played by the people who would break them: the admin who
// presses Refresh dashboard again and again (no pile of copies), the school that adds a chart of its own (never
// touched), and the careless admin who marks a meeting "Repurposed " or "other business" in its Status cell.
import { applyUntilDone, saysNothingToSend, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { keepFirstGroups } from '../../src/emulator/sample-school';
import { chartTitles } from '../../src/core/metrics/dashboard-charts';

jest.setTimeout(180_000);

let saved: SavedSchool;

beforeAll(() => {
  const s = startSchool({ seed: 7, staff: 30, withFindings: false });
  keepFirstGroups(s.school, 3);
  setUpAndFill(s);
  for (let round = 0; round < 5; round++) {
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    if (saysNothingToSend(preview)) break;
    applyUntilDone(s, preview);
  }
  s.ws.clock.nowMs = Date.parse('2026-10-14T17:00:00Z');
  saved = saveSchool(s);
});

const ours = new Set<string>(Object.values(chartTitles));

function book(s: EmulatedSchool): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(s.spreadsheetId);
}

function refresh(s: EmulatedSchool): unknown {
  return s.press(s.open('onSheetsHomepage'), 'Refresh dashboard');
}

function charts(s: EmulatedSchool) {
  return book(s)
    .getSheetByName('Dashboard')!
    .getCharts()
    .map((c) => ({
      id: c.getChartId(),
      title: String(c.getOptions().get('title')),
      ranges: c.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`),
      values: c.getRanges()[0]?.getValues(),
    }));
}

/** The Meetings tab row (1-based) and its cells, of the group's first meeting before the day. */
function pastMeeting(s: EmulatedSchool, before: string): { row: number; key: string; statusColumn: number } {
  const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, 'Meetings');
  const col = (name: string) => header!.indexOf(name);
  const at = rows.findIndex((r) => {
    const date = r[col('Date')] as Date;
    return r[col('Status')] === 'scheduled' && date.toISOString().slice(0, 10) < before;
  });
  expect(at).toBeGreaterThanOrEqual(0);
  return { row: at + 2, key: String(rows[at]![col('Meeting')]), statusColumn: col('Status') + 1 };
}

function count(s: EmulatedSchool, kind: string): number {
  return s.ws.meter.counts[kind] ?? 0;
}

describe('the Dashboard charts', () => {
  it('Refresh dashboard twice leaves exactly four PLG Hub charts, updated in place, and the school’s own chart', () => {
    const s = reopenSchool(saved);
    refresh(s);
    const first = charts(s);
    expect(first.map((c) => c.title).sort()).toEqual([...ours].sort());
    // Each chart draws its table on the Dashboard data tab, series names in the first row.
    const meetings = first.find((c) => c.title === chartTitles.meetings)!;
    expect(meetings.ranges[0]).toMatch(/^Dashboard data!A\d+:E\d+$/);
    expect(meetings.values![0]).toEqual(['Month', 'Planned', 'Held so far', 'Canceled', 'Used for other business']);
    expect(meetings.values!.slice(1).some((r) => Number(r[2]) > 0)).toBe(true);

    // The school adds a chart of its own on the Dashboard.
    const dashboard = book(s).getSheetByName('Dashboard')!;
    const charts_ = s.globals.Charts as typeof Charts;
    dashboard.insertChart(
      dashboard
        .newChart()
        .setChartType(charts_.ChartType.PIE)
        .addRange(book(s).getSheetByName('Dashboard data')!.getRange('A1:B4'))
        .setOption('title', 'Our own goal')
        .setPosition(3, 1, 0, 0)
        .build(),
    );

    // A month later, with more meetings held and attendance months added, and again straight after.
    s.ws.clock.nowMs = Date.parse('2026-11-18T17:00:00Z');
    const updatesBefore = count(s, 'SpreadsheetApp.Sheet.updateChart');
    refresh(s);
    // November adds a row to the attendance table: that chart is pointed at its longer range, in place.
    expect(count(s, 'SpreadsheetApp.Sheet.updateChart')).toBeGreaterThan(updatesBefore);
    const inserts = count(s, 'SpreadsheetApp.Sheet.insertChart');
    const updates = count(s, 'SpreadsheetApp.Sheet.updateChart');
    refresh(s);
    const after = charts(s);
    expect(after.filter((c) => ours.has(c.title))).toHaveLength(4);
    expect(after.filter((c) => ours.has(c.title)).map((c) => c.id)).toEqual(first.map((c) => c.id));
    expect(after.filter((c) => c.title === 'Our own goal')).toEqual([
      expect.objectContaining({ ranges: ['Dashboard data!A1:B4'] }),
    ]);
    expect(after).toHaveLength(5);
    // A Refresh that changes no table's size sends no chart at all: the charts redraw from their cells.
    expect(count(s, 'SpreadsheetApp.Sheet.insertChart')).toBe(inserts);
    expect(count(s, 'SpreadsheetApp.Sheet.updateChart')).toBe(updates);
    expect(count(s, 'SpreadsheetApp.Sheet.removeChart')).toBe(0);
  });

  it('counts a meeting marked "Repurposed " as used for other business, and sends Calendar nothing for it', () => {
    const s = reopenSchool(saved);
    const meeting = pastMeeting(s, '2026-10-14');
    book(s).getSheetByName('Meetings')!.getRange(meeting.row, meeting.statusColumn).setValue('Repurposed ');
    refresh(s);
    const table = charts(s).find((c) => c.title === chartTitles.meetings)!.values!;
    const repurposed = table.slice(1).reduce((n, r) => n + Number(r[4]), 0);
    expect(repurposed).toBe(1);
    // The time was held: its event stays as it is, and the preview has nothing to send.
    expect(saysNothingToSend(s.press(s.open('onSheetsHomepage'), 'Preview changes'))).toBe(true);
  });

  it('points at "other business" typed in Status, with the row, the column and the statuses to pick', () => {
    const s = reopenSchool(saved);
    const meeting = pastMeeting(s, '2026-10-14');
    book(s).getSheetByName('Meetings')!.getRange(meeting.row, meeting.statusColumn).setValue('other business');
    s.press(s.open('onSheetsHomepage'), 'Validate');
    const problems = readSheetValues(s.ws, s.spreadsheetId, 'Problems').map((r) => r.join(' | '));
    expect(problems.find((p) => p.includes('other business'))).toMatch(
      new RegExp(`Meetings, row ${meeting.row}.*Status.*scheduled, canceled, repurposed`),
    );
  });
});
