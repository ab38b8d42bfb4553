// Where Settings say members may only comment, each agenda Doc gives the group's members comment rights when it
// is made. Written as the outsider on the roster and the colleague who left the school: the Doc must give them
// nothing the group's folder would not — an address outside the domain (outside guests not allowed) and staff
// made inactive get no comment rights on a new agenda.
import { applyUntilDone, setSetting, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { tabRecords } from '../../src/emulator/bench/sync-outcome';
import { notificationText } from '../../src/emulator/cards/interact';
import { filePermissions } from '../../src/emulator/drive';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { fileIdOf } from '../../src/core/drive-id';

jest.setTimeout(120_000);

const guest = 'pat.visitor@gmail.com';
const group = 'MATH-1';

/** A comment-only school with an outside address and a colleague who has left the school, both on MATH-1's roster. */
function commentOnlySchool(): { s: EmulatedSchool; departed: string } {
  const s = startSchool({ seed: 4, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-10-30';
  s.school.tabs.Staff!.push({
    Email: guest,
    Name: 'Pat Visitor',
    Role: 'teacher',
    Department: 'Instruction',
    'Grade levels': '',
    Active: 'Yes',
  });
  s.school.tabs.Members!.push({
    'Group id': group,
    'Staff email': guest,
    'Role in group': 'member',
    From: '',
    Until: '',
  });
  setUpAndFill(s);
  setSetting(s, 'Members may', 'comment');
  // A member of the group (not its facilitator) leaves the school: the admin marks them inactive on Staff and
  // forgets to end their Members row.
  const facilitators = tabRecords(s, 'Groups').flatMap((g) => [g.Facilitator, g['Co-facilitator']]);
  const departed = String(
    tabRecords(s, 'Members').find((m) => m['Group id'] === group && !facilitators.includes(m['Staff email']))![
      'Staff email'
    ],
  );
  const staff = (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .openById(s.spreadsheetId)
    .getSheetByName('Staff')!;
  const [header, ...rows] = staff.getDataRange().getValues();
  const row = rows.findIndex((r) => r[header!.indexOf('Email')] === departed);
  staff.getRange(row + 2, header!.indexOf('Active') + 1).setValue('No');
  applyUntilDone(s, s.press(s.open('onSheetsHomepage'), 'Preview changes'));
  return { s, departed };
}

describe('agenda Docs where members may only comment', () => {
  it('give no comment rights to an outside address (guests not allowed) nor to staff who left the school', () => {
    const { s, departed } = commentOnlySchool();
    notificationText(s.press(s.open('onSheetsHomepage'), 'Generate agendas'));
    const docs = tabRecords(s, 'Meetings')
      .filter((m) => m['Group id'] === group && String(m.Agenda))
      .map((m) => fileIdOf(String(m.Agenda))!);
    expect(docs.length).toBeGreaterThan(0);
    for (const id of docs) {
      const p = filePermissions(s.ws, id);
      const everyone = [...p.editors, ...p.commenters, ...p.viewers];
      expect(everyone).not.toContain(guest);
      expect(everyone).not.toContain(departed);
    }
  });
});
