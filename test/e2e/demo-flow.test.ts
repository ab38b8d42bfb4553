// The demo's whole story, run on the real bundle: what the admin, the teachers and the calendar end up with.
import { mkdtempSync, readFileSync } from 'node:fs';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { allEvents, sentInvitations } from '../../src/emulator/calendar';
import { runDemoFlow, type DemoResult } from '../../src/emulator/demo-flow';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { fileIdOf } from '../../src/core/drive-id';
import { docText } from '../../src/emulator/docs';
import { filePermissions } from '../../src/emulator/drive';
import { formSettings } from '../../src/emulator/forms';

let demo: DemoResult;
const out = mkdtempSync(join(tmpdir(), 'plg-demo-'));

beforeAll(async () => {
  demo = await runDemoFlow({
    out,
    seed: 3,
    write: (file, content) => {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      writeFileSync(join(out, file), content);
    },
  });
}, 60_000);

function tab(name: string): Record<string, unknown>[] {
  const [headers, ...rows] = readSheetValues(demo.school.ws, demo.school.spreadsheetId, name);
  return rows.map((r) => Object.fromEntries(headers!.map((h, i) => [String(h), r[i]])));
}

describe('the demo school, end to end', () => {
  it('lists the typing mistake and the guideline findings on the Problems tab', () => {
    const rows = tab('Problems');
    const problemHeader = Object.keys(rows[0]!).find((h) => h.startsWith('Problem'))!;
    // The tab says how fresh it is: Validate, Preview and Apply all rewrite it.
    expect(problemHeader).toMatch(/^Problem \(as of \w{3}, \w{3} \d+, 20\d\d at \d+:\d\d [AP]M\)$/);
    const problems = rows.map((p) => `${p.Severity} ${p.Where} ${p[problemHeader]}`);
    const typo = problems.find(
      (p) => p.startsWith('error Members') && p.includes('"Mr. Smith" is not an email address'),
    );
    // The typo holds its group: nothing of it is sent, changed or canceled until it is fixed.
    expect(typo).toMatch(/held until fixed: .* the meetings of .+ \(\w+-\d+\)/);
    expect(problems.some((p) => p.includes('45 minutes'))).toBe(true);
    expect(problems.some((p) => p.includes('is in no PLG'))).toBe(true);
  });

  it('holds the group whose Members row has the typo, and says so with the row to fix', () => {
    expect(demo.lines).toContainEqual(expect.stringMatching(/^Held until fixed: .+ — Members row \d+: .*"Mr\. Smith"/));
    const held = demo.lines
      .find((l) => l.startsWith('Held until fixed'))!
      .slice('Held until fixed: '.length)
      .split(' — ')[0]!;
    expect(allEvents(demo.school.ws).some((e) => e.summary === held)).toBe(false);
  });

  it('proposes make-up meetings where closures left a month short, and sends them like any other meeting', () => {
    const meetings = tab('Meetings');
    const english = meetings.filter((m) => String(m['Group id']).startsWith('ENGL-1'));
    const november = english.filter((m) => (m.Date as Date).getMonth() === 10);
    // Veterans Day and Thanksgiving took both of its November Wednesdays; two other Wednesdays make them up.
    expect(november.length).toBe(2);
    expect(demo.lines).toContainEqual(
      expect.stringMatching(/^Make-up meetings proposed: English PLG, November 2026: .*Nov 4.*Nov 18/),
    );
    for (const m of november) expect(String(m['Calendar event'])).not.toBe('');
  });

  it("says on the first preview what quiet start would have sent instead of the day's invitations", () => {
    const line = demo.lines.find((l) => l.startsWith('Quiet start (Settings) would send'));
    const [, welcomes, invitations] = /send ([\d,]+) welcome emails instead of these ([\d,]+) invitations/.exec(line!)!;
    const invited = sentInvitations(demo.school.ws).filter((m) => m.kind === 'invitation');
    expect(Number(invitations!.replace(/,/g, ''))).toBe(invited.length);
    // Everyone invited, and the admin whose Apply wrote the events (Calendar sends them none).
    const people = new Set(invited.map((m) => m.to));
    expect(Number(welcomes)).toBeGreaterThanOrEqual(people.size);
    expect(Number(welcomes)).toBeLessThanOrEqual(people.size + 1);
  });

  it('invites every member of a group to each of its meetings, on the PLG calendar only', () => {
    const members = tab('Members')
      .filter((m) => m['Group id'] === 'SCIE-1')
      .map((m) => String(m['Staff email']));
    const meetings = tab('Meetings').filter((m) => m['Group id'] === 'SCIE-1' && m.Status === 'scheduled');
    expect(meetings.length).toBeGreaterThan(15);
    const calendarId = String(tab('Settings').find((s) => s.Setting === 'Calendar id')!.Value);
    const events = allEvents(demo.school.ws, calendarId).filter((e) => e.summary === 'Science PLG');
    expect(events).toHaveLength(meetings.length);
    for (const event of events) {
      const guests = (event.attendees ?? []).map((a) => a.email);
      for (const m of members) expect(guests).toContain(m);
    }
    expect(meetings.every((m) => String(m['Calendar event']).length > 0)).toBe(true);
  });

  it('sends each guest one invitation per meeting and nothing more on a second sync', () => {
    const invitations = sentInvitations(demo.school.ws).filter((i) => i.kind === 'invitation');
    const events = allEvents(demo.school.ws);
    // The admin running the sync organizes the events, and Calendar mails every guest but the organizer.
    const admin = demo.school.ws.user.email;
    const guests = events.reduce((n, e) => n + (e.attendees ?? []).filter((a) => a.email !== admin).length, 0);
    expect(invitations).toHaveLength(guests);
    const before = sentInvitations(demo.school.ws).length;
    const shown = demo.school.press(demo.school.open('onSheetsHomepage'), 'Preview changes');
    expect(JSON.stringify(shown)).toContain('nothing to send');
    expect(sentInvitations(demo.school.ws)).toHaveLength(before);
  });

  it('writes a calendar file a calendar app can open', () => {
    const ics = readFileSync(join(out, 'calendar.ics'), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics.match(/BEGIN:VEVENT/g)!.length).toBe(allEvents(demo.school.ws).length);
    // Named once, after Settings ▸ Calendar name — an app that reads the first name must not show the admin's address.
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    const calendarName = tab('Settings').find((r) => r.Setting === 'Calendar name')?.Value;
    expect(calendarName).toBeTruthy();
    expect(lines.filter((l) => l.startsWith('X-WR-CALNAME'))).toEqual([`X-WR-CALNAME:${String(calendarName)}`]);
    // Every teacher invited is named, as the school's directory (its Staff tab) knows them.
    const attendees = lines.filter((l) => l.startsWith('ATTENDEE'));
    expect(attendees.length).toBeGreaterThan(100);
    const staff = new Map(tab('Staff').map((r) => [String(r.Email), String(r.Name)]));
    for (const line of attendees) {
      const email = line.slice(line.indexOf('mailto:') + 'mailto:'.length);
      expect(line).toContain(`;CN=${staff.get(email)};`);
    }
  });
});

