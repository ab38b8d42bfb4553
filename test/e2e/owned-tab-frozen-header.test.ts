// Found by an adversarial review of "an owned tab's header row is frozen once, when the tab is made": the admin's
// first Preview is stopped by Google (the 6-minute stop, a refused call) just after PLG Hub made the Preview or
// Problems tab. Pressing Preview again must still leave each tab with its header row frozen, as every other
// Preview leaves it — a tab made by a stopped run is not a tab someone else made.
import { setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { recordingCallKinds } from '../../src/emulator/bench/fault-sweep-support';
import { reopenSchool, saveSchool } from '../../src/emulator/bench/reopen-school';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';

jest.setTimeout(120_000);

const ownedTabs = ['Preview', 'Problems'];

function frozenRows(s: EmulatedSchool): Record<string, number | undefined> {
  const book = (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(s.spreadsheetId);
  return Object.fromEntries(ownedTabs.map((name) => [name, book.getSheetByName(name)?.getFrozenRows()]));
}

function preview(s: EmulatedSchool): void {
  try {
    s.press(s.open('onSheetsHomepage'), 'Preview changes');
  } catch {
    // A stopped execution answers nothing; the admin presses Preview again.
  }
}

describe('the first Preview stopped at any call, then pressed again', () => {
  const consoleError = jest.spyOn(console, 'error');
  beforeAll(() => consoleError.mockImplementation(() => undefined));
  afterAll(() => consoleError.mockRestore());

  it('leaves the Preview and Problems tabs with their header row frozen', () => {
    const s = startSchool({ seed: 5, staff: 30, withFindings: false });
    setUpAndFill(s);
    const saved = saveSchool(s);

    // The uninterrupted first Preview: which call sits where, and the header rows it freezes.
    const calm = reopenSchool(saved);
    const kinds = new Map<number, string>();
    const first = calm.ws.meter.total + 1;
    recordingCallKinds(calm, kinds, () => preview(calm));
    const last = calm.ws.meter.total;
    expect(frozenRows(calm)).toEqual({ Preview: 1, Problems: 1 });

    const unfrozen: string[] = [];
    for (let at = first; at <= last; at++) {
      const t = reopenSchool(saved);
      t.ws.meter.inject({ atCall: at, fault: 'timeLimit' });
      preview(t);
      preview(t);
      const rows = frozenRows(t);
      for (const name of ownedTabs) {
        if (rows[name] !== 1) unfrozen.push(`stopped at ${kinds.get(at)} (call ${at}): ${name} has ${rows[name]}`);
      }
    }
    expect(unfrozen).toEqual([]);
  });
});
