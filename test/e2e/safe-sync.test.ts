// The busy admin: a typo, a renamed header or tab, an edit between Apply and Continue, a retyped group id. Each
// case starts from a school already synced, makes the edit as a person would, then lets time pass and the
// buttons be pressed; nothing may be cancelled, moved or mailed that a preview did not list and Apply approve.
import { applyButtonText, continueUntilDone, offersContinue } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { settingValue } from '../../src/emulator/bench/sync-outcome';
import { allEvents, sentInvitations } from '../../src/emulator/calendar';
import { cardText, findButtons, notificationText } from '../../src/emulator/cards/interact';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { lastRun } from '../../src/emulator/demo-flow';
import { keepFirstGroups } from '../../src/emulator/sample-school';

jest.setTimeout(120_000);

let synced: SavedSchool;

function sheet(s: EmulatedSchool, tab: string): GoogleAppsScript.Spreadsheet.Sheet {
  return (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .openById(s.spreadsheetId)
    .getSheetByName(tab)!;
}

function table(s: EmulatedSchool, tab: string): { header: string[]; rows: unknown[][] } {
  const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, tab);
  return { header: header!.map(String), rows };
}

/** Types `value` into the cell of `tab` at the row whose `keyHeader` is `key`, as the admin would. */
function edit(s: EmulatedSchool, tab: string, keyHeader: string, key: string, header: string, value: unknown): void {
  const { header: headers, rows } = table(s, tab);
  const row = rows.findIndex((r) => String(r[headers.indexOf(keyHeader)]) === key);
  expect(row).toBeGreaterThanOrEqual(0);
  sheet(s, tab)
    .getRange(row + 2, headers.indexOf(header) + 1)
    .setValue(value);
}

function renameHeader(s: EmulatedSchool, tab: string, from: string, to: string): void {
  const { header } = table(s, tab);
  sheet(s, tab)
    .getRange(1, header.indexOf(from) + 1)
    .setValue(to);
}

/** What guests see: each live event's time, title, place and guest list, by id. */
function calendarNow(s: EmulatedSchool): Record<string, string> {
  const calendarId = settingValue(s, 'Calendar id');
  return Object.fromEntries(
    allEvents(s.ws, calendarId).map((e) => [
      e.id!,
      JSON.stringify([
        e.status,
        e.summary,
        e.location,
        e.start?.dateTime,
        e.end?.dateTime,
        (e.attendees ?? []).map((a) => a.email).sort(),
      ]),
    ]),
  );
}

function preview(s: EmulatedSchool): unknown {
  return s.press(s.open('onSheetsHomepage'), 'Preview changes');
}

/** Preview, Apply and Continue until done (confirming cancellations when asked). */
function syncAll(s: EmulatedSchool): unknown {
  let shown = preview(s);
  const apply = applyButtonText(shown);
  if (!apply) return shown;
  shown = s.press(shown, apply);
  const confirm = findButtons(shown).find((b) => b.text.startsWith('Cancel these'));
  if (confirm) shown = s.press(shown, confirm.text);
  return continueUntilDone(s, shown).shown;
}

/** Hours pass; the hourly run does whatever it does. */
function hoursPass(s: EmulatedSchool, hours: number): void {
  for (let i = 0; i < hours; i++) passAnHour(s);
}

beforeAll(() => {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  keepFirstGroups(s.school, 3);
  s.press(s.open('onSheetsHomepage'), 'Set up');
  s.fillRegistry();
  syncAll(s);
  expect(offersContinue(preview(s))).toBe(false);
  synced = saveSchool(s);
});

