// Form groups, as the people who use it would: the admin proposes rosters for the sample school, edits the
// Proposal tab (carelessly, too), adopts it twice; Google stops an Adopt half-way; a teacher tries to adopt.
import { setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { tabRecords } from '../../src/emulator/bench/sync-outcome';
import { cardText, findButtons, notificationText } from '../../src/emulator/cards/interact';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';

jest.setTimeout(120_000);

let proposed: SavedSchool;
let proposalCard: unknown;

/** The admin opens Form groups and presses Propose for a configuration. */
function propose(s: EmulatedSchool, configuration = 'department', keep = 'keep'): unknown {
  const form = s.press(s.open('onSheetsHomepage'), 'Form groups');
  return s.press(form, 'Propose', { configuration, keep });
}

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));

/** Members as a person reads them: group, email, From, Until. */
function members(s: EmulatedSchool): string[] {
  return tabRecords(s, 'Members').map(
    (m) => `${String(m['Group id'])} ${String(m['Staff email'])} ${day(m.From)} ${day(m.Until)}`,
  );
}

function sheet(s: EmulatedSchool) {
  const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return (name: string) => sheets.openById(s.spreadsheetId).getSheetByName(name)!;
}

beforeAll(() => {
  const s = startSchool({ seed: 8 }); // the demo school, with its mistakes: a group of 21, a person in no PLG
  setUpAndFill(s);
  proposalCard = propose(s);
  proposed = saveSchool(s);
});

describe('Propose', () => {
  it('writes a Proposal tab placing every active person once, with the quality figures on the card', () => {
    const s = reopenSchool(proposed);
    const staff = tabRecords(s, 'Staff').filter((r) => r.Active !== 'No' && String(r.Email).includes('@'));
    const rows = tabRecords(s, 'Proposal');
    expect(rows.map((r) => r.Email).sort()).toEqual(staff.map((r) => r.Email).sort());
    const text = cardText(proposalCard);
    expect(text).toMatch(new RegExp(`${staff.length} of ${staff.length} people, each in one group`));
    expect(text).toMatch(/within 8–12/);
    // The group of 21 loses only its extra people, each row saying why.
    const moved = rows.filter((r) => r['Moved from']);
    expect(moved.length).toBeGreaterThan(0);
    for (const r of moved) expect(String(r.Reason)).toMatch(/had \d+ people, more than 12/);
    // The paraprofessional in no PLG is placed, with the reason said.
    expect(rows.some((r) => r.Role === 'paraprofessional' && /Paraprofessional/.test(String(r.Reason)))).toBe(true);
    // Nothing else changed: Groups and Members are as the admin typed them.
    expect(tabRecords(s, 'Groups').length).toBe(s.school.tabs.Groups!.length);
  });

  it('sits beside Preview in the tab order', () => {
    const s = reopenSchool(proposed);
    const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const names = sheets
      .openById(s.spreadsheetId)
      .getSheets()
      .map((t) => t.getName());
    expect(names.indexOf('Proposal')).toBeGreaterThan(names.indexOf('Members'));
  });
});

