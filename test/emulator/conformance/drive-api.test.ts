// The Drive API v3 through UrlFetchApp, as PLG Hub uses it for agenda Docs: a multipart upload of HTML imported
// as a Google Doc (https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs), and
// files.list with a v3 query (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list,
// https://developers.google.com/workspace/drive/api/guides/ref-search-terms). The Doc it makes is the same Doc
// DocumentApp opens, so PLG Hub's read-back sees what the agenda meant.
import type { AgendaBlock } from '../../../src/core/agenda/agenda-blocks';
import { agendaHtml } from '../../../src/core/agenda/agenda-html';
import { createScriptApp } from '../../../src/emulator/base-services/script-app';
import { createUtilities } from '../../../src/emulator/base-services/utilities';
import { createDocumentApp } from '../../../src/emulator/docs';
import { createDriveApp } from '../../../src/emulator/drive';
import { scope } from '../../../src/emulator/scopes';
import { createUrlFetchApp } from '../../../src/emulator/urlfetch/url-fetch-app';
import { Workspace } from '../../../src/emulator/workspace';
import { agendasInFolders, meetingProperty, uploadAgendas, uploadBody } from '../../../src/workspace/agenda-upload';
import { readBlocks } from '../../../src/workspace/doc-blocks';
import { formsNamed, moveIntoFolder } from '../../../src/workspace/form-files';

const blocks: AgendaBlock[] = [
  { kind: 'heading', level: 1, text: 'Math 6 agenda — 2026-10-06' },
  { kind: 'paragraph', text: 'Feedback: answer the form', spans: [{ from: 10, to: 25, url: 'https://forms.gle/xyz' }] },
  { kind: 'heading', level: 2, text: 'Outcomes' },
  { kind: 'paragraph', text: 'What did the group decide?', spans: [{ from: 0, to: 26, prompt: true }] },
  { kind: 'list', items: ['Start and end on time', 'Assume <good> intent & =1+1'] },
  { kind: 'heading', level: 2, text: 'Attendance' },
  {
    kind: 'table',
    rows: [
      ['Name', 'Email', 'Present'],
      ['Ana Diaz', 'ana@school.example', ''],
    ],
  },
];

let ws: Workspace;
let folderId: string;
const drive = () => (globalThis as unknown as { DriveApp: GoogleAppsScript.Drive.DriveApp }).DriveApp;

beforeEach(() => {
  ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z'), user: { email: 'admin@school.example' } });
  ws.oauthScopes = [scope.drive, scope.documents, scope.externalRequest];
  ws.urlFetchAllowlist = [
    'https://www.googleapis.com/drive/v3/files',
    'https://www.googleapis.com/upload/drive/v3/files',
  ];
  Object.assign(globalThis, {
    UrlFetchApp: createUrlFetchApp(ws),
    ScriptApp: createScriptApp(ws),
    Utilities: createUtilities(ws),
    DocumentApp: createDocumentApp(ws),
    DriveApp: createDriveApp(ws),
  });
  folderId = drive().createFolder('Math 6 agendas').getId();
});

function upload(name = 'Math 6 agenda — 2026-10-06 [MATH-6-20261006]', meetingKey = 'MATH-6-20261006') {
  const [answer] = uploadAgendas([{ folderId, name, meetingKey, html: agendaHtml(blocks) }]);
  if (answer instanceof Error) throw answer;
  return answer!;
}

