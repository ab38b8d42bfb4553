// The Drive API v3 as PLG Hub reaches it through UrlFetchApp: files.list (one folder's files, with the
// appProperties PLG Hub tags its agendas with); files.create as a multipart upload, which makes a Google Doc
// from HTML in one request ("Import to Google Docs types",
// https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs) or a plain file with its
// bytes (https://developers.google.com/workspace/drive/api/guides/manage-uploads#multipart), under an id from
// files.generateIds when the metadata names one (generated-ids.ts); and the permissions methods
// (permissions-api.ts). All act on the same files as DriveApp and DocumentApp, as the token's user, with their
// sharing.
// - files.list: https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list — q in the v3
//   grammar (`name`, not v2's `title`), pageSize 1–1000 (default 100), nextPageToken; scopes drive,
//   drive.file, drive.readonly, drive.metadata.readonly, drive.metadata (and others PLG Hub does not use).
// - files.create: https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create — uploadType
//   multipart: a JSON metadata part then the media part; a parent the user cannot write to is 403; scopes drive,
//   drive.file, drive.appdata. Metadata "id": "The ID of the file" — one files.generateIds gave; an id never
//   generated is refused 400 and one a file already has 409 (the emulator's wording; Google's reference names
//   no text). A plain upload keeps the media part's bytes as the file's content (what File.getBlob reads), typed
//   by the metadata's mimeType, else the media part's.
// - files.create with metadata only: POST /drive/v3/files (the reference's metadata URI, no uploadType) with a
//   JSON File body. Modeled for folders: "To create a folder, use the files.create() method with the mimeType of
//   application/vnd.google-apps.folder and a name" (https://developers.google.com/workspace/drive/api/guides/folder);
//   parents and the checks on the parent as for an upload (404 unseen or trashed, 403 without write access); a
//   name already there makes a second folder of that name, as Drive does (names are not unique). Any other
//   mimeType is the emulator's refusal (PLG Hub makes only folders this way).
// - files.generateIds: https://developers.google.com/workspace/drive/api/reference/rest/v3/files/generateIds —
//   count (the emulator takes 1–1000, default 10), space "drive", type "files"; {kind: "drive#generatedIds",
//   space, ids}; scopes drive, drive.file, drive.appdata.
// - files.update: https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update — PATCH
//   /drive/v3/files/{fileId}; addParents / removeParents ("A comma-separated list of parent IDs to add / to
//   remove") move a file, "root" naming the user's My Drive; a file has one parent ("A file can only have one
//   parent folder; specifying multiple parents isn't supported", ParentReference), so a move that would leave two
//   is refused 403 (Drive's reason cannotAddParent, "Increasing the number of parents is not allowed"); the
//   caller needs write access to the file and the folder added; scopes drive, drive.file, drive.appdata,
//   drive.metadata (and others PLG Hub does not use). Only the move is modeled: a metadata body is refused.
// - files.update through the upload URI, a simple upload: PATCH /upload/drive/v3/files/{fileId}?uploadType=media
//   (https://developers.google.com/workspace/drive/api/guides/manage-uploads#simple: "transfer a small media
//   file … without supplying metadata"; the files.update reference's "Upload URI, for media upload requests").
//   The body becomes the file's content (what File.getBlob reads); its name, mimeType, parents and permissions
//   stay; the answer is the File resource, like any files.update. The caller needs write access: someone who
//   cannot see the file gets 404 "File not found", a viewer or commenter 403 insufficientFilePermissions, as for
//   the metadata update. uploadType is media, multipart or resumable (the reference's acceptable values); only
//   media is modeled, the other two are the emulator's refusal, and any other value (or none) is 400 (the
//   emulator's wording). Scopes: drive, drive.file, drive.appdata — not drive.metadata, which the reference lists
//   for files.update but which grants no access to a file's content (the emulator's reading).
// - fields: the response carries only the fields asked for; without `fields`, a File is kind, id, name, mimeType
//   (https://developers.google.com/workspace/drive/api/guides/fields-parameter).
import { z } from 'zod';
import { allows, roleOf } from '../access';
import { createDocData } from '../docs/model';
import { importHtml } from '../docs/html-import';
import { GoogleApiError } from '../google-api-error';
import { overRateLimit } from '../urlfetch/rate-limits';
import { answering, json, requireScopes, type RestEndpoint, type RestRequest } from '../urlfetch/rest-endpoint';
import { boundaryOf, parseMultipart } from '../urlfetch/multipart';
import { mimeTypes, type FileRecord, type Workspace } from '../workspace';
import { hasContent, writeContent } from './content';
import { generateIds, takeGeneratedId } from './generated-ids';
import { answerPermissions, permissionsRoute } from './permissions-api';
import { listFileRecords } from './search';
import { parentIdsOf, rootFolderId } from './tree';