describe('feedback after five weeks', () => {
  it('hides a group with fewer responses than the threshold, showing only its count', () => {
    const dashboard = readSheetValues(demo.school.ws, demo.school.spreadsheetId, 'Dashboard');
    const arts = dashboard.find((r) => r[0] === 'Arts & Wellness PLG')!;
    expect(arts[1]).toBe(2);
    expect(String(arts[2])).toContain('hidden');
    expect(arts[3]).toBe('');
  });

  it('keeps formula-like answers as text, and counts every answer picked from the meeting links', () => {
    const feedback = tab('Feedback');
    const formulaLike = feedback.filter((r) => String(r['One thing to change']).startsWith('=HYPERLINK'));
    expect(formulaLike.length).toBeGreaterThan(0);
    const dashboard = readSheetValues(demo.school.ws, demo.school.spreadsheetId, 'Dashboard');
    expect(dashboard.find((r) => r[0] === 'Responses not counted')?.[1] ?? 0).toBe(0);
  });
});

describe('the health survey', () => {
  it('goes out by email in a survey month and maps the weak trait to the guidance', () => {
    const dashboard = readSheetValues(demo.school.ws, demo.school.spreadsheetId, 'Dashboard');
    const time = dashboard.find((r) => r[0] === 'PLG time used for other business')!;
    expect(String(time[1])).toMatch(/Whole school: health survey: "Regular, protected time" averages \d\.\d of 5/);
    expect(String(time[2])).toContain('Hold this time sacred');
  });

  it('diagnoses at least three of the guidance’s common challenges, each once, quoting its line', () => {
    const dashboard = readSheetValues(demo.school.ws, demo.school.spreadsheetId, 'Dashboard');
    const start = dashboard.findIndex((r) => r[0] === 'What needs attention');
    const end = dashboard.findIndex((r, i) => i > start && r[0] === '');
    const diagnosed = dashboard.slice(start + 1, end);
    expect(diagnosed.length).toBeGreaterThanOrEqual(3);
    expect(new Set(diagnosed.map((r) => r[0])).size).toBe(diagnosed.length);
    for (const row of diagnosed) expect(String(row[3])).toMatch(/^“.+” \(shared\/seeds 00[01], .+\)$/);
    // A strategy appears once on the whole Dashboard, however many groups show its challenge.
    const sacred = dashboard.flat().filter((c) => String(c).includes('Hold this time sacred'));
    expect(sacred.length).toBeLessThanOrEqual(2);
  });
});