describe('what could not be read is held, never cancelled', () => {
  it.each([
    ['a typo in one Groups row', (s: EmulatedSchool) => edit(s, 'Groups', 'Group id', 'MATH-1', 'Weekday', 'Tusday')],
    ['a renamed Groups header', (s: EmulatedSchool) => renameHeader(s, 'Groups', 'Weekday', 'Day')],
    ['a renamed Groups tab', (s: EmulatedSchool) => sheet(s, 'Groups').setName('Groups (old)')],
    ['a renamed Meetings header', (s: EmulatedSchool) => renameHeader(s, 'Meetings', 'Date', 'When')],
    [
      'a typo in a Members row',
      (s: EmulatedSchool) => edit(s, 'Members', 'Group id', 'MATH-1', 'Staff email', 'nobody'),
    ],
    [
      'an Until before its From',
      (s: EmulatedSchool) => {
        edit(s, 'Members', 'Group id', 'MATH-1', 'From', '2026-11-01');
        edit(s, 'Members', 'Group id', 'MATH-1', 'Until', '2026-10-01');
      },
    ],
    [
      'a text date in day/month order',
      (s: EmulatedSchool) => {
        sheet(s, 'Members').getRange(2, 1, 50, 10).setNumberFormat('@'); // a plain-text column, as pasted
        edit(s, 'Members', 'Group id', 'MATH-1', 'Until', '01/10/2026');
      },
    ],
  ])(
    '%s: Preview says what is held and where; nothing is cancelled, moved or mailed, however long it waits',
    (_, mistake) => {
      const s = reopenSchool(synced);
      const before = calendarNow(s);
      const mailed = sentInvitations(s.ws).length;
      mistake(s);
      const shown = preview(s);
      const text = cardText(shown);
      const previewTab = table(s, 'Preview').rows.map((r) => r.join(' | '));
      expect(previewTab.some((r) => r.startsWith('Held until fixed'))).toBe(true);
      expect(text).toMatch(/0 canceled/);
      // Apply what the preview offers (if anything), then a day of hourly runs and Generate agendas.
      syncAll(s);
      hoursPass(s, 24);
      const after = calendarNow(s);
      const touched = Object.keys(before).filter((id) => {
        const [status, summary, location, start, end, guests] = JSON.parse(before[id]!) as unknown[];
        const [status2, summary2, location2, start2, end2, guests2] = JSON.parse(after[id]!) as unknown[];
        return (
          JSON.stringify([status, summary, location, start, end, guests]) !==
          JSON.stringify([status2, summary2, location2, start2, end2, guests2])
        );
      });
      expect(touched).toEqual([]);
      expect(
        sentInvitations(s.ws)
          .slice(mailed)
          .filter((m) => m.kind !== 'invitation'),
      ).toEqual([]);
    },
  );

  it('a typo in one Meetings Date cell never forks a second row with the same meeting', () => {
    const s = reopenSchool(synced);
    const { header, rows } = table(s, 'Meetings');
    const key = String(rows[3]![header.indexOf('Meeting')]);
    sheet(s, 'Meetings')
      .getRange(5, header.indexOf('Date') + 1)
      .setNumberFormat('@')
      .setValue('2026-13-45');
    syncAll(s);
    hoursPass(s, 3);
    const keys = table(s, 'Meetings').rows.map((r) => String(r[header.indexOf('Meeting')]));
    expect(keys.filter((k) => k === key)).toHaveLength(1);
  });
});

describe('stable identity', () => {
  it('retyping a group id in lower case changes nothing in Calendar', () => {
    const s = reopenSchool(synced);
    const before = calendarNow(s);
    edit(s, 'Groups', 'Group id', 'MATH-1', 'Group id', 'math-1');
    const shown = preview(s);
    expect(notificationText(shown)).toMatch(/nothing to send/i);
    expect(calendarNow(s)).toEqual(before);
  });

  it('renaming a group id keeps its meetings, events and members', () => {
    const s = reopenSchool(synced);
    const before = calendarNow(s);
    edit(s, 'Groups', 'Group id', 'MATH-1', 'Group id', 'ALG-1');
    const shown = syncAll(s);
    expect(cardText(shown)).toMatch(/0 new, 0 changed, 0 canceled/);
    expect(calendarNow(s)).toEqual(before);
    const { header, rows } = table(s, 'Groups');
    expect(rows.find((r) => r[header.indexOf('Group id')] === 'ALG-1')![header.indexOf('PLG Hub key')]).toBe('MATH-1');
  });
});

