// The school in Sydney, Kolkata or Chatham: the registry's dates and times are the school's wall clock in
// Settings ▸ Time zone, whatever zone the admin's account, the spreadsheet or the script is in. Each school
// below is synced end to end by the built add-on; every meeting must land on its Meetings-tab date, at its
// start time, on the group's weekday — before and after both daylight-saving changes — in Calendar, in the
// agenda Docs and in the exported .ics.
import { tabRecords } from '../../src/emulator/bench/sync-outcome';
import { allEvents } from '../../src/emulator/calendar';
import { cardText, findButtons, notificationText } from '../../src/emulator/cards/interact';
import { exportIcs } from '../../src/emulator/export/ics';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { wallClockIn } from '../../src/emulator/base-services/zoned-time';
import { docText } from '../../src/emulator/docs';
import { fileIdOf } from '../../src/core/drive-id';

/**
 * Each school's zone, the (different) zone its admin's account — and so a new spreadsheet — is in, and the
 * spreadsheet's locale, which says how the school writes times.
 */
const schools: [school: string, admin: string, locale: string][] = [
  ['America/Los_Angeles', 'America/New_York', 'en_US'],
  ['America/Chicago', 'Europe/Berlin', 'en_US'],
  ['America/Phoenix', 'America/Denver', 'en_US'],
  ['Europe/London', 'America/Los_Angeles', 'en_GB'],
  ['Australia/Sydney', 'UTC', 'en_AU'],
  ['Asia/Kolkata', 'America/New_York', 'en_IN'],
  ['Pacific/Chatham', 'Pacific/Honolulu', 'en_NZ'],
];

/** How each locale writes the start of a meeting at `hhmm` and its date, as its people would expect to read it. */
const written: Record<string, (hhmm: string, date: string) => { start: string; day: string }> = {
  en_US: (t, d) => ({
    start: `${twelve(t)}`,
    day: `${weekdayOf(d)}, ${monthOf(d)} ${Number(d.slice(8))}, ${d.slice(0, 4)}`,
  }),
  en_GB: (t, d) => ({ start: t, day: `${weekdayOf(d)} ${Number(d.slice(8))} ${monthOf(d)} ${d.slice(0, 4)}` }),
  en_AU: (t, d) => ({ start: twelve(t), day: `${weekdayOf(d)} ${Number(d.slice(8))} ${monthOf(d)} ${d.slice(0, 4)}` }),
  en_IN: (t, d) => ({ start: twelve(t), day: `${weekdayOf(d)} ${Number(d.slice(8))} ${monthOf(d)} ${d.slice(0, 4)}` }),
  en_NZ: (t, d) => ({ start: twelve(t), day: `${weekdayOf(d)} ${Number(d.slice(8))} ${monthOf(d)} ${d.slice(0, 4)}` }),
};
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const weekdayOf = (d: string) => weekdays[new Date(`${d}T12:00:00Z`).getUTCDay()]!;
const monthOf = (d: string) => months[Number(d.slice(5, 7)) - 1]!;
/** '15:30' → '3:30', the hour as a 12-hour clock shows it (the half of day comes after the range's end). */
const twelve = (t: string) => `${Number(t.slice(0, 2)) % 12 || 12}:${t.slice(3)}`;

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function syncAll(s: EmulatedSchool): void {
  let shown = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  const apply = findButtons(shown).find((b) => b.text.startsWith('Apply'));
  if (!apply) return;
  shown = s.press(shown, apply.text);
  for (let i = 0; i < 80 && findButtons(shown).some((b) => b.text === 'Continue'); i++)
    shown = s.press(shown, 'Continue');
}

const table = tabRecords;

function setting(s: EmulatedSchool, label: string): unknown {
  return table(s, 'Settings').find((r) => r.Setting === label)?.Value;
}

