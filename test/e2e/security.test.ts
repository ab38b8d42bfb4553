// What PLG Hub must never do with a school's data: share a file with anyone on the internet, invite someone
// outside the school unless the school said so, or turn text a person typed into a live formula.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyUntilDone, setSetting, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { allEvents } from '../../src/emulator/calendar';
import { cardText } from '../../src/emulator/cards/interact';
import { runDemoFlow } from '../../src/emulator/demo-flow';
import { filePermissions } from '../../src/emulator/drive';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { sheetByName, spreadsheetData } from '../../src/emulator/spreadsheet/model';
import { EmulatedRange } from '../../src/emulator/spreadsheet/range';
import { AdvancedValues } from '../../src/emulator/spreadsheet/sheets-api';

jest.setTimeout(60_000);

const guest = 'pat.visitor@gmail.com';
const guestGroup = 'MATH-1';

/** A small school with one outside address on the Staff tab and in a group. */
function schoolWithGuest(): EmulatedSchool {
  const s = startSchool({ seed: 4, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-10-30';
  s.school.tabs.Staff!.push({
    Email: guest,
    Name: 'Pat Visitor',
    Role: 'coach',
    Department: 'Instruction',
    'Grade levels': '',
    Active: 'Yes',
  });
  s.school.tabs.Members!.push({
    'Group id': guestGroup,
    'Staff email': guest,
    'Role in group': 'member',
    From: '',
    Until: '',
  });
  setUpAndFill(s);
  return s;
}

function invitedToGroup(s: EmulatedSchool): boolean[] {
  return allEvents(s.ws)
    .filter((e) => e.extendedProperties?.private?.meetingKey?.startsWith(guestGroup) && e.status !== 'cancelled')
    .map((e) => (e.attendees ?? []).some((a) => a.email === guest));
}

describe('sharing', () => {
  it('no file made by the whole demo flow is shared with anyone on the internet', async () => {
    const out = mkdtempSync(join(tmpdir(), 'plg-security-'));
    const { school } = await runDemoFlow({ out, seed: 3, write: () => undefined });
    const files = Object.values(school.ws.files).filter((f) => !f.trashed);
    expect(files.length).toBeGreaterThan(5);
    const open = files
      .map((f) => ({ name: f.name, access: filePermissions(school.ws, f.id).access }))
      .filter((f) => f.access === 'ANYONE' || f.access === 'ANYONE_WITH_LINK');
    expect(open).toEqual([]);
    const outsiders = files.flatMap((f) => {
      const p = filePermissions(school.ws, f.id);
      return [...p.editors, ...p.commenters, ...p.viewers]
        .filter((e) => !e.endsWith('@school.example'))
        .map((e) => `${f.name}: ${e}`);
    });
    expect(outsiders).toEqual([]);
  });
});

describe('a guest outside the school domain in a group', () => {
  it('is not invited, and Preview warns about them, while Settings says No', () => {
    const s = schoolWithGuest();
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    expect(cardText(preview)).toMatch(/Warnings/);
    const warnings = readSheetValues(s.ws, s.spreadsheetId, 'Preview').flat().map(String);
    expect(warnings.some((w) => w.includes(guest) && /outside the school's domain/.test(w))).toBe(true);
    applyUntilDone(s, preview);
    const invited = invitedToGroup(s);
    expect(invited.length).toBeGreaterThan(2);
    expect(invited.every((i) => !i)).toBe(true);
  });

  it('is invited once Settings says "Allow guests outside the domain: Yes"', () => {
    const s = schoolWithGuest();
    setSetting(s, 'Allow guests outside the domain', 'Yes');
    applyUntilDone(s, s.press(s.open('onSheetsHomepage'), 'Preview changes'));
    const invited = invitedToGroup(s);
    expect(invited.length).toBeGreaterThan(2);
    expect(invited.every((i) => i)).toBe(true);
  });
});

describe('text typed into the registry that looks like a formula', () => {
  // As a person types literal text in Sheets: a leading apostrophe keeps "=…", "+…", "-…" from becoming a
  // formula in the registry itself; "@…" needs none. PLG Hub then reads the text without the apostrophe.
  const typed = ['\'=IMPORTXML("https://evil.example/x","//a")', "'+SUM(1,2)", "'-2+3", '@evil'];
  const startsLikeAFormula = /^[=+\-@]/;

  it('is escaped in every value PLG Hub writes to the Problems and Preview tabs', () => {
    const writes: { tab: string; value: string }[] = [];
    const record = (range: EmulatedRange, values: unknown[][]) => {
      const tab = (range as unknown as GoogleAppsScript.Spreadsheet.Range).getSheet().getName();
      for (const value of values.flat()) if (typeof value === 'string') writes.push({ tab, value });
    };
    const setValues = EmulatedRange.prototype.setValues;
    const setValue = EmulatedRange.prototype.setValue;
    jest.spyOn(EmulatedRange.prototype, 'setValues').mockImplementation(function (
      this: EmulatedRange,
      values: unknown[][],
    ) {
      record(this, values);
      return setValues.call(this, values);
    });
    jest.spyOn(EmulatedRange.prototype, 'setValue').mockImplementation(function (this: EmulatedRange, value: unknown) {
      record(this, [[value]]);
      return setValue.call(this, value);
    });
    // Registry writes go through the Sheets API, every tab's in one values.batchUpdate (workspace/write-queue.ts).
    const batchUpdate = AdvancedValues.prototype.batchUpdate;
    jest.spyOn(AdvancedValues.prototype, 'batchUpdate').mockImplementation(function (
      this: AdvancedValues,
      resource: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest,
      spreadsheetId: string,
    ) {
      for (const { range, values } of resource.data ?? []) {
        const tab = /^'((?:[^']|'')+)'!/.exec(String(range))?.[1]?.replace(/''/g, "'") ?? String(range).split('!')[0]!;
        for (const value of (values ?? []).flat()) if (typeof value === 'string') writes.push({ tab, value });
      }
      return batchUpdate.call(this, resource, spreadsheetId);
    });
    try {
      const s = startSchool({ seed: 6, staff: 30, withFindings: false });
      s.school.settings['School year end'] = '2026-10-30';
      const groups = s.school.tabs.Groups!;
      groups[0]!.Name = typed[0];
      groups[1]!.Location = typed[1];
      const renamed = groups[2]!['Group id'];
      groups[2]!['Group id'] = typed[2];
      for (const m of s.school.tabs.Members!) if (m['Group id'] === renamed) m['Group id'] = typed[2];
      // (In a group of its own: a Members row that cannot be used holds its whole group until it is fixed.)
      s.school.tabs.Members!.push({
        'Group id': groups[3]!['Group id'],
        'Staff email': typed[3],
        'Role in group': 'member',
        From: '',
        Until: '',
      });
      s.school.tabs.Goals!.push({ 'Goal id': typed[1], Goal: typed[0] });
      setUpAndFill(s);
      writes.length = 0; // what the admin typed is not PLG Hub's writing
      s.press(s.open('onSheetsHomepage'), 'Validate');
      s.press(s.open('onSheetsHomepage'), 'Preview changes');

      const ours = writes.filter((w) => w.tab === 'Problems' || w.tab === 'Preview');
      // The typed text did reach both tabs (so the check below has something to catch) …
      expect(ours.filter((w) => w.tab === 'Problems').some((w) => w.value.includes('@evil'))).toBe(true);
      expect(ours.filter((w) => w.tab === 'Preview').some((w) => w.value.startsWith("'=IMPORTXML"))).toBe(true);
      // … and never as the start of a cell Sheets would read as a formula.
      expect(ours.filter((w) => startsLikeAFormula.test(w.value))).toEqual([]);
      const book = spreadsheetData(s.ws, s.spreadsheetId);
      for (const tab of ['Problems', 'Preview']) {
        const cells = Object.values(sheetByName(book, tab)!.rows).flatMap((row) => Object.values(row));
        expect({ tab, formulas: cells.filter((c) => c.formula !== undefined) }).toEqual({ tab, formulas: [] });
      }
    } finally {
      jest.restoreAllMocks();
    }
  });
});
