// The demo's last step: the last week of June, the admin rolls the sample school forward to next school year.
// One group's roster term ends with this year (the admin types its end date) and one colleague leaves (Active =
// No); then Start next school year, its preview, and the confirm. Next year's registry is written beside this
// year's as next-year.xlsx.
import { cardText, findButtons, notificationText } from './cards/interact';
import { exportXlsx } from './export/xlsx';
import type { EmulatedSchool } from './harness';
import { readSheetValues } from './spreadsheet';
import { mimeTypes } from './workspace';

type Show = (file: string, title: string, shown: unknown) => unknown;

export async function startNextYearInDemo(s: EmulatedSchool, out: string, show: Show): Promise<string[]> {
  s.ws.clock.nowMs = Date.parse('2027-06-25T14:00:00Z');
  const groups = readSheetValues(s.ws, s.spreadsheetId, 'Groups');
  const group = groups[1]!;
  const ending = String(group[groups[0]!.indexOf('Group id')]);
  typeInto(s, 'Groups', ending, 'Roster term end', '2027-06-18');
  const members = readSheetValues(s.ws, s.spreadsheetId, 'Members');
  const other = String(groups[3]![0]);
  const leaving = String(members.filter((m) => m[0] === other).at(-1)![members[0]!.indexOf('Staff email')]);
  typeInto(s, 'Staff', leaving, 'Active', 'No');

  const before = s.ws.meter.snapshot();
  const preview = show(
    '13-next-year-preview',
    `The last week of June: ${ending}'s roster term ends with the year and ${leaving} leaves; the admin presses Start next school year`,
    s.press(s.open('onSheetsHomepage'), 'Start next school year'),
  );
  const start = findButtons(preview).find((b) => b.text.startsWith('Start '))?.text;
  if (!start) return [`Next school year: ${firstLine(cardText(preview))}`];
  let done = s.press(preview, start);
  for (let i = 0; i < 5 && findButtons(done).some((b) => b.text === 'Continue'); i++) done = s.press(done, 'Continue');
  show('14-next-year-made', `The admin presses ${start}`, done);
  const used = s.ws.meter.since(before);
  const made = Object.values(s.ws.files).find(
    (f) => f.mimeType === mimeTypes.spreadsheet && f.id !== s.spreadsheetId && / — PLG registry \d{4}/.test(f.name),
  );
  if (made) await exportXlsx(s.ws, made.id, `${out}/next-year.xlsx`);
  return [
    `Next school year: ${notificationText(done) ?? firstLine(cardText(done))} (${used.total} service calls, ${(used.modeledMs / 1000).toFixed(1)} s modeled) — next-year.xlsx`,
  ];
}

/** The admin types into the row whose first cell is `key`, as a person would. */
function typeInto(s: EmulatedSchool, tab: string, key: string, column: string, value: string): void {
  const values = readSheetValues(s.ws, s.spreadsheetId, tab);
  const row = values.findIndex((r) => r[0] === key);
  const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  sheets
    .openById(s.spreadsheetId)
    .getSheetByName(tab)!
    .getRange(row + 1, values[0]!.indexOf(column) + 1)
    .setValue(value);
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim()) ?? '';
}
