// The protocol chooser as an admin and a facilitator meet it: the Sheets card suggests protocols for each upcoming
// meeting's focus and writes the one chosen into the Meetings tab; a low trust score puts low-trust protocols
// first; the agenda Doc's card suggests protocols beside the swap request.
import { tabRecords } from '../../src/emulator/bench/sync-outcome';
import { applyButtonText, continueUntilDone } from '../../src/emulator/bench/admin-sync';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { cardText, notificationText } from '../../src/emulator/cards/interact';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { keepFirstGroups } from '../../src/emulator/sample-school';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { fileIdOf } from '../../src/core/drive-id';

jest.setTimeout(120_000);

const dataFocus = 'What do our fall benchmark results tell us about fractions?';
let synced: SavedSchool;

const table = tabRecords;

function sheet(s: EmulatedSchool, tab: string) {
  return (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .openById(s.spreadsheetId)
    .getSheetByName(tab)!;
}

/** Types a focus into the first upcoming meeting's row, as an admin would; returns its key and group. */
function focusFirstMeeting(s: EmulatedSchool, focus: string): { key: string; group: string } {
  const [header] = readSheetValues(s.ws, s.spreadsheetId, 'Meetings');
  const meetings = table(s, 'Meetings');
  const index = meetings.findIndex((m) => m.Status === 'scheduled' && !m.Agenda);
  sheet(s, 'Meetings')
    .getRange(index + 2, header!.indexOf('Focus question') + 1)
    .setValue(focus);
  return { key: String(meetings[index]!.Meeting), group: String(meetings[index]!['Group id']) };
}

beforeAll(() => {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  keepFirstGroups(s.school, 2);
  s.ws.clock.nowMs = new Date('2026-08-25T12:00:00Z').getTime();
  s.press(s.open('onSheetsHomepage'), 'Set up');
  s.fillRegistry();
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  continueUntilDone(s, s.press(preview, applyButtonText(preview)!));
  synced = saveSchool(s);
});

describe('Choose protocols (Sheets)', () => {
  it('suggests protocols for a meeting’s focus with why, and Use writes the choice into the Meetings tab', () => {
    const s = reopenSchool(synced);
    const { key } = focusFirstMeeting(s, dataFocus);
    const chooser = s.press(s.open('onSheetsHomepage'), 'Choose protocols');
    const text = cardText(chooser);
    expect(text).toContain(dataFocus);
    expect(text).toContain('Data-driven dialogue');
    expect(text).toContain('The focus mentions “benchmark”: it helps a group make sense of data');

    const answer = s.press(chooser, 'Use Data-driven dialogue');
    expect(notificationText(answer)).toMatch(/^Data-driven dialogue set for the meeting on /);
    expect(table(s, 'Meetings').find((m) => m.Meeting === key)!.Protocol).toBe('data-driven-dialogue');
  });

  it('offers a group with a low trust score low-trust protocols first, never ATLAS', () => {
    const s = reopenSchool(synced);
    const { group } = focusFirstMeeting(s, 'What does this student work show about how my class reads graphs?');
    const name = String(table(s, 'Groups').find((g) => g['Group id'] === group)!.Name);
    // Stands in for Refresh dashboard after a survey round (workspace/trust-scores.ts writes this key).
    sheet(s, 'PLG Hub state').appendRow(['protocols.trustByGroup', JSON.stringify({ [name]: 2.7 })]);
    const text = cardText(s.press(s.open('onSheetsHomepage'), 'Choose protocols'));
    const first = text.indexOf('it asks little trust, so it is safe while the group builds it');
    expect(first).toBeGreaterThan(0);
    expect(text).toContain('trust score 2.7 of 5');
    expect(text.indexOf('ATLAS')).toBe(-1);
  });
});

describe('the agenda Doc’s card', () => {
  it('suggests protocols for the meeting’s focus beside the swap request', () => {
    const s = reopenSchool(synced);
    const { key, group } = focusFirstMeeting(s, dataFocus);
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    continueUntilDone(s, s.press(preview, applyButtonText(preview)!));
    s.press(s.open('onSheetsHomepage'), 'Generate agendas');
    const meeting = table(s, 'Meetings').find((m) => m.Meeting === key)!;
    const facilitator = String(table(s, 'Groups').find((g) => g['Group id'] === group)!.Facilitator);
    const text = cardText(s.openDoc(facilitator, fileIdOf(String(meeting.Agenda))!));
    expect(text).toContain('Suggested: Data-driven dialogue');
    expect(text).toContain('The focus mentions “benchmark”');
  });
});
