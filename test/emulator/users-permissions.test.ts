// Several people in one workspace, each call running as whoever is signed in (ws.user), held to what Google
// enforces: Drive sharing for every editor service, calendar sharing for the Calendar API, and which
// PropertiesService store each person shares.
import { createAdvancedCalendar, eventOpenEvent, shareCalendar } from '../../src/emulator/calendar';
import { createPropertiesService } from '../../src/emulator/base-services/properties';
import { createDocumentApp } from '../../src/emulator/docs';
import { createDriveApp } from '../../src/emulator/drive';
import { createFormApp } from '../../src/emulator/forms';
import { createSpreadsheetApp, setActiveSpreadsheet } from '../../src/emulator/spreadsheet';
import { Workspace } from '../../src/emulator/workspace';

const admin = 'admin@school.example';
const teacher = 'teacher@school.example';
const coach = 'coach@school.example';

// DriveApp.getFileById: "Throws a scripting exception if the file does not exist or the user does not have
// permission to access it" (https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)),
// with the text Apps Script prints for it.
const noSuchItem =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
// SpreadsheetApp.openById of a spreadsheet not shared with you.
const noSpreadsheetAccess = 'You do not have permission to access the requested document.';
// Apps Script's generic refusal of a change without edit rights (https://github.com/peterherrmann/BetterLog/issues/11).
const cannotChange = 'You do not have permission to perform that action.';

function setup() {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z'), user: { email: admin } });
  const as = <T>(email: string, work: () => T): T => {
    const before = ws.user;
    ws.user = { ...before, email };
    try {
      return work();
    } finally {
      ws.user = before;
    }
  };
  return {
    ws,
    as,
    sheets: createSpreadsheetApp(ws),
    drive: createDriveApp(ws),
    docs: createDocumentApp(ws),
    forms: createFormApp(ws),
    Calendar: createAdvancedCalendar(ws),
  };
}

// Roles: a viewer sees, a commenter sees and comments, an editor changes and shares, the owner also trashes
// (https://support.google.com/drive/answer/2494822, https://developers.google.com/workspace/drive/api/guides/ref-roles).
describe('Drive sharing, for every service that opens a file', () => {
  test("a teacher cannot open the admin's registry until it is shared with them", () => {
    const { as, sheets, drive } = setup();
    const registry = sheets.create('PLG registry');
    const id = registry.getId();
    as(teacher, () => {
      expect(() => sheets.openById(id)).toThrow(noSpreadsheetAccess);
      expect(() => drive.getFileById(id)).toThrow(noSuchItem);
    });
    drive.getFileById(id).addViewer(teacher);
    as(teacher, () => {
      expect(sheets.openById(id).getName()).toBe('PLG registry');
      expect(drive.getFileById(id).getName()).toBe('PLG registry');
    });
  });

  test('a viewer or commenter may read but not write; an editor may write', () => {
    const { as, sheets, drive, docs, forms } = setup();
    const registry = sheets.create('PLG registry');
    registry.getSheets()[0]!.getRange('A1').setValue('Staff');
    const doc = docs.create('Agenda');
    const form = forms.create('Feedback').setTitle('Feedback');
    for (const id of [registry.getId(), doc.getId(), form.getId()]) {
      drive.getFileById(id).addViewer(teacher).addCommenter(coach);
    }
    for (const who of [teacher, coach]) {
      as(who, () => {
        const range = sheets.openById(registry.getId()).getSheets()[0]!.getRange('A1');
        expect(range.getValue()).toBe('Staff');
        expect(() => range.setValue('Changed')).toThrow(cannotChange);
        const body = docs.openById(doc.getId()).getBody();
        expect(body.getText()).toBe('');
        expect(() => body.appendParagraph('Notes')).toThrow(cannotChange);
        const opened = forms.openById(form.getId());
        expect(opened.getTitle()).toBe('Feedback');
        expect(() => opened.setTitle('Mine')).toThrow(cannotChange);
        expect(() => drive.getFileById(registry.getId()).setName('Mine')).toThrow('Access denied: DriveApp.');
        expect(() => drive.getFileById(registry.getId()).addEditor(who)).toThrow('Access denied: DriveApp.');
      });
    }
    drive.getFileById(registry.getId()).addEditor(teacher);
    as(teacher, () => {
      sheets.openById(registry.getId()).getSheets()[0]!.getRange('A1').setValue('Changed');
    });
    expect(registry.getSheets()[0]!.getRange('A1').getValue()).toBe('Changed');
  });

  test('a removed editor loses access at once, even through a handle opened before', () => {
    const { as, sheets, drive } = setup();
    const registry = sheets.create('PLG registry');
    drive.getFileById(registry.getId()).addEditor(teacher);
    const range = as(teacher, () => sheets.openById(registry.getId()).getSheets()[0]!.getRange('A1'));
    as(teacher, () => range.setValue('while an editor'));
    drive.getFileById(registry.getId()).removeEditor(teacher);
    as(teacher, () => {
      expect(() => range.setValue('after removal')).toThrow(noSpreadsheetAccess);
      expect(() => range.getValues()).toThrow(noSpreadsheetAccess);
    });
    expect(range.getValue()).toBe('while an editor');
  });

  test('sharing a folder shares what is in it; general access covers the domain, not outsiders', () => {
    const { as, drive, docs, sheets } = setup();
    const folder = drive.createFolder('Math PLG');
    const agenda = docs.create('Agenda');
    drive.getFileById(agenda.getId()).moveTo(folder);
    folder.addEditor(teacher);
    as(teacher, () => docs.openById(agenda.getId()).getBody().appendParagraph('Outcomes'));
    const directory = sheets.create('Directory');
    drive.getFileById(directory.getId()).setSharing(drive.Access.DOMAIN_WITH_LINK, drive.Permission.VIEW);
    as(coach, () => expect(sheets.openById(directory.getId()).getName()).toBe('Directory'));
    as('parent@gmail.com', () => expect(() => sheets.openById(directory.getId())).toThrow(noSpreadsheetAccess));
  });

  test('getEditors and getViewers are empty to someone who cannot edit; only the owner trashes', () => {
    const { as, drive, docs } = setup();
    const file = drive.getFileById(docs.create('Agenda').getId());
    file.addViewer(teacher).addEditor(coach);
    // "If the user who executes the script does not have edit access to the File, this method returns an
    // empty array." (https://developers.google.com/apps-script/reference/drive/file#getEditors())
    as(teacher, () => expect(drive.getFileById(file.getId()).getEditors()).toEqual([]));
    as(coach, () =>
      expect(
        drive
          .getFileById(file.getId())
          .getEditors()
          .map((u) => u.getEmail()),
      ).toEqual([coach]),
    );
    // "Only the file owner can trash a file" (https://developers.google.com/workspace/drive/api/guides/delete).
    as(coach, () => expect(() => drive.getFileById(file.getId()).setTrashed(true)).toThrow('Access denied: DriveApp.'));
    file.setTrashed(true);
    expect(file.isTrashed()).toBe(true);
  });

  test('each person has their own My Drive, and what they make is theirs', () => {
    const { as, drive } = setup();
    const adminRoot = drive.getRootFolder().getId();
    const folder = as(teacher, () => drive.createFolder('My notes'));
    as(teacher, () => {
      expect(drive.getRootFolder().getId()).not.toBe(adminRoot);
      expect(folder.getOwner().getEmail()).toBe(teacher);
    });
    expect(() => drive.getFolderById(folder.getId())).toThrow(noSuchItem);
  });

  test("the active spreadsheet is no one's who cannot open it", () => {
    const { ws, as, sheets } = setup();
    const registry = sheets.create('PLG registry');
    setActiveSpreadsheet(ws, registry.getId());
    expect(sheets.getActiveSpreadsheet()!.getId()).toBe(registry.getId());
    as(teacher, () => expect(sheets.getActiveSpreadsheet()).toBeNull());
  });
});

