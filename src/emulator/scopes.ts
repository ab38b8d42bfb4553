// OAuth scopes: which of the manifest's "oauthScopes" authorize each call. A manifest that lists its scopes
// gets exactly those (Apps Script stops detecting them from the code), and a call none of them covers throws
// before it does anything:
//
//   Exception: Specified permissions are not sufficient to call DriveApp.getRootFolder. Required permissions:
//   (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)
//
// (a single scope is printed bare, several in parentheses joined by " || ", in the reference page's order).
// That text is how Apps Script reports it for a manifest with explicit scopes; field reports of it:
// https://github.com/googleworkspace/apps-script-samples/issues/159 (the advanced-service form, below),
// "Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions:
// https://www.googleapis.com/auth/drive" and "… ScriptApp.getProjectTriggers. Required permissions:
// https://www.googleapis.com/auth/script.scriptapp" (public Apps Script projects' notes, found with the search
// tool), and https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes.
//
// An advanced service (here the Calendar API) is different: the call goes to the API with a token that lacks
// the scope, and the API answers 403 "Request had insufficient authentication scopes.", which Apps Script
// throws as "GoogleJsonResponseException: API call to calendar.calendarList.list failed with error: Request had
// insufficient authentication scopes." (https://github.com/googleworkspace/apps-script-samples/issues/159 shows
// it for gmail.users.labels.list). Those scopes are per REST method, from the Calendar API v3 reference pages
// ("Authorization: This request requires authorization with at least one of the following scopes"), and are
// checked in calendar/api-access.ts with calendarApiScopes below.
//
// Rows are keyed like latency.ts: a metered call "Service.Class.method" takes the row whose key is its longest
// prefix, so "SpreadsheetApp.Range" covers every Range method and "SpreadsheetApp.openById" overrides
// "SpreadsheetApp". A call no row covers is a bug in this table, reported as such.
import { appsScriptError } from './errors';
import type { Workspace } from './workspace';

const auth = 'https://www.googleapis.com/auth/';
export const scope = {
  spreadsheets: `${auth}spreadsheets`,
  spreadsheetsCurrentOnly: `${auth}spreadsheets.currentonly`,
  spreadsheetsReadonly: `${auth}spreadsheets.readonly`,
  documents: `${auth}documents`,
  documentsCurrentOnly: `${auth}documents.currentonly`,
  forms: `${auth}forms`,
  formsCurrentOnly: `${auth}forms.currentonly`,
  formsBody: `${auth}forms.body`,
  formsBodyReadonly: `${auth}forms.body.readonly`,
  drive: `${auth}drive`,
  driveReadonly: `${auth}drive.readonly`,
  driveFile: `${auth}drive.file`,
  calendar: `${auth}calendar`,
  calendarReadonly: `${auth}calendar.readonly`,
  calendarEvents: `${auth}calendar.events`,
  calendarEventsReadonly: `${auth}calendar.events.readonly`,
  calendarEventsOwned: `${auth}calendar.events.owned`,
  calendarEventsOwnedReadonly: `${auth}calendar.events.owned.readonly`,
  calendarEventsFreebusy: `${auth}calendar.events.freebusy`,
  calendarEventsPublicReadonly: `${auth}calendar.events.public.readonly`,
  calendarAppCreated: `${auth}calendar.app.created`,
  calendarCalendars: `${auth}calendar.calendars`,
  calendarCalendarsReadonly: `${auth}calendar.calendars.readonly`,
  calendarCalendarList: `${auth}calendar.calendarlist`,
  calendarCalendarListReadonly: `${auth}calendar.calendarlist.readonly`,
  calendarAddonsExecute: `${auth}calendar.addons.execute`,
  calendarAddonsCurrentEventRead: `${auth}calendar.addons.current.event.read`,
  calendarAddonsCurrentEventWrite: `${auth}calendar.addons.current.event.write`,
  scriptApp: `${auth}script.scriptapp`,
  sendMail: `${auth}script.send_mail`,
  locale: `${auth}script.locale`,
  externalRequest: `${auth}script.external_request`,
  userinfoEmail: `${auth}userinfo.email`,
} as const;

