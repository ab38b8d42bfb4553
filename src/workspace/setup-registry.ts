// Set up: creates every registry tab that is missing and, on tabs that exist, adds only the missing columns at
// the end. It never moves, renames or erases a person's rows or extra columns, so running it again is safe.
import type { TabSpec } from '../core/registry/tab-spec';
import { settingSpecs } from '../core/registry/settings';
import { calendarTimeZones, checkTimeZone } from '../core/schedule/time-zone-names';
import { localStyle } from '../core/schedule/local-style';
import { insertRegistryTab } from './insert-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const settingsHeaders = ['Setting', 'Value', 'What it means'];

export interface SetupReport {
  tabsCreated: string[];
  columnsAdded: string[];
  settingsAdded: string[];
  /** The school's zone the spreadsheet was set to, when it was in another one. */
  spreadsheetZoneSetTo?: string;
  /** The new spreadsheet's empty default tab, removed. */
  removedEmptyTab?: string;
}

export const timeZoneSettingLabel = settingSpecs.find((s) => s.key === 'timeZone')!.label;

export function setUpRegistry(
  spreadsheet: Spreadsheet,
  tabs: readonly TabSpec[],
  seeds: Record<string, () => Record<string, unknown>[]> = {},
): SetupReport {
  const report: SetupReport = { tabsCreated: [], columnsAdded: [], settingsAdded: [] };
  const untouchedDefault = untouchedDefaultTab(spreadsheet);
  // A new registry starts in the zone its spreadsheet was made in (the admin's own account zone, most likely
  // the school's), never the script's; once Settings names a zone, the spreadsheet is made to match it.
  const spreadsheetZone = spreadsheet.getSpreadsheetTimeZone();
  const checked = checkTimeZone(spreadsheetZone);
  const initialZone = checked.ok ? checked.zone : (checked.suggestion ?? 'America/New_York');
  const schoolZone = setUpSettings(spreadsheet, report, initialZone);
  const timeFormat = localStyle(spreadsheet.getSpreadsheetLocale()).clock === 12 ? 'h:mm am/pm' : 'hh:mm';
  for (const tab of tabs) {
    setUpTab(spreadsheet, tab, report, timeFormat);
    const seed = seeds[tab.name];
    if (seed && report.tabsCreated.includes(tab.name)) seedTab(spreadsheet.getSheetByName(tab.name)!, tab, seed());
  }
  // A new spreadsheet's own empty "Sheet1" would sit before Settings for good: it goes, once the registry's tabs
  // exist (a spreadsheet must keep one tab), and only when Set up is making this registry.
  if (untouchedDefault && report.tabsCreated.includes('Settings') && isEmpty(untouchedDefault)) {
    const name = untouchedDefault.getName();
    spreadsheet.deleteSheet(untouchedDefault);
    report.removedEmptyTab = name;
  }
  if (schoolZone && schoolZone !== spreadsheetZone) {
    matchSpreadsheetZone(spreadsheet, schoolZone);
    report.spreadsheetZoneSetTo = schoolZone;
  }
  return report;
}

/**
 * The tab a new spreadsheet starts with, when it is still the only one and still has its default name: "Sheet1"
 * in English. (A spreadsheet made in another language names it otherwise; that tab is kept, as any tab a person
 * may have named is.)
 */
function untouchedDefaultTab(spreadsheet: Spreadsheet): Sheet | undefined {
  const sheets = spreadsheet.getSheets();
  return sheets.length === 1 && sheets[0]!.getName() === 'Sheet1' ? sheets[0] : undefined;
}

/** No value in any cell. Read after the registry's tabs were made, so nothing typed meanwhile is lost. */
function isEmpty(sheet: Sheet): boolean {
  return sheet.getLastRow() === 0 && sheet.getLastColumn() === 0;
}

/**
 * Gives the spreadsheet the school's zone. Sheets keeps every typed date and time as the wall clock it shows
 * (its serial number), so nothing typed changes; only what the sheet itself calls "now" moves to the school.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetTimeZone(String)
 */
export function matchSpreadsheetZone(spreadsheet: Spreadsheet, schoolZone: string): void {
  spreadsheet.setSpreadsheetTimeZone(schoolZone);
}

/**
 * Date columns show yyyy-mm-dd (the one way of typing a date no locale reads differently) and time columns
 * whole minutes in the school's clock style (3:30 pm or 15:30), never Sheets' automatic "15:30:00".
 */