describe('Adopt', () => {
  it('appends the new groups and memberships, ends the memberships people leave, and rewrites no typed cell', () => {
    const s = reopenSchool(proposed);
    const before = readSheetValues(s.ws, s.spreadsheetId, 'Members').map((r) => r.map(day));
    const groupsBefore = readSheetValues(s.ws, s.spreadsheetId, 'Groups').map((r) => r.map(day));
    const proposal = tabRecords(s, 'Proposal');
    const answer = s.press(proposalCard, 'Adopt', { from: '2026-09-14' });
    expect(notificationText(answer)).toMatch(/Adopted from 2026-09-14: 1 new groups/);
    const after = readSheetValues(s.ws, s.spreadsheetId, 'Members').map((r) => r.map(day));
    const groupsAfter = readSheetValues(s.ws, s.spreadsheetId, 'Groups').map((r) => r.map(day));
    // Every row that was there is still there; a cell may only go from blank to an Until date.
    before.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell !== '') expect(after[i]![j]).toBe(cell);
      }),
    );
    groupsBefore.forEach((row, i) => expect(groupsAfter[i]).toEqual(row));
    const untilColumn = before[0]!.indexOf('Until');
    const ended = after.slice(1, before.length).filter((r, i) => r[untilColumn] !== before[i + 1]![untilColumn]);
    // Those who move, and the teacher in two PLGs, who stays in one.
    const twice = proposal.filter((r) => /was in 2 PLGs/.test(String(r.Reason))).length;
    expect(twice).toBe(1);
    expect(ended.length).toBe(proposal.filter((r) => r['Moved from']).length + twice);
    for (const r of ended) expect(r[untilColumn]).toBe('2026-09-13');
    // On the From date everyone on the Proposal tab is in the group it names, and in one group only.
    const on = '2026-09-14';
    const current = tabRecords(s, 'Members').filter(
      (m) => (day(m.From) === '' || day(m.From) <= on) && (day(m.Until) === '' || day(m.Until) >= on),
    );
    const facilitatorsGroup = new Set(
      tabRecords(s, 'Groups')
        .filter((g) => g.Configuration === 'facilitators')
        .map((g) => g['Group id']),
    );
    for (const row of proposal) {
      const theirs = current.filter((m) => m['Staff email'] === row.Email && !facilitatorsGroup.has(m['Group id']));
      const facilitates = tabRecords(s, 'Groups').some(
        (g) => g.Facilitator === row.Email && g['Group id'] === row['Group id'],
      );
      if (!facilitates || theirs.length) expect(theirs.map((m) => m['Group id'])).toEqual([row['Group id']]);
    }
  });

  it('adds nothing when pressed a second time', () => {
    const s = reopenSchool(proposed);
    s.press(proposalCard, 'Adopt', { from: '2026-09-14' });
    const once = { members: members(s), groups: tabRecords(s, 'Groups').length };
    const again = s.press(proposalCard, 'Adopt', { from: '2026-09-14' });
    expect(notificationText(again)).toMatch(/Nothing new to adopt/);
    expect({ members: members(s), groups: tabRecords(s, 'Groups').length }).toEqual(once);
  });

  it('finishes after Google stops it at any call, with nothing added twice', () => {
    const expected = (() => {
      const s = reopenSchool(proposed);
      const first = s.ws.meter.total;
      s.press(proposalCard, 'Adopt', { from: '2026-09-14' });
      return { members: members(s), groups: tabRecords(s, 'Groups').length, calls: s.ws.meter.total - first };
    })();
    expect(expected.calls).toBeGreaterThan(3);
    for (let offset = 1; offset <= expected.calls; offset++) {
      const s = reopenSchool(proposed);
      s.ws.meter.inject({ atCall: s.ws.meter.total + offset, fault: 'timeLimit' });
      const stopped = s.press(proposalCard, 'Adopt', { from: '2026-09-14' });
      expect(notificationText(stopped)).toBeDefined();
      s.press(proposalCard, 'Adopt', { from: '2026-09-14' });
      expect({ offset, members: members(s), groups: tabRecords(s, 'Groups').length }).toEqual({
        offset,
        members: expected.members,
        groups: expected.groups,
      });
    }
  });
});