export interface ScopeRule {
  /** Any one of these authorizes the call; empty: the method needs no authorization. */
  scopes: readonly string[];
  /** Google's reference page the row is taken from. */
  source: string;
  /**
   * How the row was checked: `confirmed` — the list was read in Google's reference text or in the exact error
   * Apps Script printed for that method in a public report; `reference` — the method's reference page as the
   * emulator's authors know it, not re-read; `analogy` — a sibling method's page, whose own Authorization
   * section could not be read here.
   */
  checked: 'confirmed' | 'reference' | 'analogy';
}

const ref = 'https://developers.google.com/apps-script/reference/';
const sheetsAny = [scope.spreadsheetsCurrentOnly, scope.spreadsheets];
const docsAny = [scope.documentsCurrentOnly, scope.documents];
const formsAny = [scope.formsCurrentOnly, scope.forms];
const driveRead = [scope.driveReadonly, scope.drive];
const none: readonly string[] = [];

function row(scopes: readonly string[], source: string, checked: ScopeRule['checked'] = 'reference'): ScopeRule {
  return { scopes, source, checked };
}

/**
 * Metered Apps Script calls (other than the advanced Calendar service) → the scopes that authorize them.
 * DriveApp takes no drive.file: its reference pages list only drive.readonly/drive (reads) and drive (changes),
 * and scripts whose manifest names only drive.file report exactly that refusal, e.g. "Specified permissions are
 * not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive".
 */
