// Found by an adversarial review of the sync's speed-ups (forms and events in turns, per-person pacing, the hourly
// run giving an hour that carries a sync on to the sync): each test is a person who would notice.
import { applyButtonText, smallSchoolSynced } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { tabRecords } from '../../src/emulator/bench/sync-outcome';
import { lastRun } from '../../src/emulator/demo-flow';
import { startSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import type { EmulatedSchool } from '../../src/emulator/harness';

jest.setTimeout(120_000);

let synced: SavedSchool;

beforeAll(() => {
  synced = saveSchool(smallSchoolSynced());
});

describe('the hourly run while a sync cannot go on', () => {
  it('still makes the coming meetings’ agendas: a sync that fails every hour does not take every hour', () => {
    const s = reopenSchool(synced);
    // Calendar refuses this admin for the day (its daily quota used up): every sync slice stops at its listing.
    s.ws.meter.inject({ kind: 'Calendar.Events.list', fault: 'quota' });
    s.ws.clock.nowMs = new Date('2026-09-03T12:00:00Z').getTime();
    passAnHour(s);
    const agendas = () => tabRecords(s, 'Meetings').filter((m) => String(m.Agenda)).length;
    const first = agendas();
    expect(first).toBeGreaterThan(0);
    // The agendas made marked the sync pending (their links go into the events); its slice fails each hour. A
    // week on, the meetings now inside the lead time still get their agenda Docs.
    for (let hour = 0; hour < 7 * 24; hour += 6) {
      s.ws.clock.nowMs += 5 * 3_600_000;
      passAnHour(s);
    }
    expect(agendas()).toBeGreaterThan(first);
    expect(lastRun(s)).not.toMatch(/agendas wait for the next hour/);
  });
});

describe('the hourly run while a large sync goes on', () => {
  it('still gives the hour to a sync that gets somewhere (agendas wait for the next hour)', () => {
    const s = startSchool({ seed: 1, staff: 300, withFindings: false });
    s.press(s.open('onSheetsHomepage'), 'Set up');
    s.fillRegistry();
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    s.press(preview, applyButtonText(preview)!);
    // The Apply left work (a school this size takes more than one press); an hour later the trigger carries it on.
    passAnHour(s);
    expect(lastRun(s)).toMatch(/agendas wait for the next hour/);
  });
});

/** The running count of the sync in progress (workspace/sync-totals.ts), as the next card and hourly note say it. */
function syncTotals(s: EmulatedSchool): unknown {
  const row = readSheetValues(s.ws, s.spreadsheetId, 'PLG Hub state').find((r) => r[0] === 'sync.totals');
  return JSON.parse(String(row?.[1]));
}

describe('an hourly run that builds forms in turns', () => {
  it('keeps counting what its first turn wrote when Google refuses its second build of forms', () => {
    // Some 70 groups, a short term: the Apply makes a first share of the forms and the hourly run the rest, in two
    // builds with the events of the first build's groups between them.
    const s = startSchool({ seed: 1, staff: 800, withFindings: false });
    s.school.settings['School year end'] = '2026-09-30';
    s.press(s.open('onSheetsHomepage'), 'Set up');
    s.fillRegistry();
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    s.press(preview, applyButtonText(preview)!);
    const applied = saveSchool(s);

    // Undisturbed, the hourly run finishes the sync; which of its calls create forms is noted.
    const calm = reopenSchool(applied);
    const creates: number[] = [];
    const call = calm.ws.meter.call.bind(calm.ws.meter);
    calm.ws.meter.call = (kind, quota, amount, parts = []) => {
      if ([kind, ...parts].some((k) => k.includes('forms.forms.create'))) creates.push(calm.ws.meter.total + 1);
      call(kind, quota, amount, parts);
    };
    passAnHour(calm);
    expect(creates.length).toBeGreaterThanOrEqual(2);

    // Google refuses the second build's creation once (a day's quota, as it says); the same hour carries on.
    const refused = reopenSchool(applied);
    refused.ws.meter.inject({ atCall: creates[1]!, fault: 'quota' });
    passAnHour(refused);
    expect(syncTotals(refused)).toEqual(syncTotals(calm));
  });
});
