// A row object (keys of a tab spec) as cells by header, the way SheetTab writes them. Dates and times go out as
// text Sheets recognises ("2026-09-08", "15:30"), so the cell becomes a real date or time.
import type { Columns, TabSpec } from '../core/registry/tab-spec';

export function cellsByHeader<C extends Columns>(
  tab: TabSpec<C>,
  values: Partial<Record<keyof C, unknown>>,
): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const column = tab.columns[key];
    if (column) cells[column.header] = value ?? '';
  }
  return cells;
}
