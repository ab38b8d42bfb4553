// The Drive API requests that make and share a file in the fewest round trips, each expectation from Google's
// reference: files.generateIds (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/generateIds),
// files.create as a multipart upload of a plain file
// (https://developers.google.com/workspace/drive/api/guides/manage-uploads#multipart), files.update as a simple
// upload of new content (https://developers.google.com/workspace/drive/api/guides/manage-uploads#simple,
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update), the permissions methods
// (https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions) and Drive batch requests
// (https://developers.google.com/workspace/drive/api/guides/performance#batch-requests). Bodies are written by
// hand, as the guides show them, so the emulator is not checked against PLG Hub's own multipart code.
import { createScriptApp } from '../../../src/emulator/base-services/script-app';
import { createDriveApp } from '../../../src/emulator/drive';
import { driveBatchUrl } from '../../../src/emulator/drive/batch-endpoint';
import { scope } from '../../../src/emulator/scopes';
import { createUrlFetchApp } from '../../../src/emulator/urlfetch/url-fetch-app';
import { Workspace } from '../../../src/emulator/workspace';

const admin = 'admin@school.example';
const teacher = 'ana@school.example';
const files = 'https://www.googleapis.com/drive/v3/files';
const upload = 'https://www.googleapis.com/upload/drive/v3/files?uploadType=multipart&fields=id';
/** A Google JSON answer, read field by field as a client reads it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

function setup(scopes: string[] = [scope.drive, scope.externalRequest]) {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z'), user: { email: admin } });
  ws.oauthScopes = [scope.drive, scope.externalRequest];
  ws.urlFetchAllowlist = [files, 'https://www.googleapis.com/upload/drive/v3/files', driveBatchUrl];
  const DriveApp = createDriveApp(ws);
  const UrlFetchApp = createUrlFetchApp(ws);
  const ScriptApp = createScriptApp(ws);
  const folderId = DriveApp.createFolder('PLG Hub card data').getId();
  ws.oauthScopes = scopes;
  const as = <T>(email: string, run: () => T): T => {
    const user = ws.user;
    ws.user = { ...user, email };
    try {
      return run();
    } finally {
      ws.user = user;
    }
  };
  const send = (url: string, options: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {}) => {
    const reply = UrlFetchApp.fetch(url, {
      ...options,
      headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
      muteHttpExceptions: true,
    });
    const text = reply.getContentText();
    return { status: reply.getResponseCode(), json: text ? (JSON.parse(text) as Json) : {} };
  };
  const generate = (count = 2) => send(`${files}/generateIds?count=${count}`);
  const create = (metadata: Record<string, unknown>, content = '{"hello":"world"}', type = 'application/json') =>
    send(upload, {
      method: 'post',
      contentType: 'multipart/related; boundary=foo_bar_baz',
      payload: [
        '--foo_bar_baz',
        'Content-Type: application/json; charset=UTF-8',
        '',
        JSON.stringify({ parents: [folderId], ...metadata }),
        '--foo_bar_baz',
        `Content-Type: ${type}`,
        '',
        content,
        '--foo_bar_baz--',
        '',
      ].join('\r\n'),
    });
  /** One Drive batch of hand-written parts; each part's status and JSON body, in order. */
  const batch = (parts: { line: string; body?: unknown }[]) => {
    const payload =
      parts
        .map((p, i) =>
          [
            '--batch_foobarbaz',
            'Content-Type: application/http',
            `Content-ID: <item${i}>`,
            '',
            p.line,
            ...(p.body === undefined ? [''] : ['Content-Type: application/json', '', JSON.stringify(p.body)]),
            '',
          ].join('\r\n'),
        )
        .join('') + '--batch_foobarbaz--\r\n';
    const reply = UrlFetchApp.fetch(driveBatchUrl, {
      method: 'post',
      contentType: 'multipart/mixed; boundary=batch_foobarbaz',
      payload,
      headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
      muteHttpExceptions: true,
    });
    const type = String((reply.getHeaders() as Record<string, string>)['Content-Type']);
    const boundary = /boundary=(\S+)/.exec(type)?.[1];
    const answered = boundary
      ? reply
          .getContentText()
          .split(`--${boundary}`)
          .slice(1, -1)
          .map((chunk) => ({
            status: Number(/HTTP\/1\.1 (\d{3})/.exec(chunk)![1]),
            id: /Content-ID: <response-([^>]+)>/.exec(chunk)?.[1],
            json: JSON.parse(/\r\n\r\n(\{[\s\S]*\})\s*$/.exec(chunk)?.[1] ?? '{}') as Json,
          }))
      : [];
    return { status: reply.getResponseCode(), parts: answered };
  };
  /** files.update through the upload URI: the body is the file's new content; '' sends no uploadType. */
  const update = (id: string, content: string, uploadType = 'media') =>
    send(`https://www.googleapis.com/upload/drive/v3/files/${id}${uploadType ? `?uploadType=${uploadType}` : ''}`, {
      method: 'patch',
      contentType: 'application/json',
      payload: content,
    });
  return { ws, DriveApp, folderId, as, send, generate, create, batch, update };
}

