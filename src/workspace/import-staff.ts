// Staff import: a school's existing list, pasted or imported (File → Import) into a "Staff import" tab with its
// own column names, mapped once to the Staff columns; new people are appended, duplicates and malformed emails
// are reported, not imported.
import { cellHoldsText, escapeForCell } from '../core/escape';
import {
  importStaff,
  staffImportTab,
  type StaffImport,
  type StaffImportMapping,
  type StaffImportRow,
} from '../core/registry/import';
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

export interface StaffImportResult extends StaffImport {
  /**
   * People in the file already on the Staff tab exactly as the file has them: imported from this file before —
   * by an earlier press, or by one Google stopped after it wrote the rows and before it could say so. They are
   * neither added again nor listed as problems, so pressing Import again after a stop ends as one Import does.
   */
  alreadyImported: number;
}

export function importStaffRows(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  source: ImportSource,
  mapping: StaffImportMapping,
): StaffImportResult {
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
  // Who the file would add to an empty Staff tab, and which of them are on the Staff tab just so already.
  const asInFile = importStaff(source.table, mapping, new Map()).add;
  const imported = new Set(
    asInFile
      .filter((row) => {
        const at = existing.get(row.email);
        return at !== undefined && holdsRow(staff, at, row);
      })
      .map((row) => row.email),
  );
  for (const address of imported) existing.delete(address);
  const result = importStaff(source.table, mapping, existing);
  const add = result.add.filter((row) => !imported.has(row.email));
  for (const row of add) {
    const escaped = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, escapeForCell(v)]));
    staff.append(cellsByHeader(staffTab, escaped));
  }
  staff.flush();
  return { add, problems: result.problems, alreadyImported: imported.size };
}

/** Whether Staff row `at` holds `row` as importStaffRows writes it (escaped; a number Sheets made of "7" too). */
function holdsRow(staff: SheetTab, at: number, row: StaffImportRow): boolean {
  return (Object.keys(row) as (keyof StaffImportRow)[]).every((key) => {
    const cell = staff.get(at, staffTab.columns[key].header);
    return cellHoldsText(cell, row[key]) || (typeof cell === 'number' && String(cell) === row[key]);
  });
}
