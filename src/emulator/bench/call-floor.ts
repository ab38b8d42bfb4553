// The fewest service calls a scenario could possibly need, judged from what it changed, with the batching Google
// offers: one read of the whole registry (Sheets spreadsheets.get), one write of every tab that changed
// (spreadsheets.values.batchUpdate), one Calendar batch request per 50 events created or changed, one call per
// calendar or Drive file created, and one Events.list page per 2,500 events already on the PLG calendar. A ratio
// of calls to this floor shows how much of the work is overhead.
import { registryTabNames } from '../../core/registry/registry';
import { allEvents, calendarState } from '../calendar';
import type { EmulatedSchool } from '../harness';
import { listSpreadsheets, readSheetValues } from '../spreadsheet';

const eventsPerListPage = 2_500;
/** Calls in one Calendar batch request, as PLG Hub sends them (workspace/calendar-apply.ts maxBatchCalls). */
const eventsPerBatch = 50;

export interface Footprint {
  tabs: Map<string, string>;
  eventEtags: Map<string, string>;
  calendars: number;
  files: number;
  plgCalendarEvents: number;
}

export interface CallFloor {
  tabsRead: number;
  tabsWritten: number;
  listPages: number;
  eventsCreated: number;
  eventsChanged: number;
  /** Batch requests the created and changed events need. */
  eventBatches: number;
  calendarsCreated: number;
  filesCreated: number;
  total: number;
}

export function footprint(s: EmulatedSchool): Footprint {
  const book = listSpreadsheets(s.ws).find((b) => b.id === s.spreadsheetId)!;
  const tabs = new Map(
    book.sheetNames.map((name) => [name, JSON.stringify(readSheetValues(s.ws, s.spreadsheetId, name))]),
  );
  const calendars = Object.values(calendarState(s.ws).calendars).filter((c) => !c.primary);
  const eventEtags = new Map(allEvents(s.ws).map((e) => [e.id, e.etag]));
  const plgCalendarEvents = calendars.reduce((n, c) => n + allEvents(s.ws, c.id).length, 0);
  return { tabs, eventEtags, calendars: calendars.length, files: Object.keys(s.ws.files).length, plgCalendarEvents };
}

export function callFloor(before: Footprint, after: Footprint): CallFloor {
  const tabsRead = registryTabNames.some((name) => before.tabs.has(name)) ? 1 : 0;
  const tabsWritten = [...after.tabs].some(([name, values]) => before.tabs.get(name) !== values) ? 1 : 0;
  const listPages = before.calendars > 0 ? Math.max(1, Math.ceil(before.plgCalendarEvents / eventsPerListPage)) : 0;
  let eventsCreated = 0;
  let eventsChanged = 0;
  for (const [id, etag] of after.eventEtags) {
    if (!before.eventEtags.has(id)) eventsCreated += 1;
    else if (before.eventEtags.get(id) !== etag) eventsChanged += 1;
  }
  const calendarsCreated = after.calendars - before.calendars;
  const filesCreated = after.files - before.files;
  const eventBatches = Math.ceil((eventsCreated + eventsChanged) / eventsPerBatch);
  const parts = { tabsRead, tabsWritten, listPages, eventBatches, calendarsCreated, filesCreated };
  return {
    ...parts,
    eventsCreated,
    eventsChanged,
    total: Object.values(parts).reduce((a, b) => a + b, 0),
  };
}