describe('the careless admin', () => {
  it('types a bad email and an unknown group: those rows are held and named, the rest adopted', () => {
    const s = reopenSchool(proposed);
    const tab = sheet(s)('Proposal');
    const values = tab.getDataRange().getValues();
    const header = values[0]!.map(String);
    const emailAt = header.indexOf('Email');
    const groupAt = header.indexOf('Group id');
    const moverRow = values.findIndex((r, i) => i > 0 && String(r[header.indexOf('Moved from')]) !== '');
    const typoRow = values.findIndex(
      (r, i) => i > 0 && i !== moverRow && String(r[header.indexOf('Moved from')]) === '',
    );
    const mover = String(values[moverRow]![emailAt]);
    const typoPerson = String(values[typoRow]![emailAt]);
    tab.getRange(moverRow + 1, groupAt + 1).setValue('MATHS-9');
    tab.getRange(typoRow + 1, emailAt + 1).setValue('Mr. Smith');
    const before = members(s);
    const answer = s.press(proposalCard, 'Adopt', { from: '2026-09-14' });
    expect(notificationText(answer)).toMatch(/2 rows held until fixed/);
    const problems = readSheetValues(s.ws, s.spreadsheetId, 'Problems').map((r) => r.map(String).join(' | '));
    expect(
      problems.some(
        (p) => p.includes(`Proposal, row ${moverRow + 1}, column "Group id"`) && p.includes('"MATHS-9" is not a group'),
      ),
    ).toBe(true);
    expect(
      problems.some((p) => p.includes(`Proposal, row ${typoRow + 1}, column "Email"`) && p.includes('"Mr. Smith"')),
    ).toBe(true);
    // The held mover stays where they were; the person whose email was mangled is untouched; others moved.
    const after = members(s);
    expect(after.filter((m) => m.includes(mover))).toEqual(before.filter((m) => m.includes(mover)));
    expect(after.filter((m) => m.includes(typoPerson))).toEqual(before.filter((m) => m.includes(typoPerson)));
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('a formula typed as a new group name reaches the Groups tab as text', () => {
    const s = reopenSchool(proposed);
    const tab = sheet(s)('Proposal');
    const values = tab.getDataRange().getValues();
    const header = values[0]!.map(String);
    const nameRow = values.findIndex(
      (r, i) =>
        i > 0 &&
        String(r[header.indexOf('Group name')]) !== '' &&
        String(r[header.indexOf('Group notes')]).includes('new'),
    );
    tab.getRange(nameRow + 1, header.indexOf('Group name') + 1).setValue('\'=IMPORTXML("https://evil.example","//a")');
    s.press(proposalCard, 'Adopt', { from: '2026-09-14' });
    const added = tabRecords(s, 'Groups').find((g) => g['Group id'] === values[nameRow]![header.indexOf('Group id')]);
    expect(added?.Name).toBe('=IMPORTXML("https://evil.example","//a")');
  });
});

describe('card inputs', () => {
  it('a configuration or date the card never offered is refused, not guessed', () => {
    const s = reopenSchool(proposed);
    const form = s.press(s.open('onSheetsHomepage'), 'Form groups');
    const forged = s.press(form, 'Propose', { configuration: 'everyone in one', keep: 'keep' });
    expect(notificationText(forged)).toMatch(/choose a configuration from the list/);
    const before = members(s);
    const badDate = s.press(proposalCard, 'Adopt', { from: '14/09/2026' });
    expect(notificationText(badDate)).toMatch(/type the From date as 2026-09-01/);
    expect(members(s)).toEqual(before);
  });
});

describe('a teacher', () => {
  it('pressing Adopt on the registry they can only view is refused, and nothing changes', () => {
    const s = reopenSchool(proposed);
    const teacher = String(tabRecords(s, 'Staff').find((r) => r.Role === 'teacher')!.Email);
    s.asUser(s.school.admin, () =>
      (s.globals.DriveApp as GoogleAppsScript.Drive.DriveApp).getFileById(s.spreadsheetId).addViewer(teacher),
    );
    const before = { members: members(s), groups: tabRecords(s, 'Groups').length };
    const answer = s.asUser(teacher, () => s.press(proposalCard, 'Adopt', { from: '2026-09-14' }));
    expect(notificationText(answer)).toMatch(/Only people who can edit this registry/);
    const proposeAnswer = s.asUser(teacher, () => s.press(s.open('onSheetsHomepage'), 'Form groups'));
    expect(notificationText(proposeAnswer)).toMatch(/Only people who can edit this registry/);
    expect({ members: members(s), groups: tabRecords(s, 'Groups').length }).toEqual(before);
    expect(findButtons(proposalCard).map((b) => b.text)).toContain('Adopt');
  });
});