const share = (fileId: string, email: string) => ({
  line: `POST /drive/v3/files/${fileId}/permissions?sendNotificationEmail=false`,
  body: { type: 'user', role: 'reader', emailAddress: email },
});

describe('files.generateIds', () => {
  test('gives distinct ids in one request, as drive#generatedIds; count outside 1–1000 is 400', () => {
    const { generate } = setup();
    const answer = generate(5);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ kind: 'drive#generatedIds', space: 'drive' });
    expect(new Set(answer.json.ids).size).toBe(5);
    expect(generate(0).status).toBe(400);
    expect(generate(1001).status).toBe(400);
  });

  test('an id is usable once: a second create under it is refused and no second file is made', () => {
    const { generate, create, DriveApp } = setup();
    const [id] = generate(1).json.ids as string[];
    expect(create({ id, name: 'PLG Hub card data · MATH-6', mimeType: 'application/json' })).toMatchObject({
      status: 200,
      json: { id },
    });
    expect(create({ id, name: 'PLG Hub card data · MATH-6', mimeType: 'application/json' }).status).toBe(409);
    expect(DriveApp.getFilesByName('PLG Hub card data · MATH-6').hasNext()).toBe(true);
    const all = DriveApp.getFilesByName('PLG Hub card data · MATH-6');
    all.next();
    expect(all.hasNext()).toBe(false);
  });

  test('an id nobody generated, or one generated for someone else, is not usable (400)', () => {
    const { generate, create, as } = setup();
    expect(create({ id: 'made-up-id-123', name: 'x' }).status).toBe(400);
    const [theirs] = as(teacher, () => generate(1).json.ids as string[]);
    expect(create({ id: theirs, name: 'x' }).status).toBe(400);
  });

  test('needs a Drive scope that may create files', () => {
    const { generate } = setup([scope.externalRequest]);
    expect(generate(1).status).toBe(403);
  });
});

describe('files.create, a plain multipart upload', () => {
  test('keeps the media part as the file, typed by the metadata, in the parent: File.getBlob reads it back', () => {
    const { create, DriveApp, folderId } = setup();
    const content = '{"body":"{\\"v\\":2}","sig":"abc"}';
    const { json } = create({ name: 'PLG Hub card data · MATH-6', mimeType: 'application/json' }, content);
    const file = DriveApp.getFileById(json.id);
    expect(file.getMimeType()).toBe('application/json');
    expect(file.getBlob().getDataAsString()).toBe(content);
    expect(file.getParents().next().getId()).toBe(folderId);
    expect(file.getOwner()!.getEmail()).toBe(admin);
    expect(file.getViewers()).toEqual([]);
  });
});

