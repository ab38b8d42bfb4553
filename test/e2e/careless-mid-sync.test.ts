// The careless admin in the middle of a large school's first sync, which goes in turns through the hourly run
// (forms built, events as Calendar's minute allows, card files while it empties): they rename the Meetings tab's
// Date header before the hourly run fires, then put it back. What could not be read is held, never cancelled and
// never mailed about; after a new Preview and Apply the sync finishes, each event once.
import { applyButtonText, saysNothingToSend, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { settingValue, syncOutcome } from '../../src/emulator/bench/sync-outcome';
import { allEvents, sentInvitations } from '../../src/emulator/calendar';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';

jest.setTimeout(120_000);

function renameMeetingsHeader(s: EmulatedSchool, from: string, to: string): void {
  const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const meetings = sheets.openById(s.spreadsheetId).getSheetByName('Meetings')!;
  const header = meetings.getRange(1, 1, 1, meetings.getLastColumn()).getValues()[0]!.map(String);
  meetings.getRange(1, header.indexOf(from) + 1).setValue(to);
}

it('a header renamed mid-sync holds the hourly run; put back and applied, the sync finishes with each event once', () => {
  const s = startSchool({ seed: 3, staff: 400, withFindings: false });
  setUpAndFill(s);
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  s.press(preview, applyButtonText(preview)!);
  const calendarId = settingValue(s, 'Calendar id');
  const liveAfterApply = allEvents(s.ws, calendarId).filter((e) => e.status !== 'cancelled').length;

  renameMeetingsHeader(s, 'Date', 'When');
  passAnHour(s);
  const events = allEvents(s.ws, calendarId);
  expect(events.filter((e) => e.status === 'cancelled')).toEqual([]);
  expect(events.length).toBe(liveAfterApply);
  expect(sentInvitations(s.ws).filter((m) => /cancel/i.test(m.kind))).toEqual([]);

  // Put back; the admin previews again (the hour that found the tab unreadable could write nothing of the approved
  // sync) and applies what the preview lists; the hourly runs finish it.
  renameMeetingsHeader(s, 'When', 'Date');
  passAnHour(s);
  const again = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  if (applyButtonText(again)) s.press(again, applyButtonText(again)!);
  for (let hour = 0; hour < 3; hour++) passAnHour(s);
  expect(saysNothingToSend(s.press(s.open('onSheetsHomepage'), 'Preview changes'))).toBe(true);
  const outcome = syncOutcome(s);
  expect(outcome.duplicated).toEqual([]);
  expect(outcome.unrecorded).toEqual([]);
  const scheduled = Object.values(outcome.meetings).filter((row) => row.includes('Status: scheduled')).length;
  expect(Object.keys(outcome.events).length).toBe(scheduled);
  expect(allEvents(s.ws, calendarId).filter((e) => e.status === 'cancelled')).toEqual([]);
});
