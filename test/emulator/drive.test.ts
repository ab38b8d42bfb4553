import { createDocumentApp, docText } from '../../src/emulator/docs';
import { createDriveApp, filePermissions } from '../../src/emulator/drive';
import { Workspace } from '../../src/emulator/workspace';

function setup() {
  const ws = new Workspace();
  return { ws, drive: createDriveApp(ws), docs: createDocumentApp(ws) };
}

describe('DriveApp', () => {
  test('a new file is private: only its owner, no "anyone with the link"', () => {
    const { ws, docs, drive } = setup();
    const doc = docs.create('Agenda');
    const file = drive.getFileById(doc.getId());
    expect(file.getSharingAccess()).toBe(drive.Access.PRIVATE);
    expect(file.getSharingPermission()).toBe(drive.Permission.NONE);
    expect(filePermissions(ws, doc.getId())).toMatchObject({ owner: 'admin@school.example', editors: [], viewers: [] });
  });

  test('editors and viewers: adding a viewer never demotes an editor, removeViewer leaves editors', () => {
    const { ws, docs, drive } = setup();
    const file = drive.getFileById(docs.create('Agenda').getId());
    file.addEditors(['Ann@School.example', 'bob@school.example']).addViewer('bob@school.example');
    file.addViewer('cara@school.example').addCommenter('dan@school.example');
    file.removeViewer('ann@school.example');
    expect(file.getEditors().map((u) => u.getEmail())).toEqual(['ann@school.example', 'bob@school.example']);
    expect(file.getViewers().map((u) => u.getEmail())).toEqual(['cara@school.example', 'dan@school.example']);
    expect(filePermissions(ws, file.getId()).commenters).toEqual(['dan@school.example']);
    file.removeEditor('bob@school.example');
    expect(file.getEditors().map((u) => u.getName())).toEqual(['ann']);
  });

  test('sharing a folder shares what is inside it', () => {
    const { ws, docs, drive } = setup();
    const hub = drive.createFolder('PLG Hub');
    const group = hub.createFolder('Readers');
    const file = drive.getFileById(docs.create('Agenda').getId());
    file.moveTo(group);
    hub.addEditor('lead@school.example');
    group.addViewer('member@school.example');
    expect(filePermissions(ws, file.getId())).toMatchObject({
      editors: ['lead@school.example'],
      viewers: ['member@school.example'],
      access: 'PRIVATE',
    });
    expect(file.getParents().next().getName()).toBe('Readers');
    expect(group.getFiles().next().getId()).toBe(file.getId());
    expect(hub.getFoldersByName('Readers').hasNext()).toBe(true);
    expect(drive.getRootFolder().getFoldersByName('PLG Hub').next().getId()).toBe(hub.getId());
  });

  test('setSharing is the only way to "anyone with the link"', () => {
    const { ws, docs, drive } = setup();
    const file = drive.getFileById(docs.create('Agenda').getId());
    file.setSharing(drive.Access.ANYONE_WITH_LINK, drive.Permission.VIEW);
    expect(file.getSharingAccess()).toBe('ANYONE_WITH_LINK');
    expect(file.getSharingPermission()).toBe('VIEW');
    expect(filePermissions(ws, file.getId())).toMatchObject({ access: 'ANYONE_WITH_LINK', accessRole: 'reader' });
  });

  test("unknown ids and bad emails fail with Apps Script's text", () => {
    const { docs, drive } = setup();
    expect(() => drive.getFileById('nope')).toThrow(
      'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
    );
    const file = drive.getFileById(docs.create('Agenda').getId());
    expect(() => file.addEditor('not an email')).toThrow('Invalid email: not an email');
    const empty = drive.createFolder('Empty').getFiles();
    expect(() => empty.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
  });

  test('a user who was not shared the file cannot open it', () => {
    const { ws, docs, drive } = setup();
    const id = docs.create('Private notes').getId();
    ws.user = { ...ws.user, email: 'teacher@school.example' };
    expect(() => drive.getFileById(id)).toThrow('No item with the given ID');
    ws.user = { ...ws.user, email: 'admin@school.example' };
    drive.getFileById(id).addViewer('teacher@school.example');
    ws.user = { ...ws.user, email: 'teacher@school.example' };
    expect(drive.getFileById(id).getName()).toBe('Private notes');
  });

  test('makeCopy copies the Doc content, not its sharing, and counts as a Doc created', () => {
    const { ws, docs, drive } = setup();
    const template = docs.create('School template');
    template.getBody().appendParagraph('Meeting: {{title}}');
    const original = drive.getFileById(template.getId());
    original.addEditor('ann@school.example');
    const folder = drive.createFolder('Group');
    const before = ws.meter.quotaRemaining('documentsCreated');
    const copy = original.makeCopy('Agenda 1', folder);
    expect(ws.meter.quotaRemaining('documentsCreated')).toBe(before - 1);
    expect(copy.getName()).toBe('Agenda 1');
    expect(copy.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(docText(ws, copy.getId())).toBe('\nMeeting: {{title}}');
    expect(filePermissions(ws, copy.getId()).editors).toEqual([]);
    expect(copy.getParents().next().getId()).toBe(folder.getId());
    docs.openById(copy.getId()).getBody().replaceText('\\{\\{title\\}\\}', 'Week 1');
    expect(docText(ws, template.getId())).toContain('{{title}}');
  });

  test('trash, description and dates', () => {
    const { ws, docs, drive } = setup();
    const file = drive.getFileById(docs.create('Agenda').getId());
    const created = file.getDateCreated().getTime();
    ws.clock.nowMs += 60_000;
    file.setName('Agenda (renamed)').setDescription('for week 1').setTrashed(true);
    expect(file.isTrashed()).toBe(true);
    expect(file.getDescription()).toBe('for week 1');
    expect(file.getLastUpdated().getTime()).toBeGreaterThan(created);
    expect(drive.getFilesByName('Agenda (renamed)').hasNext()).toBe(false);
    expect(file.getOwner().getEmail()).toBe('admin@school.example');
  });

  test('every server call is counted by kind', () => {
    const { ws, drive } = setup();
    const before = ws.meter.snapshot();
    const folder = drive.createFolder('PLG Hub');
    folder.addEditors(['a@school.example', 'b@school.example']);
    folder.getName();
    expect(ws.meter.since(before).counts).toEqual({
      'DriveApp.createFolder': 1,
      'DriveApp.Folder.addEditors': 1,
      'DriveApp.Folder.getName': 1,
    });
  });

  test('handles keep working across a save and load of the workspace', () => {
    const { ws, docs } = setup();
    const id = docs.create('Agenda').getId();
    const original = createDriveApp(ws).getFileById(id).addEditor('ann@school.example');
    const created = original.getDateCreated();
    const reloaded = Workspace.load(ws.save());
    const file = createDriveApp(reloaded).getFileById(id);
    expect(file.getEditors().map((u) => u.getEmail())).toEqual(['ann@school.example']);
    expect(file.getDateCreated()).toEqual(created);
  });
});
