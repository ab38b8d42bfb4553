// The bytes of Drive files that hold uploaded content (text, JSON, anything DriveApp.createFile makes). Google's
// own formats (Docs, Sheets, Forms, folders) keep their content in their service's slice and have none here.
// Kept as base64 in a workspace slice so the content saves and loads with the workspace, byte for byte.
import { toBuffer } from '../base-services/blob';
import { appsScriptError } from '../errors';
import type { FileRecord, Workspace } from '../workspace';
import { signatureMismatch } from './messages';

type ContentSlice = Record<string, string>;

function slice(ws: Workspace): ContentSlice {
  return ws.slice<ContentSlice>('driveContent', () => ({}));
}

export function hasContent(ws: Workspace, id: string): boolean {
  return id in slice(ws);
}

export function readContent(ws: Workspace, id: string): Buffer | undefined {
  const stored = slice(ws)[id];
  return stored === undefined ? undefined : Buffer.from(stored, 'base64');
}

export function writeContent(ws: Workspace, id: string, bytes: Buffer): void {
  slice(ws)[id] = bytes.toString('base64');
}

/**
 * DriveApp cannot make a Google Docs/Sheets/Forms/folder file from bytes: a blob or MIME type naming one is refused
 * with "Invalid argument: file.contentType" (as scripts report it in the field when they try to convert an upload
 * with createFile; Google's reference names no text). https://developers.google.com/apps-script/reference/drive/drive-app#createFile(BlobSource)
 */
export function requireUploadableType(mimeType: string): void {
  if (/^application\/vnd\.google-apps\./.test(mimeType)) throw appsScriptError('Invalid argument: file.contentType');
}

type BlobSource = GoogleAppsScript.Base.BlobSource;

/**
 * The file DriveApp.createFile / Folder.createFile make, from their overloads:
 * createFile(name, content) "Creates a text file … with the given name and contents" (text/plain),
 * createFile(name, content, mimeType), and createFile(blob) from a Blob's bytes, name and content type.
 * https://developers.google.com/apps-script/reference/drive/drive-app#createFile(String,String,String)
 * The new file belongs to the signed-in user, private, in `parentId`.
 */
export function createContentFile(
  ws: Workspace,
  method: string,
  parentId: string,
  nameOrBlob: string | BlobSource,
  content?: string,
  mimeType?: string,
): FileRecord {
  let name: string;
  let bytes: Buffer;
  let type: string;
  if (typeof nameOrBlob === 'string') {
    if (content === undefined) throw appsScriptError(signatureMismatch(['String'], method));
    name = nameOrBlob;
    bytes = Buffer.from(String(content), 'utf8');
    type = mimeType === undefined ? 'text/plain' : String(mimeType);
  } else {
    const blob = nameOrBlob.getBlob();
    bytes = toBuffer(blob.getBytes());
    // A blob without a name or type: Google's reference does not say; the emulator's choice, unconfirmed.
    name = blob.getName() ?? 'Untitled';
    type = blob.getContentType() ?? 'application/octet-stream';
  }
  requireUploadableType(type);
  const record = ws.createFile({ name, mimeType: type, parents: [parentId] });
  writeContent(ws, record.id, bytes);
  return record;
}