function failure(run: () => unknown): Error & { details?: { code: number; message: string } } {
  try {
    run();
  } catch (error) {
    return error as Error & { details?: { code: number; message: string } };
  }
  throw new Error('expected the call to fail');
}

const meeting = {
  summary: 'Math PLG',
  start: { dateTime: '2026-09-01T15:30:00', timeZone: 'America/New_York' },
  end: { dateTime: '2026-09-01T16:30:00', timeZone: 'America/New_York' },
  attendees: [{ email: teacher }],
  extendedProperties: { private: { plgHub: '1' } },
};

// Calendar sharing: "reader - Provides read access to the calendar", "writer - Provides read and write access
// to the calendar", "owner - … the additional ability to see and manipulate ACLs"
// (https://developers.google.com/workspace/calendar/api/v3/reference/acl). A calendar you have no access to
// answers 404 (https://developers.google.com/workspace/calendar/api/guides/errors#404_not_found); a reader's
// change answers 403 requiredAccessLevel, "You need to have writer access to this calendar."
describe("Calendar: only a calendar's owners and writers change its events", () => {
  function plgCalendar() {
    const s = setup();
    const calendarId = s.Calendar.Calendars.insert({ summary: 'PLG meetings', timeZone: 'America/New_York' }).id!;
    const event = s.Calendar.Events.insert({ ...meeting, id: 'math1meeting01' }, calendarId);
    return { ...s, calendarId, eventId: event.id! };
  }

  test("a teacher cannot read or patch events on the admin's PLG calendar", () => {
    const { as, Calendar, calendarId, eventId } = plgCalendar();
    as(teacher, () => {
      const patch = failure(() => Calendar.Events.patch({ summary: 'Mine' }, calendarId, eventId));
      expect(patch.message).toBe('API call to calendar.events.patch failed with error: Not Found');
      expect(patch.details?.code).toBe(404);
      expect(() => Calendar.Events.list(calendarId)).toThrow(
        'API call to calendar.events.list failed with error: Not Found',
      );
      expect(() => Calendar.Calendars.get(calendarId)).toThrow('failed with error: Not Found');
      expect(Calendar.CalendarList.list().items!.map((c) => c.id)).toEqual([teacher]);
    });
    expect(Calendar.Events.get(calendarId, eventId).summary).toBe('Math PLG');
  });

  test('shared as reader: events without private properties, and no changes; as writer: changes', () => {
    const { ws, as, Calendar, calendarId, eventId } = plgCalendar();
    shareCalendar(ws, calendarId, teacher, 'reader');
    as(teacher, () => {
      const seen = Calendar.Events.get(calendarId, eventId);
      expect(seen.summary).toBe('Math PLG');
      expect(seen.extendedProperties?.private).toBeUndefined();
      const patch = failure(() => Calendar.Events.patch({ summary: 'Mine' }, calendarId, eventId));
      expect(patch.message).toBe(
        'API call to calendar.events.patch failed with error: You need to have writer access to this calendar.',
      );
      expect(patch.details?.code).toBe(403);
      const listed = Calendar.CalendarList.list().items!.find((c) => c.id === calendarId);
      expect(listed?.accessRole).toBe('reader');
    });
    shareCalendar(ws, calendarId, teacher, 'writer');
    as(teacher, () => {
      expect(Calendar.Events.get(calendarId, eventId).extendedProperties?.private).toEqual({ plgHub: '1' });
      Calendar.Events.patch({ location: 'Room 100' }, calendarId, eventId);
      const renamed = failure(() => Calendar.Calendars.patch({ summary: 'Mine' }, calendarId));
      expect(renamed.details?.code).toBe(403);
    });
    expect(Calendar.Events.get(calendarId, eventId).location).toBe('Room 100');
    shareCalendar(ws, calendarId, teacher, null);
    as(teacher, () => expect(() => Calendar.Events.get(calendarId, eventId)).toThrow('Not Found'));
  });

  test('a guest opens the meeting as their own copy; anyone else cannot open it', () => {
    const { ws, as, calendarId, eventId } = plgCalendar();
    // https://developers.google.com/workspace/add-ons/concepts/event-objects#calendar-event-object: the
    // calendar the event was opened from is the guest's own.
    const opened = as(teacher, () => eventOpenEvent(ws, { calendarId, eventId, userEmail: teacher }));
    expect(opened.calendar).toMatchObject({ calendarId: teacher, id: eventId });
    expect(opened.calendar.attendees).toEqual([expect.objectContaining({ email: teacher, self: true })]);
    expect(() => as(coach, () => eventOpenEvent(ws, { calendarId, eventId, userEmail: coach }))).toThrow('Not Found');
    expect(eventOpenEvent(ws, { calendarId, eventId, userEmail: admin }).calendar.calendarId).toBe(calendarId);
  });

  test('each person has their own primary calendar, which only they change', () => {
    const { as, Calendar } = plgCalendar();
    as(teacher, () => Calendar.Events.insert({ ...meeting, attendees: [] }, 'primary'));
    expect(() => Calendar.Events.list(teacher)).toThrow('Not Found');
    as(teacher, () => expect(Calendar.Events.list('primary').items).toHaveLength(1));
  });
});

