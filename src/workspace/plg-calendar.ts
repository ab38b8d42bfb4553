// The dedicated PLG calendar (scope calendar.app.created: PLG Hub can reach only calendars it created), and
// the events on it, read through the Advanced Calendar service.
import type { LiveEvent } from '../core/calendar/calendar-event';
import type { SheetTab } from './sheet-tab';
import { setSetting } from './settings-writer';
import { UserFacingError } from './user-facing-error';
import { canEdit } from './registry-io';

/** Marks a calendar as this registry's, so a run stopped right after creating it adopts it instead of making another. */
function ownerMark(spreadsheetId: string): string {
  return `PLG Hub calendar for registry ${spreadsheetId}`;
}

export function ensurePlgCalendar(
  settingsTab: SheetTab,
  settings: { calendarId?: string; calendarName: string; timeZone: string },
  spreadsheetId: string,
): { id: string; madeNow: boolean } {
  if (settings.calendarId) return { id: boundCalendar(settings.calendarId, spreadsheetId), madeNow: false };
  const mark = ownerMark(spreadsheetId);
  const existing = (Calendar!.CalendarList!.list().items ?? []).find((c) => c.description === mark);
  const id =
    existing?.id ??
    Calendar!.Calendars!.insert({ summary: settings.calendarName, timeZone: settings.timeZone, description: mark }).id!;
  setSetting(settingsTab, 'calendarId', id);
  // Made by this very call: it holds no event yet, so there is nothing to list. One a stopped run made may.
  return { id, madeNow: !existing };
}

/**
 * A registry writes only to a calendar PLG Hub made for it: Settings ▸ Calendar id naming another registry's
 * calendar (a crafted registry shared with an admin, or a copied one) would otherwise let that registry move or
 * cancel the other's meetings. A calendar made for a registry this person may also edit (last year's) passes to
 * this one; anything else is refused before a single event is written.
 */
function boundCalendar(calendarId: string, spreadsheetId: string): string {
  const mark = ownerMark(spreadsheetId);
  let description: string;
  try {
    description = Calendar!.Calendars!.get(calendarId).description ?? '';
  } catch {
    throw new UserFacingError(
      'Settings ▸ Calendar id names a calendar PLG Hub cannot open — clear the cell and Apply makes a new PLG calendar.',
    );
  }
  if (description === mark) return calendarId;
  const other = /^PLG Hub calendar for registry ([\w-]+)$/.exec(description)?.[1];
  if (other && mayEdit(other)) {
    Calendar!.Calendars!.patch({ description: mark }, calendarId);
    return calendarId;
  }
  throw new UserFacingError(
    "Settings ▸ Calendar id names a calendar that belongs to another registry — PLG Hub will not change another registry's meetings. Clear the cell and Apply makes this registry its own PLG calendar.",
  );
}

function mayEdit(spreadsheetId: string): boolean {
  try {
    const me = (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail()).trim().toLowerCase();
    return canEdit(SpreadsheetApp.openById(spreadsheetId), me);
  } catch {
    return false;
  }
}

export interface CalendarEvents {
  /** PLG Hub's own events (tagged plgHub=1), by id, cancelled ones included. */
  ours: Record<string, LiveEvent>;
  /** Everything else on the PLG calendar, for the overlap ("hold this time sacred") warnings. */
  others: LiveEvent[];
}

/** Lists the calendar's events for the school year: one Events.list call per 2,500 events. */
export function listCalendarEvents(calendarId: string, from: Date, to: Date): CalendarEvents {
  const result: CalendarEvents = { ours: {}, others: [] };
  let pageToken: string | undefined;
  do {
    const page = withBackoff(() =>
      Calendar!.Events!.list(calendarId, {
        timeMin: from.toISOString(),
        timeMax: to.toISOString(),
        singleEvents: true,
        showDeleted: true,
        maxResults: 2500,
        pageToken,
      }),
    );
    for (const event of page.items ?? []) {
      if (event.extendedProperties?.private?.plgHub === '1') result.ours[event.id!] = event as LiveEvent;
      else if (event.status !== 'cancelled') result.others.push(event as LiveEvent);
    }
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return result;
}

/**
 * Calendar's limit is per person per minute, and presses of Continue made back to back can use the minute up with
 * writes: the listing a Preview or Continue starts with is then refused ("Rate Limit Exceeded"). It is asked again
 * after 2, 4 and 8 s (Google's advice: exponential backoff) before the refusal reaches the card.
 */
function withBackoff<T>(call: () => T): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return call();
    } catch (error) {
      if (attempt > 3 || !/rate ?limit|429/i.test(String((error as Error)?.message ?? error))) throw error;
      Utilities.sleep(1000 * 2 ** attempt);
    }
  }
}