describe('agendas', () => {
  const meetingsWithAgenda = () => tab('Meetings').filter((m) => String(m.Agenda) !== '');

  it('makes one Doc per meeting in the lead-time horizon, shared with the group only', () => {
    const withAgenda = meetingsWithAgenda();
    expect(withAgenda.length).toBeGreaterThan(10);
    const ids = withAgenda.map((m) => fileIdOf(String(m.Agenda))!);
    expect(new Set(ids).size).toBe(ids.length);
    const sample = withAgenda.find((m) => m['Group id'] === 'SCIE-1')!;
    const access = filePermissions(demo.school.ws, fileIdOf(String(sample.Agenda))!);
    expect(access.access).not.toMatch(/ANYONE/);
    const members = tab('Members')
      .filter((m) => m['Group id'] === 'SCIE-1')
      .map((m) => String(m['Staff email']));
    for (const member of members) expect([...access.editors, access.owner]).toContain(member);
    const outsider = tab('Members').find((m) => m['Group id'] === 'MATH-1')!['Staff email'];
    expect([...access.editors, ...access.viewers, ...access.commenters]).not.toContain(outsider);
  });

  it('gives every member of a group a presenting turn this year', () => {
    // The facilitator runs the meeting; everyone else presents at least once.
    const facilitator = tab('Groups').find((g) => g['Group id'] === 'ENGL-1')!.Facilitator;
    const members = tab('Members')
      .filter((m) => m['Group id'] === 'ENGL-1' && m['Staff email'] !== facilitator)
      .map((m) => String(m['Staff email']));
    const presenters = new Set(
      tab('Meetings')
        .filter((m) => m['Group id'] === 'ENGL-1')
        .map((m) => String(m.Presenter)),
    );
    for (const member of members) expect(presenters).toContain(member);
  });

  it('reads outcomes and attendance back from the Docs facilitators filled in', () => {
    const recorded = tab('Meetings').filter((m) => String(m.Outcomes).startsWith('We agreed on a shared rubric row'));
    expect(recorded.length).toBeGreaterThan(5);
    const attendance = tab('Attendance');
    expect(attendance.length).toBeGreaterThan(50);
    expect(attendance.every((a) => a['Recorded from'] === 'Agenda Doc')).toBe(true);
    expect(attendance.some((a) => a.Present === 'No')).toBe(true);
    expect(attendance.some((a) => a.Present === 'Yes')).toBe(true);
  });

  it('lets a facilitator save attendance and outcomes into an upcoming agenda from the side panel', () => {
    const next = meetingsWithAgenda()
      .filter((m) => String(m.Outcomes) === '')
      .at(-1)!;
    const group = tab('Groups').find((g) => g['Group id'] === next['Group id'])!;
    const docId = fileIdOf(String(next.Agenda))!;
    const panel = demo.school.openDoc(String(group.Facilitator), docId);
    const present = [String(group.Facilitator)];
    demo.school.pressInDoc(String(group.Facilitator), docId, panel, 'Save to agenda', {
      present,
      outcomes: 'Adopted the revised lab rubric.',
      nextSteps: 'Try it in one class.',
    });
    const text = docText(demo.school.ws, docId);
    expect(text).toContain('Adopted the revised lab rubric.');
    expect(text).toContain('Try it in one class.');
  });
});

