// Calendar takes a limited number of requests a minute from one person, counted across all their runs: an admin
// who presses Apply and then Continue at once, again and again, must never get PLG Hub refused by Google, and a
// Continue pressed while the minute is still full must say when to press, reading nothing while it waits.
import {
  applyButtonText,
  continueUntilDone,
  setUpAndFill,
  saysNothingToSend,
} from '../../src/emulator/bench/admin-sync';
import { allEvents } from '../../src/emulator/calendar';
import { calendarWrites } from '../../src/emulator/calendar/write-counts';
import { notificationText } from '../../src/emulator/cards/interact';
import { startSchool } from '../../src/emulator/harness';
import { listTriggers } from '../../src/emulator/base-services/script-app';
import { executionLimitMs } from '../../src/emulator/meter';
import { setActiveSpreadsheet } from '../../src/emulator/spreadsheet';
import { readSheetValues } from '../../src/emulator/spreadsheet';

jest.setTimeout(120_000);

test('an admin pressing Continue at once, over and over, is never refused by Google and writes each event once', () => {
  // 300 staff: more than one minute's worth of Calendar writes.
  const s = startSchool({ seed: 1, staff: 300, withFindings: false });
  setUpAndFill(s);
  const before = s.ws.meter.snapshot();
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  const applied = s.press(preview, applyButtonText(preview)!);
  const said: string[] = [notificationText(applied) ?? ''];

  // The impatient admin: Continue on the Apply card, pressed the moment each answer comes, never waiting.
  let waited = 0;
  for (let press = 0; press < 12; press++) {
    const calls = s.ws.meter.snapshot();
    const shown = s.press(applied, 'Continue');
    const text = notificationText(shown) ?? '';
    said.push(text);
    if (/press Continue in \d+ s/.test(text) && !/changes done/.test(text)) {
      // Nothing could be written yet: nothing was read either — no registry read, no calendar listing.
      const used = s.ws.meter.since(calls).counts;
      expect(used['Sheets.Spreadsheets.get']).toBeUndefined();
      expect(used['Calendar.Events.list']).toBeUndefined();
      waited += 1;
    }
  }
  expect(waited).toBeGreaterThan(0);
  // Then as the card says: wait when told, press Continue until done.
  const last = s.press(applied, 'Continue');
  continueUntilDone(s, last);

  expect(said.some((text) => /slow down|rate limit/i.test(text))).toBe(false);
  const calendarId = String(readSheetValues(s.ws, s.spreadsheetId, 'Settings').find((r) => r[0] === 'Calendar id')![1]);
  const events = allEvents(s.ws, calendarId);
  expect(events.length).toBeGreaterThan(540);
  // A refused write is sent again, so any refusal would show as more inserts than events.
  expect(calendarWrites(s.ws.meter.since(before)).insert).toBe(events.length);
  expect(saysNothingToSend(s.press(s.open('onSheetsHomepage'), 'Preview changes'))).toBe(true);
});

test('the hourly run that fires right after a Continue shares its minute: it waits rather than be refused', () => {
  const s = startSchool({ seed: 1, staff: 300, withFindings: false });
  setUpAndFill(s);
  const before = s.ws.meter.snapshot();
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  let shown = s.press(preview, applyButtonText(preview)!);
  // Continue until a press has used up the minute's Calendar writes, as the card then says.
  for (let press = 0; press < 5 && !/press Continue in \d+ s/.test(JSON.stringify(shown)); press++)
    shown = s.press(shown, 'Continue');
  expect(JSON.stringify(shown)).toMatch(/press Continue in \d+ s/);
  // The hourly trigger happens to fire this very moment, as the same admin.
  const trigger = listTriggers(s.ws).find((t) => t.handlerFunction === 'onHourlyTick')!;
  setActiveSpreadsheet(s.ws, null);
  s.addon.run('onHourlyTick', { authMode: 'FULL', triggerUid: trigger.uniqueId }, { limitMs: executionLimitMs });
  setActiveSpreadsheet(s.ws, s.spreadsheetId);

  const calendarId = String(readSheetValues(s.ws, s.spreadsheetId, 'Settings').find((r) => r[0] === 'Calendar id')![1]);
  const events = allEvents(s.ws, calendarId);
  expect(events.length).toBeGreaterThan(540);
  expect(calendarWrites(s.ws.meter.since(before)).insert).toBe(events.length);
  expect(saysNothingToSend(s.press(s.open('onSheetsHomepage'), 'Preview changes'))).toBe(true);
});