export const appsScriptScopes: Record<string, ScopeRule> = {
  // SpreadsheetApp: opening or creating by id needs the full scope; everything on an open spreadsheet also
  // takes spreadsheets.currentonly. The getActiveSpreadsheet row is confirmed by its field error text.
  SpreadsheetApp: row(sheetsAny, `${ref}spreadsheet/range#setValues(Object)`),
  'SpreadsheetApp.create': row([scope.spreadsheets], `${ref}spreadsheet/spreadsheet-app#create(String)`),
  'SpreadsheetApp.openById': row([scope.spreadsheets], `${ref}spreadsheet/spreadsheet-app#openById(String)`),
  'SpreadsheetApp.openByUrl': row([scope.spreadsheets], `${ref}spreadsheet/spreadsheet-app#openByUrl(String)`),
  'SpreadsheetApp.getActiveSpreadsheet': row(
    sheetsAny,
    `${ref}spreadsheet/spreadsheet-app#getActiveSpreadsheet()`,
    'confirmed',
  ),
  // Embedded charts live in the spreadsheet: the same scopes as any change to an open one.
  'SpreadsheetApp.Sheet.insertChart': row(sheetsAny, `${ref}spreadsheet/sheet#insertChart(EmbeddedChart)`),
  'SpreadsheetApp.Sheet.updateChart': row(sheetsAny, `${ref}spreadsheet/sheet#updateChart(EmbeddedChart)`),
  'SpreadsheetApp.Sheet.removeChart': row(sheetsAny, `${ref}spreadsheet/sheet#removeChart(EmbeddedChart)`),
  'SpreadsheetApp.Sheet.getCharts': row(sheetsAny, `${ref}spreadsheet/sheet#getCharts()`),
  'SpreadsheetApp.Sheet.newChart': row(sheetsAny, `${ref}spreadsheet/sheet#newChart()`),
  'SpreadsheetApp.EmbeddedChartBuilder': row(sheetsAny, `${ref}spreadsheet/embedded-chart-builder`),
  'SpreadsheetApp.EmbeddedChart': row(sheetsAny, `${ref}spreadsheet/embedded-chart`),
  'SpreadsheetApp.ContainerInfo': row(sheetsAny, `${ref}spreadsheet/container-info`),
  'SpreadsheetApp.ChartOptions': row(sheetsAny, `${ref}charts/chart-options`),
  // DocumentApp
  DocumentApp: row(docsAny, `${ref}document/body#appendParagraph(String)`),
  'DocumentApp.create': row([scope.documents], `${ref}document/document-app#create(String)`),
  'DocumentApp.openById': row([scope.documents], `${ref}document/document-app#openById(String)`, 'confirmed'),
  'DocumentApp.openByUrl': row([scope.documents], `${ref}document/document-app#openByUrl(String)`),
  'DocumentApp.getActiveDocument': row(docsAny, `${ref}document/document-app#getActiveDocument()`),
  // FormApp
  FormApp: row(formsAny, `${ref}forms/form#setTitle(String)`),
  'FormApp.create': row([scope.forms], `${ref}forms/form-app#create(String)`),
  'FormApp.openById': row([scope.forms], `${ref}forms/form-app#openById(String)`),
  'FormApp.openByUrl': row([scope.forms], `${ref}forms/form-app#openByUrl(String)`),
  // DriveApp: reads take drive.readonly or drive; anything that changes Drive takes drive.
  DriveApp: row(driveRead, `${ref}drive/drive-app#getFileById(String)`),
  'DriveApp.getFileById': row(driveRead, `${ref}drive/drive-app#getFileById(String)`, 'confirmed'),
  'DriveApp.getFolderById': row(driveRead, `${ref}drive/drive-app#getFolderById(String)`, 'confirmed'),
  'DriveApp.getFoldersByName': row(driveRead, `${ref}drive/drive-app#getFoldersByName(String)`, 'confirmed'),
  'DriveApp.getRootFolder': row(driveRead, `${ref}drive/drive-app#getRootFolder()`, 'confirmed'),
  'DriveApp.createFolder': row([scope.drive], `${ref}drive/drive-app#createFolder(String)`, 'confirmed'),
  'DriveApp.createFile': row([scope.drive], `${ref}drive/drive-app#createFile(String,String,String)`),
  'DriveApp.searchFiles': row(driveRead, `${ref}drive/drive-app#searchFiles(String)`),
  'DriveApp.File.set': row([scope.drive], `${ref}drive/file#setName(String)`),
  'DriveApp.File.add': row([scope.drive], `${ref}drive/file#addEditor(String)`),
  'DriveApp.File.remove': row([scope.drive], `${ref}drive/file#removeEditor(String)`),
  'DriveApp.File.moveTo': row([scope.drive], `${ref}drive/file#moveTo(Folder)`),
  'DriveApp.File.makeCopy': row([scope.drive], `${ref}drive/file#makeCopy(String,Folder)`),
  'DriveApp.Folder.set': row([scope.drive], `${ref}drive/folder#setName(String)`),
  'DriveApp.Folder.add': row([scope.drive], `${ref}drive/folder#addEditor(String)`),
  'DriveApp.Folder.remove': row([scope.drive], `${ref}drive/folder#removeEditor(String)`),
  'DriveApp.Folder.moveTo': row([scope.drive], `${ref}drive/folder#moveTo(Folder)`),
  'DriveApp.Folder.createFolder': row([scope.drive], `${ref}drive/folder#createFolder(String)`),
  'DriveApp.Folder.createFile': row([scope.drive], `${ref}drive/folder#createFile(String,String,String)`),
  'DriveApp.Folder.searchFiles': row(driveRead, `${ref}drive/folder#searchFiles(String)`),
  // File.setContent is covered by 'DriveApp.File.set' (drive); getBlob and getSize by 'DriveApp' (reads).
  // CalendarApp (PLG Hub uses the advanced service instead; rows kept so the emulator's CalendarApp is held to
  // the manifest too).
  CalendarApp: row([scope.calendarReadonly, scope.calendar], `${ref}calendar/calendar-app#getCalendarById(String)`),
  'CalendarApp.createCalendar': row([scope.calendar], `${ref}calendar/calendar-app#createCalendar(String)`),
  'CalendarApp.Calendar.create': row([scope.calendar], `${ref}calendar/calendar#createEvent(String,Date,Date)`),
  'CalendarApp.Calendar.set': row([scope.calendar], `${ref}calendar/calendar#setName(String)`),
  'CalendarApp.Calendar.deleteCalendar': row([scope.calendar], `${ref}calendar/calendar#deleteCalendar()`),
  // Reading an event needs no call (it is loaded with the handle), so every metered event call is a change.
  'CalendarApp.CalendarEvent': row([scope.calendar], `${ref}calendar/calendar-event#setTitle(String)`),
  // Base services
  'Session.getActiveUser': row([scope.userinfoEmail], `${ref}base/session#getActiveUser()`, 'confirmed'),
  'Session.getEffectiveUser': row([scope.userinfoEmail], `${ref}base/session#getEffectiveUser()`, 'confirmed'),
  'Session.getActiveUserLocale': row(none, `${ref}base/session#getActiveUserLocale()`),
  Session: row(none, `${ref}base/session#getScriptTimeZone()`),
  MailApp: row([scope.sendMail], `${ref}mail/mail-app#sendEmail(Object)`),
  ScriptApp: row([scope.scriptApp], `${ref}script/script-app#newTrigger(String)`),
  'ScriptApp.getProjectTriggers': row([scope.scriptApp], `${ref}script/script-app#getProjectTriggers()`, 'confirmed'),
  // getOAuthToken needs no scope of its own: the token carries the scopes the script already holds.
  'ScriptApp.getOAuthToken': row(none, `${ref}script/script-app#getOAuthToken()`),
  // "This service requires the https://www.googleapis.com/auth/script.external_request scope."
  UrlFetchApp: row([scope.externalRequest], `${ref}url-fetch/url-fetch-app`),
  PropertiesService: row(none, `${ref}properties/properties#getProperty(String)`),
  CacheService: row(none, `${ref}cache/cache#get(String)`),
  LockService: row(none, `${ref}lock/lock#tryLock(Integer)`),
  Utilities: row(none, `${ref}utilities/utilities#formatDate(Date,String,String)`),
  Logger: row(none, `${ref}base/logger#log(Object)`),
  CardService: row(none, `${ref}card-service/card-service`),
};

