// A new registry tab goes where the admin's day puts it (core/registry/tab-order.ts), not simply last: Problems
// and Preview beside Meetings, Dashboard and Feedback before the tabs filled in now and then.
import { newTabIndex } from '../core/registry/tab-order';

export function insertRegistryTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const names = spreadsheet.getSheets().map((sheet) => sheet.getName());
  return spreadsheet.insertSheet(name, newTabIndex(names, name));
}
