// Anonymity that holds, played by the people who would break it, on the real bundle: the respondent who pads a
// survey, the colleague who sends another group's meeting key through their own group's form, the principal who
// subtracts the groups shown from the whole school, and the admin who browses the registry for raw responses.
// Every promise the forms make about who sees what is checked against what the forms and the Dashboard do.
import { applyUntilDone, saysNothingToSend, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { notificationText } from '../../src/emulator/cards/interact';
import { filePermissions } from '../../src/emulator/drive';
import { formSettings, submitResponse } from '../../src/emulator/forms';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { mimeTypes } from '../../src/emulator/workspace';
import { healthScaleItems, whichPlgTitle } from '../../src/core/feedback/health-survey-form';
import {
  meetingItemTitle,
  meetingScaleItems,
  oneThingToChangeItem,
} from '../../src/core/feedback/meeting-feedback-form';
import { prefilledAnswerOf } from '../../src/emulator/forms/prefill';
import { plgTitle } from '../../src/core/registry/plg-title';
import { keepFirstGroups } from '../../src/emulator/sample-school';

jest.setTimeout(120_000);

const responsesBook = 'PLG Hub responses (private — do not share)';

interface Group {
  id: string;
  name: string;
  members: string[];
  formId: string;
  meetings: string[];
  /** Meeting key → what its feedback link picks on the group's form (its date). */
  answers: Map<string, string>;
}

interface World {
  saved: SavedSchool;
  groups: Group[];
  /** The group that stays below the threshold. */
  quiet: Group;
  healthFormId: string;
}

let world: World;

/** A small school, synced, in mid-October with the health survey sent: nobody has answered anything yet. */
function buildWorld(): World {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  s.school.settings['Health survey months'] = '10';
  keepFirstGroups(s.school, 3);
  setUpAndFill(s);
  for (let round = 0; round < 5; round++) {
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    if (saysNothingToSend(preview)) break;
    applyUntilDone(s, preview);
  }
  s.ws.clock.nowMs = Date.parse('2026-10-14T17:00:00Z');
  expect(notificationText(s.press(s.open('onSheetsHomepage'), 'Send survey'))).toMatch(/sent/i);

  const forms = Object.values(s.ws.files).filter((f) => f.mimeType === mimeTypes.form && !f.trashed);
  const [header, ...meetingRows] = readSheetValues(s.ws, s.spreadsheetId, 'Meetings');
  const col = (name: string) => header!.indexOf(name);
  const groups = readSheetValues(s.ws, s.spreadsheetId, 'Groups')
    .slice(1)
    .map((g): Group => {
      const [id, name] = [String(g[0]), String(g[1])];
      return {
        id,
        name,
        members: s.school.tabs.Members!.filter((m) => m['Group id'] === id).map((m) => String(m['Staff email'])),
        formId: forms.find((f) => f.name.startsWith(`${plgTitle(name)} — meeting feedback`))!.id,
        meetings: meetingRows
          .filter((m) => m[col('Group id')] === id && m[col('Status')] === 'scheduled')
          .map((m) => String(m[col('Meeting')])),
        answers: new Map(
          meetingRows
            .filter((m) => m[col('Group id')] === id)
            .map((m) => [String(m[col('Meeting')]), prefilledAnswerOf(String(m[col('Feedback link')]))!]),
        ),
      };
    });
  expect(groups).toHaveLength(3);
  for (const g of groups) expect(g.members.length).toBeGreaterThanOrEqual(4);
  const healthFormId = forms.find((f) => f.name.includes('PLG health survey'))!.id;
  return { saved: saveSchool(s), groups, quiet: groups[2]!, healthFormId };
}

beforeAll(() => {
  world = buildWorld();
});

/** A response through `via`'s form for `meeting`, answered as its link picks it (whichever group's link it is). */
function feedback(s: EmulatedSchool, via: Group, meeting: string, as: string, score: number, change?: string) {
  const picked = world.groups.map((g) => g.answers.get(meeting)).find(Boolean)!;
  const answers: Record<string, string | number> = { [meetingItemTitle]: picked };
  for (const item of meetingScaleItems) answers[item.title] = score;
  if (change) answers[oneThingToChangeItem.title] = change;
  return submitResponse(s.ws, via.formId, answers, { respondentEmail: as });
}

function health(s: EmulatedSchool, group: Group, as: string, score: number, comment?: string) {
  const answers: Record<string, string | number> = { [whichPlgTitle]: group.name };
  for (const item of healthScaleItems) answers[item.title] = score;
  if (comment) answers['What one change would make PLG time more valuable for you?'] = comment;
  return submitResponse(s.ws, world.healthFormId, answers, { respondentEmail: as });
}

function refresh(s: EmulatedSchool): unknown {
  return s.press(s.open('onSheetsHomepage'), 'Refresh dashboard');
}

function tab(s: EmulatedSchool, name: string): unknown[][] {
  return readSheetValues(s.ws, s.spreadsheetId, name);
}

/** The first row of the tab starting with `first`, after the row starting with `after` when given. */
function row(s: EmulatedSchool, tabName: string, first: string, after?: RegExp): unknown[] | undefined {
  const rows = tab(s, tabName);
  const from = after ? rows.findIndex((r) => after.test(String(r[0]))) : 0;
  return rows.slice(Math.max(from, 0)).find((r) => r[0] === first);
}

/** Everything in the registry anyone who can open it reads, as text. */
function registryText(s: EmulatedSchool): string {
  const book = Object.values(s.ws.files).find((f) => f.id === s.spreadsheetId)!;
  expect(book).toBeDefined();
  const sheets = (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .openById(s.spreadsheetId)
    .getSheets()
    .map((sheet) => sheet.getName());
  return sheets.map((name) => JSON.stringify(tab(s, name))).join('\n');
}

describe('the respondent who pads a survey', () => {
  it('cannot answer the health survey twice: one response per signed-in person, without recording who', () => {
    const s = reopenSchool(world.saved);
    const [group] = world.groups;
    const me = group!.members[0]!;
    const settings = formSettings(s.ws, world.healthFormId);
    expect(settings).toMatchObject({
      limitOneResponsePerUser: true,
      requireLogin: true,
      emailCollection: 'DO_NOT_COLLECT',
    });
    health(s, group!, me, 5);
    expect(() => health(s, group!, me, 5)).toThrow(/already responded/);
    expect(formSettings(s.ws, world.healthFormId).responseCount).toBe(1);
    // The response carries no address: the responses tab has no email column and no cell with it.
    const destination = formSettings(s.ws, world.healthFormId).destination!;
    const rows = readSheetValues(s.ws, destination.spreadsheetId, destination.sheetName);
    expect(rows[0]).not.toContain('Email Address');
    expect(JSON.stringify(rows)).not.toContain(me);
  });

  it('gives every survey form the same limit, and the meeting forms none, saying so on each form', () => {
    const s = reopenSchool(world.saved);
    const forms = Object.values(s.ws.files).filter((f) => f.mimeType === mimeTypes.form && !f.trashed);
    // Three groups' feedback forms and the health survey (the facilitators' survey may follow in the hourly run).
    expect(forms.length).toBeGreaterThanOrEqual(4);
    for (const form of forms) {
      const settings = formSettings(s.ws, form.id);
      const survey = !form.name.includes('meeting feedback');
      expect({ form: form.name, limited: settings.limitOneResponsePerUser }).toEqual({
        form: form.name,
        limited: survey,
      });
      expect(settings.requireLogin).toBe(true);
      // "people have answered" only where one person can answer once; otherwise the form counts responses.
      expect(/at least 3 people have answered/.test(settings.description)).toBe(survey);
      expect(/at least 3 responses \(responses, not people/.test(settings.description)).toBe(!survey);
      expect(settings.description).toMatch(/It is anonymous: your name and email are not recorded/);
      expect(settings.description).toMatch(
        /Individual responses are kept where only the PLG Hub administrator who made this form can open them\./,
      );
    }
  });
});

describe("the colleague who answers another group's meeting through their own group's form", () => {
  let s: EmulatedSchool;

  beforeAll(() => {
    s = reopenSchool(world.saved);
    const [a, , quiet] = world.groups as [Group, Group, Group];
    // The quiet group: two real responses, one with a comment its writer expects nobody to see.
    feedback(s, quiet, quiet.meetings[0]!, quiet.members[0]!, 1, 'Our facilitator talks over everyone');
    feedback(s, quiet, quiet.meetings[0]!, quiet.members[1]!, 2);
    // Group A: three ordinary responses.
    for (const m of a.members.slice(0, 3)) feedback(s, a, a.meetings[0]!, m, 4, 'Start on time');
    // A colleague in group A tries to answer for one of the quiet group's meetings on A's form, to lift it over
    // the threshold: A's form offers only A's own meetings, so Forms refuses the answer.
    const ownDates = new Set(a.answers.values());
    const foreign = quiet.meetings.find((k) => !ownDates.has(quiet.answers.get(k)!))!;
    expect(() => feedback(s, a, foreign, a.members[3]!, 5, 'padding')).toThrow();
    refresh(s);
  });

  it('cannot: the quiet group stays hidden at its own two responses, and A keeps its three', () => {
    const quiet = row(s, 'Dashboard', world.quiet.name)!;
    expect(quiet.slice(1)).toEqual([2, 'hidden: fewer than 3 responses', '']);
    expect(row(s, 'Dashboard', world.groups[0]!.name)![1]).toBe(3);
    expect(registryText(s)).not.toContain('talks over everyone');
    expect(registryText(s)).not.toContain('padding');
  });
});

describe('the principal who subtracts', () => {
  /** Two shown groups answer the health survey the same way in both worlds; the quiet group's one member differs. */
  function surveyWorld(quietScore: number, quietComment: string): EmulatedSchool {
    const s = reopenSchool(world.saved);
    const [a, b, quiet] = world.groups as [Group, Group, Group];
    a.members.slice(0, 3).forEach((m, i) => health(s, a, m, 3 + (i % 2), 'More time to look at student work'));
    b.members.slice(0, 4).forEach((m, i) => health(s, b, m, 2 + (i % 3)));
    health(s, quiet, quiet.members[0]!, quietScore, quietComment);
    refresh(s);
    return s;
  }

  let low: EmulatedSchool;
  let high: EmulatedSchool;

  beforeAll(() => {
    low = surveyWorld(1, 'I dread these meetings');
    high = surveyWorld(5, 'Best hour of my week');
  });

  it("sees the same Dashboard and Feedback tabs whatever the hidden group's one member answered", () => {
    expect(tab(high, 'Dashboard').slice(1)).toEqual(tab(low, 'Dashboard').slice(1));
    expect(tab(high, 'Feedback')).toEqual(tab(low, 'Feedback'));
  });

  it('finds the whole school made of the groups shown only, and told so', () => {
    const school = row(low, 'Dashboard', 'Whole school')!;
    expect(school[1]).toBe(7);
    const quiet = row(low, 'Dashboard', world.quiet.name, /^PLG health survey/)!;
    expect(quiet.slice(1, 3)).toEqual([1, 'hidden: fewer than 3 responses']);
    expect(row(low, 'Dashboard', 'Whole school leaves out')![1]).toBe('1 group');
    expect(registryText(low)).not.toMatch(/dread these meetings/);
  });
});

describe('the admin who browses the registry for raw responses', () => {
  let s: EmulatedSchool;

  beforeAll(() => {
    s = reopenSchool(world.saved);
    const [a, , quiet] = world.groups as [Group, Group, Group];
    feedback(s, quiet, quiet.meetings[0]!, quiet.members[0]!, 1, 'Only I answered this week');
    for (const m of a.members.slice(0, 3)) feedback(s, a, a.meetings[0]!, m, 4, 'Keep the norms visible');
    refresh(s);
  });

  it('finds no form responses tab and no per-response row in the registry', () => {
    const sheets = (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .openById(s.spreadsheetId)
      .getSheets()
      .map((sheet) => sheet.getName());
    expect(sheets.filter((name) => /Form Responses/i.test(name))).toEqual([]);
    const [header, ...rows] = tab(s, 'Feedback');
    expect(header).not.toContain('Meeting');
    expect(header).not.toContain('Submitted');
    expect(rows.filter((r) => r[0] === world.quiet.id)).toEqual([
      [world.quiet.id, 1, 'hidden: fewer than 3 responses', '', '', '', '', ''],
    ]);
    expect(registryText(s)).not.toContain('Only I answered this week');
    expect(rows.filter((r) => r[6] === 'Keep the norms visible')).toHaveLength(3);
  });

  it('finds the responses in a spreadsheet in the PLG Hub folder that only its owner, the admin, can open', () => {
    const book = Object.values(s.ws.files).find((f) => f.name === responsesBook && !f.trashed)!;
    expect(book).toBeDefined();
    const access = filePermissions(s.ws, book.id);
    expect(access).toMatchObject({ owner: s.ws.user.email, editors: [], commenters: [], viewers: [] });
    expect(access.access).toBe('PRIVATE');
    const forms = Object.values(s.ws.files).filter((f) => f.mimeType === mimeTypes.form && !f.trashed);
    for (const form of forms) {
      expect(formSettings(s.ws, form.id).destination?.spreadsheetId).toBe(book.id);
      expect(book.parents).toEqual(form.parents);
    }
  });

  it('cannot open them as another admin who edits the registry, and is told who can', () => {
    const other = 'second.admin@school.example';
    const drive = s.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;
    drive.getFileById(s.spreadsheetId).addEditor(other);
    const book = Object.values(s.ws.files).find((f) => f.name === responsesBook)!;
    const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(() => s.asUser(other, () => sheets.openById(book.id))).toThrow();
    const before = JSON.stringify(tab(s, 'Dashboard'));
    const shown = s.asUser(other, () => refresh(s));
    expect(notificationText(shown)).toMatch(/only the admin who made the feedback forms can open/);
    expect(JSON.stringify(tab(s, 'Dashboard'))).toBe(before);
  });
});
