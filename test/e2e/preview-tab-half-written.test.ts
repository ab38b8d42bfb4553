// Found by an adversarial review of "Preview sends its Preview and Problems tabs in one call": the Preview tab is
// cleared at once and its rows wait for the Problems tab's write. When Google refuses a call while the Problems
// tab is being remade, the admin gets an error card — and must not also find the Preview tab emptied, header and
// all, with the change they just made nowhere on it.
import { smallSchoolSynced } from '../../src/emulator/bench/admin-sync';
import { moveOneMeeting } from '../../src/emulator/bench/registry-edits';
import { readSheetValues } from '../../src/emulator/spreadsheet';

jest.setTimeout(120_000);

it('a Preview refused while remaking the Problems tab leaves the Preview tab written, not blank', () => {
  const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const s = smallSchoolSynced();
    // A careless admin deletes the Problems tab, then moves a meeting and previews.
    const book = (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(s.spreadsheetId);
    book.deleteSheet(book.getSheetByName('Problems')!);
    moveOneMeeting(s);
    // Google refuses the one tab insert of this Preview (the Problems tab made again), once.
    s.ws.meter.inject({ kind: 'SpreadsheetApp.Spreadsheet.insertSheet', fault: 'rateLimit', times: 1 });
    try {
      s.press(s.open('onSheetsHomepage'), 'Preview changes');
    } catch {
      // the error card, or no answer at all: either way the admin looks at the tab
    }
    const rows = readSheetValues(s.ws, s.spreadsheetId, 'Preview').filter((r) => r.some((c) => String(c) !== ''));
    // The header and the moved meeting's row (as the Preview before this commit wrote it), not nothing.
    expect(rows.length).toBeGreaterThan(1);
  } finally {
    consoleError.mockRestore();
  }
});