const auth = 'https://www.googleapis.com/auth/';
const listScopes = [
  `${auth}drive`,
  `${auth}drive.file`,
  `${auth}drive.readonly`,
  `${auth}drive.metadata.readonly`,
  `${auth}drive.metadata`,
];
const createScopes = [`${auth}drive`, `${auth}drive.file`, `${auth}drive.appdata`];
const updateScopes = [...createScopes, `${auth}drive.metadata`];

const metadata = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  mimeType: z.string().optional(),
  parents: z.array(z.string()).max(1).optional(),
  appProperties: z.record(z.string(), z.string()).optional(),
  description: z.string().optional(),
});

/** The fields of a File the emulator answers with, as Drive names them. */
function fileResource(ws: Workspace, record: FileRecord): Record<string, unknown> {
  return {
    kind: 'drive#file',
    id: record.id,
    name: record.name,
    mimeType: record.mimeType,
    parents: parentIdsOf(ws, record),
    appProperties: record.appProperties ?? {},
    trashed: record.trashed,
    webViewLink: webViewLinkOf(record),
    // "owners[]: The owner of this file. Only certain legacy files may have more than one owner" (File resource).
    owners: [
      {
        kind: 'drive#user',
        emailAddress: record.owner,
        me: record.owner.toLowerCase() === ws.user.email.toLowerCase(),
      },
    ],
  };
}

/** "A link for opening the file in a relevant Google editor or viewer in a browser" (File.webViewLink). */
function webViewLinkOf(record: FileRecord): string {
  const editor: Record<string, string> = {
    [mimeTypes.document]: 'document',
    [mimeTypes.form]: 'forms',
    [mimeTypes.spreadsheet]: 'spreadsheets',
  };
  const kind = editor[record.mimeType];
  return kind
    ? `https://docs.google.com/${kind}/d/${record.id}/edit?usp=drivesdk`
    : `https://drive.google.com/file/d/${record.id}/view?usp=drivesdk`;
}

/** Keeps the fields a `fields` selector names: "id,name" or "files(id,name),nextPageToken". */
function select(resource: Record<string, unknown>, fields: string | undefined): Record<string, unknown> {
  if (!fields) return resource;
  const wanted = fields.split(',').map((f) => f.trim());
  return Object.fromEntries(Object.entries(resource).filter(([k]) => wanted.includes(k)));
}

function listFiles(ws: Workspace, request: RestRequest) {
  requireScopes(request.caller, listScopes);
  const params = request.url.searchParams;
  const pageSize = Number(params.get('pageSize') ?? 100);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
    throw new GoogleApiError(
      400,
      `Invalid value '${params.get('pageSize')}'. Values must be within the range: [1, 1000]`,
    );
  let records: FileRecord[];
  try {
    records = listFileRecords(ws, params.get('q') ?? '');
  } catch {
    throw new GoogleApiError(400, 'Invalid Value', { domain: 'global', reason: 'invalid', message: 'Invalid Value' });
  }
  records.sort((a, b) => a.createdMs - b.createdMs || a.id.localeCompare(b.id));
  const start = Number(params.get('pageToken') ?? 0) || 0;
  const page = records.slice(start, start + pageSize);
  const fields = params.get('fields') ?? undefined;
  const inner = /files\(([^)]*)\)/.exec(fields ?? '')?.[1];
  const body: Record<string, unknown> = {
    kind: 'drive#fileList',
    incompleteSearch: false,
    files: page.map((r) =>
      inner ? select(fileResource(ws, r), inner) : select(fileResource(ws, r), 'kind,id,name,mimeType'),
    ),
  };
  if (start + pageSize < records.length) body.nextPageToken = String(start + pageSize);
  return json(200, fields ? { ...select(body, fields.replace(/files\([^)]*\)/, 'files')), files: body.files } : body);
}

