// The weekly digest as its readers and the admin would notice it, counted from the emulator's outbox, never from
// what PLG Hub says it did: nothing until Settings turns it on; then one digest per facilitator or liaison per week
// of the school's own clock, however many hourly runs that week; a run stopped at any call resumes without
// mailing anyone twice; and a member's attendance reaches only their own group's facilitators and liaison.
import { previewAndApply, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { recordingCallKinds } from '../../src/emulator/bench/fault-sweep-support';
import { sentEmails, type SentEmail } from '../../src/emulator/base-services/mail';
import type { FaultKind } from '../../src/emulator/errors';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { dailyQuota } from '../../src/emulator/quotas';
import { lastRun } from '../../src/emulator/demo-flow';

jest.setTimeout(180_000);

const hourMs = 3600_000;
const digestSubject = /: your PLG week of /;

function digests(s: EmulatedSchool): SentEmail[] {
  return sentEmails(s.ws).filter((m) => digestSubject.test(m.subject));
}

/** How many digests each person received. */
function received(s: EmulatedSchool): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of digests(s)) for (const to of [...m.to, ...m.cc, ...m.bcc]) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

function sheet(s: EmulatedSchool, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return sheets.openById(s.spreadsheetId).getSheetByName(name)!;
}

/** The admin types a value next to a setting's name on the Settings tab. */
function setSetting(s: EmulatedSchool, label: string, value: string): void {
  const rows = sheet(s, 'Settings').getDataRange().getValues();
  const at = rows.findIndex((r) => r[0] === label);
  if (at < 0) throw new Error(`no setting "${label}"`);
  sheet(s, 'Settings')
    .getRange(at + 1, 2)
    .setValue(value);
}

function records(s: EmulatedSchool, tab: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, tab);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
}

/** Everyone a digest may go to: the facilitators, co-facilitators and liaisons of active groups. */
function leads(s: EmulatedSchool): Set<string> {
  return new Set(
    records(s, 'Groups')
      .filter((g) => g.Active === 'Yes')
      .flatMap((g) => [g.Facilitator, g['Co-facilitator'], g['Administrator liaison']].map(String))
      .filter(Boolean),
  );
}