describe('files.create with metadata only: a folder (POST /drive/v3/files, no upload)', () => {
  const folder = (send: ReturnType<typeof setup>['send'], parents: string[], name = 'Math 6 agendas (MATH-6)') =>
    send(`${files}?fields=id,name,mimeType,parents`, {
      method: 'post',
      contentType: 'application/json',
      payload: JSON.stringify({ name, mimeType: 'application/vnd.google-apps.folder', parents }),
    });

  test('makes a folder in the parent, owned by the caller and shared with nobody; DriveApp opens it as a folder', () => {
    const { send, DriveApp, folderId } = setup();
    const answer = folder(send, [folderId]);
    expect(answer).toMatchObject({
      status: 200,
      json: { name: 'Math 6 agendas (MATH-6)', mimeType: 'application/vnd.google-apps.folder', parents: [folderId] },
    });
    const made = DriveApp.getFolderById(answer.json.id);
    expect(made.getOwner().getEmail()).toBe(admin);
    expect(made.getEditors()).toEqual([]);
    expect(made.getViewers()).toEqual([]);
    expect(DriveApp.getFolderById(folderId).getFoldersByName('Math 6 agendas (MATH-6)').next().getId()).toBe(
      answer.json.id,
    );
  });

  test("someone else's folder in the parent, shared with the caller, is left out when the listing asks for 'me' in owners", () => {
    const { send, DriveApp, folderId, as } = setup();
    DriveApp.getFolderById(folderId).addEditor(teacher);
    const theirs = as(teacher, () => folder(send, [folderId]));
    expect(theirs.status).toBe(200);
    as(teacher, () => DriveApp.getFolderById(theirs.json.id).addEditor(admin));
    const mine = folder(send, [folderId]);
    const q = `'${folderId}' in parents and trashed = false and mimeType = 'application/vnd.google-apps.folder'`;
    const list = (query: string) =>
      send(`${files}?q=${encodeURIComponent(query)}&fields=files(id,name)`).json.files.map((f: Json) => f.id);
    expect(list(q)).toEqual([theirs.json.id, mine.json.id]);
    expect(list(`${q} and 'me' in owners`)).toEqual([mine.json.id]);
  });

  test('a parent the caller may only view is refused 403, one they cannot see 404; nothing is made', () => {
    const { send, DriveApp, as } = setup();
    const viewOnly = as(teacher, () => {
      const f = DriveApp.createFolder('Shared with the admin');
      f.addViewer(admin);
      return f.getId();
    });
    const unseen = as(teacher, () => DriveApp.createFolder('Private').getId());
    expect(folder(send, [viewOnly]).status).toBe(403);
    expect(folder(send, [unseen]).status).toBe(404);
    expect(DriveApp.getFoldersByName('Math 6 agendas (MATH-6)').hasNext()).toBe(false);
  });

  test('needs a Drive scope that may create files', () => {
    const { send, folderId } = setup([scope.driveReadonly, scope.externalRequest]);
    expect(folder(send, [folderId]).status).toBe(403);
  });
});

describe('permissions in a Drive batch', () => {
  function madeFile() {
    const s = setup();
    const id = s.create({ name: 'PLG Hub card data · MATH-6', mimeType: 'application/json' }).json.id as string;
    return { ...s, id };
  }

  test('create makes each person a viewer: DriveApp lists them and their sharedWithMe search finds the file', () => {
    const { id, batch, DriveApp, as } = madeFile();
    const answer = batch([share(id, teacher), share(id, 'ben@school.example')]);
    expect(answer.status).toBe(200);
    expect(answer.parts.map((p) => [p.id, p.status])).toEqual([
      ['item0', 200],
      ['item1', 200],
    ]);
    expect(answer.parts[0]!.json).toMatchObject({ kind: 'drive#permission', type: 'user', role: 'reader' });
    expect(
      DriveApp.getFileById(id)
        .getViewers()
        .map((u) => u.getEmail()),
    ).toEqual([teacher, 'ben@school.example']);
    const found = as(teacher, () => DriveApp.searchFiles("sharedWithMe and title contains 'PLG Hub card data'"));
    expect(found.next().getId()).toBe(id);
  });

  test('list gives the owner and each reader with an id; delete by that id takes the file from a departed member', () => {
    const { id, batch, DriveApp, as } = madeFile();
    batch([share(id, teacher)]);
    const listed = batch([{ line: `GET /drive/v3/files/${id}/permissions?fields=permissions(id,emailAddress,role)` }]);
    const permissions = listed.parts[0]!.json.permissions as { id: string; emailAddress: string; role: string }[];
    expect(permissions.map((p) => [p.emailAddress, p.role])).toEqual([
      [admin, 'owner'],
      [teacher, 'reader'],
    ]);
    const hers = permissions.find((p) => p.emailAddress === teacher)!.id;
    expect(batch([{ line: `DELETE /drive/v3/files/${id}/permissions/${hers}` }]).parts[0]!.status).toBe(204);
    expect(() => as(teacher, () => DriveApp.getFileById(id))).toThrow();
    // A permission already gone is 404, not a second success.
    expect(batch([{ line: `DELETE /drive/v3/files/${id}/permissions/${hers}` }]).parts[0]!.status).toBe(404);
  });

  test("a user's permission id is the same on every file (it names the grantee)", () => {
    const { id, batch, create } = madeFile();
    const other = create({ name: 'PLG Hub card data · ELA-7', mimeType: 'application/json' }).json.id as string;
    const answer = batch([share(id, teacher), share(other, teacher)]);
    expect(answer.parts[0]!.json.id).toBe(answer.parts[1]!.json.id);
  });

  test('a viewer cannot share the file onward or read its permissions (403)', () => {
    const { id, batch, as } = madeFile();
    batch([share(id, teacher)]);
    const answer = as(teacher, () =>
      batch([share(id, 'outsider@elsewhere.example'), { line: `GET /drive/v3/files/${id}/permissions` }]),
    );
    expect(answer.parts.map((p) => p.status)).toEqual([403, 403]);
  });

  test('someone who cannot see the file at all gets 404, as if it did not exist', () => {
    const { id, batch, as } = madeFile();
    const answer = as('outsider@elsewhere.example', () => batch([share(id, 'outsider@elsewhere.example')]));
    expect(answer.parts[0]!.status).toBe(404);
  });

  test('more than 100 calls in one batch is refused; an upload inside a batch is refused; full URLs are refused', () => {
    const { id, batch } = madeFile();
    expect(batch(Array.from({ length: 101 }, () => share(id, teacher))).status).toBe(400);
    const answer = batch([
      { line: 'POST /upload/drive/v3/files?uploadType=multipart', body: {} },
      { line: `POST https://www.googleapis.com/drive/v3/files/${id}/permissions`, body: {} },
      { line: 'GET /calendar/v3/users/me/calendarList' },
    ]);
    expect(answer.parts.map((p) => p.status)).toEqual([400, 400, 404]);
  });

  test('each part counts toward the per-user rate; a part slowed down is 429 on its own while the rest are done', () => {
    const { id, ws, batch, DriveApp } = madeFile();
    ws.meter.inject({ kind: 'UrlFetchApp.fetch:drive.batch/drive.permissions.create', fault: 'rateLimit', times: 1 });
    const answer = batch([share(id, teacher), share(id, 'ben@school.example')]);
    expect(answer.parts.map((p) => p.status)).toEqual([429, 200]);
    expect(answer.parts[0]!.json.error.errors[0].reason).toBe('rateLimitExceeded');
    expect(
      DriveApp.getFileById(id)
        .getViewers()
        .map((u) => u.getEmail()),
    ).toEqual(['ben@school.example']);
    expect(ws.meter.requests['UrlFetchApp.fetch:drive.batch/drive.permissions.create']).toBe(2);
  });
});

