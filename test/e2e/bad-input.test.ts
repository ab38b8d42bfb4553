// People type anything into a spreadsheet: headers renamed or moved, formula-like text, pasted essays, emoji,
// the same key twice, a tab deleted. Validate must still answer with what to fix (never a crash or a stack
// trace), and every problem it lists must say which tab it is on.
import fc from 'fast-check';
import { setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { cardText, notificationText } from '../../src/emulator/cards/interact';
import { startSchool } from '../../src/emulator/harness';
import type { EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';

jest.setTimeout(120_000);

const tabs = ['Settings', 'Staff', 'Groups', 'Members', 'Goals', 'Closures', 'Meetings', 'Attendance'] as const;
type Tab = (typeof tabs)[number];

type Scramble =
  | { kind: 'rename header'; tab: Tab; column: number; header: string }
  | { kind: 'reorder columns'; tab: Tab; order: number[] }
  | { kind: 'type into a cell'; tab: Tab; row: number; column: number; text: string }
  | { kind: 'duplicate a row'; tab: Tab; row: number }
  | { kind: 'delete the tab'; tab: Tab };

const typedText = fc.oneof(
  fc.constantFrom(
    '=1/0',
    '\'=HYPERLINK("https://evil.example","x")',
    "'+1",
    "'-1",
    '@me',
    '#REF!',
    '',
    ' ',
    'TRUE',
    '0',
    '-5',
    '2026-02-30',
    '25:99',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 1, max: 9 }).map((n) => 'PLG '.repeat(n * 2_000)), // up to 72,000 characters
);

const scramble: fc.Arbitrary<Scramble> = fc.oneof(
  fc.record({
    kind: fc.constant('rename header' as const),
    tab: fc.constantFrom(...tabs),
    column: fc.nat(20),
    header: typedText,
  }),
  fc.record({
    kind: fc.constant('reorder columns' as const),
    tab: fc.constantFrom(...tabs),
    order: fc.array(fc.nat(20), { minLength: 2, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('type into a cell' as const),
    tab: fc.constantFrom(...tabs),
    row: fc.integer({ min: 1, max: 12 }),
    column: fc.nat(20),
    text: typedText,
  }),
  fc.record({
    kind: fc.constant('duplicate a row' as const),
    tab: fc.constantFrom(...tabs),
    row: fc.integer({ min: 2, max: 12 }),
  }),
  fc.record({ kind: fc.constant('delete the tab' as const), tab: fc.constantFrom(...tabs) }),
);

function apply(s: EmulatedSchool, change: Scramble): void {
  const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const book = sheets.openById(s.spreadsheetId);
  const sheet = book.getSheetByName(change.tab);
  if (!sheet) return;
  const width = Math.max(1, sheet.getLastColumn());
  const height = Math.max(1, sheet.getLastRow());
  switch (change.kind) {
    case 'rename header':
      sheet.getRange(1, (change.column % width) + 1).setValue(change.header);
      return;
    case 'reorder columns': {
      const values = sheet.getRange(1, 1, height, width).getValues();
      const picked = change.order.map((c) => c % width);
      const order = [...picked, ...values[0]!.map((_, i) => i)].filter((c, i, all) => all.indexOf(c) === i);
      sheet.getRange(1, 1, height, width).setValues(values.map((row) => order.map((c) => row[c])));
      return;
    }
    case 'type into a cell':
      sheet.getRange(change.row, (change.column % width) + 1).setValue(change.text);
      return;
    case 'duplicate a row': {
      const row = sheet.getRange(Math.min(change.row, height), 1, 1, width).getValues();
      if (height + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
      sheet.getRange(height + 1, 1, 1, width).setValues(row);
      return;
    }
    case 'delete the tab':
      if (book.getSheets().length > 1) book.deleteSheet(sheet);
  }
}

describe('Validate on a scrambled registry', () => {
  let saved: SavedSchool;
  const consoleError = jest.spyOn(console, 'error');

  beforeAll(() => {
    consoleError.mockImplementation(() => undefined);
    const s = startSchool({ seed: 8, staff: 30, withFindings: true });
    s.school.settings['School year end'] = '2026-10-30';
    setUpAndFill(s);
    s.press(s.open('onSheetsHomepage'), 'Preview changes'); // so the Meetings tab has rows to scramble too
    saved = saveSchool(s);
  });

  afterAll(() => consoleError.mockRestore());

  it('answers with what to fix, and every problem names its tab', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.array(scramble, { minLength: 1, maxLength: 4 }), (changes) => {
        runs += 1;
        const s = reopenSchool(saved);
        const sidePanel = s.open('onSheetsHomepage'); // open while the admin types, as it usually is
        for (const change of changes) apply(s, change);
        consoleError.mockClear();
        const answer = s.press(sidePanel, 'Validate');
        const said = `${notificationText(answer) ?? ''}\n${cardText(answer)}`;
        expect(said).not.toMatch(/Something went wrong|\bat \w+ \(|\.js:\d+|TypeError|RangeError|undefined|\[object/);
        expect(consoleError).not.toHaveBeenCalled();
        const [header, ...problems] = readSheetValues(s.ws, s.spreadsheetId, 'Problems');
        const where = header!.indexOf('Where');
        for (const problem of problems) {
          expect({
            problem: problem.join(' | ').slice(0, 300),
            namesATab: tabs.some((t) => String(problem[where]).startsWith(t)),
          }).toMatchObject({ namesATab: true });
        }
      }),
      { numRuns: 100, seed: 20260824, endOnFailure: true },
    );
    console.log(`Bad input: ${runs} scrambled registries validated`);
  });
});
