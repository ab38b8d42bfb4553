// A tab PLG Hub owns entirely (Problems, Preview, Feedback, Dashboard): rewritten whole on each run with one
// clear and one setValues. Text that came from a person must be escaped by the caller (core/escape.ts).
import { contentHash } from '../core/content-hash';
import type { OpenRegistry } from './registry-io';
import { RegistryState } from './registry-state';
import { insertRegistryTab } from './insert-tab';

export function rewriteOwnedTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  rows: unknown[][],
): void {
  const sheet = spreadsheet.getSheetByName(name) ?? insertRegistryTab(spreadsheet, name);
  const width = Math.max(...rows.map((r) => r.length));
  sheet.clearContents();
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  // Wider than the grid (a chart's table with a column per group): grow it, as rows grow above. The width is known
  // only from getMaxColumns, so the call is made only for a table wider than a new tab's 26 columns.
  if (width > 26 && width > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...Array(width - r.length).fill('')]));
  sheet.setFrozenRows(1);
}

/**
 * The same, but only when the rows differ from what PLG Hub last wrote there (a hash kept in the registry's
 * state, read with the registry): a Preview or Apply that changes nothing rewrites nothing. The header row is
 * left out of the comparison and, when only it changed (the Problems tab's "as of" date), written alone. A tab
 * someone deleted is made again; the hash is recorded after the tab is written, so a run stopped in between
 * only means the next one writes it again.
 */
export function rewriteOwnedTabOnChange(open: OpenRegistry, name: string, rows: unknown[][]): void {
  const state = RegistryState.of(open);
  const key = `tab.${name}`;
  const [header = [], ...body] = rows;
  const bodyHash = contentHash(JSON.stringify(body));
  const headerHash = contentHash(JSON.stringify(header));
  const [lastBody, lastHeader] = (state.get(key) ?? '').split('/');
  const sheet = open.spreadsheet.getSheetByName(name);
  if (!sheet || lastBody !== bodyHash) {
    rewriteOwnedTab(open.spreadsheet, name, rows);
  } else if (lastHeader !== headerHash) {
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
  } else {
    return;
  }
  state.set(key, `${bodyHash}/${headerHash}`);
  state.flush();
}

/**
 * Rewrites a tab that rewriteOwnedTabOnChange also keeps, from outside a registry read (Import staff's problems):
 * its recorded hash is cleared, so the next run that compares rewrites it rather than trusting a stale record.
 */
export function rewriteOwnedTabWhole(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  rows: unknown[][],
): void {
  rewriteOwnedTab(spreadsheet, name, rows);
  const state = RegistryState.read(spreadsheet);
  state.delete(`tab.${name}`);
  state.flush();
}
