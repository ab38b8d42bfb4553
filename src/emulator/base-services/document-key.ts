// Document-scoped services (document properties, cache and lock) belong to the file the add-on is open
// in; outside a file (e.g. in Calendar) Apps Script returns null for them. They are shared by everyone who
// has that file open, and someone who cannot open it cannot have it open, so for them there is none either.
import { canOpen } from '../access';
import { spreadsheetState } from '../spreadsheet/model';
import type { Workspace } from '../workspace';

export function openDocumentId(ws: Workspace): string | null {
  const id = spreadsheetState(ws).activeSpreadsheetId;
  const file = id ? ws.files[id] : undefined;
  return file && canOpen(ws, file) ? file.id : null;
}
