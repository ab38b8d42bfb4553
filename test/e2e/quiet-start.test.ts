// Quiet start (Settings ▸ Quiet start), as the people who would notice it going wrong: a teacher who gets 17
// invitations on day one anyway, or two welcome emails, or a welcome that misses a meeting; a facilitator in two
// groups; a newcomer added in silence and never told; an admin who turns it on after the first sync and
// re-welcomes everyone; a school in Sydney reading New York times. Counted from the emulator's outboxes (Calendar's
// invitations and MailApp's messages), never from what PLG Hub says it did.
import { allEvents, sentInvitations } from '../../src/emulator/calendar';
import { sentEmails, type SentEmail } from '../../src/emulator/base-services/mail';
import { cardText, findButtons } from '../../src/emulator/cards/interact';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';

jest.setTimeout(120_000);

const welcomeSubject = /your PLG meetings this year/;

function preview(s: EmulatedSchool): unknown {
  return s.press(s.open('onSheetsHomepage'), 'Preview changes');
}

/** Preview, Apply, then Continue while the card offers it; returns the preview and the last card. */
function syncAll(s: EmulatedSchool, onPreview?: () => void): { preview: unknown; last: unknown } {
  const shown = preview(s);
  onPreview?.();
  const apply = findButtons(shown).find((b) => b.text.startsWith('Apply'));
  if (!apply) return { preview: shown, last: shown };
  let last = s.press(shown, apply.text);
  for (let i = 0; i < 60 && findButtons(last).some((b) => b.text === 'Continue'); i++) last = s.press(last, 'Continue');
  return { preview: shown, last };
}

function welcomes(s: EmulatedSchool): SentEmail[] {
  return sentEmails(s.ws).filter((m) => welcomeSubject.test(m.subject));
}

function countBy(addresses: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of addresses) counts.set(a, (counts.get(a) ?? 0) + 1);
  return counts;
}

function settingValue(s: EmulatedSchool, label: string): string {
  return String(readSheetValues(s.ws, s.spreadsheetId, 'Settings').find((r) => r[0] === label)?.[1] ?? '');
}

/** Every upcoming PLG event on the calendar, with its guests. */
function upcomingEvents(s: EmulatedSchool) {
  const now = s.ws.clock.nowMs;
  return allEvents(s.ws, settingValue(s, 'Calendar id')).filter(
    (e) => e.status !== 'cancelled' && Date.parse(e.start!.dateTime!) > now,
  );
}

function guestsOf(event: { attendees?: { email?: string }[] }): string[] {
  return (event.attendees ?? []).map((a) => a.email!.toLowerCase());
}