/** The week's record in the registry's state tab. */
function weekRecord(s: EmulatedSchool): { week: string; sent: string[]; uncertain: string[] } | undefined {
  const row = readSheetValues(s.ws, s.spreadsheetId, 'PLG Hub state').find((r) => r[0] === 'digest.week');
  return row && String(row[1]) ? JSON.parse(String(row[1]).replace(/^'/, '')) : undefined;
}

/** The hourly trigger fires at `iso` (an hour after the clock is set to just before it). */
function hourlyAt(s: EmulatedSchool, iso: string): void {
  s.ws.clock.nowMs = Date.parse(iso) - hourMs;
  passAnHour(s);
}

interface Marked {
  group: string;
  member: string;
  memberName: string;
  /** The group's facilitators and liaison. */
  groupLeads: string[];
}

/**
 * Attendance typed for one group's two past meetings: one plain member (in no other group, leading none) missed
 * both, everyone else was there.
 */
function markOneMemberAbsent(s: EmulatedSchool, before: string): Marked {
  const members = records(s, 'Members');
  const groups = records(s, 'Groups');
  const allLeads = leads(s);
  const coaches = new Set(groups.map((g) => String(g.Coach)));
  const count = (email: string) => members.filter((m) => m['Staff email'] === email).length;
  const member = members.find(
    (m) =>
      count(String(m['Staff email'])) === 1 &&
      !allLeads.has(String(m['Staff email'])) &&
      !coaches.has(String(m['Staff email'])),
  )!;
  const group = String(member['Group id']);
  const row = groups.find((g) => g['Group id'] === group)!;
  const past = records(s, 'Meetings')
    .filter((m) => m['Group id'] === group && m.Status === 'scheduled' && (m.Date as Date).toISOString() < before)
    .slice(0, 2);
  expect(past).toHaveLength(2);
  const roster = members.filter((m) => m['Group id'] === group).map((m) => String(m['Staff email']));
  const rows = past.flatMap((m) =>
    roster.map((who) => [m.Meeting, who, who === member['Staff email'] ? 'No' : 'Yes', '']),
  );
  const attendance = sheet(s, 'Attendance');
  attendance.getRange(attendance.getLastRow() + 1, 1, rows.length, 4).setValues(rows);
  const staff = records(s, 'Staff');
  return {
    group,
    member: String(member['Staff email']),
    memberName: String(staff.find((p) => p.Email === member['Staff email'])!.Name),
    groupLeads: [row.Facilitator, row['Co-facilitator'], row['Administrator liaison']].map(String).filter(Boolean),
  };
}

describe('the weekly digest', () => {
  let saved: SavedSchool;
  let sentWhileOff = 0;
  let marked: Marked;
  const consoleError = jest.spyOn(console, 'error');

  beforeAll(() => {
    consoleError.mockImplementation(() => undefined);
    const s = startSchool({ seed: 5, staff: 40, withFindings: false });
    setUpAndFill(s);
    previewAndApply(s, s.open('onSheetsHomepage'));
    // Three weeks of hourly runs later (Sunday 20 September, New York), with Settings left as Set up made it.
    hourlyAt(s, '2026-09-14T14:00:00Z');
    hourlyAt(s, '2026-09-20T13:00:00Z');
    sentWhileOff = digests(s).length;
    marked = markOneMemberAbsent(s, '2026-09-20');
    setSetting(s, 'Weekly digest', 'Yes');
    saved = saveSchool(s);
  });

  afterAll(() => consoleError.mockRestore());

  it('sends nothing while Settings ▸ Weekly digest is No, as Set up leaves it', () => {
    expect(sentWhileOff).toBe(0);
    const s = reopenSchool(saved);
    expect(records(s, 'Settings').find((r) => r.Setting === 'Weekly digest')?.Value).toBe('Yes');
  });

  it('sends each facilitator and liaison one digest a week, however many hourly runs there are', () => {
    const s = reopenSchool(saved);
    hourlyAt(s, '2026-09-20T14:00:00Z');
    const first = received(s);
    expect(first.size).toBeGreaterThan(3);
    for (const [who, n] of first) {
      expect(leads(s)).toContain(who);
      expect(n).toBe(1);
    }
    // Each digest is addressed to its reader alone.
    for (const m of digests(s)) expect([m.to.length, m.cc.length, m.bcc.length]).toEqual([1, 0, 0]);
    // The rest of the week's hourly runs send none.
    for (const at of ['2026-09-20T15:00:00Z', '2026-09-20T23:00:00Z', '2026-09-21T09:00:00Z']) hourlyAt(s, at);
    expect(received(s)).toEqual(first);
    // Monday 21 September from 06:00 in New York (10:00 UTC) is a new week: one more each.
    hourlyAt(s, '2026-09-21T10:30:00Z');
    hourlyAt(s, '2026-09-21T11:30:00Z');
    const second = received(s);
    expect([...second.values()].every((n) => n <= 2)).toBe(true);
    expect([...second].filter(([, n]) => n === 2).length).toBeGreaterThan(3);
    expect(weekRecord(s)?.week).toBe('2026-W39');
  });

  it("names a member below the attendance threshold to their own group's facilitator and liaison, and nobody else", () => {
    const s = reopenSchool(saved);
    hourlyAt(s, '2026-09-20T14:00:00Z');
    const naming = digests(s).filter((m) => (m.htmlBody ?? '').includes(marked.memberName));
    expect(naming.map((m) => m.to[0]).sort()).toEqual([...new Set(marked.groupLeads)].sort());
    for (const m of naming) {
      expect(m.body).toMatch(
        new RegExp(`Attended fewer than 75% of recorded meetings:\\n- ${marked.memberName}: 0 of 2`),
      );
      expect(m.body).not.toContain(marked.member);
    }
  });

  it("sends as many as the day's email quota allows, and the rest the next day of the same week", () => {
    const s = reopenSchool(saved);
    s.ws.meter.quotaRemaining('emailRecipients');
    s.ws.meter.quotaUsed.emailRecipients = dailyQuota.emailRecipients - 2;
    hourlyAt(s, '2026-09-20T14:00:00Z');
    expect(digests(s)).toHaveLength(2);
    expect(lastRun(s)).toMatch(/weekly digest: 2 emailed, \d+ to go; weekly digest: the day's email quota is used up/);
    hourlyAt(s, '2026-09-20T15:00:00Z');
    expect(digests(s)).toHaveLength(2);
    // Sunday 21:00 in New York is a new day for Google's quota (UTC), and still the same week.
    hourlyAt(s, '2026-09-21T01:00:00Z');
    const counts = received(s);
    expect(counts.size).toBeGreaterThan(3);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  describe('stopped by Google at a call of its run, then left to the next hourly runs', () => {
    const callKinds = new Map<number, string>();
    let reference: Map<string, number>;
    let firstCall = 0;
    let lastCall = 0;
    const trials: string[] = [];
    const failures: string[] = [];
    let withUncertain = 0;

    beforeAll(() => {
      const s = reopenSchool(saved);
      firstCall = s.ws.meter.total + 1;
      recordingCallKinds(s, callKinds, () => hourlyAt(s, '2026-09-20T14:00:00Z'));
      lastCall = s.ws.meter.total;
      reference = received(s);
      // Every send call with the time limit and the day's quota; from the first quota check on, every third other
      // call with the time limit or "slow down"; before it, a handful of the run's reads.
      const digestStart = [...callKinds].find(([, kind]) => kind === 'MailApp.getRemainingDailyQuota')![0];
      let i = 0;
      for (let at = firstCall; at <= lastCall; at++) {
        const kind = callKinds.get(at) ?? '';
        const tried: FaultKind[] =
          kind === 'MailApp.sendEmail'
            ? ['timeLimit', 'quota']
            : at >= digestStart && (at - digestStart) % 3 === 0
              ? [i++ % 2 ? 'rateLimit' : 'timeLimit']
              : at < digestStart && (at - firstCall) % 40 === 0
                ? ['timeLimit']
                : [];
        for (const fault of tried) failures.push(...faulted(at, fault, kind));
      }
    });

    function faulted(at: number, fault: FaultKind, kind: string): string[] {
      const where = `${fault} at call ${at} (${kind})`;
      trials.push(where);
      const s = reopenSchool(saved);
      s.ws.meter.inject({ atCall: at, fault });
      try {
        hourlyAt(s, '2026-09-20T14:00:00Z');
      } catch {
        // the run stopped; the next hour's starts afresh
      }
      hourlyAt(s, '2026-09-20T15:00:00Z');
      // The run after a stop says whose message the stop may have caught.
      const said = lastRun(s);
      hourlyAt(s, '2026-09-20T16:00:00Z');
      const counts = received(s);
      const uncertain = weekRecord(s)?.uncertain ?? [];
      if (uncertain.length) withUncertain += 1;
      const problems: string[] = [];
      for (const who of uncertain)
        if (!said.includes(`weekly digest: ${who} may not have received`))
          problems.push(`${where}: the run log does not name ${who} as maybe not mailed: ${said}`);
      const twice = [...counts].filter(([, n]) => n > 1).map(([who]) => who);
      if (twice.length) problems.push(`${where}: mailed twice to ${twice.join(', ')}`);
      const missed = [...reference.keys()].filter((who) => !counts.has(who) && !uncertain.includes(who));
      if (missed.length) problems.push(`${where}: never mailed (and not recorded uncertain) ${missed.join(', ')}`);
      if (uncertain.length > 1) problems.push(`${where}: ${uncertain.length} uncertain, at most the one in flight`);
      const strangers = [...counts.keys()].filter((who) => !reference.has(who));
      if (strangers.length) problems.push(`${where}: mailed people the run would not have: ${strangers.join(', ')}`);
      return problems;
    }

    it('mails nobody twice and misses nobody but the one message a stop may have caught', () => {
      console.log(
        `Weekly digest fault sweep: ${trials.length} faults over calls ${firstCall}–${lastCall}, ${withUncertain} ending with one reader uncertain`,
      );
      // A stop at a send call leaves its reader uncertain: the sweep reaches that case.
      expect(withUncertain).toBeGreaterThan(0);
      expect(trials.filter((t) => t.includes('MailApp.sendEmail')).length).toBe(2 * reference.size);
      expect(failures).toEqual([]);
    });
  });
});

describe('a school in Sydney', () => {
  it('starts its digest week on its own Monday at 06:00, while UTC still says Sunday', () => {
    const s = startSchool({ seed: 2, staff: 30, withFindings: false, timeZone: 'Australia/Sydney' });
    setUpAndFill(s);
    previewAndApply(s, s.open('onSheetsHomepage'));
    setSetting(s, 'Weekly digest', 'Yes');
    // Sunday 20 September, 22:00 in Sydney: that week's digests.
    hourlyAt(s, '2026-09-20T12:00:00Z');
    const sunday = received(s);
    expect(sunday.size).toBeGreaterThan(0);
    // Monday 05:00 in Sydney: still Sunday's week.
    hourlyAt(s, '2026-09-20T19:00:00Z');
    expect(received(s)).toEqual(sunday);
    // Monday 06:00 in Sydney (Sunday 20:00 UTC): a new week, one more each.
    hourlyAt(s, '2026-09-20T20:00:00Z');
    expect(weekRecord(s)?.week).toBe('2026-W39');
    expect([...received(s).values()].some((n) => n === 2)).toBe(true);
    expect([...received(s).values()].every((n) => n <= 2)).toBe(true);
  });
});