describe('feedback forms', () => {
  it("adds a group's own question to its form, and keeps every form anonymous and published", () => {
    const forms = Object.values(demo.school.ws.files).filter((f) => f.mimeType === 'application/vnd.google-apps.form');
    const english = forms.find((f) => f.name.startsWith('English PLG — meeting feedback'))!;
    const settings = formSettings(demo.school.ws, english.id);
    expect(JSON.stringify(settings)).toContain('Did we look at work from more than one grade, and what did it show?');
    for (const form of forms) {
      const s = formSettings(demo.school.ws, form.id) as unknown as Record<string, unknown>;
      expect(s.published).toBe(true);
      expect(String(s.emailCollectionType ?? s.emailCollection)).toMatch(/DO_NOT_COLLECT/);
    }
  });
});

describe('the weekly digest and the year summaries', () => {
  it("writes the week's digest of each facilitator and liaison, and each group's year summary", () => {
    const leads = new Set(
      tab('Groups').flatMap((g) => [g.Facilitator, g['Co-facilitator'], g['Administrator liaison']].map(String)),
    );
    const digests = readdirSync(join(out, 'digests'));
    expect(digests.length).toBeGreaterThan(5);
    const readers = new Set([...leads].filter(Boolean).map((e) => e.split('@')[0]!.replace(/[^A-Za-z0-9]+/g, '-')));
    for (const file of digests) {
      expect(readers).toContain(file.replace(/\.html$/, ''));
      expect(readFileSync(join(out, 'digests', file), 'utf8')).toMatch(/your PLG week of|Your PLG week of/);
    }
    const summaries = readdirSync(join(out, 'summaries'));
    expect(summaries.length).toBe(tab('Groups').filter((g) => g.Active === 'Yes').length);
    expect(readFileSync(join(out, 'summaries', 'science-plg.html'), 'utf8')).toContain('Meeting by meeting');
    // The year summaries are not agendas: the agendas folder holds only agenda Docs.
    expect(readdirSync(join(out, 'agendas')).some((f) => f.includes('year-summary'))).toBe(false);
  });
});

describe('the demo school, Form groups', () => {
  it('shows a builder proposal: everyone placed, every group 8–12, a reason for small-cohort placements', () => {
    const line = demo.lines.find((l) => l.startsWith('Form groups'))!;
    const [, placed, of] = /(\d+) of (\d+) people placed once/.exec(line) ?? [];
    expect(placed).toBe(of);
    expect(line).toMatch(/PLGs \(sizes \d+–\d+, all within 8–12\)/);
    expect(demo.lines).toContainEqual(expect.stringMatching(/a small-cohort placement: .+ has \d+ people — too few/));
    const proposal = tab('Proposal');
    expect(proposal).toHaveLength(Number(of));
    // Everyone still on the staff is placed exactly once (the weeks the demo lives after proposing may see someone
    // leave, who stays in the proposal made before).
    const emails = proposal.map((r) => String(r.Email));
    expect(new Set(emails).size).toBe(emails.length);
    for (const person of tab('Staff').filter((s) => s.Active !== 'No')) expect(emails).toContain(String(person.Email));
    // Proposing changed no roster: Members is as the admin typed it.
    expect(proposal.some((r) => r['Moved from'])).toBe(true);
    expect(tab('Members').some((m) => m.From instanceof Date)).toBe(false);
  });
});