function sheet(s: EmulatedSchool, tab: string): GoogleAppsScript.Spreadsheet.Sheet {
  return (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .openById(s.spreadsheetId)
    .getSheetByName(tab)!;
}

function quietSchool(options: Parameters<typeof startSchool>[0] = {}): EmulatedSchool {
  const s = startSchool({ seed: 4, staff: 40, withFindings: false, ...options });
  s.school.settings['Quiet start'] = 'Yes';
  s.press(s.open('onSheetsHomepage'), 'Set up');
  s.fillRegistry();
  return s;
}

describe('a school that starts quietly', () => {
  let s: EmulatedSchool;
  let first: { preview: unknown; last: unknown };
  let previewTab: unknown[][];

  beforeAll(() => {
    s = quietSchool();
    first = syncAll(s, () => (previewTab = readSheetValues(s.ws, s.spreadsheetId, 'Preview')));
  });

  it('previews N welcome emails instead of M invitations, one Preview row per person', () => {
    const guests = new Set(upcomingEvents(s).flatMap(guestsOf));
    const invitations = upcomingEvents(s).reduce((n, e) => n + guestsOf(e).length, 0);
    expect(guests.size).toBeGreaterThan(20);
    expect(cardText(first.preview)).toContain(
      `${guests.size} welcome emails instead of ${invitations.toLocaleString('en-US')} invitations`,
    );
    const rows = previewTab.filter((r) => r[0] === 'Welcome email');
    expect(rows.map((r) => String(r[1])).sort()).toEqual([...guests].sort());
  });

  it('gives every guest exactly one welcome and no invitation on day one', () => {
    expect(sentInvitations(s.ws)).toEqual([]);
    const counts = countBy(welcomes(s).flatMap((m) => m.to));
    const guests = [...new Set(upcomingEvents(s).flatMap(guestsOf))].sort();
    expect([...counts.keys()].sort()).toEqual(guests);
    expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
  });

  it("lists every one of a person's meetings, each with its feedback link", () => {
    for (const mail of welcomes(s)) {
      const me = mail.to[0]!;
      const mine = upcomingEvents(s).filter((e) => guestsOf(e).includes(me));
      expect((mail.htmlBody!.match(/<li>/g) ?? []).length).toBe(mine.length);
      expect((mail.htmlBody!.match(/>Feedback</g) ?? []).length).toBe(mine.length);
    }
  });

  it('sends a facilitator in two groups one email naming both, with their role in each', () => {
    const [header, ...groups] = readSheetValues(s.ws, s.spreadsheetId, 'Groups');
    const facilitatorCol = header!.indexOf('Facilitator');
    const nameCol = header!.indexOf('Name');
    const events = upcomingEvents(s);
    const twoGroups = groups
      .map((g) => ({ email: String(g[facilitatorCol]).toLowerCase(), name: String(g[nameCol]) }))
      .find(({ email }) => new Set(events.filter((e) => guestsOf(e).includes(email)).map((e) => e.summary)).size >= 2);
    expect(twoGroups).toBeDefined();
    const theirs = welcomes(s).filter((m) => m.to.includes(twoGroups!.email));
    expect(theirs).toHaveLength(1);
    const summaries = new Set(events.filter((e) => guestsOf(e).includes(twoGroups!.email)).map((e) => e.summary!));
    for (const summary of summaries) expect(theirs[0]!.body).toContain(summary);
    expect(theirs[0]!.body).toContain('Your role: Facilitator');
    expect(theirs[0]!.body).toContain('Your role: Member');
  });

  it('still emails an update when a meeting moves later, and welcomes nobody again', () => {
    const welcomed = welcomes(s).length;
    const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, 'Meetings');
    const col = (h: string) => header!.indexOf(h);
    const index = rows.findIndex(
      (r) => String(r[col('Meeting')]).startsWith('MATH') && (r[col('Date')] as Date) > new Date('2026-10-01'),
    );
    const eventId = String(rows[index]![col('Calendar event')]);
    const guests = guestsOf(upcomingEvents(s).find((e) => e.id === eventId)!);
    sheet(s, 'Meetings')
      .getRange(index + 2, col('Date') + 1)
      .setValue('2026-10-22');
    const before = sentInvitations(s.ws).length;
    syncAll(s);
    const mails = sentInvitations(s.ws).slice(before);
    expect(mails.map((m) => m.to).sort()).toEqual(guests.sort());
    expect(mails.every((m) => m.kind === 'update' && m.eventId === eventId)).toBe(true);
    expect(welcomes(s)).toHaveLength(welcomed);
  });

  it('welcomes a newcomer added later with one email and no invitations, and tells nobody else', () => {
    const newcomer = 'new.teacher@school.example';
    sheet(s, 'Staff').appendRow([newcomer, 'New Teacher', 'teacher', 'Math', '6', '', 'Yes']);
    sheet(s, 'Members').appendRow(['MATH-1', newcomer, 'member', '2026-11-01', '']);
    const invitationsBefore = sentInvitations(s.ws).length;
    const welcomesBefore = welcomes(s).length;
    const { preview: shown } = syncAll(s);
    expect(cardText(shown)).toContain('1 welcome email instead of');
    expect(sentInvitations(s.ws).slice(invitationsBefore)).toEqual([]);
    const added = welcomes(s).slice(welcomesBefore);
    expect(added.map((m) => m.to)).toEqual([[newcomer]]);
    const theirs = upcomingEvents(s).filter((e) => guestsOf(e).includes(newcomer));
    expect(theirs.length).toBeGreaterThan(3);
    expect((added[0]!.htmlBody!.match(/<li>/g) ?? []).length).toBe(theirs.length);
  });

  it('invites, as today, someone already welcomed who joins a second group', () => {
    const [header, ...members] = readSheetValues(s.ws, s.spreadsheetId, 'Members');
    const emailCol = header!.indexOf('Staff email');
    const inMath = new Set(
      upcomingEvents(s)
        .filter((e) => e.summary === 'Math PLG')
        .flatMap(guestsOf),
    );
    const joiner = members
      .map((m) => String(m[emailCol]))
      .find((e) => !inMath.has(e) && welcomes(s).some((w) => w.to.includes(e)))!;
    sheet(s, 'Members').appendRow(['MATH-1', joiner, 'member', '2026-12-01', '']);
    const invitationsBefore = sentInvitations(s.ws).length;
    const welcomesBefore = welcomes(s).length;
    syncAll(s);
    const invited = sentInvitations(s.ws).slice(invitationsBefore);
    expect(invited.length).toBeGreaterThan(0);
    expect(invited.every((m) => m.to === joiner)).toBe(true);
    expect(welcomes(s).length).toBe(welcomesBefore);
  });
});
