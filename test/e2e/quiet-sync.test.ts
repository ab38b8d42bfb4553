// What guests and the quota notice of a sync: a first sync invites each guest once per meeting and writes each
// event once, with its presenter already named; the hourly run that follows re-announces nothing; a member who
// leaves a group gets their own cancellations and nobody else hears a thing.
import {
  applyButtonText,
  continueUntilDone,
  offersContinue,
  previewAndApply,
  setUpAndFill,
} from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { moveOneMember } from '../../src/emulator/bench/registry-edits';
import { allEvents, sentInvitations } from '../../src/emulator/calendar';
import { calendarWrites } from '../../src/emulator/calendar/write-counts';
import { findButtons, notificationText } from '../../src/emulator/cards/interact';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';

/**
 * What a Preview plus an old card's Continue may cost when nothing changed (issue: "a no-op re-sync in ≤ 8
 * calls"). Preview: the open spreadsheet, who is asking, whether they own it, one read of every tab, one listing
 * of the calendar. Continue: the open spreadsheet and one read of the state tab, which says nothing is left.
 */
const noOpCallLimit = 8;

let s: EmulatedSchool;
let calendarId: string;
let firstSync: { inserts: number; patches: number };
/** The Sync card the first Apply answered with, still offering Continue: an admin may press it again later. */
let oldSyncCard: unknown;

function calendarIdOf(school: EmulatedSchool): string {
  const settings = readSheetValues(school.ws, school.spreadsheetId, 'Settings');
  return String(settings.find((r) => r[0] === 'Calendar id')![1]);
}

beforeAll(() => {
  s = startSchool({ seed: 1, staff: 90, withFindings: false });
  setUpAndFill(s);
  const before = s.ws.meter.snapshot();
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  oldSyncCard = s.press(preview, applyButtonText(preview)!);
  continueUntilDone(s, oldSyncCard);
  const writes = calendarWrites(s.ws.meter.since(before));
  calendarId = calendarIdOf(s);
  firstSync = { inserts: writes.insert, patches: writes.patch };
}, 60_000);

describe('a first sync', () => {
  it('sends each guest exactly one invitation per meeting, and nothing else', () => {
    const events = allEvents(s.ws, calendarId).filter((e) => e.status !== 'cancelled');
    expect(events.length).toBeGreaterThan(100);
    const mails = sentInvitations(s.ws);
    expect(mails.every((m) => m.kind === 'invitation')).toBe(true);
    const pairs = mails.map((m) => `${m.eventId} ${m.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const guests = events.flatMap((e) =>
      (e.attendees ?? []).filter((a) => !a.organizer && !a.self).map((a) => `${e.id} ${a.email}`),
    );
    expect(pairs.sort()).toEqual(guests.sort());
  });

  it('writes each event once, with its presenter already named', () => {
    const events = allEvents(s.ws, calendarId);
    expect(firstSync.inserts).toBe(events.length);
    expect(firstSync.patches).toBe(0);
    const announced = events.filter((e) => /Presenter: to be announced/.test(e.description ?? ''));
    expect(announced).toEqual([]);
  });

  it('leaves nothing for the hourly run to re-announce: it only adds the agenda links due soon, silently', () => {
    const mailsBefore = sentInvitations(s.ws).length;
    const before = s.ws.meter.snapshot();
    passAnHour(s);
    const used = calendarWrites(s.ws.meter.since(before));
    expect(sentInvitations(s.ws).length).toBe(mailsBefore);
    const withAgenda = allEvents(s.ws, calendarId).filter((e) => /Agenda: /.test(e.description ?? '')).length;
    expect(used.patch).toBe(withAgenda);
    // And the admin's next preview has nothing to show: no wall of silent description updates.
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    expect(notificationText(preview)).toMatch(/nothing to send/);
    expect(findButtons(preview).some((b) => b.text.startsWith('Apply'))).toBe(false);
  });
});

describe('a re-sync with nothing changed', () => {
  it(`answers from one read of the registry and one calendar listing, in at most ${noOpCallLimit} calls`, () => {
    // The first sync finished within its Apply: the Sync card it left offers no Continue to press again.
    expect(offersContinue(oldSyncCard)).toBe(false);
    const home = s.open('onSheetsHomepage');
    const before = s.ws.meter.snapshot();
    const preview = s.press(home, 'Preview changes');
    const previewCalls = s.ws.meter.since(before);
    expect(notificationText(preview)).toMatch(/nothing to send/);
    const used = s.ws.meter.since(before);
    // Nothing is read twice: every tab in one Sheets API read, one listing of the calendar, and no lock taken
    // when nothing is written.
    expect(previewCalls.counts['Sheets.Spreadsheets.get']).toBe(1);
    expect(previewCalls.counts['SpreadsheetApp.Range.getValues']).toBeUndefined();
    expect(used.counts['LockService.Lock.waitLock']).toBeUndefined();
    expect(used.counts['Calendar.Events.list']).toBe(1);
    expect(Object.keys(used.counts).filter((kind) => /insert|patch|remove|setValues|Form|Drive/.test(kind))).toEqual(
      [],
    );
    expect(used.total).toBeLessThanOrEqual(noOpCallLimit);
  });
});

describe('a member leaving a group', () => {
  it('gets one cancellation per meeting they leave and invitations to their new group; nobody else is emailed', () => {
    const mailsBefore = sentInvitations(s.ws).length;
    const who = moveOneMember(s).split(':')[0]!;
    const eventsBefore = allEvents(s.ws, calendarId).filter((e) => e.status !== 'cancelled');
    const wasGuest = (email: string) =>
      eventsBefore.filter((e) => (e.attendees ?? []).some((a) => a.email === email) && e.start?.dateTime);
    previewAndApply(s, s.open('onSheetsHomepage'));
    const mails = sentInvitations(s.ws).slice(mailsBefore);
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.filter((m) => m.to !== who)).toEqual([]);
    expect(mails.some((m) => m.kind === 'update')).toBe(false);
    // Every meeting of the old group from October on: one cancellation each, none twice.
    const left = wasGuest(who).filter((e) => e.start!.dateTime! >= '2026-10-01');
    const cancellations = mails.filter((m) => m.kind === 'cancellation').map((m) => m.eventId);
    expect(new Set(cancellations).size).toBe(cancellations.length);
    expect(cancellations.sort()).toEqual(left.map((e) => e.id).sort());
  });
});
