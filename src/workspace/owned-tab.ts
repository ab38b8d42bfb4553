// A tab PLG Hub owns entirely (Problems, Preview, Feedback, Dashboard): rewritten whole on each run with one
// clear and its rows sent through the registry's write queue (write-queue.ts), with whatever else is waiting, in
// one Sheets API call. Text that came from a person must be escaped by the caller (core/escape.ts).
import { contentHash } from '../core/content-hash';
import type { OpenRegistry } from './registry-io';
import { RegistryState } from './registry-state';
import { insertRegistryTab } from './insert-tab';
import { WriteQueue } from './write-queue';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Rewrites the tab now: cleared, and its rows (with the registry's other waiting writes) sent in one call. */
export function rewriteOwnedTab(target: Spreadsheet | OpenRegistry, name: string, rows: unknown[][]): void {
  const queue = 'writes' in target ? target.writes : new WriteQueue(target);
  stageOwnedTab('writes' in target ? target.spreadsheet : target, queue, name, rows);
  queue.send();
}

/**
 * Clears the tab (made if missing) and stages its rows on `queue`; the caller sends them. A table longer or wider
 * than the tab's grid grows it when the queue is refused for it (write-queue.ts), not by asking its size first.
 */
function stageOwnedTab(
  spreadsheet: Spreadsheet,
  queue: WriteQueue,
  name: string,
  rows: unknown[][],
  /** Whether the header row must be frozen: clearing keeps it, so a tab known frozen is not asked again. */
  freeze: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => boolean = () => true,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = spreadsheet.getSheetByName(name) ?? insertRegistryTab(spreadsheet, name);
  const width = Math.max(...rows.map((r) => r.length));
  sheet.clearContents();
  queue.stage(sheet, { row: 1, column: 1, values: rows.map((r) => [...r, ...Array(width - r.length).fill('')]) });
  if (freeze(sheet)) sheet.setFrozenRows(1);
  return sheet;
}

/**
 * The same, but only when the rows differ from what PLG Hub last wrote there (a hash kept in the registry's
 * state, read with the registry): a Preview or Apply that changes nothing rewrites nothing. The header row is
 * left out of the comparison and, when only it changed (the Problems tab's "as of" date), written alone. A tab
 * someone deleted is made again; the hash is recorded in the same call that writes the rows, so a run stopped
 * after the clear and before that call only means the next one writes it again.
 */
export function rewriteOwnedTabOnChange(
  open: OpenRegistry,
  name: string,
  rows: unknown[][],
  /** False: staged only, to go out with the registry's next write (the caller's, soon after). */
  send = true,
): void {
  const state = RegistryState.of(open);
  const key = `tab.${name}`;
  const [header = [], ...body] = rows;
  const bodyHash = contentHash(JSON.stringify(body));
  const headerHash = contentHash(JSON.stringify(header));
  // The record also names the tab (its sheet id) whose header row this code froze: a tab made again (deleted by
  // someone, or made by a run stopped before it froze the row) has another id, or none recorded, and is frozen.
  const [lastBody, lastHeader, frozenSheet] = (state.get(key) ?? '').split('/');
  const unfrozen = (tab: GoogleAppsScript.Spreadsheet.Sheet) => String(tab.getSheetId()) !== frozenSheet;
  let sheet = open.spreadsheet.getSheetByName(name);
  if (!sheet || lastBody !== bodyHash) {
    sheet = stageOwnedTab(open.spreadsheet, open.writes, name, rows, unfrozen);
  } else if (lastHeader !== headerHash || unfrozen(sheet)) {
    open.writes.stage(sheet, { row: 1, column: 1, values: [header] });
    if (unfrozen(sheet)) sheet.setFrozenRows(1);
  } else {
    return;
  }
  // The rows and the hash that records them go out in the same call.
  state.set(key, `${bodyHash}/${headerHash}/${sheet.getSheetId()}`);
  state.stage();
  if (send) open.writes.send();
}

/**
 * Rewrites a tab that rewriteOwnedTabOnChange also keeps, from outside a registry read (Import staff's problems):
 * its recorded hash is cleared, so the next run that compares rewrites it rather than trusting a stale record.
 */
export function rewriteOwnedTabWhole(spreadsheet: Spreadsheet, name: string, rows: unknown[][]): void {
  rewriteOwnedTab(spreadsheet, name, rows);
  const state = RegistryState.read(spreadsheet);
  state.delete(`tab.${name}`);
  state.flush();
}
