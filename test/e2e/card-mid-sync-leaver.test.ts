// The teachers' card files go while Calendar's per-minute limit empties, before the last event is written
// (workspace/sync-slice.ts). The admin who, seeing a group's card already shared, types a member's leaving date before
// the sync has finished: the member who left must not keep the card file once the sync is done, although the
// cards were published earlier in the same sync with them on the roster.
import { applyButtonText, continueUntilDone, offersContinue, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { tabRecords } from '../../src/emulator/bench/sync-outcome';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';

jest.setTimeout(180_000);

const drive = (s: EmulatedSchool) => s.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;

/** The group's card file as its owner (the admin) finds it, if it has been published yet. */
function cardFile(s: EmulatedSchool, group: string): GoogleAppsScript.Drive.File | undefined {
  const row = tabRecords(s, 'Groups').find((g) => g['Group id'] === group)!;
  const key = String(row['PLG Hub key'] || group).toUpperCase();
  const files = drive(s).searchFiles(`title = 'PLG Hub card data · ${key}' and trashed = false`);
  return files.hasNext() ? files.next() : undefined;
}

const viewers = (file: GoogleAppsScript.Drive.File) => file.getViewers().map((u) => u.getEmail().toLowerCase());

/** Types yesterday into the Until cell of `email`'s row in `group`: they left the group. */
function leave(s: EmulatedSchool, email: string, group: string): void {
  const sheet = (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .openById(s.spreadsheetId)
    .getSheetByName('Members')!;
  const [header, ...rows] = sheet.getDataRange().getValues();
  const at = rows.findIndex(
    (r) => r[header!.indexOf('Staff email')] === email && r[header!.indexOf('Group id')] === group,
  );
  expect(at).toBeGreaterThanOrEqual(0);
  const yesterday = new Date(s.ws.clock.nowMs - 2 * 86_400_000).toISOString().slice(0, 10);
  sheet.getRange(at + 2, header!.indexOf('Until') + 1).setValue(yesterday);
}

it('a member marked as left after their card file went out mid-sync has lost it when the sync finishes', () => {
  // 300 staff: more than a minute of Calendar's limit, so the cards go while its minute empties.
  const s = startSchool({ seed: 1, staff: 300, withFindings: false });
  setUpAndFill(s);
  const groups = tabRecords(s, 'Groups');
  const facilitates = (e: unknown) => groups.some((g) => g.Facilitator === e || g['Co-facilitator'] === e);
  const member = tabRecords(s, 'Members').find((m) => m['Group id'] && !facilitates(m['Staff email']))!;
  const email = String(member['Staff email']).toLowerCase();
  const group = String(member['Group id']);

  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  let shown = s.press(preview, applyButtonText(preview)!);
  // Continue, pressed as the card says, until the group's card file is out while the sync still has work left.
  for (let press = 0; press < 200 && offersContinue(shown) && !cardFile(s, group); press++)
    shown = s.press(shown, 'Continue');
  const early = cardFile(s, group);
  expect(early).toBeDefined();
  expect(offersContinue(shown)).toBe(true);
  expect(viewers(early!)).toContain(email);

  leave(s, String(member['Staff email']), group);
  continueUntilDone(s, shown);

  expect(viewers(cardFile(s, group)!)).not.toContain(email);
});
