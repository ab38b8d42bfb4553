// Start next school year: makes next year's registry from this one (core/rollover/rollover-plan.ts decides what it
// holds) and closes this year's forms. This year's calendar, agenda Docs and tabs are only read, never written:
// the one thing written here is this registry's own state tab, which records each step the moment it is done —
// the folder, the spreadsheet, the tabs written, the forms closed — so a run stopped at any call carries on from
// there and never makes a second spreadsheet. A spreadsheet made just before a stop, before its id was recorded,
// is found again by its provisional name (this registry's tag in it), and takes its final name only at the end.
import { escapeForCell } from '../core/escape';
import { ownedByMe } from './drive-ownership';
import { z } from 'zod';
import { contentHash } from '../core/content-hash';
import { headerKey } from '../core/registry/read-tab';
import { isoDate } from '../core/registry/cells';
import { groupsTab } from '../core/registry/tabs';
import { planRollover, type CarriedTab, type RolloverPlan } from '../core/rollover/rollover-plan';
import { closeRegistryForms } from './close-forms';
import { plgFolderName } from './plg-folder';
import { readableRegistry, type OpenRegistry } from './registry-io';
import { RegistryState } from './registry-state';
import { registryTabSpecs } from './registry-tabs';
import { setUpRegistry } from './setup-registry';

const stateKey = 'nextYear';

const Progress = z.object({
  /** The year this progress is for: a registry rolled forward once and then edited is not rolled again by it. */
  yearStart: isoDate,
  folder: z.string().min(1).optional(),
  spreadsheet: z.string().min(1).optional(),
  written: z.literal(true).optional(),
  /** This registry's forms, every one closed. */
  formsClosed: z.number().int().nonnegative().optional(),
  url: z.string().optional(),
  done: z.literal(true).optional(),
});
export type NextYearProgress = z.infer<typeof Progress>;

