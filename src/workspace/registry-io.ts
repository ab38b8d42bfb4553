// The registry spreadsheet as the rest of the shell uses it: every tab read once (all of them in one Sheets API
// call), the core's reading of it, and the handles to write changes back: every tab's, together, in one Sheets API
// call at each flush (write-queue.ts).
import type { Problem } from '../core/problems';
import { describeProblem } from '../core/problems';
import { readRegistry, registryTabNames, type Registry, type RegistryRead } from '../core/registry/registry';
import { escapeForCell } from '../core/escape';
import { rewriteOwnedTabOnChange, rewriteOwnedTabWhole } from './owned-tab';
import { SheetTab } from './sheet-tab';
import { gridCellFields, valuesOfGrid } from './grid-values';
import { stateTabName } from './registry-state';
import { quotedSheetName, sheetsApi, WriteQueue } from './write-queue';
import { UserFacingError } from './user-facing-error';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface OpenRegistry {
  spreadsheet: Spreadsheet;
  tabs: Map<string, SheetTab>;
  read: RegistryRead;
  /** The spreadsheet's own time zone, in which its date and time cells are read. */
  cellTimeZone: string;
  /** The registry's spreadsheet id: what it keeps in shared stores is named with it (registry-keys.ts). */
  id: string;
  /** Every tab's waiting writes, sent together at each flush (SheetTab.flush, RegistryState.flush). */
  writes: WriteQueue;
}

/**
 * Reads every registry tab, the state tab and `extraTabs`, with the spreadsheet's time zone and locale, in one
 * Sheets API call: spreadsheets.get with the tabs as ranges and a field mask that asks for each cell's value and
 * number format only (grid-values.ts turns them into what getValues would give). Tabs that do not exist are not
 * asked for (the API refuses a range naming no sheet); finding them is local, the handles being loaded already.
 */
export function openRegistry(spreadsheet: Spreadsheet, extraTabs: readonly string[] = []): OpenRegistry {
  const id = spreadsheet.getId();
  const sheets = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const name of [...registryTabNames, stateTabName, ...extraTabs]) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) sheets.set(name, sheet);
  }
  const titles = new Map([...sheets].map(([name, sheet]) => [sheet.getName(), name]));
  const book = sheetsApi().Spreadsheets.get(id, {
    ranges: [...titles.keys()].map(quotedSheetName),
    fields: titles.size
      ? `properties(timeZone,locale),sheets(properties/title,data/rowData/values(${gridCellFields}))`
      : 'properties(timeZone,locale)',
  });
  // Date and time cells hold instants in the spreadsheet's own zone: read them there (core/registry/registry.ts).
  const cellTimeZone = book.properties?.timeZone ?? spreadsheet.getSpreadsheetTimeZone();
  const locale = book.properties?.locale ?? spreadsheet.getSpreadsheetLocale();
  const writes = new WriteQueue(spreadsheet, cellTimeZone);
  const tabs = new Map<string, SheetTab>();
  for (const read of book.sheets ?? []) {
    const name = titles.get(read.properties?.title ?? '');
    if (name === undefined) continue;
    tabs.set(name, SheetTab.of(name, sheets.get(name)!, valuesOfGrid(read.data?.[0], cellTimeZone), writes));
  }
  const values: Record<string, unknown[][] | undefined> = {};
  for (const [name, tab] of tabs) values[name] = tab.values;
  return { spreadsheet, tabs, cellTimeZone, id, writes, read: readRegistry(values, { cellTimeZone, locale }) };
}

/** The registry, or a message the admin can act on when its Settings cannot be read. */
export function readableRegistry(open: OpenRegistry): Registry {
  if (!open.read.registry)
    throw new UserFacingError('The Settings tab cannot be read — press Validate to see what to fix.');
  return open.read.registry;
}

export const problemsHeaders = ['Severity', 'Where', 'Problem', 'What the guidance suggests'];

/**
 * Rewrites the Problems tab (PLG Hub owns it). Values people typed are escaped before they reach a cell. Given the
 * registry as open, only what changed is written: with the same problems as last time, just the "as of" header.
 */
export function writeProblems(target: Spreadsheet | OpenRegistry, problems: readonly Problem[], asOf?: string): void {
  const headers = asOf
    ? problemsHeaders.map((h) => (h === 'Problem' ? `Problem (as of ${asOf})` : h))
    : problemsHeaders;
  const write = (rows: unknown[][]) =>
    'tabs' in target
      ? rewriteOwnedTabOnChange(target, 'Problems', rows)
      : rewriteOwnedTabWhole(target, 'Problems', rows);
  write([
    headers,
    ...problems.map((p) => [
      p.severity,
      whereOf(p),
      escapeForCell(describeProblem({ ...p, tab: undefined, row: undefined, column: undefined })),
      p.strategy ?? '',
    ]),
  ]);
}

function whereOf(p: Problem): string {
  return [p.tab, p.row !== undefined ? `row ${p.row}` : '', p.column ? `column "${p.column}"` : '']
    .filter(Boolean)
    .join(', ');
}

/**
 * The spreadsheet's owner and editors, lower-cased, from its own sharing (the spreadsheets scope). Someone who may
 * only view it cannot list them: the answer is then empty, which refuses them the same way.
 */
/**
 * Whether `me` may edit the spreadsheet: its owner (one call — the person who pressed is usually the admin who
 * owns the registry), else one of its editors (a second call). A failure to read either counts as no.
 */
export function canEdit(spreadsheet: Spreadsheet, me: string): boolean {
  if (!me) return false;
  try {
    if (String(spreadsheet.getOwner()?.getEmail() ?? '').toLowerCase() === me) return true;
    return spreadsheet.getEditors().some((u) => String(u.getEmail() ?? '').toLowerCase() === me);
  } catch {
    return false;
  }
}