const numberFormats = (timeFormat: string) => ({ date: 'yyyy-mm-dd', time: timeFormat });

function setUpTab(spreadsheet: Spreadsheet, tab: TabSpec, report: SetupReport, timeFormat: string): void {
  let sheet = spreadsheet.getSheetByName(tab.name);
  let existing: string[] = [];
  if (!sheet) {
    sheet = insertRegistryTab(spreadsheet, tab.name);
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
    if (column.format) body.setNumberFormat(numberFormats(timeFormat)[column.format]);
    if (column.generated) {
      body
        .protect()
        .setWarningOnly(true)
        .setDescription(`${column.header} is written by PLG Hub; edit only if you mean to.`);
    }
  });
  // PLG Hub's bookkeeping columns: a grey header that says so, and hidden, so the columns people edit come first.
  // Only columns Set up adds now are hidden; a column a person chose to show is never hidden again.
  missing.forEach((column, i) => {
    if (!column.internal) return;
    const cell = sheet.getRange(1, firstColumn + i);
    cell.setBackground(internalHeaderColor).setNote(`${column.note} ${internalNote}`);
    sheet.hideColumns(firstColumn + i);
  });
  if (existing.length > 0) report.columnsAdded.push(...missing.map((c) => `${tab.name}: ${c.header}`));
}

const internalHeaderColor = '#e8eaed';
const internalNote =
  "PLG Hub's own record, hidden so it stays out of the way: select the columns either side and choose Unhide " +
  'columns to see it. Do not edit or delete it.';

function seedTab(sheet: Sheet, tab: TabSpec, rows: Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const keys = Object.keys(tab.columns);
  const values = rows.map((row) => keys.map((key) => row[key] ?? ''));
  if (values.length + 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), values.length + 1 - sheet.getMaxRows());
  sheet.getRange(2, 1, values.length, keys.length).setValues(values);
}

/** Adds what Settings lacks; returns the school's zone when Settings names a valid one. */
function setUpSettings(spreadsheet: Spreadsheet, report: SetupReport, initialZone: string): string | undefined {
  let sheet: Sheet | null = spreadsheet.getSheetByName('Settings');
  let values: unknown[][] = [];
  let rowCount: number;
  if (!sheet) {
    sheet = spreadsheet.insertSheet('Settings', 0);
    report.tabsCreated.push('Settings');
    sheet.getRange(1, 1, 1, 3).setValues([settingsHeaders]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    rowCount = 1;
  } else {
    values = sheet.getDataRange().getValues();
    rowCount = values.length;
    // A Set up stopped between making the tab and writing its header left it headerless: finish it.
    if (values[0]?.every((v) => String(v).trim() === '')) {
      sheet.getRange(1, 1, 1, 3).setValues([settingsHeaders]).setFontWeight('bold');
      sheet.setFrozenRows(1);
      values[0] = [...settingsHeaders];
    }
  }
  const labelKey = (v: unknown) => String(v).trim().toLowerCase();
  const labels = new Set(values.map((r) => labelKey(r[0])));
  const missing = settingSpecs.filter((s) => !labels.has(s.label.toLowerCase()));
  const initial = (s: (typeof settingSpecs)[number]) => (s.key === 'timeZone' ? initialZone : s.initial);
  if (missing.length > 0) {
    sheet.getRange(rowCount + 1, 1, missing.length, 3).setValues(missing.map((s) => [s.label, initial(s), s.about]));
    if (rowCount > 1) report.settingsAdded.push(...missing.map((s) => s.label));
  }
  const zoneIndex = values.findIndex((r) => labelKey(r[0]) === timeZoneSettingLabel.toLowerCase());
  const zoneRow = zoneIndex >= 0 ? zoneIndex + 1 : rowCount + 1 + missing.findIndex((s) => s.key === 'timeZone');
  // The zones Google Calendar offers, as a dropdown that warns (like every PLG Hub dropdown) rather than
  // rejects: a paste or an old registry may still hold "EST", and Validate names it with the zone to use.
  sheet.getRange(zoneRow, 2).setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList([...calendarTimeZones], true)
      .setAllowInvalid(true)
      .setHelpText('Pick the time zone your school keeps, e.g. America/New_York.')
      .build(),
  );
  const typed = zoneIndex >= 0 ? String(values[zoneIndex]![1] ?? '').trim() : initialZone;
  const checked = checkTimeZone(typed);
  return checked.ok ? checked.zone : undefined;
}