/** A cell's wall clock as the spreadsheet shows it (the spreadsheet's own zone). */
function shown(s: EmulatedSchool, value: unknown): { date: string; time: string } {
  const zone = (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .openById(s.spreadsheetId)
    .getSpreadsheetTimeZone();
  if (!(value instanceof Date)) return { date: String(value), time: String(value) };
  const w = wallClockIn(value, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

describe.each(schools)('a school in %s (admin account in %s, locale %s)', (zone, adminZone, locale) => {
  let s: EmulatedSchool;
  beforeAll(() => {
    s = startSchool({ seed: 3, staff: 30, withFindings: false, timeZone: zone, userTimeZone: adminZone, locale });
    s.press(s.open('onSheetsHomepage'), 'Set up');
    s.fillRegistry();
    syncAll(s);
  }, 120_000);

  it('puts every meeting on its date, weekday and wall-clock time, across both daylight-saving changes', () => {
    const calendarId = String(setting(s, 'Calendar id'));
    const groups = new Map(table(s, 'Groups').map((g) => [String(g['Group id']), g]));
    const events = new Map(allEvents(s.ws, calendarId).map((e) => [e.id, e]));
    const meetings = table(s, 'Meetings').filter((m) => m.Status !== 'canceled');
    expect(meetings.length).toBeGreaterThan(40);
    const offsets = new Set<string>();
    for (const m of meetings) {
      const group = groups.get(String(m['Group id']))!;
      const event = events.get(String(m['Calendar event']))!;
      expect(event).toBeDefined();
      expect(event.start!.timeZone).toBe(zone);
      const start = new Date(event.start!.dateTime!);
      const wall = wallClockIn(start, zone);
      const pad = (n: number) => String(n).padStart(2, '0');
      const date = `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
      expect(date).toBe(shown(s, m.Date).date);
      expect(`${pad(wall.hour)}:${pad(wall.minute)}`).toBe(shown(s, m['Start time']).time);
      expect(weekdays[wall.weekday]).toBe(group.Weekday);
      offsets.add(event.start!.dateTime!.slice(19));
    }
    // The school year crosses both of the zone's daylight-saving changes (none in Phoenix or Kolkata).
    const observesDst = !['America/Phoenix', 'Asia/Kolkata'].includes(zone);
    expect(offsets.size).toBe(observesDst ? 2 : 1);
  });

  it('types the group times as the spreadsheet shows them: whole minutes, the time that was typed', () => {
    const typed = new Set(['08:00', '15:30']); // the sample school's start times
    for (const g of table(s, 'Groups')) expect(typed).toContain(shown(s, g['Start time']).time);
    for (const m of table(s, 'Meetings')) expect(typed).toContain(shown(s, m['Start time']).time);
    for (const m of table(s, 'Meetings')) {
      const value = m.Date as Date;
      expect(value).toBeInstanceOf(Date);
      expect(wallClockIn(value, zoneOfSpreadsheet(s)).hour).toBe(0);
      expect(wallClockIn(value, zoneOfSpreadsheet(s)).second).toBe(0);
    }
  });

  it('exports a calendar file whose events open at the same local times', () => {
    const ics = exportIcs(s.ws);
    expect(ics).toContain(`TZID:${zone}`);
    const first = table(s, 'Meetings').find((m) => m.Status !== 'canceled')!;
    const stamp = `${shown(s, first.Date).date.replace(/-/g, '')}T${shown(s, first['Start time']).time.replace(':', '')}00`;
    expect(ics).toContain(`DTSTART;TZID=${zone}:${stamp}`);
  });

  it("writes agenda Docs with the meeting's date and start time, the way the school's locale writes them", () => {
    s.press(s.open('onSheetsHomepage'), 'Generate agendas');
    const withAgenda = table(s, 'Meetings').filter((m) => String(m.Agenda ?? ''));
    expect(withAgenda.length).toBeGreaterThan(0);
    for (const m of withAgenda) {
      const [title, when] = docText(s.ws, fileIdOf(String(m.Agenda))!).split('\n');
      const expected = written[locale]!(shown(s, m['Start time']).time, shown(s, m.Date).date);
      expect(title).toContain(expected.day);
      expect(when!.startsWith(`${expected.start}–`)).toBe(true);
      expect(when).toMatch(locale === 'en_GB' ? /^\d\d:\d\d–\d\d:\d\d/ : locale === 'en_US' ? / [AP]M/ : / [ap]m/);
    }
  });
});

function zoneOfSpreadsheet(s: EmulatedSchool): string {
  return (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .openById(s.spreadsheetId)
    .getSpreadsheetTimeZone();
}

describe('when someone changes the spreadsheet’s own time zone later', () => {
  it('Validate says so, and one press gives it the school’s zone without moving any typed date or time', () => {
    const s = startSchool({
      seed: 3,
      staff: 30,
      withFindings: false,
      timeZone: 'Australia/Sydney',
      userTimeZone: 'UTC',
    });
    s.press(s.open('onSheetsHomepage'), 'Set up');
    s.fillRegistry();
    const book = (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(s.spreadsheetId);
    const fixZone = () => {
      const validated = s.press(s.open('onSheetsHomepage'), 'Validate');
      expect(cardText(validated)).toMatch(/spreadsheet's own time zone \(File ▸ Settings\) is \S+/);
      const fixed = s.press(validated, 'Use Australia/Sydney for the spreadsheet');
      expect(notificationText(fixed)).toMatch(/now keeps Australia\/Sydney/);
      expect(book.getSpreadsheetTimeZone()).toBe('Australia/Sydney');
    };
    // The admin typed Australia/Sydney into a spreadsheet made in their UTC account.
    const typed = book.getSheetByName('Groups')!.getDataRange().getDisplayValues();
    fixZone();
    expect(book.getSheetByName('Groups')!.getDataRange().getDisplayValues()).toEqual(typed);
    // Later someone opens File ▸ Settings and picks another zone.
    book.setSpreadsheetTimeZone('Europe/Paris');
    fixZone();
    expect(book.getSheetByName('Groups')!.getDataRange().getDisplayValues()).toEqual(typed);
    expect(cardText(s.press(s.open('onSheetsHomepage'), 'Validate'))).not.toMatch(/own time zone/);
  });

  it('a new registry starts in the zone its spreadsheet was made in', () => {
    const s = startSchool({ seed: 3, staff: 30, withFindings: false, userTimeZone: 'Asia/Kolkata' });
    s.press(s.open('onSheetsHomepage'), 'Set up');
    const settings = readSheetValues(s.ws, s.spreadsheetId, 'Settings');
    expect(settings.find((r) => r[0] === 'Time zone')![1]).toBe('Asia/Kolkata');
  });
});
