// A per-group "directory" file kept in Drive: the facilitator writes JSON with createFile/setContent, teachers
// find it with searchFiles and read it with getBlob. Written as the people who must be kept out: a teacher the
// file was never shared with, a viewer who tries to overwrite it, a query with a quote in it, a trashed copy.
import { createUtilities } from '../../src/emulator/base-services/utilities';
import { createDriveApp } from '../../src/emulator/drive';
import { scope } from '../../src/emulator/scopes';
import { Workspace } from '../../src/emulator/workspace';

const admin = 'admin@school.example';
const teacher = 'teacher@school.example';
const viewer = 'viewer@school.example';
const outsider = 'outsider@school.example';
const json = 'application/json';

function setup() {
  const ws = new Workspace({ user: { email: admin } });
  const drive = createDriveApp(ws);
  const as = <T>(email: string, work: () => T): T => {
    const before = ws.user;
    ws.user = { ...before, email };
    try {
      return work();
    } finally {
      ws.user = before;
    }
  };
  const names = (files: GoogleAppsScript.Drive.FileIterator) => {
    const out: string[] = [];
    while (files.hasNext()) out.push(files.next().getName());
    return out.sort();
  };
  return { ws, drive, as, names };
}

describe('DriveApp.createFile and File content', () => {
  test('a new file holds its text, belongs to its creator, sits in their My Drive, and is text/plain by default', () => {
    const { drive, as } = setup();
    const directory = { group: 'MATH-1', members: ['teacher@school.example'] };
    const file = as(teacher, () => drive.createFile('directory-MATH-1.json', JSON.stringify(directory), json));
    const plain = drive.createFile('notes.txt', 'héllo');
    expect(JSON.parse(as(teacher, () => file.getBlob().getDataAsString()))).toEqual(directory);
    expect(
      as(teacher, () => [file.getOwner().getEmail(), file.getMimeType(), file.getBlob().getContentType()]),
    ).toEqual([teacher, json, json]);
    expect(as(teacher, () => file.getParents().next().getId())).toBe(as(teacher, () => drive.getRootFolder().getId()));
    expect([plain.getMimeType(), plain.getSize(), plain.getBlob().getName()]).toEqual(['text/plain', 6, 'notes.txt']);
  });

  test('Folder.createFile puts the file in the folder, and needs edit access to it', () => {
    const { drive, as, names } = setup();
    const hub = drive.createFolder('PLG Hub');
    hub.addViewer(viewer);
    hub.createFile('directory-MATH-1.json', '{}', json);
    expect(names(hub.getFiles())).toEqual(['directory-MATH-1.json']);
    const viewersHub = as(viewer, () => drive.getFolderById(hub.getId()));
    expect(() => as(viewer, () => viewersHub.createFile('mine.json', '{}', json))).toThrow('Access denied: DriveApp.');
  });

  test('createFile from a blob keeps its bytes, name and type; a Google Docs type is refused', () => {
    const { ws, drive } = setup();
    const utilities = createUtilities(ws);
    const blob = utilities.newBlob([-61, -87, 0, 127], 'application/octet-stream', 'raw.bin');
    const file = drive.createFile(blob);
    expect([file.getName(), file.getSize(), file.getBlob().getBytes()]).toEqual(['raw.bin', 4, [-61, -87, 0, 127]]);
    expect(() => drive.createFile('Agenda', 'text', 'application/vnd.google-apps.document')).toThrow(
      'Invalid argument: file.contentType',
    );
  });

  test('an editor may overwrite the content; a viewer or commenter may not, and the content stays as it was', () => {
    const { drive, as } = setup();
    const file = drive.createFile('directory-MATH-1.json', '{"v":1}', json);
    file.addEditor(teacher).addViewer(viewer).addCommenter(outsider);
    as(teacher, () => drive.getFileById(file.getId()).setContent('{"v":2}'));
    expect(() => as(viewer, () => drive.getFileById(file.getId()).setContent('{"v":"hacked"}'))).toThrow(
      'Access denied: DriveApp.',
    );
    expect(() => as(outsider, () => drive.getFileById(file.getId()).setContent('{}'))).toThrow(
      'Access denied: DriveApp.',
    );
    expect(as(viewer, () => drive.getFileById(file.getId()).getBlob().getDataAsString())).toBe('{"v":2}');
    expect(file.getMimeType()).toBe(json);
  });

  test('a handle kept from before the sharing was removed can no longer read the content', () => {
    const { drive, as } = setup();
    const file = drive.createFile('directory-MATH-1.json', '{}', json);
    file.addViewer(teacher);
    const held = as(teacher, () => drive.getFileById(file.getId()));
    file.removeViewer(teacher);
    expect(() => as(teacher, () => held.getBlob())).toThrow('No item with the given ID could be found');
  });

  test('setContent survives saving and loading the workspace', () => {
    const { ws, drive } = setup();
    const id = drive.createFile('directory-MATH-1.json', '{"v":1}', json).setContent('{"v":2}').getId();
    const loaded = Workspace.load(ws.save());
    expect(createDriveApp(loaded).getFileById(id).getBlob().getDataAsString()).toBe('{"v":2}');
  });
});

