// A tab PLG Hub owns entirely (Problems, Preview, Feedback, Dashboard): rewritten whole on each run with one
// clear and one setValues. Text that came from a person must be escaped by the caller (core/escape.ts).
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
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...Array(width - r.length).fill('')]));
  sheet.setFrozenRows(1);
}