const calendarRef = 'https://developers.google.com/workspace/calendar/api/v3/reference/';
const calendarEventWrite = [scope.calendar, scope.calendarEvents, scope.calendarAppCreated, scope.calendarEventsOwned];
const calendarEventRead = [
  scope.calendarReadonly,
  scope.calendar,
  scope.calendarEventsReadonly,
  scope.calendarEvents,
  scope.calendarAppCreated,
  scope.calendarEventsFreebusy,
  scope.calendarEventsOwned,
  scope.calendarEventsOwnedReadonly,
  scope.calendarEventsPublicReadonly,
];
const calendarWrite = [scope.calendar, scope.calendarAppCreated, scope.calendarCalendars];

/**
 * Calendar API v3 methods (as Apps Script names them in its errors) → the scopes any one of which the API
 * accepts. calendarList.list does NOT accept calendar.app.created: its reference page lists only
 * calendar.readonly, calendar, calendar.calendarlist and calendar.calendarlist.readonly.
 */
export const calendarApiScopes: Record<string, ScopeRule> = {
  'calendar.calendarList.list': row(
    [scope.calendarReadonly, scope.calendar, scope.calendarCalendarList, scope.calendarCalendarListReadonly],
    `${calendarRef}calendarList/list`,
    'confirmed',
  ),
  'calendar.calendarList.get': row(
    [scope.calendarReadonly, scope.calendar, scope.calendarCalendarList, scope.calendarCalendarListReadonly],
    `${calendarRef}calendarList/get`,
    'analogy',
  ),
  'calendar.calendars.insert': row(calendarWrite, `${calendarRef}calendars/insert`, 'confirmed'),
  'calendar.calendars.get': row(
    [
      scope.calendarReadonly,
      scope.calendar,
      scope.calendarAppCreated,
      scope.calendarCalendars,
      scope.calendarCalendarsReadonly,
    ],
    `${calendarRef}calendars/get`,
    'confirmed',
  ),
  'calendar.calendars.patch': row(calendarWrite, `${calendarRef}calendars/patch`, 'confirmed'),
  'calendar.calendars.update': row(calendarWrite, `${calendarRef}calendars/update`, 'analogy'),
  'calendar.calendars.delete': row(calendarWrite, `${calendarRef}calendars/delete`, 'analogy'),
  'calendar.events.insert': row(calendarEventWrite, `${calendarRef}events/insert`, 'confirmed'),
  'calendar.events.patch': row(calendarEventWrite, `${calendarRef}events/patch`, 'confirmed'),
  'calendar.events.delete': row(calendarEventWrite, `${calendarRef}events/delete`, 'confirmed'),
  'calendar.events.update': row(calendarEventWrite, `${calendarRef}events/update`, 'analogy'),
  'calendar.events.get': row(calendarEventRead, `${calendarRef}events/get`, 'confirmed'),
  'calendar.events.list': row(calendarEventRead, `${calendarRef}events/list`, 'analogy'),
  'calendar.events.instances': row(calendarEventRead, `${calendarRef}events/instances`, 'analogy'),
};

const sheetsRef = 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/';
const sheetsRead = [scope.drive, scope.driveReadonly, scope.driveFile, scope.spreadsheets, scope.spreadsheetsReadonly];

/**
 * Sheets API v4 methods (as Apps Script names them in its errors) → the scopes any one of which the API accepts,
 * from each reference page's "Authorization scopes". spreadsheets.currentonly is Apps Script's own scope: the
 * API takes none of it.
 */
