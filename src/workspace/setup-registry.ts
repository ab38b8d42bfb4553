// Set up: creates every registry tab that is missing and, on tabs that exist, adds only the missing columns at
// the end. It never moves, renames or erases a person's rows or extra columns, so running it again is safe.
import type { TabSpec } from '../core/registry/tab-spec';
import { settingSpecs } from '../core/registry/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const settingsHeaders = ['Setting', 'Value', 'What it means'];

export interface SetupReport {
  tabsCreated: string[];
  columnsAdded: string[];
  settingsAdded: string[];
}

export function setUpRegistry(
  spreadsheet: Spreadsheet,
  tabs: readonly TabSpec[],
  timeZone: string,
  seeds: Record<string, () => Record<string, unknown>[]> = {},
): SetupReport {
  const report: SetupReport = { tabsCreated: [], columnsAdded: [], settingsAdded: [] };
  setUpSettings(spreadsheet, report);
  for (const tab of tabs) {
    setUpTab(spreadsheet, tab, report);
    const seed = seeds[tab.name];
    if (seed && report.tabsCreated.includes(tab.name)) seedTab(spreadsheet.getSheetByName(tab.name)!, tab, seed());
  }
  if (report.tabsCreated.includes('Settings')) spreadsheet.setSpreadsheetTimeZone(timeZone);
  return report;
}

function setUpTab(spreadsheet: Spreadsheet, tab: TabSpec, report: SetupReport): void {
  let sheet = spreadsheet.getSheetByName(tab.name);
  let existing: string[] = [];
  if (!sheet) {
    sheet = spreadsheet.insertSheet(tab.name);
    report.tabsCreated.push(tab.name);
  } else {
    const width = sheet.getLastColumn();
    existing =
      width > 0
        ? sheet
            .getRange(1, 1, 1, width)
            .getValues()[0]!
            .map((h) => String(h).trim())
        : [];
  }
  const have = new Set(existing.map((h) => h.toLowerCase().replace(/\s+/g, ' ')));
  const missing = Object.values(tab.columns).filter((c) => !have.has(c.header.toLowerCase()));
  if (missing.length === 0) return;
  const firstColumn = existing.length + 1;
  const needed = firstColumn + missing.length - 1;
  if (needed > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
  const header = sheet.getRange(1, firstColumn, 1, missing.length);
  header.setValues([missing.map((c) => c.header)]);
  header.setNotes([missing.map((c) => c.note)]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);
  const bodyRows = Math.max(sheet.getMaxRows() - 1, 1);
  missing.forEach((column, i) => {
    const body = sheet.getRange(2, firstColumn + i, bodyRows, 1);
    if (column.options) {
      // Dropdowns that warn rather than reject: a school's own wording stays possible and is reported by Validate.
      body.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList([...column.options], true)
          .setAllowInvalid(true)
          .build(),
      );
    }
    if (column.generated) {
      body
        .protect()
        .setWarningOnly(true)
        .setDescription(`${column.header} is written by PLG Hub; edit only if you mean to.`);
    }
  });
  if (existing.length > 0) report.columnsAdded.push(...missing.map((c) => `${tab.name}: ${c.header}`));
}

function seedTab(sheet: Sheet, tab: TabSpec, rows: Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const keys = Object.keys(tab.columns);
  const values = rows.map((row) => keys.map((key) => row[key] ?? ''));
  if (values.length + 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), values.length + 1 - sheet.getMaxRows());
  sheet.getRange(2, 1, values.length, keys.length).setValues(values);
}

function setUpSettings(spreadsheet: Spreadsheet, report: SetupReport): void {
  let sheet: Sheet | null = spreadsheet.getSheetByName('Settings');
  let labels = new Set<string>();
  let rowCount: number;
  if (!sheet) {
    sheet = spreadsheet.insertSheet('Settings', 0);
    report.tabsCreated.push('Settings');
    sheet.getRange(1, 1, 1, 3).setValues([settingsHeaders]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    rowCount = 1;
  } else {
    const values = sheet.getDataRange().getValues();
    rowCount = values.length;
    labels = new Set(values.map((r) => String(r[0]).trim().toLowerCase()));
  }
  const missing = settingSpecs.filter((s) => !labels.has(s.label.toLowerCase()));
  if (missing.length === 0) return;
  sheet.getRange(rowCount + 1, 1, missing.length, 3).setValues(missing.map((s) => [s.label, s.initial, s.about]));
  if (rowCount > 1) report.settingsAdded.push(...missing.map((s) => s.label));
}
