// What a sync leaves behind that people notice, in a form two runs can be compared by: each meeting's
// Calendar event as guests see it, the Meetings tab, the PLG calendars and feedback forms made, and the
// invitation emails sent. Ids, etags and timestamps are left out: they differ between equally good runs. A
// feedback link names its question by an item id that depends on how many items were ever made, so links are
// compared by the form and question they lead to instead (a link to a form in the trash shows as such).
import { allEvents, calendarState, sentInvitations } from '../calendar';
import { formsState } from '../forms/model';
import type { EmulatedSchool } from '../harness';
import { readSheetValues } from '../spreadsheet';
import { mimeTypes } from '../workspace';

export interface GuestView {
  status: string;
  summary: string;
  location: string;
  description: string;
  start: string;
  end: string;
  guests: string[];
}

export interface SyncOutcome {
  /** Meeting key → the one live event guests see for it. */
  events: Record<string, GuestView>;
  /** Meeting keys with more than one live event (each is a duplicate in someone's calendar). */
  duplicated: string[];
  /** Meetings tab rows, by meeting key, as "header: value" lines, without Synced (see unrecorded). */
  meetings: Record<string, string[]>;
  /** Meeting keys whose Synced cell is not the fingerprint of the event Calendar holds: a write not recorded. */
  unrecorded: string[];
  plgCalendars: number;
  /** The forms in Drive with the settings people notice, sorted; a name twice is a duplicate form. */
  forms: string[];
  /** "kind to event" for every email Calendar sent, sorted. */
  emails: string[];
}

export function settingValue(s: EmulatedSchool, label: string): string {
  const row = readSheetValues(s.ws, s.spreadsheetId, 'Settings').find((r) => r[0] === label);
  return String(row?.[1] ?? '');
}

export function syncOutcome(s: EmulatedSchool): SyncOutcome {
  const calendarId = settingValue(s, 'Calendar id');
  const questions = questionNames(s);
  const forms = publishedForms(s);
  const named = (text: string) =>
    text
      .replace(/\/forms\/d\/e\/([\w-]+)\//g, (_, id: string) => `/forms/d/e/[${forms.get(id) ?? `no form ${id}`}]/`)
      .replace(/entry\.(\d+)=/g, (_, id: string) => `entry.[${questions.get(id) ?? `no question ${id}`}]=`);
  const live = calendarId ? allEvents(s.ws, calendarId).filter((e) => e.status !== 'cancelled') : [];
  const events: Record<string, GuestView> = {};
  const duplicated = new Set<string>();
  for (const event of live) {
    const key = event.extendedProperties?.private?.meetingKey ?? `(untagged) ${event.summary}`;
    if (key in events) duplicated.add(key);
    events[key] = {
      status: event.status,
      summary: event.summary ?? '',
      location: event.location ?? '',
      description: named(event.description ?? ''),
      start: `${event.start?.dateTime ?? event.start?.date} ${event.start?.timeZone ?? ''}`,
      end: `${event.end?.dateTime ?? event.end?.date} ${event.end?.timeZone ?? ''}`,
      guests: (event.attendees ?? []).map((a) => a.email ?? '').sort(),
    };
  }
  const [headers = [], ...rows] = readSheetValues(s.ws, s.spreadsheetId, 'Meetings');
  const meetings: Record<string, string[]> = {};
  const unrecorded: string[] = [];
  const synced = headers.indexOf('Synced');
  const fingerprints = new Map(
    live.map((e) => [e.extendedProperties?.private?.meetingKey, e.extendedProperties?.private?.fingerprint]),
  );
  for (const row of rows) {
    const key = String(row[0]);
    // Synced hashes the event as sent, feedback link ids and all, so it is checked against Calendar instead.
    meetings[key] = headers.map((h, i) => `${String(h)}: ${named(cellText(row[i]))}`).filter((_, i) => i !== synced);
    if (fingerprints.has(key) && row[synced] !== fingerprints.get(key)) unrecorded.push(key);
  }
  const plgCalendars = Object.values(calendarState(s.ws).calendars).filter((c) => !c.primary).length;
  const formsInDrive = Object.values(s.ws.files)
    .filter((f) => f.mimeType === mimeTypes.form && !f.trashed)
    .map((f) => {
      const settings = formsState(s.ws).forms[f.id]?.settings;
      return `${f.name} (published ${settings?.published}, accepting ${settings?.acceptingResponses}, sign-in required ${settings?.requireLogin}, emails ${settings?.emailCollection})`;
    })
    .sort();
  const emails = sentInvitations(s.ws)
    .map((m) => `${m.kind} to ${m.to} for ${m.eventId}`)
    .sort();
  return { events, duplicated: [...duplicated], meetings, unrecorded, plgCalendars, forms: formsInDrive, emails };
}

function cellText(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** Prefill entry id → "form title / question title", for every question of every form. */
function questionNames(s: EmulatedSchool): Map<string, string> {
  const names = new Map<string, string>();
  for (const form of Object.values(formsState(s.ws).forms)) {
    for (const item of form.items) {
      item.entryIds.forEach((entryId, row) => {
        const question = item.entryIds.length > 1 ? `${item.title} row ${row + 1}` : item.title;
        names.set(String(entryId), `${form.title} / ${question}`);
      });
    }
  }
  return names;
}

/** Published form id → the form's title, marked when the form is in the trash or gone from Drive. */
function publishedForms(s: EmulatedSchool): Map<string, string> {
  const forms = new Map<string, string>();
  for (const form of Object.values(formsState(s.ws).forms)) {
    const file = s.ws.files[form.id];
    forms.set(form.publishedId, `${form.title}${!file ? ' (deleted)' : file.trashed ? ' (in the trash)' : ''}`);
  }
  return forms;
}

/** A tab's rows as records by header, as a person reading the sheet would name the cells. */
export function tabRecords(s: EmulatedSchool, tab: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, tab);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
}