export const sheetsApiScopes: Record<string, ScopeRule> = {
  'sheets.spreadsheets.get': row(sheetsRead, `${sheetsRef}spreadsheets/get`, 'reference'),
  'sheets.spreadsheets.values.batchGet': row(sheetsRead, `${sheetsRef}spreadsheets.values/batchGet`, 'confirmed'),
  'sheets.spreadsheets.values.batchUpdate': row(
    [scope.drive, scope.driveFile, scope.spreadsheets],
    `${sheetsRef}spreadsheets.values/batchUpdate`,
    'reference',
  ),
};

/**
 * Scopes that reach only some calendars: calendar.app.created "secondary calendars [the app] creates, and
 * events on them", calendar.events.owned(.readonly) "events on Google calendars you own"
 * (https://developers.google.com/workspace/calendar/api/auth). Free/busy and public-calendar scopes authorize
 * a call but not the event details the emulator returns, so they count as reaching nothing here.
 */
export type CalendarReach = 'any' | 'appCreated' | 'owned' | 'none';
export const calendarScopeReach: Record<string, CalendarReach> = {
  [scope.calendarAppCreated]: 'appCreated',
  [scope.calendarEventsOwned]: 'owned',
  [scope.calendarEventsOwnedReadonly]: 'owned',
  [scope.calendarEventsFreebusy]: 'none',
  [scope.calendarEventsPublicReadonly]: 'none',
};

const ruleCache = new Map<string, ScopeRule>();

/** The row that governs a metered Apps Script call (longest key that prefixes it). */
export function ruleFor(kind: string): ScopeRule {
  const cached = ruleCache.get(kind);
  if (cached) return cached;
  let best = '';
  for (const key of Object.keys(appsScriptScopes)) {
    if (kind.startsWith(key) && key.length > best.length) best = key;
  }
  const rule = appsScriptScopes[best];
  if (!rule) throw new Error(`emulator: no OAuth scope row for ${kind} in src/emulator/scopes.ts`);
  ruleCache.set(kind, rule);
  return rule;
}

/** "DriveApp.getFileById", "Range.setValues": the name Apps Script prints for the refused method. */
export function calledName(kind: string): string {
  // "UrlFetchApp.fetch:forms.forms.create" is UrlFetchApp.fetch to the script; the REST method is the meter's.
  const parts = kind.split(':')[0]!.split('.');
  return parts.length > 2 ? parts.slice(-2).join('.') : parts.join('.');
}

export function requiredText(scopes: readonly string[]): string {
  return scopes.length === 1 ? scopes[0]! : `(${scopes.join(' || ')})`;
}

export function notSufficient(kind: string, scopes: readonly string[]): string {
  return `Specified permissions are not sufficient to call ${calledName(kind)}. Required permissions: ${requiredText(scopes)}`;
}

/**
 * Throws Apps Script's refusal when the manifest's scopes do not cover a metered call. A workspace with no
 * explicit scopes (null: no manifest loaded, or one that lets Apps Script detect scopes) allows everything.
 * Advanced-service calls ("Calendar.…", "Sheets.…") are checked by the API they go to (calendar/api-access.ts,
 * spreadsheet/sheets-api.ts).
 */
export function authorizeCall(ws: Workspace, kind: string): void {
  const granted = ws.oauthScopes;
  if (!granted || kind.startsWith('Calendar.') || kind.startsWith('Sheets.')) return;
  const rule = ruleFor(kind);
  if (rule.scopes.length === 0 || rule.scopes.some((s) => granted.includes(s))) return;
  throw appsScriptError(notSufficient(kind, rule.scopes));
}

/** The scopes of `method` that the manifest grants (all of them when the manifest lists none). */
export function grantedCalendarScopes(ws: Workspace, method: string): readonly string[] {
  const rule = calendarApiScopes[method];
  if (!rule) throw new Error(`emulator: no OAuth scope row for ${method} in src/emulator/scopes.ts`);
  if (!ws.oauthScopes) return rule.scopes;
  return rule.scopes.filter((s) => ws.oauthScopes!.includes(s));
}

/** Whether the manifest grants a scope (every scope when it lists none). */
export function hasScope(ws: Workspace, wanted: string): boolean {
  return !ws.oauthScopes || ws.oauthScopes.includes(wanted);
}
