// Year summaries as the admin who presses the button, the group they share it with, and a teacher who tries it
// would see them: one Doc per group in the PLG Hub folder with its meetings, protocols, outcomes and next steps,
// updated in place on every press, never a second Doc — and nobody's absences in a Doc made to be shared.
import { previewAndApply, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { recordingCallKinds } from '../../src/emulator/bench/fault-sweep-support';
import { findButtons, notificationText } from '../../src/emulator/cards/interact';
import { docText } from '../../src/emulator/docs';
import { filePermissions } from '../../src/emulator/drive';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { simulateFacilitatorsTyping } from '../../src/emulator/simulate-weeks';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { mimeTypes } from '../../src/emulator/workspace';

jest.setTimeout(180_000);

const typedOutcome = 'We agreed on a shared rubric row for evidence';
const dayMs = 24 * 3600_000;

function records(s: EmulatedSchool, tab: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, tab);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
}

/** The year summary Docs in Drive (not in the bin), by name. */
function summaryDocs(s: EmulatedSchool) {
  return Object.values(s.ws.files).filter(
    (f) => f.mimeType === mimeTypes.document && !f.trashed && / — year summary 2026–27 \[/.test(f.name),
  );
}

/** Refresh dashboard, then Year summaries on its card, pressed again while it offers to. */
function pressYearSummaries(
  s: EmulatedSchool,
  dashboard = s.press(s.open('onSheetsHomepage'), 'Refresh dashboard'),
): unknown {
  let shown = s.press(dashboard, 'Year summaries');
  for (let presses = 1; findButtons(shown).some((b) => b.text === 'Year summaries'); presses++) {
    if (presses > 10) throw new Error('Year summaries still offers more after 10 presses');
    shown = s.press(shown, 'Year summaries');
  }
  return shown;
}

/** Weeks pass: facilitators fill in their agendas, the hourly run makes new ones and reads the old ones back. */
function weeksPass(s: EmulatedSchool, weeks: number): void {
  for (let week = 0; week < weeks; week++) {
    s.ws.clock.nowMs += 7 * dayMs;
    simulateFacilitatorsTyping(s, s.ws.now());
    passAnHour(s);
  }
}

describe('year summaries', () => {
  let saved: SavedSchool;
  const consoleError = jest.spyOn(console, 'error');

  beforeAll(() => {
    consoleError.mockImplementation(() => undefined);
    const s = startSchool({ seed: 5, staff: 40, withFindings: false });
    setUpAndFill(s);
    previewAndApply(s, s.open('onSheetsHomepage'));
    weeksPass(s, 3);
    saved = saveSchool(s);
  });

  afterAll(() => consoleError.mockRestore());

  it("makes one Doc per active group, in the PLG Hub folder, with its meetings' outcomes and next steps", () => {
    const s = reopenSchool(saved);
    const shown = pressYearSummaries(s);
    expect(notificationText(shown)).toMatch(/^Made \d+ year summary Docs and brought 0 up to date\.$/);
    const groups = records(s, 'Groups').filter((g) => g.Active === 'Yes');
    const docs = summaryDocs(s);
    expect(docs.map((d) => d.name.match(/\[(.+)\]$/)![1]).sort()).toEqual(
      groups.map((g) => String(g['Group id'])).sort(),
    );
    const folder = String(records(s, 'Settings').find((r) => r.Setting === 'Drive folder id')!.Value);
    for (const doc of docs) expect(doc.parents).toEqual([folder]);
    // What a facilitator typed in an agenda, read back into the Meetings tab, is in their group's summary.
    const readBack = records(s, 'Meetings').find((m) => String(m.Outcomes ?? '').startsWith(typedOutcome))!;
    const doc = docs.find((d) => d.name.endsWith(`[${String(readBack['Group id'])}]`))!;
    const text = docText(s.ws, doc.id);
    expect(text).toContain(String(readBack.Outcomes));
    expect(text).toContain('Each member tries the rubric with one class');
    expect(text).toMatch(/\d+ meetings? held, \d+ canceled, \d+ still to come this year\./);
    expect(text).toMatch(/\d+% of the group present/);
  });

  it('names nobody as absent and no address: it is made to be shared with the group', () => {
    const s = reopenSchool(saved);
    pressYearSummaries(s);
    // Someone was marked absent in the agendas read back; their group's Doc must not say so by name.
    const absences = records(s, 'Attendance').filter((a) => a.Present === 'No');
    expect(absences.length).toBeGreaterThan(0);
    const names = new Map(records(s, 'Staff').map((p) => [p.Email, String(p.Name)]));
    const presenters = new Set(records(s, 'Meetings').map((m) => m.Presenter));
    for (const doc of summaryDocs(s)) {
      const text = docText(s.ws, doc.id);
      expect(text).not.toMatch(/@/);
      for (const absence of absences) {
        // A presenter is named as presenter; nobody else appears by name at all.
        if (!presenters.has(absence['Staff email'])) expect(text).not.toContain(names.get(absence['Staff email']));
      }
    }
  });

  it('is shared with nobody until the admin shares it', () => {
    const s = reopenSchool(saved);
    pressYearSummaries(s);
    for (const doc of summaryDocs(s)) {
      const sharing = filePermissions(s.ws, doc.id);
      expect(sharing.owner).toBe(s.school.admin);
      expect([...sharing.editors, ...sharing.commenters, ...sharing.viewers]).toEqual([]);
      expect(sharing.access).toBe('PRIVATE');
    }
  });

  it('updates the same Docs on a later press, never making a second', () => {
    const s = reopenSchool(saved);
    pressYearSummaries(s);
    const first = new Map(summaryDocs(s).map((d) => [d.name, d.id]));
    const before = new Map([...first].map(([, id]) => [id, docText(s.ws, id)]));
    weeksPass(s, 2);
    const shown = pressYearSummaries(s);
    expect(notificationText(shown)).toMatch(
      new RegExp(`^Made 0 year summary Docs and brought ${first.size} up to date\\.$`),
    );
    expect(new Map(summaryDocs(s).map((d) => [d.name, d.id]))).toEqual(first);
    // Two more weeks of meetings are in them now.
    expect([...before].some(([id, text]) => docText(s.ws, id) !== text)).toBe(true);
  });

  it('makes a new one when the admin put the old one in the bin', () => {
    const s = reopenSchool(saved);
    pressYearSummaries(s);
    const binned = summaryDocs(s)[0]!;
    s.ws.files[binned.id]!.trashed = true;
    pressYearSummaries(s);
    const again = summaryDocs(s).filter((d) => d.name === binned.name);
    expect(again).toHaveLength(1);
    expect(again[0]!.id).not.toBe(binned.id);
  });

  it('is refused to a teacher, even one the registry is shared with to view, and makes nothing', () => {
    const s = reopenSchool(saved);
    const dashboard = s.press(s.open('onSheetsHomepage'), 'Refresh dashboard');
    const teacher = String(records(s, 'Members')[3]!['Staff email']);
    const press = () => s.asUser(teacher, () => s.press(dashboard, 'Year summaries'));
    expect(notificationText(press())).toMatch(/^Year summaries: Open the PLG registry spreadsheet first\./);
    s.asUser(s.school.admin, () =>
      (s.globals.DriveApp as GoogleAppsScript.Drive.DriveApp).getFileById(s.spreadsheetId).addViewer(teacher),
    );
    expect(notificationText(press())).toMatch(/^Year summaries: Only people who can edit this registry can do that\./);
    expect(summaryDocs(s)).toEqual([]);
  });

  it('leaves one Doc per group when a press is stopped around the making of any Doc', () => {
    const reference = reopenSchool(saved);
    const kinds = new Map<number, string>();
    // The Dashboard card the admin has open; each trial presses its button (the refresh is not what is tested).
    const dashboard = reference.press(reference.open('onSheetsHomepage'), 'Refresh dashboard');
    recordingCallKinds(reference, kinds, () => pressYearSummaries(reference, dashboard));
    const expected = summaryDocs(reference)
      .map((d) => d.name)
      .sort();
    // Each Doc's making and the calls after it (recording it, moving it) stopped by the time limit.
    const positions = [...kinds]
      .filter(([, kind]) => kind === 'DocumentApp.create')
      .flatMap(([at]) => [at, at + 1, at + 2, at + 3]);
    expect(positions.length).toBeGreaterThan(4);
    const failures: string[] = [];
    for (const at of positions) {
      const s = reopenSchool(saved);
      s.ws.meter.inject({ atCall: at, fault: 'timeLimit' });
      try {
        pressYearSummaries(s, dashboard);
      } catch {
        // stopped: the admin presses again
      }
      s.ws.meter.startExecution();
      pressYearSummaries(s, dashboard);
      const names = summaryDocs(s)
        .map((d) => d.name)
        .sort();
      if (JSON.stringify(names) !== JSON.stringify(expected))
        failures.push(`stopped at call ${at} (${kinds.get(at)}): ${names.length} Docs, ${expected.length} expected`);
    }
    expect(failures).toEqual([]);
  });
});
