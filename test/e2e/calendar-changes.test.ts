// After the first sync, the changes a school actually makes: one meeting moved, a member joining mid-year, and
// someone editing a PLG event straight in Calendar. Each touches only what it should, and nothing is silently
// overwritten.
import { findButtons } from '../../src/emulator/cards/interact';
import { allEvents, sentInvitations, userEditEvent } from '../../src/emulator/calendar';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';

function syncAll(s: EmulatedSchool): unknown {
  let shown = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  const apply = findButtons(shown).find((b) => b.text.startsWith('Apply'));
  if (!apply) return shown;
  shown = s.press(shown, apply.text);
  for (let i = 0; i < 60 && findButtons(shown).some((b) => b.text === 'Continue'); i++)
    shown = s.press(shown, 'Continue');
  return shown;
}

function rows(s: EmulatedSchool, tab: string): { header: string[]; rows: unknown[][] } {
  const [header, ...rest] = readSheetValues(s.ws, s.spreadsheetId, tab);
  return { header: header!.map(String), rows: rest };
}

function sheet(s: EmulatedSchool, tab: string): GoogleAppsScript.Spreadsheet.Sheet {
  return (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .openById(s.spreadsheetId)
    .getSheetByName(tab)!;
}

let s: EmulatedSchool;
let calendarId: string;

beforeAll(() => {
  s = startSchool({ seed: 4, staff: 40, withFindings: false });
  s.press(s.open('onSheetsHomepage'), 'Set up');
  s.fillRegistry();
  syncAll(s);
  const settings = rows(s, 'Settings').rows;
  calendarId = String(settings.find((r) => r[0] === 'Calendar id')![1]);
}, 60_000);

it('moves only the meeting whose date was changed, and tells only its guests', () => {
  const meetings = rows(s, 'Meetings');
  const col = (h: string) => meetings.header.indexOf(h);
  const index = meetings.rows.findIndex(
    (r) => String(r[col('Meeting')]).startsWith('MATH') && (r[col('Date')] as Date) > new Date('2026-10-01'),
  );
  const moved = meetings.rows[index]!;
  const eventId = String(moved[col('Calendar event')]);
  const before = allEvents(s.ws, calendarId).map((e) => [e.id, e.etag]);
  const sentBefore = sentInvitations(s.ws).length;
  sheet(s, 'Meetings')
    .getRange(index + 2, col('Date') + 1)
    .setValue('2026-10-22');

  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  expect(JSON.stringify(preview)).toContain('1 changed');
  syncAll(s);

  const after = new Map(allEvents(s.ws, calendarId).map((e) => [e.id, e]));
  expect(after.get(eventId)!.start!.dateTime).toContain('2026-10-22T15:30');
  const changed = before.filter(([id, etag]) => after.get(id!)!.etag !== etag).map(([id]) => id);
  expect(changed).toEqual([eventId]);
  const mails = sentInvitations(s.ws).slice(sentBefore);
  expect(new Set(mails.map((m) => m.eventId))).toEqual(new Set([eventId]));
  expect(mails.every((m) => m.kind === 'update')).toBe(true);
});

it('adds a member who joins mid-year to future meetings only', () => {
  const staffEmail = String(rows(s, 'Staff').rows.find((r) => r[2] === 'teacher')![0]);
  const mathEvents = () => allEvents(s.ws, calendarId).filter((e) => e.summary === 'Math PLG');
  const newcomer = 'new.teacher@school.example';
  const staff = sheet(s, 'Staff');
  staff.appendRow([newcomer, 'New Teacher', 'teacher', 'Math', '6', '', 'Yes']);
  sheet(s, 'Members').appendRow(['MATH-1', newcomer, 'member', '2026-11-01', '']);
  expect(staffEmail).not.toBe(newcomer);
  syncAll(s);
  for (const event of mathEvents()) {
    const invited = (event.attendees ?? []).some((a) => a.email === newcomer);
    expect(invited).toBe(event.start!.dateTime! >= '2026-11-01');
  }
});

it("shows an edit made directly in Calendar, and keeps Calendar's version when the admin says so", () => {
  const meetings = rows(s, 'Meetings');
  const col = (h: string) => meetings.header.indexOf(h);
  const index = meetings.rows.findIndex(
    (r) => String(r[col('Meeting')]).startsWith('SCIE') && (r[col('Date')] as Date) > new Date('2026-12-01'),
  );
  const eventId = String(meetings.rows[index]![col('Calendar event')]);
  userEditEvent(s.ws, calendarId, eventId, { location: 'Library' });

  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  expect(JSON.stringify(preview)).toContain('Changed directly in Calendar');
  const event = allEvents(s.ws, calendarId).find((e) => e.id === eventId)!;
  expect(event.location).toBe('Library');

  s.press(preview, "Keep Calendar's");
  expect(rows(s, 'Meetings').rows[index]![col('Location')]).toBe('Library');
  const again = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  expect(JSON.stringify(again)).not.toContain('Changed directly in Calendar');
  expect(allEvents(s.ws, calendarId).find((e) => e.id === eventId)!.location).toBe('Library');
});