describe('files.update, a simple upload of new content', () => {
  function sharedFile() {
    const s = setup();
    const id = s.create({ name: 'PLG Hub card data · MATH-6', mimeType: 'application/json' }, '{"v":1}').json
      .id as string;
    s.batch([share(id, teacher)]);
    return { ...s, id };
  }

  test('the owner replaces the content: File.getBlob reads the new bytes, and the answer is the file', () => {
    const { id, update, DriveApp } = sharedFile();
    const answer = update(id, '{"v":2,"名":"José"}');
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ id, name: 'PLG Hub card data · MATH-6', mimeType: 'application/json' });
    expect(DriveApp.getFileById(id).getBlob().getDataAsString()).toBe('{"v":2,"名":"José"}');
  });

  test('keeps the name, type, folder, owner and sharing: the members still read it, and only them', () => {
    const { id, update, DriveApp, as, folderId } = sharedFile();
    update(id, '{"v":2}');
    const file = DriveApp.getFileById(id);
    expect([file.getName(), file.getMimeType(), file.getParents().next().getId()]).toEqual([
      'PLG Hub card data · MATH-6',
      'application/json',
      folderId,
    ]);
    expect(file.getOwner()!.getEmail()).toBe(admin);
    expect(file.getViewers().map((u) => u.getEmail())).toEqual([teacher]);
    expect(file.getEditors()).toEqual([]);
    expect(as(teacher, () => DriveApp.getFileById(id).getBlob().getDataAsString())).toBe('{"v":2}');
  });

  test('a member who may only view it is refused (403) and the content stays', () => {
    const { id, update, DriveApp, as } = sharedFile();
    const answer = as(teacher, () => update(id, '{"v":"forged"}'));
    expect(answer.status).toBe(403);
    expect(answer.json.error.errors[0].reason).toBe('insufficientFilePermissions');
    expect(DriveApp.getFileById(id).getBlob().getDataAsString()).toBe('{"v":1}');
  });

  test('an id no file has, or a file the caller cannot see, is 404 "File not found"', () => {
    const { id, update, DriveApp, as } = sharedFile();
    const unknown = update('no-such-file-id', '{}');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.message).toBe('File not found: no-such-file-id.');
    expect(as('outsider@elsewhere.example', () => update(id, '{}')).status).toBe(404);
    expect(DriveApp.getFileById(id).getBlob().getDataAsString()).toBe('{"v":1}');
  });

  test('an upload without uploadType=media, or with one Drive does not know, is 400 and writes nothing', () => {
    const { id, update, DriveApp } = sharedFile();
    expect(update(id, '{"v":2}', '').status).toBe(400);
    expect(update(id, '{"v":2}', 'simple').status).toBe(400);
    expect(DriveApp.getFileById(id).getBlob().getDataAsString()).toBe('{"v":1}');
  });
});
