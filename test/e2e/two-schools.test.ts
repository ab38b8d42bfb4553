// One deployment, two schools: two admins, each with their own registry (both with a MATH-1 group), a teacher in
// each. Neither school's work touches the other's: calendars, feedback forms, the teachers' cards, hourly runs.
import { applyButtonText, continueUntilDone } from '../../src/emulator/bench/admin-sync';
import { settingValue, tabRecords } from '../../src/emulator/bench/sync-outcome';
import { allEvents } from '../../src/emulator/calendar';
import { bundleFile, schoolOn, startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { sampleSchool } from '../../src/emulator/sample-school';
import { setActiveSpreadsheet } from '../../src/emulator/spreadsheet';
import { readFileSync } from 'node:fs';
import { keepFirstGroups } from '../../src/emulator/sample-school';

jest.setTimeout(120_000);

function smallSchool<T extends { tabs: Record<string, Record<string, unknown>[]>; settings: Record<string, unknown> }>(
  school: T,
): T {
  school.settings['School year end'] = '2026-12-18';
  keepFirstGroups(school, 3);
  return school;
}

/** Set up, fill and sync a school as its admin, with its registry open in their Sheets. */
function syncAs(s: EmulatedSchool, admin: string): void {
  setActiveSpreadsheet(s.ws, s.spreadsheetId);
  s.asUser(admin, () => {
    s.press(s.open('onSheetsHomepage'), 'Set up');
    s.fillRegistry();
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    continueUntilDone(s, s.press(preview, applyButtonText(preview)!));
  });
}

const table = tabRecords;

let north: EmulatedSchool;
let south: EmulatedSchool;

beforeAll(() => {
  north = startSchool({ seed: 5, staff: 30, withFindings: false });
  smallSchool(north.school);
  const southSchool = smallSchool(sampleSchool({ seed: 9, staff: 30, withFindings: false }));
  southSchool.admin = 'south.admin@school.example';
  southSchool.settings.School = 'South Middle School';
  southSchool.tabs.Staff!.push({ Email: southSchool.admin, Name: 'South Admin', Role: 'administrator', Active: 'Yes' });
  const sheets = north.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const southId = north.asUser(southSchool.admin, () => sheets.create('South registry').getId());
  south = schoolOn(north.ws, north.globals, southSchool, southId, readFileSync(bundleFile, 'utf8'));
  syncAs(north, north.school.admin);
  syncAs(south, southSchool.admin);
});

it('gives each school its own PLG calendar, events and MATH-1 feedback form', () => {
  const northCalendar = settingValue(north, 'Calendar id');
  const southCalendar = settingValue(south, 'Calendar id');
  expect(northCalendar).not.toBe(southCalendar);
  expect(allEvents(north.ws, northCalendar).length).toBeGreaterThan(10);
  expect(allEvents(north.ws, southCalendar).length).toBeGreaterThan(10);
  const mathForm = (s: EmulatedSchool) =>
    String(table(s, 'Groups').find((g) => g['Group id'] === 'MATH-1')!['Feedback form']);
  expect(mathForm(north)).not.toBe('');
  expect(mathForm(south)).not.toBe('');
  expect(mathForm(north)).not.toBe(mathForm(south));
});

it("shows each school's teacher their own MATH-1 in Calendar", () => {
  for (const s of [north, south]) {
    const calendarId = settingValue(s, 'Calendar id');
    const event = allEvents(s.ws, calendarId).find(
      (e) => e.status !== 'cancelled' && e.extendedProperties?.private?.meetingKey?.startsWith('MATH-1-'),
    )!;
    const teacher = event.attendees!.map((a) => a.email!).find((e) => e !== s.school.admin)!;
    const facilitator = String(table(s, 'Groups').find((g) => g['Group id'] === 'MATH-1')!.Facilitator);
    const card = JSON.stringify(s.openEvent(teacher, calendarId, event.id!));
    const name = String(table(s, 'Staff').find((p) => p.Email === facilitator)!.Name);
    expect(card).toContain(name);
  }
});

it("runs each admin's hourly trigger over their own registry only", () => {
  const before = { north: JSON.stringify(table(north, 'Meetings')), south: JSON.stringify(table(south, 'Meetings')) };
  north.ws.clock.nowMs = new Date('2026-09-03T12:00:00Z').getTime();
  setActiveSpreadsheet(north.ws, null);
  // The south admin's trigger runs as the south admin: it makes the south school's agendas, and nothing of north's.
  south.asUser(south.school.admin, () => south.addon.run('onHourlyTick', { authMode: 'FULL' }));
  expect(JSON.stringify(table(north, 'Meetings'))).toBe(before.north);
  expect(JSON.stringify(table(south, 'Meetings'))).not.toBe(before.south);
  expect(table(south, 'Meetings').some((m) => String(m.Agenda))).toBe(true);
});