function createFile(ws: Workspace, request: RestRequest) {
  requireScopes(request.caller, createScopes);
  if (request.url.searchParams.get('uploadType') !== 'multipart')
    throw new Error('emulator: only multipart uploads are modeled for files.create');
  const parts = parseMultipart(request.body, boundaryOf(request.headers['content-type']) ?? '');
  if (!parts || parts.length !== 2)
    throw new GoogleApiError(400, 'Bad Request: a multipart upload has a metadata part and a media part.');
  let meta: z.infer<typeof metadata>;
  try {
    meta = metadata.parse(JSON.parse(parts[0]!.body));
  } catch {
    throw new GoogleApiError(400, 'Invalid JSON payload received.');
  }
  const mediaType = (parts[1]!.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const parentId = meta.parents?.[0] ?? rootFolderId(ws);
  const parent = ws.files[parentId];
  if (!parent || parent.trashed || roleOf(ws, parent) === undefined)
    throw new GoogleApiError(404, `File not found: ${parentId}.`, {
      domain: 'global',
      reason: 'notFound',
      message: `File not found: ${parentId}.`,
    });
  if (!allows(roleOf(ws, parent), 'write'))
    throw new GoogleApiError(403, 'The user does not have sufficient permissions for this file.', {
      domain: 'global',
      reason: 'insufficientFilePermissions',
      message: 'The user does not have sufficient permissions for this file.',
    });
  const id = meta.id === undefined ? undefined : claimId(ws, meta.id);
  const fields = request.url.searchParams.get('fields') ?? 'kind,id,name,mimeType';
  if (meta.mimeType === mimeTypes.document) {
    if (mediaType !== 'text/html')
      throw new Error(`emulator: files.create models only HTML imported as a Google Doc (got ${mediaType})`);
    const record = createFromMetadata(ws, meta, id, parentId, mimeTypes.document);
    importHtml(createDocData(ws, record.id), parts[1]!.body);
    // The conversion's own time on top of the upload's row: together as long as DocumentApp.create and
    // saving its content (latency.ts).
    ws.meter.spend(importMs);
    return json(200, select(fileResource(ws, record), fields));
  }
  const type = meta.mimeType ?? (mediaType || 'application/octet-stream');
  if (/^application\/vnd\.google-apps\./.test(type))
    throw new Error(`emulator: files.create models no import into ${type} but a Google Doc's`);
  const record = createFromMetadata(ws, meta, id, parentId, type);
  writeContent(ws, record.id, Buffer.from(parts[1]!.body, 'utf8'));
  return json(200, select(fileResource(ws, record), fields));
}

/** A new file from files.create's metadata, owned by the caller, in `parentId`: every create route makes it so. */
function createFromMetadata(
  ws: Workspace,
  meta: z.infer<typeof metadata>,
  id: string | undefined,
  parentId: string,
  mimeType: string,
) {
  return ws.createFile({
    ...(id ? { id } : {}),
    name: meta.name ?? 'Untitled',
    mimeType,
    parents: [parentId],
    owner: ws.user.email,
    description: meta.description ?? '',
    ...(meta.appProperties ? { appProperties: { ...meta.appProperties } } : {}),
  });
}

/** files.create with a JSON body and no media: a folder (the only metadata-only create PLG Hub makes). */
function createFolder(ws: Workspace, request: RestRequest) {
  requireScopes(request.caller, createScopes);
  let meta: z.infer<typeof metadata>;
  try {
    meta = metadata.parse(JSON.parse(request.body || '{}'));
  } catch {
    throw new GoogleApiError(400, 'Invalid JSON payload received.');
  }
  if (meta.mimeType !== mimeTypes.folder)
    throw new Error(`emulator: files.create without media models folders only (got ${meta.mimeType ?? 'no mimeType'})`);
  const parentId = meta.parents?.[0] ?? rootFolderId(ws);
  const parent = ws.files[parentId];
  if (!parent || parent.trashed || roleOf(ws, parent) === undefined) throw notFound(parentId);
  if (!allows(roleOf(ws, parent), 'write')) throw noPermission();
  const id = meta.id === undefined ? undefined : claimId(ws, meta.id);
  const record = createFromMetadata(ws, meta, id, parentId, mimeTypes.folder);
  return json(200, select(fileResource(ws, record), request.url.searchParams.get('fields') ?? 'kind,id,name,mimeType'));
}

const notFound = (id: string) =>
  new GoogleApiError(404, `File not found: ${id}.`, {
    domain: 'global',
    reason: 'notFound',
    message: `File not found: ${id}.`,
  });
const noPermission = () =>
  new GoogleApiError(403, 'The user does not have sufficient permissions for this file.', {
    domain: 'global',
    reason: 'insufficientFilePermissions',
    message: 'The user does not have sufficient permissions for this file.',
  });

function updateFile(ws: Workspace, request: RestRequest) {
  requireScopes(request.caller, updateScopes);
  if (request.body.trim() !== '' && request.body.trim() !== '{}')
    throw new Error('emulator: files.update models only moving a file (addParents / removeParents)');
  const params = request.url.searchParams;
  const id = decodeURIComponent(request.url.pathname.slice('/drive/v3/files/'.length));
  const record = ws.files[id];
  if (!record || roleOf(ws, record) === undefined) throw notFound(id);
  if (!allows(roleOf(ws, record), 'write')) throw noPermission();
  const ids = (name: string) =>
    (params.get(name) ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => (p === 'root' ? rootFolderId(ws) : p));
  const added = ids('addParents');
  for (const folderId of added) {
    const folder = ws.files[folderId];
    if (!folder || folder.trashed || folder.mimeType !== mimeTypes.folder || roleOf(ws, folder) === undefined)
      throw notFound(folderId);
    if (!allows(roleOf(ws, folder), 'write')) throw noPermission();
  }
  const removed = new Set(ids('removeParents'));
  const parents = [...new Set([...parentIdsOf(ws, record).filter((p) => !removed.has(p)), ...added])];
  if (parents.length > 1)
    throw new GoogleApiError(403, 'Increasing the number of parents is not allowed.', {
      domain: 'global',
      reason: 'cannotAddParent',
      message: 'Increasing the number of parents is not allowed.',
    });
  record.parents = parents.length > 0 ? parents : [rootFolderId(ws, record.owner)];
  record.updatedMs = ws.clock.nowMs;
  return json(200, select(fileResource(ws, record), params.get('fields') ?? 'kind,id,name,mimeType'));
}

/** A simple upload to files.update: the request's body is the file's new content. */
function uploadContent(ws: Workspace, request: RestRequest) {
  requireScopes(request.caller, createScopes);
  const params = request.url.searchParams;
  const uploadType = params.get('uploadType');
  if (uploadType === 'multipart' || uploadType === 'resumable')
    throw new Error(`emulator: only uploadType=media is modeled for files.update uploads (got ${uploadType})`);
  if (uploadType !== 'media')
    throw new GoogleApiError(
      400,
      `Invalid value '${uploadType ?? ''}' for uploadType: expected media, multipart or resumable.`,
    );
  const id = decodeURIComponent(request.url.pathname.slice('/upload/drive/v3/files/'.length));
  const record = ws.files[id];
  if (!record || roleOf(ws, record) === undefined) throw notFound(id);
  if (!allows(roleOf(ws, record), 'write')) throw noPermission();
  if (!hasContent(ws, id))
    throw new Error(`emulator: files.update models no upload into a ${record.mimeType} file, only one with content`);
  writeContent(ws, id, Buffer.from(request.body, 'utf8'));
  record.updatedMs = ws.clock.nowMs;
  return json(200, select(fileResource(ws, record), params.get('fields') ?? 'kind,id,name,mimeType'));
}

/** An HTML import's conversion, beyond the upload itself (latency.ts's files.create row). */
const importMs = 1_200;

/** The generated id a create names, taken for it; Google's 400 or 409 when it cannot be used. */
function claimId(ws: Workspace, id: string): string {
  const taken = takeGeneratedId(ws, id, ws.user.email);
  if (taken === 'taken')
    throw new GoogleApiError(409, 'A file already exists with the provided ID.', {
      domain: 'global',
      reason: 'fileIdInUse',
      message: 'A file already exists with the provided ID.',
    });
  if (taken === 'unusable')
    throw new GoogleApiError(400, 'The provided file ID is not usable.', {
      domain: 'global',
      reason: 'fileIdNotUsable',
      message: 'The provided file ID is not usable.',
    });
  return id;
}

function generate(ws: Workspace, request: RestRequest) {
  requireScopes(request.caller, createScopes);
  const params = request.url.searchParams;
  const count = Number(params.get('count') ?? 10);
  if (!Number.isInteger(count) || count < 1 || count > 1000)
    throw new GoogleApiError(400, `Invalid value '${params.get('count')}'. Values must be within the range: [1, 1000]`);
  const space = params.get('space') ?? 'drive';
  if (space !== 'drive' || (params.get('type') ?? 'files') !== 'files')
    throw new Error('emulator: files.generateIds models space "drive" and type "files" only');
  return json(200, { kind: 'drive#generatedIds', space, ids: generateIds(ws, count, ws.user.email) });
}

export function methodOf(request: Pick<RestRequest, 'method' | 'url'>): string | undefined {
  const path = request.url.pathname;
  if (request.method === 'GET' && path === '/drive/v3/files') return 'drive.files.list';
  if (request.method === 'GET' && path === '/drive/v3/files/generateIds') return 'drive.files.generateIds';
  if (request.method === 'POST' && path === '/upload/drive/v3/files') return 'drive.files.create';
  // The same method on the metadata URI (no content), named apart so that the meter times it on its own.
  if (request.method === 'POST' && path === '/drive/v3/files') return 'drive.files.create.metadata';
  if (request.method === 'PATCH' && /^\/drive\/v3\/files\/[^/]+$/.test(path)) return 'drive.files.update';
  // The same method through the upload URI, named apart so that the meter times and counts an upload on its own.
  if (request.method === 'PATCH' && /^\/upload\/drive\/v3\/files\/[^/]+$/.test(path))
    return 'drive.files.update.upload';
  return permissionsRoute(request.method, path)?.method;
}

/** Answers one Drive request as the token's user: on its own, or as a part of a batch (batch-endpoint.ts). */
export function answerDriveRequest(ws: Workspace, request: RestRequest) {
  return answering(() => {
    const method = methodOf(request);
    if (!method) throw new GoogleApiError(404, 'Not Found');
    const limited = overRateLimit(ws, 'drive', request.caller.email);
    if (limited) return limited;
    if (method === 'drive.files.update') return updateFile(ws, request);
    if (method === 'drive.files.update.upload') return uploadContent(ws, request);
    if (method === 'drive.files.list') return listFiles(ws, request);
    if (method === 'drive.files.generateIds') return generate(ws, request);
    if (method === 'drive.files.create') return createFile(ws, request);
    if (method === 'drive.files.create.metadata') return createFolder(ws, request);
    return answerPermissions(ws, request, permissionsRoute(request.method, request.url.pathname)!);
  });
}

/** Metadata requests and uploads have their own URL roots. */
export const driveApi: RestEndpoint[] = [
  { prefix: 'https://www.googleapis.com/drive/v3/', methodOf, handle: answerDriveRequest },
  { prefix: 'https://www.googleapis.com/upload/drive/v3/', methodOf, handle: answerDriveRequest },
];