/** What was recorded for starting next year, or undefined when nothing was (or the record does not read). */
export function nextYearProgress(state: RegistryState): NextYearProgress | undefined {
  const raw = state.get(stateKey);
  if (!raw) return undefined;
  try {
    const parsed = Progress.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Next year's registry as this one would make it now (the preview's answer; writes nothing). */
export function planNextYear(open: OpenRegistry, admin: string, folderId?: string): RolloverPlan {
  const registry = readableRegistry(open);
  const values = Object.fromEntries([...open.tabs].map(([name, tab]) => [name, tab.values]));
  return planRollover({ registry, values, cellTimeZone: open.cellTimeZone, admin, folderId });
}

export interface NextYearRun {
  plan: RolloverPlan;
  progress: NextYearProgress;
  /** False when the time ran out first: the next press carries on. */
  finished: boolean;
}

/** About what making the spreadsheet's tabs and writing them costs (Set up's calls on a new spreadsheet). */
const writeTabsMs = 12_000;

export function startNextYear(
  open: OpenRegistry,
  admin: string,
  budget: { allows(stepMs?: number): boolean },
): NextYearRun {
  const state = RegistryState.of(open);
  const settings = readableRegistry(open).settings;
  const recorded = nextYearProgress(state);
  let progress: NextYearProgress =
    recorded?.yearStart === settings.yearStart ? recorded : { yearStart: settings.yearStart };
  const save = (next: NextYearProgress) => {
    progress = next;
    state.set(stateKey, JSON.stringify(next));
    state.flush();
  };
  let plan = planNextYear(open, admin, progress.folder);
  if (progress.done) return { plan, progress, finished: true };
  const finalName = `${settings.school} — PLG registry ${plan.nextYear.label}`;

  if (!progress.folder) {
    const name = `${plgFolderName(settings.school)} ${plan.nextYear.label}`;
    // Only a folder this admin owns is taken as one a stopped run made (drive-ownership.ts).
    const found = DriveApp.getFoldersByName(name);
    let folder: GoogleAppsScript.Drive.Folder | undefined;
    while (!folder && found.hasNext()) {
      const candidate = found.next();
      if (ownedByMe(candidate)) folder = candidate;
    }
    save({ ...progress, folder: (folder ?? DriveApp.createFolder(name)).getId() });
    plan = planNextYear(open, admin, progress.folder);
  }
  if (!progress.spreadsheet) {
    const provisional = `${finalName} · ${contentHash(`${open.id} next year ${plan.nextYear.yearStart}`).slice(0, 6)}`;
    save({ ...progress, spreadsheet: adoptOrCreate(provisional) });
  }
  const spreadsheetId = progress.spreadsheet!;
  if (!progress.written) {
    if (!budget.allows(writeTabsMs)) return { plan, progress, finished: false };
    const file = DriveApp.getFileById(spreadsheetId);
    file.moveTo(DriveApp.getFolderById(progress.folder!));
    writeRegistry(SpreadsheetApp.openById(spreadsheetId), plan, settings.timeZone, open.spreadsheet);
    save({ ...progress, written: true });
  }
  if (progress.formsClosed === undefined) {
    if (!budget.allows(4_000)) return { plan, progress, finished: false };
    save({ ...progress, formsClosed: closeRegistryForms(open).forms });
  }
  const file = DriveApp.getFileById(spreadsheetId);
  if (file.getName() !== finalName) file.setName(finalName);
  save({ ...progress, url: file.getUrl(), done: true });
  return { plan, progress, finished: true };
}

/** The spreadsheet a stopped run made (by its provisional name, which carries this registry's tag), or a new one. */
function adoptOrCreate(provisional: string): string {
  const files = DriveApp.getFilesByName(provisional);
  while (files.hasNext()) {
    const file = files.next();
    if (file.getMimeType() === MimeType.GOOGLE_SHEETS && !file.isTrashed() && ownedByMe(file)) return file.getId();
  }
  return SpreadsheetApp.create(provisional).getId();
}

/**
 * Next year's tabs: Set up's (headers, notes, dropdowns, formats, protections, hidden columns), then the carried
 * rows under them by header, one setValues a tab. Writing again writes the same cells, so a stopped run's second
 * go leaves what an uninterrupted one leaves.
 */
function writeRegistry(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  plan: RolloverPlan,
  timeZone: string,
  thisYear: GoogleAppsScript.Spreadsheet.Spreadsheet,
): void {
  // The school's zone and style first, so every date typed below is the day it says in the school.
  if (spreadsheet.getSpreadsheetTimeZone() !== timeZone) spreadsheet.setSpreadsheetTimeZone(timeZone);
  const locale = thisYear.getSpreadsheetLocale();
  if (spreadsheet.getSpreadsheetLocale() !== locale) spreadsheet.setSpreadsheetLocale(locale);
  setUpRegistry(spreadsheet, registryTabSpecs);
  // Set up removes a new spreadsheet's empty Sheet1 only in the run that made Settings; after a stop, this one
  // (ours, made for next year, still empty) goes now.
  const stray = spreadsheet.getSheetByName('Sheet1');
  if (stray && stray.getLastRow() === 0 && stray.getLastColumn() === 0 && spreadsheet.getSheets().length > 1)
    spreadsheet.deleteSheet(stray);
  for (const tab of plan.tabs) {
    if (tab.name === 'Settings') writeSettings(spreadsheet, tab);
    else writeRows(spreadsheet, tab);
  }
  flagGroups(spreadsheet, plan);
}

/** Settings as Set up laid them out (the zone's dropdown stays on its row), each value by its label. */
function writeSettings(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: CarriedTab): void {
  const sheet = spreadsheet.getSheetByName('Settings')!;
  const present = sheet.getDataRange().getValues();
  const labels = present.map((row) => headerKey(String(row[0]).replace(/^'/, '')));
  const values = present.slice(1).map((row) => [row[1] as unknown]);
  const extra: unknown[][] = [];
  for (const row of tab.rows) {
    const index = labels.indexOf(headerKey(String(row[0]).replace(/^'/, '')));
    if (index > 0) values[index - 1] = [row[1]];
    else extra.push([row[0], row[1], row[2] ?? '']);
  }
  if (values.length) sheet.getRange(2, 2, values.length, 1).setValues(values);
  if (extra.length) sheet.getRange(present.length + 1, 1, extra.length, 3).setValues(extra);
}

function writeRows(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: CarriedTab): void {
  const sheet = spreadsheet.getSheetByName(tab.name)!;
  const width = sheet.getLastColumn();
  const headers = sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]!
    .map((h) => String(h).trim());
  // A column the school added this year comes along, at the right.
  const added = tab.headers.filter((h) => h && !headers.some((have) => headerKey(have) === headerKey(h)));
  if (added.length) {
    if (width + added.length > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), width + added.length - sheet.getMaxColumns());
    // A header reads back as its text ("=IMPORTXML(…)" once stored escaped): escaped again, it stays text.
    sheet.getRange(1, width + 1, 1, added.length).setValues([added.map(escapeForCell)]);
    headers.push(...added);
  }
  if (tab.rows.length === 0) return;
  const from = tab.headers.map((h) => headers.findIndex((have) => headerKey(have) === headerKey(h)));
  const rows = tab.rows.map((row) => {
    const out: unknown[] = headers.map(() => '');
    row.forEach((value, i) => {
      if (from[i] !== undefined && from[i] >= 0) out[from[i]] = value;
    });
    return out;
  });
  if (rows.length + 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  sheet.getRange(2, 1, rows.length, headers.length).setValues(rows);
}

/** A group to re-form: its Active cell says why in a note, and its Group id cell is shaded, so it is seen. */
function flagGroups(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: RolloverPlan): void {
  const groups = plan.tabs.find((t) => t.name === groupsTab.name);
  if (!groups || plan.flagged.length === 0) return;
  const sheet = spreadsheet.getSheetByName(groupsTab.name)!;
  const headers = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]!
    .map((h) => headerKey(h));
  const idColumn = headers.indexOf(headerKey(groupsTab.columns.id.header)) + 1;
  const activeColumn = headers.indexOf(headerKey(groupsTab.columns.active.header)) + 1;
  const idAt = groups.headers.findIndex((h) => headerKey(h) === headerKey(groupsTab.columns.id.header));
  const ids = groups.rows.map((row) => String(row[idAt] ?? '').replace(/^'/, ''));
  const notes = ids.map((id) => [plan.flagNotes.get(id) ?? '']);
  if (activeColumn > 0) sheet.getRange(2, activeColumn, ids.length, 1).setNotes(notes);
  if (idColumn > 0)
    ids.forEach((id, i) => {
      if (plan.flagNotes.has(id)) sheet.getRange(i + 2, idColumn).setBackground(flagColor);
    });
}

const flagColor = '#fce8b2';
