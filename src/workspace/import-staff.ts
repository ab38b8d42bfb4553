// Staff import: a school's existing list, pasted or imported (File → Import) into a "Staff import" tab with its
// own column names, mapped once to the Staff columns; new people are appended, duplicates and malformed emails
// are reported, not imported.
import { escapeForCell } from '../core/escape';
import { importStaff, staffImportTab, type StaffImport, type StaffImportMapping } from '../core/registry/import';
import { staffTab } from '../core/registry/tabs';
import { cellsByHeader } from './row-cells';
import { SheetTab } from './sheet-tab';
import { UserFacingError } from './user-facing-error';

export interface ImportSource {
  headers: string[];
  table: string[][];
}

export function readImportSource(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ImportSource | undefined {
  const tab = SheetTab.read(spreadsheet, staffImportTab);
  if (!tab || tab.values.length < 2) return undefined;
  const table = tab.values.map((row) => row.map((cell) => String(cell ?? '')));
  return { headers: table[0]!, table };
}

export function importStaffRows(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  source: ImportSource,
  mapping: StaffImportMapping,
): StaffImport {
  const staff = SheetTab.read(spreadsheet, staffTab.name);
  if (!staff) throw new UserFacingError('There is no Staff tab — press Set up first.');
  const emailColumn = staff.columnOf(staffTab.columns.email.header);
  const existing = new Map<string, number>();
  staff.values.slice(1).forEach((row, i) => {
    const address = String(row[(emailColumn ?? 1) - 1] ?? '')
      .trim()
      .toLowerCase();
    if (address) existing.set(address, i + 2);
  });
  const result = importStaff(source.table, mapping, existing);
  for (const row of result.add) {
    const escaped = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, escapeForCell(v)]));
    staff.append(cellsByHeader(staffTab, escaped));
  }
  staff.flush();
  return result;
}