// PropertiesService: "Script properties … shared by all users of a script", "User properties … accessible only
// by the current user of a script", "Document properties … available to any user of the current document"
// (https://developers.google.com/apps-script/guides/properties).
describe('PropertiesService: who shares which store', () => {
  test('user properties differ per user while script properties are shared', () => {
    const { ws, as } = setup();
    const props = createPropertiesService(ws);
    props.getScriptProperties().setProperty('registry', 'sheet-1');
    props.getUserProperties().setProperty('myRegistries', '["sheet-1"]');
    as(teacher, () => {
      expect(props.getScriptProperties().getProperty('registry')).toBe('sheet-1');
      expect(props.getUserProperties().getProperty('myRegistries')).toBeNull();
      props.getUserProperties().setProperty('myRegistries', '[]');
      props.getScriptProperties().setProperty('registry', 'sheet-2');
    });
    expect(props.getUserProperties().getProperty('myRegistries')).toBe('["sheet-1"]');
    expect(props.getScriptProperties().getProperty('registry')).toBe('sheet-2');
  });

  test('document properties belong to the open spreadsheet, for everyone who can open it', () => {
    const { ws, as, sheets, drive } = setup();
    const props = createPropertiesService(ws);
    expect(props.getDocumentProperties()).toBeNull();
    const registry = sheets.create('PLG registry');
    setActiveSpreadsheet(ws, registry.getId());
    props.getDocumentProperties().setProperty('setUp', 'yes');
    as(teacher, () => expect(props.getDocumentProperties()).toBeNull());
    drive.getFileById(registry.getId()).addEditor(teacher);
    as(teacher, () => expect(props.getDocumentProperties().getProperty('setUp')).toBe('yes'));
  });
});
