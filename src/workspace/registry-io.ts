// The registry spreadsheet as the rest of the shell uses it: every tab read once (one getValues each), the
// core's reading of it, and the handles to write changes back in batches.
import type { Problem } from '../core/problems';
import { describeProblem } from '../core/problems';
import { readRegistry, registryTabNames, type Registry, type RegistryRead } from '../core/registry/registry';
import { escapeForCell } from '../core/escape';
import { rewriteOwnedTabOnChange, rewriteOwnedTabWhole } from './owned-tab';
import { SheetTab } from './sheet-tab';
import { stateTabName } from './registry-state';
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
}

export function openRegistry(spreadsheet: Spreadsheet, extraTabs: readonly string[] = []): OpenRegistry {
  const tabs = new Map<string, SheetTab>();
  for (const name of [...registryTabNames, stateTabName, ...extraTabs]) {
    const tab = SheetTab.read(spreadsheet, name);
    if (tab) tabs.set(name, tab);
  }
  const values: Record<string, unknown[][] | undefined> = {};
  for (const [name, tab] of tabs) values[name] = tab.values;
  // Date and time cells hold instants in the spreadsheet's own zone: read them there (core/registry/registry.ts).
  const cellTimeZone = spreadsheet.getSpreadsheetTimeZone();
  const locale = spreadsheet.getSpreadsheetLocale();
  return {
    spreadsheet,
    tabs,
    cellTimeZone,
    id: spreadsheet.getId(),
    read: readRegistry(values, { cellTimeZone, locale }),
  };
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
export function spreadsheetEditors(spreadsheet: Spreadsheet): string[] {
  try {
    return [spreadsheet.getOwner()?.getEmail(), ...spreadsheet.getEditors().map((u) => u.getEmail())].map((e) =>
      String(e ?? '').toLowerCase(),
    );
  } catch {
    return [];
  }
}
