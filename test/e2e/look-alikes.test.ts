// A run stopped after Google made something but before PLG Hub recorded it finds it again by name — and names are
// predictable (they carry a group key, or a hash of the registry id, both visible to members). So a look-alike
// that someone else owns and shares with the admin must never be taken: it would put the school's form answers,
// agendas or next year's registry in a file its maker controls. Written as that teacher.
import { applyButtonText, continueUntilDone, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { tabRecords } from '../../src/emulator/bench/sync-outcome';
import { fileIdOf } from '../../src/core/drive-id';
import { findButtons } from '../../src/emulator/cards/interact';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { keepFirstGroups } from '../../src/emulator/sample-school';
import { mimeTypes } from '../../src/emulator/workspace';

jest.setTimeout(120_000);

let filled: SavedSchool;

beforeAll(() => {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  keepFirstGroups(s.school, 2);
  setUpAndFill(s);
  filled = saveSchool(s);
});

function sync(s: EmulatedSchool): void {
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  continueUntilDone(s, s.press(preview, applyButtonText(preview)!));
}

/** A teacher of the school who is no admin. */
function teacherOf(s: EmulatedSchool): string {
  return String(tabRecords(s, 'Members')[0]!['Staff email']);
}

const drive = (s: EmulatedSchool) => s.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;

test("a teacher's look-alike feedback form, shared with the admin, is never adopted", () => {
  // The names a first sync gives its forms, learned from a sync of the same registry.
  const learn = reopenSchool(filled);
  sync(learn);
  const names = Object.values(learn.ws.files)
    .filter((f) => f.mimeType === mimeTypes.form)
    .map((f) => f.name);
  expect(names.length).toBeGreaterThan(0);

  const s = reopenSchool(filled);
  const teacher = teacherOf(s);
  const forms = s.globals.FormApp as GoogleAppsScript.Forms.FormApp;
  const planted = s.asUser(teacher, () =>
    names.map((name) => {
      const id = forms.create(name).getId();
      drive(s).getFileById(id).addEditor(s.school.admin);
      return id;
    }),
  );
  sync(s);
  const recorded = tabRecords(s, 'Groups')
    .map((g) => fileIdOf(String(g['Feedback form'] ?? '')) ?? String(g['Feedback form'] ?? ''))
    .filter(Boolean);
  expect(recorded.length).toBeGreaterThan(0);
  for (const id of recorded) {
    expect(planted).not.toContain(id);
    expect(s.ws.files[id]!.owner).toBe(s.school.admin);
  }
});

test("a teacher's look-alike folder for next year is never where next year's registry goes", () => {
  const learn = reopenSchool(filled);
  sync(learn);
  const startNextYear = (s: EmulatedSchool) => {
    const preview = s.press(s.open('onSheetsHomepage'), 'Start next school year');
    let done = s.press(preview, findButtons(preview).find((b) => /^Start 20/.test(b.text))!.text);
    for (let i = 0; i < 5 && findButtons(done).some((b) => b.text === 'Continue'); i++)
      done = s.press(done, 'Continue');
  };
  const foldersBefore = new Set(Object.keys(learn.ws.files));
  startNextYear(learn);
  const folderName = Object.values(learn.ws.files).find(
    (f) => !foldersBefore.has(f.id) && f.mimeType === mimeTypes.folder,
  )!.name;

  const s = reopenSchool(filled);
  sync(s);
  const teacher = teacherOf(s);
  const lookAlike = s.asUser(teacher, () => {
    const folder = drive(s).createFolder(folderName);
    folder.addEditor(s.school.admin);
    return folder.getId();
  });
  startNextYear(s);
  const nextYear = Object.values(s.ws.files).find(
    (f) => f.mimeType === mimeTypes.spreadsheet && / — PLG registry 20/.test(f.name),
  )!;
  expect(nextYear).toBeDefined();
  expect(nextYear.parents).not.toContain(lookAlike);
  expect(Object.values(s.ws.files).filter((f) => f.parents.includes(lookAlike))).toEqual([]);
});

test("a teacher's look-alike agenda folder in the PLG Hub folder is never where a group's agendas go", () => {
  // The names Generate agendas gives the groups' folders, learned from a run on the same registry.
  const learn = reopenSchool(filled);
  sync(learn);
  const before = new Set(Object.keys(learn.ws.files));
  learn.press(learn.open('onSheetsHomepage'), 'Generate agendas');
  const names = Object.values(learn.ws.files)
    .filter((f) => !before.has(f.id) && f.mimeType === mimeTypes.folder && / agendas \(/.test(f.name))
    .map((f) => f.name);
  expect(names.length).toBeGreaterThan(0);

  const s = reopenSchool(filled);
  sync(s);
  const teacher = teacherOf(s);
  // The PLG Hub folder was once shared with this teacher (a helper with the set-up, say): they may add to it.
  const plgFolder = Object.values(s.ws.files).find(
    (f) => f.mimeType === mimeTypes.folder && /^PLG Hub — /.test(f.name),
  )!;
  drive(s).getFolderById(plgFolder.id).addEditor(teacher);
  const planted = s.asUser(teacher, () =>
    names.map((name) => {
      const folder = drive(s).getFolderById(plgFolder.id).createFolder(name);
      folder.addEditor(s.school.admin);
      return folder.getId();
    }),
  );
  s.press(s.open('onSheetsHomepage'), 'Generate agendas');
  const recorded = tabRecords(s, 'Groups')
    .map((g) => String(g['Agenda folder'] ?? ''))
    .filter(Boolean);
  expect(recorded.length).toBe(names.length);
  for (const id of recorded) {
    expect(planted).not.toContain(id);
    expect(s.ws.files[id]!.owner).toBe(s.school.admin);
  }
  expect(Object.values(s.ws.files).filter((f) => f.parents.some((p) => planted.includes(p)))).toEqual([]);
});