describe('destructive changes only after a preview', () => {
  it('a group made inactive between Apply and Continue is not cancelled by Continue or the hourly run', () => {
    const s = reopenSchool(synced);
    // Something to apply in slices: every meeting of another group moves by half an hour.
    edit(s, 'Groups', 'Group id', 'ENGL-1', 'Start time', '16:00');
    const shown = preview(s);
    const applied = s.press(shown, applyButtonText(shown)!);
    edit(s, 'Groups', 'Group id', 'MATH-1', 'Active', 'No');
    const before = calendarNow(s);
    if (offersContinue(applied)) continueUntilDone(s, applied);
    hoursPass(s, 6);
    const cancelled = Object.entries(calendarNow(s)).filter(
      ([id, view]) => view.startsWith('["cancelled"') && !before[id]!.startsWith('["cancelled"'),
    );
    expect(cancelled).toEqual([]);
    // The next preview lists them, and Apply asks to confirm them by name before sending anything.
    const next = preview(s);
    expect(cardText(next)).toMatch(/[1-9]\d* canceled/);
    const asked = s.press(next, applyButtonText(next)!);
    expect(cardText(asked)).toMatch(/Confirm cancellations/);
    expect(cardText(asked)).toMatch(/Math PLG/);
    expect(Object.values(calendarNow(s)).filter((v) => v.startsWith('["cancelled"'))).toHaveLength(
      Object.values(before).filter((v) => v.startsWith('["cancelled"')).length,
    );
  });

  it('a time-zone change moves nothing until Apply, and the preview says what it does', () => {
    const s = reopenSchool(synced);
    const before = calendarNow(s);
    edit(s, 'Settings', 'Setting', 'Time zone', 'Value', 'America/Chicago');
    s.press(s.open('onSheetsHomepage'), 'Generate agendas'); // silent work the hourly run may finish
    hoursPass(s, 24);
    expect(calendarNow(s)).toEqual(before);
    const shown = preview(s);
    expect(cardText(shown)).toMatch(
      /Time zone America\/New_York → America\/Chicago: \d+ meetings keep their wall-clock times in America\/Chicago/,
    );
    syncAll(s);
    const moved = Object.keys(before).filter((id) => before[id] !== calendarNow(s)[id]);
    expect(moved.length).toBeGreaterThan(0);
  });

  it('a meeting moved to a past date does not keep its future event', () => {
    const s = reopenSchool(synced);
    const { header, rows } = table(s, 'Meetings');
    const index = rows.findIndex((r) => (r[header.indexOf('Date')] as Date) > new Date('2026-11-01'));
    const eventId = String(rows[index]![header.indexOf('Calendar event')]);
    edit(s, 'Meetings', 'Meeting', String(rows[index]![header.indexOf('Meeting')]), 'Date', '2026-08-28');
    syncAll(s);
    const event = allEvents(s.ws, settingValue(s, 'Calendar id')).find((e) => e.id === eventId)!;
    expect(event.start!.dateTime!.slice(0, 10)).toBe('2026-08-28');
  });
});

describe('a problem in one group never stops the others', () => {
  it('a group whose agenda folder was deleted gets no Docs, the others get theirs, and the run says which', () => {
    const s = reopenSchool(synced);
    const { header, rows } = table(s, 'Meetings');
    const groupOf = (r: unknown[]) => String(r[header.indexOf('Group id')]);
    // A day when more than one group has a meeting within the week's agenda horizon.
    let soon: unknown[][] = [];
    for (let day = 1; day < 30 && new Set(soon.map(groupOf)).size < 2; day++) {
      s.ws.clock.nowMs = new Date(`2026-09-01T12:00:00Z`).getTime() + day * 86_400_000;
      soon = rows.filter((r) => {
        const date = r[header.indexOf('Date')] as Date;
        return date > s.ws.now() && date.getTime() < s.ws.now().getTime() + 6 * 86_400_000;
      });
    }
    const broken = groupOf(soon[0]!);
    expect(new Set(soon.map(groupOf)).size).toBeGreaterThan(1);
    edit(s, 'Groups', 'Group id', broken, 'Agenda folder', 'no-such-folder-id');
    hoursPass(s, 1);
    const after = table(s, 'Meetings').rows;
    const withAgenda = (group: string) =>
      after.filter((r) => groupOf(r) === group && String(r[header.indexOf('Agenda')])).length;
    expect(withAgenda(broken)).toBe(0);
    const others = [...new Set(soon.map(groupOf))].filter((g) => g !== broken);
    expect(others.reduce((n, g) => n + withAgenda(g), 0)).toBeGreaterThan(0);
    expect(lastRun(s)).toMatch(/its agenda Docs could not be made/);
  });
});
