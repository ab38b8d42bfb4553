// Document-scoped services (document properties, cache and lock) belong to the file the add-on is open
// in; outside a file (e.g. in Calendar) Apps Script returns null for them.
import { spreadsheetState } from '../spreadsheet/model';
import type { Workspace } from '../workspace';

export function openDocumentId(ws: Workspace): string | null {
  return spreadsheetState(ws).activeSpreadsheetId;
}