describe('an HTML upload imported as a Google Doc', () => {
  test('is a Doc in the folder, named as asked, that DocumentApp opens', () => {
    const id = upload();
    const file = drive().getFileById(id);
    expect(file.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(file.getName()).toBe('Math 6 agenda — 2026-10-06 [MATH-6-20261006]');
    expect(file.getParents().next().getId()).toBe(folderId);
  });

  test('keeps headings, bullets, the table with a bold header row, the link and the grey italic prompt', () => {
    const body = DocumentApp.openById(upload()).getBody();
    const paragraphs = body.getParagraphs();
    expect(paragraphs[0]!.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
    const feedback = paragraphs.find((p) => p.getText().startsWith('Feedback'))!.editAsText();
    expect(feedback.getLinkUrl(12)).toBe('https://forms.gle/xyz');
    expect(feedback.getLinkUrl(2)).toBeNull();
    const prompt = paragraphs.find((p) => p.getText().startsWith('What did'))!.editAsText();
    expect(prompt.isItalic(0)).toBe(true);
    expect(prompt.getForegroundColor(0)).toBe('#80868b');
    const items = body.getListItems();
    expect(items.map((i) => i.getText())).toEqual(['Start and end on time', 'Assume <good> intent & =1+1']);
    expect(items[0]!.getGlyphType()).toBe(DocumentApp.GlyphType.BULLET);
    const table = body.getTables()[0]!;
    expect(table.getRow(1).getCell(0).getText()).toBe('Ana Diaz');
    expect(table.getRow(0).getCell(0).editAsText().isBold()).toBe(true);
  });

  test('reads back as the blocks it was made from (text a person typed, escaped on the way, arrives as typed)', () => {
    const read = readBlocks(DocumentApp.openById(upload()).getBody());
    const asWritten = blocks.flatMap((b): AgendaBlock[] =>
      b.kind === 'list'
        ? b.items.map((item) => ({ kind: 'list' as const, items: [item] }))
        : b.kind === 'paragraph'
          ? [{ kind: 'paragraph' as const, text: b.text }]
          : [b],
    );
    expect(read).toEqual(asWritten);
  });
});

describe('files.list', () => {
  test("lists a folder's Docs with the appProperties they were made with", () => {
    const id = upload();
    const found = agendasInFolders([folderId]).get(folderId)!;
    expect(found).toEqual([
      { id, name: 'Math 6 agenda — 2026-10-06 [MATH-6-20261006]', meetingKey: 'MATH-6-20261006', mine: true },
    ]);
    expect(meetingProperty).toBe('plgHubMeeting');
  });

  test('takes v3 terms (name) and refuses v2 ones (title) with a 400, and pageSize outside 1–1000', () => {
    upload();
    const token = ScriptApp.getOAuthToken();
    const list = (query: string) =>
      UrlFetchApp.fetch(`https://www.googleapis.com/drive/v3/files?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
        muteHttpExceptions: true,
      });
    const byName = list(`q=${encodeURIComponent("name contains 'Math 6' and trashed = false")}`);
    expect(JSON.parse(byName.getContentText()).files).toHaveLength(2); // the folder and the Doc
    expect(list(`q=${encodeURIComponent("title contains 'Math 6'")}`).getResponseCode()).toBe(400);
    expect(list('pageSize=0').getResponseCode()).toBe(400);
    expect(list('pageSize=1001').getResponseCode()).toBe(400);
  });

  test('pages with nextPageToken', () => {
    for (let i = 0; i < 3; i++) upload(`Doc ${i}`, `K${i}`);
    const token = ScriptApp.getOAuthToken();
    const page = (extra: string) =>
      JSON.parse(
        UrlFetchApp.fetch(
          `https://www.googleapis.com/drive/v3/files?pageSize=2&q=${encodeURIComponent(`'${folderId}' in parents`)}${extra}`,
          { headers: { Authorization: `Bearer ${token}` } },
        ).getContentText(),
      ) as { files: unknown[]; nextPageToken?: string };
    const first = page('');
    expect(first.files).toHaveLength(2);
    const second = page(`&pageToken=${first.nextPageToken}`);
    expect(second.files).toHaveLength(1);
    expect(second.nextPageToken).toBeUndefined();
  });
});

describe('who may upload', () => {
  test('into a folder the user may only view: 403, and no Doc is made', () => {
    const token = ScriptApp.getOAuthToken();
    ws.user = { ...ws.user, email: 'teacher@school.example' };
    const teacherToken = ScriptApp.getOAuthToken();
    ws.user = { ...ws.user, email: 'admin@school.example' };
    drive().getFolderById(folderId).addViewer('teacher@school.example');
    const body = uploadBody({ folderId, name: 'x', meetingKey: 'K', html: '<p>x</p>' });
    const send = (t: string) =>
      UrlFetchApp.fetch('https://www.googleapis.com/upload/drive/v3/files?uploadType=multipart', {
        method: 'post',
        contentType: body.contentType,
        payload: body.payload,
        headers: { Authorization: `Bearer ${t}` },
        muteHttpExceptions: true,
      });
    const before = Object.keys(ws.files).length;
    expect(send(teacherToken).getResponseCode()).toBe(403);
    expect(Object.keys(ws.files)).toHaveLength(before);
    expect(send(token).getResponseCode()).toBe(200);
  });

  test('with a token whose scopes do not include Drive: 403 insufficient scopes', () => {
    ws.oauthScopes = [scope.documents, scope.externalRequest];
    const [answer] = uploadAgendas([{ folderId, name: 'x', meetingKey: 'K', html: '<p>x</p>' }]);
    expect(String(answer)).toMatch(/403 Request had insufficient authentication scopes/);
  });
});

// Forms made by forms.create land in My Drive; PLG Hub finds a stopped run's leftovers by their tagged names in one
// search and moves new forms into its folder with files.update
// (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update: addParents/removeParents).
describe('forms found by name and moved into a folder (files.list, files.update)', () => {
  const form = (name: string) =>
    ws.createFile({ name, mimeType: 'application/vnd.google-apps.form', parents: [], owner: 'admin@school.example' })
      .id;

  test('one search finds each named form, with where it is, and never a trashed one or a Doc of that name', () => {
    const math = form('Math PLG — feedback · a1b2c3');
    const quoted = form("Teachers' PLG — feedback · d4e5f6");
    const gone = form('Art PLG — feedback · 778899');
    ws.files[gone]!.trashed = true;
    upload('Science PLG — feedback · 000111', 'X');
    const found = formsNamed([
      'Math PLG — feedback · a1b2c3',
      "Teachers' PLG — feedback · d4e5f6",
      'Art PLG — feedback · 778899',
      'Science PLG — feedback · 000111',
    ]);
    expect([...found.keys()].sort()).toEqual(['Math PLG — feedback · a1b2c3', "Teachers' PLG — feedback · d4e5f6"]);
    expect(found.get('Math PLG — feedback · a1b2c3')).toEqual({ id: math, parents: [drive().getRootFolder().getId()] });
    expect(found.get("Teachers' PLG — feedback · d4e5f6")!.id).toBe(quoted);
  });

  test('moves forms out of My Drive into the folder, answering each editor link', () => {
    const ids = [form('A · 1'), form('B · 2')];
    const links = moveIntoFolder(
      ids.map((id) => ({ id, from: ['root'] })),
      folderId,
    );
    expect(links).toEqual(ids.map((id) => `https://docs.google.com/forms/d/${id}/edit`));
    for (const id of ids) {
      const parents = drive().getFileById(id).getParents();
      expect(parents.next().getId()).toBe(folderId);
      expect(parents.hasNext()).toBe(false);
    }
  });

  test('refuses a second parent, a folder the user cannot write to, and a file they cannot see', () => {
    const id = form('C · 3');
    const [twoParents] = moveIntoFolder([{ id, from: [] }], folderId);
    expect(String(twoParents)).toMatch(/403 Increasing the number of parents is not allowed/);
    const theirs = ws.createFile({
      name: 'Theirs',
      mimeType: 'application/vnd.google-apps.folder',
      parents: [],
      owner: 'other@school.example',
    }).id;
    const [noWrite] = moveIntoFolder([{ id, from: ['root'] }], theirs);
    expect(String(noWrite)).toMatch(/404|403/);
    const [unseen] = moveIntoFolder([{ id: 'not-a-file-id-000', from: ['root'] }], folderId);
    expect(String(unseen)).toMatch(/404 File not found/);
    expect(drive().getFileById(id).getParents().next().getId()).toBe(drive().getRootFolder().getId());
  });
});
