// The teachers' directory as the people who would break it: a member who left, a colleague who forges or copies a
// group's card file, the admin who is also in a group, and a deployment upgraded from the days when the directory
// and the forms' records lived in script properties (shared by every school of the deployment).
import { applyButtonText, continueUntilDone, smallSchoolSynced } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { settingValue, tabRecords } from '../../src/emulator/bench/sync-outcome';
import { allEvents } from '../../src/emulator/calendar';
import { cardText, findButtons } from '../../src/emulator/cards/interact';
import { meetingKeyOfEvent } from '../../src/core/directory';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { keepFirstGroups } from '../../src/emulator/sample-school';
import { setActiveSpreadsheet } from '../../src/emulator/spreadsheet';

jest.setTimeout(180_000);

let synced: SavedSchool;

const table = tabRecords;

beforeAll(() => {
  synced = saveSchool(smallSchoolSynced());
});

/** A date cell as "YYYY-MM-DD" (the emulated sheet holds Dates, as Sheets returns them). */
const iso = (cell: unknown): string => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? ''));

const drive = (s: EmulatedSchool) => s.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;

function myPlg(s: EmulatedSchool, email: string): string {
  setActiveSpreadsheet(s.ws, null);
  return cardText(s.asUser(email, () => s.open('onHomepage')));
}

/** A member of `group` who does not facilitate it. */
function aMember(s: EmulatedSchool, group?: string): { email: string; group: string; groupName: string } {
  const groups = table(s, 'Groups');
  const facilitates = (e: unknown) => groups.some((g) => g.Facilitator === e || g['Co-facilitator'] === e);
  const member = table(s, 'Members').find(
    (m) => (!group || m['Group id'] === group) && !facilitates(m['Staff email']),
  )!;
  const groupId = String(member['Group id']);
  return {
    email: String(member['Staff email']),
    group: groupId,
    groupName: String(groups.find((g) => g['Group id'] === groupId)!.Name),
  };
}

/** The group's card file, as its owner (the admin) sees it. */
function cardFile(s: EmulatedSchool, group: string): GoogleAppsScript.Drive.File {
  const key = String(table(s, 'Groups').find((g) => g['Group id'] === group)!['PLG Hub key'] || group).toUpperCase();
  const files = drive(s).searchFiles(`title = 'PLG Hub card data · ${key}' and trashed = false`);
  return files.next();
}

