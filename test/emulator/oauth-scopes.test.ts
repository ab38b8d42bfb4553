// OAuth scopes: a manifest that lists "oauthScopes" gets exactly those, and a call none of them covers throws
// as Apps Script throws it (src/emulator/scopes.ts cites the reference page of every row).
import manifest from '../../appsscript.json';
import { createScriptApp } from '../../src/emulator/base-services/script-app';
import { createMailApp } from '../../src/emulator/base-services/mail';
import { createSession } from '../../src/emulator/base-services/session';
import { allEvents, createAdvancedCalendar, eventOpenEvent } from '../../src/emulator/calendar';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { cardText } from '../../src/emulator/cards/interact';
import { createDocumentApp } from '../../src/emulator/docs';
import { createDriveApp } from '../../src/emulator/drive';
import { createFormApp } from '../../src/emulator/forms';
import { previewAndApply, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { appsScriptScopes, calendarApiScopes, ruleFor, scope } from '../../src/emulator/scopes';
import { createSpreadsheetApp } from '../../src/emulator/spreadsheet';
import { Workspace } from '../../src/emulator/workspace';

const manifestScopes: string[] = manifest.oauthScopes;

function workspaceWith(scopes: string[]) {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z') });
  ws.oauthScopes = scopes;
  return ws;
}

function failure(run: () => unknown): Error & { details?: { code: number; errors: { reason: string }[] } } {
  try {
    run();
  } catch (error) {
    return error as Error & { details?: { code: number; errors: { reason: string }[] } };
  }
  throw new Error('expected the call to fail');
}

describe('the scope table', () => {
  test('every row cites a Google reference page', () => {
    const rows = [...Object.values(appsScriptScopes), ...Object.values(calendarApiScopes)];
    expect(rows.length).toBeGreaterThan(60);
    for (const row of rows) {
      expect(row.source).toMatch(/^https:\/\/developers\.google\.com\/(apps-script|workspace\/calendar)\/.+/);
    }
  });

  test('a call takes its longest row, and a call no row covers is reported as a gap in the table', () => {
    expect(ruleFor('SpreadsheetApp.Range.setValues').scopes).toEqual([
      scope.spreadsheetsCurrentOnly,
      scope.spreadsheets,
    ]);
    expect(ruleFor('SpreadsheetApp.openById').scopes).toEqual([scope.spreadsheets]);
    expect(ruleFor('DriveApp.File.setTrashed').scopes).toEqual([scope.drive]);
    expect(ruleFor('Session.getActiveUserLocale').scopes).toEqual([]);
    expect(() => ruleFor('GmailApp.sendEmail')).toThrow('emulator: no OAuth scope row for GmailApp.sendEmail');
  });
});

describe('a call the manifest does not cover throws as Apps Script does', () => {
  // "Specified permissions are not sufficient to call DriveApp.getRootFolder. Required permissions:
  // (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)" and "… to call
  // DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive" are the errors scripts
  // whose manifests name only drive.file report; DriveApp's reference pages list drive.readonly and drive only
  // (https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)).
  test('DriveApp takes no drive.file: reads need drive.readonly or drive, changes need drive', () => {
    const ws = workspaceWith([scope.driveFile, scope.documents]);
    const docs = createDocumentApp(ws);
    const drive = createDriveApp(ws);
    const id = docs.create('Agenda').getId();
    expect(() => drive.getFileById(id)).toThrow(
      'Specified permissions are not sufficient to call DriveApp.getFileById. Required permissions: ' +
        '(https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
    );
    expect(() => drive.createFolder('PLG Hub')).toThrow(
      'Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: ' +
        'https://www.googleapis.com/auth/drive',
    );
    ws.oauthScopes = [scope.driveReadonly, scope.documents];
    const file = drive.getFileById(id);
    expect(file.getName()).toBe('Agenda');
    expect(() => file.setName('Renamed')).toThrow(
      'Specified permissions are not sufficient to call File.setName. Required permissions: https://www.googleapis.com/auth/drive',
    );
  });

  test('a refused call is not counted and takes no time', () => {
    const ws = workspaceWith([scope.documents]);
    const before = ws.meter.snapshot();
    expect(() => createSpreadsheetApp(ws).create('Registry')).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.create. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(ws.meter.since(before).total).toBe(0);
  });

  // The Calendar API answers a token without the scope with 403 "Request had insufficient authentication
  // scopes.", which Apps Script throws as "GoogleJsonResponseException: API call to <method> failed with error:
  // …" (https://github.com/googleworkspace/apps-script-samples/issues/159).
  test('CalendarList.list is not covered by calendar.app.created', () => {
    // https://developers.google.com/workspace/calendar/api/v3/reference/calendarList/list lists calendar.readonly,
    // calendar, calendar.calendarlist and calendar.calendarlist.readonly — not calendar.app.created.
    const ws = workspaceWith([scope.calendarAppCreated]);
    const Calendar = createAdvancedCalendar(ws);
    const refused = failure(() => Calendar.CalendarList.list());
    expect(refused.name).toBe('GoogleJsonResponseException');
    expect(refused.message).toBe(
      'API call to calendar.calendarList.list failed with error: Request had insufficient authentication scopes.',
    );
    expect(refused.details?.code).toBe(403);
    expect(refused.details?.errors[0]?.reason).toBe('insufficientPermissions');
    ws.oauthScopes = [scope.calendarAppCreated, scope.calendarCalendarListReadonly];
    const made = Calendar.Calendars.insert({ summary: 'PLG meetings', timeZone: 'America/New_York' });
    expect(Calendar.CalendarList.list().items!.map((c) => c.id)).toContain(made.id);
  });

  test('calendar.app.created reaches the calendars the add-on made, and no other', () => {
    // "Make secondary Google calendars, and see, create, change, and delete events on them"
    // (https://developers.google.com/workspace/calendar/api/auth); events.insert, events.patch, events.get and
    // calendars.insert accept the scope (their reference pages).
    const ws = workspaceWith([scope.calendarAppCreated]);
    const Calendar = createAdvancedCalendar(ws);
    const calendarId = Calendar.Calendars.insert({ summary: 'PLG meetings', timeZone: 'America/New_York' }).id!;
    const event = Calendar.Events.insert(
      {
        summary: 'Math PLG',
        start: { dateTime: '2026-09-01T15:30:00', timeZone: 'America/New_York' },
        end: { dateTime: '2026-09-01T16:30:00', timeZone: 'America/New_York' },
      },
      calendarId,
    );
    Calendar.Events.patch({ location: 'Room 100' }, calendarId, event.id!);
    expect(Calendar.Events.list(calendarId).items).toHaveLength(1);
    expect(() => Calendar.Events.list('primary')).toThrow(
      'API call to calendar.events.list failed with error: Not Found',
    );
    ws.oauthScopes = [scope.calendarEvents];
    expect(Calendar.Events.list('primary').items).toEqual([]);
    expect(() => Calendar.Calendars.insert({ summary: 'Another' })).toThrow('insufficient authentication scopes');
  });
});

describe("sharing without a Drive scope, through each editor service's own methods", () => {
  // Spreadsheet.addEditor / getEditors / getOwner, Document.addEditor / addViewer, Form.addEditor take the
  // service's own scope (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addEditor(String),
  // …/document/document#addEditor(String), …/forms/form#addEditor(String)); they change the same sharing
  // DriveApp sees.
  test('the registry, an agenda and a form are shared under the manifest, with no Drive scope', () => {
    const ws = workspaceWith(manifestScopes);
    const registry = createSpreadsheetApp(ws).create('PLG registry');
    registry.addEditor('coach@school.example').addViewer('teacher@school.example');
    expect(registry.getOwner()!.getEmail()).toBe('admin@school.example');
    expect(registry.getEditors().map((u) => u.getEmail())).toEqual(['coach@school.example']);
    const agenda = createDocumentApp(ws).create('Agenda');
    agenda.addEditors(['teacher@school.example']).addViewer('coach@school.example');
    expect(agenda.getViewers().map((u) => u.getEmail())).toEqual(['coach@school.example']);
    const form = createFormApp(ws).create('Feedback');
    form.addEditor('coach@school.example');
    expect(form.getEditors().map((u) => u.getEmail())).toEqual(['coach@school.example']);
    ws.user = { ...ws.user, email: 'teacher@school.example' };
    const asViewer = createSpreadsheetApp(ws).openById(registry.getId());
    expect(asViewer.getEditors()).toEqual([]);
    expect(() => asViewer.addEditor('teacher@school.example')).toThrow(
      'You do not have permission to perform that action.',
    );
  });
});

describe("each of the manifest's scopes is what allows the call PLG Hub makes with it", () => {
  const withDrive = [...manifestScopes, scope.drive];
  const without = (dropped: string) => workspaceWith(withDrive.filter((s) => s !== dropped));
  const calendarEvent = {
    summary: 'Math PLG',
    start: { dateTime: '2026-09-01T15:30:00', timeZone: 'America/New_York' },
    end: { dateTime: '2026-09-01T16:30:00', timeZone: 'America/New_York' },
    attendees: [{ email: 'teacher@school.example' }],
  };

  test.each([
    [scope.spreadsheets, 'SpreadsheetApp.create', (ws: Workspace) => createSpreadsheetApp(ws).create('Registry')],
    [scope.documents, 'DocumentApp.create', (ws: Workspace) => createDocumentApp(ws).create('Agenda')],
    [scope.forms, 'FormApp.create', (ws: Workspace) => createFormApp(ws).create('Feedback')],
    [scope.scriptApp, 'ScriptApp.getProjectTriggers', (ws: Workspace) => createScriptApp(ws).getProjectTriggers()],
    [
      scope.sendMail,
      'MailApp.sendEmail',
      (ws: Workspace) => createMailApp(ws).sendEmail('teacher@school.example', 'PLG health survey', 'Link'),
    ],
    [scope.userinfoEmail, 'Session.getActiveUser', (ws: Workspace) => createSession(ws).getActiveUser()],
  ])('without %s, %s throws', (dropped, call, run) => {
    expect(() => run(workspaceWith(withDrive))).not.toThrow();
    expect(() => run(without(dropped))).toThrow(
      new RegExp(
        `^Specified permissions are not sufficient to call ${call.replace('.', '\\.')}\\. Required permissions: .*${dropped.replace(/\./g, '\\.')}`,
      ),
    );
  });

  test('without calendar.app.created, making the PLG calendar and its events is refused by the API', () => {
    const Calendar = createAdvancedCalendar(without(scope.calendarAppCreated));
    expect(() => Calendar.Calendars.insert({ summary: 'PLG meetings' })).toThrow(
      'API call to calendar.calendars.insert failed with error: Request had insufficient authentication scopes.',
    );
  });

  // calendar.currentEventAccess READ needs calendar.addons.current.event.read: without it the event object
  // carries no organizer or guests (https://developers.google.com/workspace/add-ons/concepts/event-objects).
  test('without calendar.addons.current.event.read, the opened event shows no organizer or guests', () => {
    const ws = workspaceWith(withDrive);
    const Calendar = createAdvancedCalendar(ws);
    const calendarId = Calendar.Calendars.insert({ summary: 'PLG meetings', timeZone: 'America/New_York' }).id!;
    const eventId = Calendar.Events.insert(calendarEvent, calendarId).id!;
    const request = { calendarId, eventId, userEmail: 'admin@school.example' };
    expect(eventOpenEvent(ws, request).calendar.attendees).toHaveLength(1);
    ws.oauthScopes = withDrive.filter((s) => s !== scope.calendarAddonsCurrentEventRead);
    expect(eventOpenEvent(ws, request).calendar).not.toHaveProperty('attendees');
    expect(eventOpenEvent(ws, request).calendar).not.toHaveProperty('organizer');
  });
});

/**
 * Every call refused for want of a scope while `work` runs (Apps Script refusals as the meter raises them, the
 * Calendar API's 403s as they reach the add-on), then how the work ended if it could not finish.
 */
function refusalsDuring(s: EmulatedSchool, work: () => void): string[] {
  const refusals = new Set<string>();
  const authorize = s.ws.meter.authorize!;
  s.ws.meter.authorize = (kind) => {
    try {
      authorize(kind);
    } catch (error) {
      refusals.add((error as Error).message);
      throw error;
    }
  };
  const calendar = s.globals.Calendar as Record<string, Record<string, unknown>>;
  const originals: [Record<string, unknown>, string, unknown][] = [];
  for (const collection of ['Events', 'Calendars', 'CalendarList']) {
    const target = calendar[collection]!;
    for (const method of ['insert', 'get', 'list', 'patch', 'update', 'remove', 'instances']) {
      const original = target[method] as ((...args: unknown[]) => unknown) | undefined;
      if (typeof original !== 'function') continue;
      originals.push([target, method, original]);
      target[method] = (...args: unknown[]) => {
        try {
          return original.apply(target, args);
        } catch (error) {
          if (/insufficient authentication scopes/.test((error as Error).message))
            refusals.add((error as Error).message);
          throw error;
        }
      };
    }
  }
  let stopped: string[] = [];
  try {
    work();
  } catch (error) {
    stopped = [`and then the flow stopped: ${(error as Error).message}`];
  } finally {
    s.ws.meter.authorize = authorize;
    for (const [target, method, original] of originals) target[method] = original;
  }
  return [...refusals, ...stopped];
}

/** The admin sets up, fills, validates, syncs and makes agendas; a teacher opens a meeting and My PLG. */
function everydayFlows(s: EmulatedSchool): void {
  setUpAndFill(s);
  s.press(s.open('onSheetsHomepage'), 'Validate');
  previewAndApply(s, s.open('onSheetsHomepage'));
  s.press(s.open('onSheetsHomepage'), 'Generate agendas');
  const settings = readSheetValues(s.ws, s.spreadsheetId, 'Settings');
  const calendarId = String(settings.find((r) => r[0] === 'Calendar id')?.[1] ?? '');
  if (!calendarId) throw new Error('Apply made no PLG calendar (Settings has no Calendar id)');
  const event = allEvents(s.ws, calendarId).find((e) => e.status !== 'cancelled' && (e.attendees ?? []).length > 1);
  if (!event)
    throw new Error(`No PLG meeting on the calendar; the homepage says: ${cardText(s.open('onSheetsHomepage'))}`);
  const teacher = event.attendees!.map((a) => a.email!).find((email) => email !== s.school.admin)!;
  s.openEvent(teacher, calendarId, event.id!);
  s.asUser(teacher, () => s.open('onHomepage'));
}

describe("PLG Hub's flows under the manifest's scopes", () => {
  // The requirement: everything PLG Hub does is covered by appsscript.json. It fails until PLG Hub stops using
  // DriveApp (which no drive.file manifest can call) and CalendarList.list (not covered by
  // calendar.app.created), or the manifest asks for the scopes those calls need.
  test('the admin, facilitator and teacher flows make no call the real manifest refuses', () => {
    const s = startSchool({ seed: 3 });
    expect(s.ws.oauthScopes).toEqual(manifestScopes);
    expect(refusalsDuring(s, () => everydayFlows(s))).toEqual([]);
  }, 60_000);

  // The Calendar half on its own, Drive set aside (as if PLG Hub's Drive work used a service drive.file covers):
  // PLG Hub lists the user's calendars to adopt one it made earlier, and calendarList.list does not take
  // calendar.app.created.
  test("PLG Hub's Calendar calls need nothing beyond calendar.app.created", () => {
    const s = startSchool({ seed: 3 });
    s.ws.oauthScopes = [...manifestScopes, scope.drive];
    expect(refusalsDuring(s, () => everydayFlows(s))).toEqual([]);
  }, 60_000);

  // What the tests above find, and that nothing else is missing: with the two scopes those calls need, the same
  // flows run without a refusal.
  test('with drive and calendar.calendarlist.readonly added, nothing is refused', () => {
    const s = startSchool({ seed: 3 });
    s.ws.oauthScopes = [...manifestScopes, scope.drive, scope.calendarCalendarListReadonly];
    expect(refusalsDuring(s, () => everydayFlows(s))).toEqual([]);
  }, 60_000);
});