describe('DriveApp.searchFiles', () => {
  test('a teacher finds only what is shared with them; the file not shared with them is neither found nor readable', () => {
    const { drive, as, names } = setup();
    const math = drive.createFile('directory-MATH-1.json', '{}', json);
    const science = drive.createFile('directory-SCI-2.json', '{"secret":true}', json);
    math.addViewer(teacher);
    const query = "title contains 'directory' and mimeType = 'application/json'";
    expect(names(drive.searchFiles(query))).toEqual(['directory-MATH-1.json', 'directory-SCI-2.json']);
    expect(as(teacher, () => names(drive.searchFiles(query)))).toEqual(['directory-MATH-1.json']);
    expect(as(outsider, () => names(drive.searchFiles(query)))).toEqual([]);
    expect(() => as(teacher, () => drive.getFileById(science.getId()).getBlob())).toThrow('No item with the given ID');
  });

  test('sharing the folder shares its files with search too; link sharing alone does not make a file findable', () => {
    const { drive, as, names } = setup();
    const hub = drive.createFolder('PLG Hub');
    hub.createFile('directory-MATH-1.json', '{}', json);
    const linked = drive.createFile('directory-LINK.json', '{}', json);
    linked.setSharing(drive.Access.ANYONE_WITH_LINK, drive.Permission.VIEW);
    expect(as(teacher, () => names(drive.searchFiles("title contains 'directory'")))).toEqual([]);
    hub.addViewer(teacher);
    expect(as(teacher, () => names(drive.searchFiles("title contains 'directory'")))).toEqual([
      'directory-MATH-1.json',
    ]);
    expect(as(teacher, () => names(hub.searchFiles("mimeType = 'application/json'")))).toEqual([
      'directory-MATH-1.json',
    ]);
    // Opening by id still works for the link-shared file.
    expect(as(teacher, () => drive.getFileById(linked.getId()).getName())).toBe('directory-LINK.json');
  });

  test('title contains matches the start of words, case ignored — never the middle of one', () => {
    const { drive, names } = setup();
    drive.createFile('PLG directory MATH-1', '{}', json);
    drive.createFile('HelloWorld', 'x');
    expect(names(drive.searchFiles("title contains 'dir'"))).toEqual(['PLG directory MATH-1']);
    expect(names(drive.searchFiles("title contains 'MATH'"))).toEqual(['PLG directory MATH-1']);
    expect(names(drive.searchFiles("title contains 'math directory'"))).toEqual(['PLG directory MATH-1']);
    expect(names(drive.searchFiles("title contains 'Hello'"))).toEqual(['HelloWorld']);
    expect(names(drive.searchFiles("title contains 'World'"))).toEqual([]);
    expect(names(drive.searchFiles("title contains 'rectory'"))).toEqual([]);
  });

  test("a title with a quote is found with \\' and only by its exact text", () => {
    const { drive, names } = setup();
    drive.createFile("O'Neil's group.json", '{}', json);
    drive.createFile('Oneils group.json', '{}', json);
    expect(names(drive.searchFiles("title = 'O\\'Neil\\'s group.json'"))).toEqual(["O'Neil's group.json"]);
    expect(names(drive.searchFiles("title != 'O\\'Neil\\'s group.json' and mimeType = 'application/json'"))).toEqual([
      'Oneils group.json',
    ]);
  });

  test('trashed files are found unless the query says trashed = false, as Drive API files.list does', () => {
    const { drive, names } = setup();
    drive.createFile('directory-MATH-1.json', '{"v":2}', json);
    drive.createFile('directory-MATH-1.json', '{"v":1}', json).setTrashed(true);
    expect(names(drive.searchFiles("title = 'directory-MATH-1.json'"))).toHaveLength(2);
    const live = drive.searchFiles("title = 'directory-MATH-1.json' and trashed = false");
    expect(live.next().getBlob().getDataAsString()).toBe('{"v":2}');
    expect(live.hasNext()).toBe(false);
    const trashed = drive.searchFiles("trashed = true and title contains 'directory'");
    expect(trashed.next().isTrashed()).toBe(true);
  });

  test('owners, readers, writers, parents, sharedWithMe, not, or and parentheses', () => {
    const { drive, as, names } = setup();
    const hub = drive.createFolder('PLG Hub');
    const mine = hub.createFile('mine.json', '{}', json);
    const shared = drive.createFile('shared.json', '{}', json);
    shared.addEditor(teacher);
    mine.addViewer(viewer);
    as(teacher, () => drive.createFile('teachers.txt', 'x'));
    expect(names(drive.searchFiles(`'${admin}' in owners`))).toEqual(['mine.json', 'shared.json']);
    expect(names(drive.searchFiles(`'${teacher}' in writers`))).toEqual(['shared.json']);
    expect(names(drive.searchFiles(`'${viewer}' in readers`))).toEqual(['mine.json']);
    expect(names(drive.searchFiles(`'${hub.getId()}' in parents`))).toEqual(['mine.json']);
    expect(names(drive.searchFiles(`'root' in parents`))).toEqual(['shared.json']);
    expect(as(teacher, () => names(drive.searchFiles('sharedWithMe')))).toEqual(['shared.json']);
    expect(as(teacher, () => names(drive.searchFiles('sharedWithMe = false')))).toEqual(['teachers.txt']);
    expect(
      as(teacher, () => names(drive.searchFiles("not (mimeType = 'text/plain') and (sharedWithMe or title = 'x')"))),
    ).toEqual(['shared.json']);
    expect(names(drive.searchFiles("title = 'mine.json' or title = 'shared.json' and trashed = true"))).toEqual([
      'mine.json',
    ]);
  });

  test.each([
    ["name = 'directory.json'"], // Drive API v3's term; searchFiles speaks v2
    ['title = "directory.json"'], // double quotes
    ["title contains 'unterminated"],
    ["title = 'a' and"],
    ["(title = 'a'"],
    ['trashed = maybe'],
    ["mimeType in 'x'"],
    ["'a@school.example' in editors"],
    ["title < 'b'"],
  ])('%s throws Invalid argument: q', (query) => {
    const { drive } = setup();
    expect(() => drive.searchFiles(query)).toThrow(/^Invalid argument: q$/);
  });

  test('a valid Drive term the emulator does not model is an emulator error, not a silent empty result', () => {
    const { drive } = setup();
    expect(() => drive.searchFiles("fullText contains 'MATH'")).toThrow(/^emulator: .*fullText/);
  });

  test('searchFiles and createFile are metered and held to the manifest scopes', () => {
    const { ws, drive } = setup();
    const before = ws.meter.snapshot();
    drive.createFile('a.json', '{}', json);
    drive.searchFiles("title = 'a.json'");
    expect(ws.meter.since(before).counts).toEqual({ 'DriveApp.createFile': 1, 'DriveApp.searchFiles': 1 });
    ws.oauthScopes = [scope.driveReadonly];
    expect(drive.searchFiles("title = 'a.json'").hasNext()).toBe(true);
    expect(() => drive.createFile('b.json', '{}', json)).toThrow(
      'Specified permissions are not sufficient to call DriveApp.createFile. Required permissions: https://www.googleapis.com/auth/drive',
    );
    const file = drive.searchFiles("title = 'a.json'").next();
    expect(() => file.setContent('{}')).toThrow('Specified permissions are not sufficient to call File.setContent.');
    expect(file.getBlob().getDataAsString()).toBe('{}');
  });
});