function leave(s: EmulatedSchool, email: string, group: string, until: string): void {
  const sheet = (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .openById(s.spreadsheetId)
    .getSheetByName('Members')!;
  const [header, ...rows] = sheet.getDataRange().getValues();
  const row = rows.findIndex(
    (r) => r[header!.indexOf('Staff email')] === email && r[header!.indexOf('Group id')] === group,
  );
  sheet.getRange(row + 2, header!.indexOf('Until') + 1).setValue(until);
}

describe('a member', () => {
  it('sees their group, its facilitator and its members on My PLG', () => {
    const s = reopenSchool(synced);
    const { email, group, groupName } = aMember(s);
    const text = myPlg(s, email);
    expect(text).toContain(groupName);
    const facilitator = String(table(s, 'Groups').find((g) => g['Group id'] === group)!.Facilitator);
    const name = String(table(s, 'Staff').find((p) => p.Email === facilitator)!.Name);
    expect(text).toContain(name);
  });

  it('who left the group loses its card file at the next run, and My PLG stops naming the group', () => {
    const s = reopenSchool(synced);
    const { email, group, groupName } = aMember(s);
    const viewers = () =>
      cardFile(s, group)
        .getViewers()
        .map((u) => u.getEmail().toLowerCase());
    expect(viewers()).toContain(email);
    // Before they go, a colleague in the group keeps a word-for-word copy of the card file and shares it with them.
    const colleague = table(s, 'Members').find((m) => m['Group id'] === group && m['Staff email'] !== email)!;
    const colleagueEmail = String(colleague['Staff email']);
    s.asUser(colleagueEmail, () => {
      const text = drive(s).getFileById(cardFile(s, group).getId()).getBlob().getDataAsString();
      drive(s).createFile(cardFile(s, group).getName(), text, 'application/json').addViewer(email);
    });
    leave(s, email, group, '2026-08-26');
    s.ws.clock.nowMs = new Date('2026-08-27T15:00:00Z').getTime();
    passAnHour(s);
    expect(viewers()).not.toContain(email);
    expect(myPlg(s, email)).not.toContain(groupName);
  });
});

describe('a teacher opening My PLG', () => {
  it('reads every member of the group by name, and one list of next meetings', () => {
    const s = reopenSchool(synced);
    const { email, group } = aMember(s);
    const text = myPlg(s, email);
    const staffName = new Map(table(s, 'Staff').map((p) => [p.Email, String(p.Name)]));
    const today = '2026-08-20';
    const roster = table(s, 'Members').filter((m) => m['Group id'] === group && (!m.Until || iso(m.Until) >= today));
    expect(roster.length).toBeGreaterThan(2);
    for (const m of roster) expect(text).toContain(staffName.get(m['Staff email'])!);
    expect(text.match(/Next meetings?/g)).toEqual(['Next meetings']);
  });

  it('who has presented is told so, not "Not planned yet"', () => {
    const s = reopenSchool(synced);
    const meetings = table(s, 'Meetings')
      .filter((m) => m.Presenter && m.Status !== 'canceled')
      .sort((a, b) => iso(a.Date).localeCompare(iso(b.Date)));
    const first = meetings[0]!;
    const presenter = String(first.Presenter);
    // The day after their turn, the hourly run republishes the group's card.
    s.ws.clock.nowMs = new Date(`${iso(first.Date)}T12:00:00Z`).getTime() + 86_400_000;
    passAnHour(s);
    const text = myPlg(s, presenter);
    expect(text).toMatch(/You presented on/);
    expect(text).not.toContain('Not planned yet');
  });
});

describe('a teacher opening a PLG meeting in Calendar', () => {
  it('is told every part they hold that day, and a meeting already held keeps its agenda and feedback links', () => {
    const s = reopenSchool(synced);
    const calendarId = settingValue(s, 'Calendar id');
    const meetings = table(s, 'Meetings').filter((m) => m['Note-taker'] && m.Status !== 'canceled');
    const first = meetings.sort((a, b) => iso(a.Date).localeCompare(iso(b.Date)))[0]!;
    const noteTaker = String(first['Note-taker']);
    const groups = table(s, 'Groups');
    const group = groups.find((g) => g['Group id'] === first['Group id'])!;
    const role = group.Facilitator === noteTaker ? 'Facilitator' : 'Member';
    // A week after the meeting, the hourly run has made its agenda and republished the group's card.
    s.ws.clock.nowMs = new Date(`${iso(first.Date)}T12:00:00Z`).getTime() - 6 * 86_400_000;
    passAnHour(s);
    s.ws.clock.nowMs += 13 * 86_400_000;
    passAnHour(s);
    const key = String(first.Meeting);
    const ofMeeting = allEvents(s.ws, calendarId).find((e) => meetingKeyOfEvent(e.id ?? '') === key)!;
    const shown = s.openEvent(noteTaker, calendarId, ofMeeting.id!);
    const text = cardText(shown);
    expect(text).toMatch(new RegExp(`Your roles\\s+${role}, Note-taker`));
    expect(text).toMatch(/You are Note-taker:/);
    expect(findButtons(shown).map((b) => b.text)).toEqual(expect.arrayContaining(['Open agenda', 'Give feedback']));
  });
});

describe('a colleague who tampers with card files', () => {
  it('cannot edit a group’s card file: members only view it', () => {
    const s = reopenSchool(synced);
    const { email, group } = aMember(s);
    const id = cardFile(s, group).getId();
    expect(() => s.asUser(email, () => drive(s).getFileById(id).setContent('{}'))).toThrow();
  });

  it('who forges a card file naming a colleague, or re-shares a copy of a real one, shows that colleague nothing', () => {
    const s = reopenSchool(synced);
    const { email: forger, group } = aMember(s);
    const victim = aMember(s, String(table(s, 'Groups').find((g) => g['Group id'] !== group)!['Group id']));
    const genuine = s.asUser(forger, () =>
      drive(s).getFileById(cardFile(s, group).getId()).getBlob().getDataAsString(),
    );
    const key = String(table(s, 'Groups').find((g) => g['Group id'] === group)!['PLG Hub key'] || group).toUpperCase();
    s.asUser(forger, () => {
      // A copy of the genuine text, in a file of the forger's, shared with the victim…
      const copy = drive(s).createFile(
        `PLG Hub card data · ${key}`,
        genuine.split(forger).join(victim.email),
        'application/json',
      );
      copy.addViewer(victim.email);
      // …and a file made up from scratch, naming itself and the registry, claiming the victim facilitates a group
      // called "Forged PLG" — with a signature the forger cannot compute.
      const forged = drive(s).createFile('PLG Hub card data · FAKE-1', '', 'application/json');
      const body = JSON.stringify({
        v: 2,
        reg: s.spreadsheetId,
        file: forged.getId(),
        at: '2099-01-01',
        entry: JSON.stringify({
          id: 'FAKE-1',
          name: 'Forged PLG',
          schedule: 'never',
          roles: { [victim.email]: 'f' },
          names: {},
          meetings: [],
        }),
      });
      forged.setContent(JSON.stringify({ body, sig: JSON.parse(genuine).sig as string }));
      forged.addViewer(victim.email);
    });
    const text = myPlg(s, victim.email);
    expect(text).toContain(victim.groupName);
    expect(text).not.toContain('Forged PLG');
    const forgerGroupName = String(table(s, 'Groups').find((g) => g['Group id'] === group)!.Name);
    expect(text).not.toContain(forgerGroupName);
  });
});

describe('an admin who empties a group’s card file from the trash', () => {
  it('gets it made anew, shared with the group as it is now, while the other groups’ cards drop who left', () => {
    const s = reopenSchool(synced);
    const { email, group, groupName } = aMember(s);
    const otherGroup = String(table(s, 'Groups').find((g) => g['Group id'] !== group)!['Group id']);
    const leaver = aMember(s, otherGroup);
    const oldId = cardFile(s, group).getId();
    // Deleted for good: no one, not even its owner, reaches the file any more.
    delete s.ws.files[oldId];
    // Someone leaves the deleted file's group, and someone leaves another group.
    leave(s, email, group, '2026-08-26');
    leave(s, leaver.email, otherGroup, '2026-08-26');
    s.ws.clock.nowMs = new Date('2026-08-27T15:00:00Z').getTime();
    // At most two hours: one to find the file gone, one to make it again; no run stops over it.
    for (let hour = 0; hour < 2; hour++) {
      passAnHour(s);
      setActiveSpreadsheet(s.ws, s.spreadsheetId);
      expect(cardText(s.open('onSheetsHomepage'))).not.toMatch(/stopped/);
    }
    const remade = cardFile(s, group);
    expect(remade.getId()).not.toBe(oldId);
    const readers = remade.getViewers().map((u) => u.getEmail().toLowerCase());
    expect(readers).not.toContain(email);
    expect(readers.length).toBeGreaterThan(0);
    expect(myPlg(s, readers[0]!)).toContain(groupName);
    const otherReaders = cardFile(s, otherGroup)
      .getViewers()
      .map((u) => u.getEmail().toLowerCase());
    expect(otherReaders).not.toContain(leaver.email);
  });
});

describe('the admin who is also in a group', () => {
  it('sees that group on My PLG, though they own every card file of the registry', () => {
    const s = reopenSchool(synced);
    const { email, group, groupName } = aMember(s);
    // The admin joins the group as a member; the next sync publishes it.
    const sheet = (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .openById(s.spreadsheetId)
      .getSheetByName('Members')!;
    const [header] = sheet.getDataRange().getValues();
    const row = header!.map((h) =>
      h === 'Group id' ? group : h === 'Staff email' ? s.school.admin : h === 'From' ? '2026-08-01' : '',
    );
    sheet.appendRow(row);
    const staff = table(s, 'Staff');
    if (!staff.some((p) => p.Email === s.school.admin)) {
      const staffSheet = sheet.getParent().getSheetByName('Staff')!;
      const [staffHeader] = staffSheet.getDataRange().getValues();
      staffSheet.appendRow(
        staffHeader!.map((h) =>
          h === 'Email' ? s.school.admin : h === 'Name' ? 'The Admin' : h === 'Active' ? 'Yes' : '',
        ),
      );
    }
    setActiveSpreadsheet(s.ws, s.spreadsheetId);
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    continueUntilDone(s, s.press(preview, applyButtonText(preview)!));
    expect(email).not.toBe(s.school.admin);
    expect(myPlg(s, s.school.admin)).toContain(groupName);
  });
});

describe('a deployment upgraded from directory entries and form records in script properties', () => {
  it('moves the forms’ records into the registry, makes no form twice, and empties its old directory entries', () => {
    const s = reopenSchool(synced);
    const props = (s.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getScriptProperties();
    const stateSheet = (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .openById(s.spreadsheetId)
      .getSheetByName('PLG Hub state')!;
    // As the previous version left it: this registry is the deployment's original one (unscoped names), its forms'
    // records and directory entries are in script properties, and its state tab knows nothing of either.
    const rows = stateSheet.getDataRange().getValues();
    const formRows = rows.filter((r) => String(r[0]).startsWith('plg.feedbackForm.'));
    expect(formRows.length).toBe(3);
    props.setProperty('registrySpreadsheetId', s.spreadsheetId);
    for (const [key, value] of formRows) {
      const unscoped = String(key).replace(`plg.feedbackForm.${s.spreadsheetId}.`, 'plg.feedbackForm.');
      props.setProperty(unscoped, String(value).replace(/^'/, ''));
    }
    props.setProperty('plg.group.MATH-1', '{"id":"MATH-1"}');
    props.setProperty('plg.group.other-school-id.MATH-1', '{"id":"MATH-1"}');
    rows.forEach((r, i) => {
      if (
        String(r[0]).startsWith('plg.feedbackForm.') ||
        String(r[0]).startsWith('forms.moved') ||
        String(r[0]).startsWith('card.legacyCleared')
      )
        stateSheet.getRange(i + 1, 1, 1, 2).setValues([['', '']]);
    });
    const formsBefore = Object.values(s.ws.files).filter(
      (f) => f.mimeType === 'application/vnd.google-apps.form',
    ).length;
    // Upgraded: the admin previews and applies a change; the hourly run carries on.
    s.ws.clock.nowMs = new Date('2026-08-28T15:00:00Z').getTime();
    passAnHour(s);
    setActiveSpreadsheet(s.ws, s.spreadsheetId);
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    const apply = applyButtonText(preview);
    if (apply) continueUntilDone(s, s.press(preview, apply));
    passAnHour(s);
    const formsAfter = Object.values(s.ws.files).filter(
      (f) => f.mimeType === 'application/vnd.google-apps.form',
    ).length;
    expect(formsAfter).toBe(formsBefore);
    const left = Object.keys(props.getProperties());
    expect(left.filter((k) => k.startsWith('plg.feedbackForm.'))).toEqual([]);
    expect(left).not.toContain('plg.group.MATH-1');
    // Another school's entry is not this registry's to remove.
    expect(left).toContain('plg.group.other-school-id.MATH-1');
    const moved = stateSheet
      .getDataRange()
      .getValues()
      .filter((r) => String(r[0]).startsWith('plg.feedbackForm.'));
    expect(moved.length).toBe(3);
    // Teachers still find their meetings in Calendar.
    const calendarId = settingValue(s, 'Calendar id');
    const event = allEvents(s.ws, calendarId).find((e) => e.status !== 'cancelled')!;
    const teacher = event.attendees!.map((a) => a.email!).find((e) => e !== s.school.admin)!;
    expect(cardText(s.openEvent(teacher, calendarId, event.id!))).toMatch(/Your role/);
  });
});

describe('a sync stopped after Drive made the card files but before it could share and record them', () => {
  it('finds them at the next run and shares them: no group ever gets a second card file', () => {
    const s = startSchool({ seed: 5, staff: 30, withFindings: false });
    s.school.settings['School year end'] = '2026-12-18';
    keepFirstGroups(s.school, 3);
    s.press(s.open('onSheetsHomepage'), 'Set up');
    s.fillRegistry();
    // Drive keeps asking the sharing batches to slow down, past every retry: the files exist, unshared, unrecorded.
    s.ws.meter.inject({ kind: 'UrlFetchApp.fetch:drive.batch', fault: 'rateLimit', times: 40 });
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    continueUntilDone(s, s.press(preview, applyButtonText(preview)!));
    const names = () => {
      const all = drive(s).searchFiles("title contains 'PLG Hub card data · ' and trashed = false");
      const found: string[] = [];
      while (all.hasNext()) found.push(all.next().getName());
      return found.sort();
    };
    const made = names();
    expect(made.length).toBeGreaterThan(0);
    s.ws.meter.clearFaults();
    s.ws.clock.nowMs += 60 * 60 * 1000;
    passAnHour(s);
    passAnHour(s);
    expect(names()).toEqual(made);
    expect(names()).toHaveLength(3);
    const { email, groupName } = aMember(s);
    expect(myPlg(s, email)).toContain(groupName);
  });
});
