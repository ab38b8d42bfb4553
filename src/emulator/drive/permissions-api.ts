// The Drive API's permissions methods (v3), acting on the same sharing records DriveApp's addViewer and
// removeViewer change (sharing.ts), so a file shared through the API lists in File.getViewers and is found by a
// person's `sharedWithMe` search, and a permission deleted takes the file from them at once.
// - permissions.create: https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create —
//   body {type, role, emailAddress}; sendNotificationEmail "defaults to true for users and groups" (Drive's
//   sharing email; the emulator sends no mail for it, as for DriveApp's addViewers). A grant never lowers a
//   stronger role the user already has (as addViewer). Scopes drive, drive.file.
// - permissions.list: https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/list —
//   the file's own permissions, the owner's included. A file's permissions are "only available if the
//   requesting user can share the file" (the File resource's `permissions` field), so a viewer is refused.
//   Scopes drive, drive.file, drive.readonly, drive.metadata, drive.metadata.readonly.
// - permissions.delete: https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/delete —
//   204 with no body. Scopes drive, drive.file.
// A user permission's id is the grantee's own ("a unique identifier for the grantee, and is published in the
// User resource as permissionId", the Permission resource), the same on every file: here a digest of the address.
// Only user permissions of My Drive files are modeled; groups, domains, "anyone" and shared drives are not.
import { createHash } from 'node:crypto';
import { allows, roleOf } from '../access';
import { GoogleApiError } from '../google-api-error';
import { json, jsonBody, requireScopes, type RestRequest, type RestResponse } from '../urlfetch/rest-endpoint';
import type { FileRecord, Role, Workspace } from '../workspace';
import { grant, normalizeEmail } from './sharing';

const auth = 'https://www.googleapis.com/auth/';
const writeScopes = [`${auth}drive`, `${auth}drive.file`];
const readScopes = [...writeScopes, `${auth}drive.readonly`, `${auth}drive.metadata`, `${auth}drive.metadata.readonly`];

export type PermissionsMethod = 'drive.permissions.create' | 'drive.permissions.list' | 'drive.permissions.delete';

/** The method a request's verb and path name, with the file (and permission) it is about. */
export function permissionsRoute(
  method: string,
  path: string,
): { method: PermissionsMethod; fileId: string; permissionId?: string } | undefined {
  const match = /^\/drive\/v3\/files\/([^/]+)\/permissions(?:\/([^/]+))?$/.exec(path);
  if (!match) return undefined;
  const fileId = decodeURIComponent(match[1]!);
  const permissionId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
  if (permissionId === undefined && method === 'POST') return { method: 'drive.permissions.create', fileId };
  if (permissionId === undefined && method === 'GET') return { method: 'drive.permissions.list', fileId };
  if (permissionId !== undefined && method === 'DELETE')
    return { method: 'drive.permissions.delete', fileId, permissionId };
  return undefined;
}

/** The grantee's permission id: digits, as Drive's user permission ids are, the same on every file. */
export function permissionIdOf(email: string): string {
  const digest = createHash('sha256').update(email.toLowerCase()).digest();
  return BigInt(`0x${digest.subarray(0, 8).toString('hex')}`)
    .toString(10)
    .padStart(20, '0');
}

function notFound(fileId: string): GoogleApiError {
  const message = `File not found: ${fileId}.`;
  return new GoogleApiError(404, message, { domain: 'global', reason: 'notFound', message });
}

function insufficient(): GoogleApiError {
  const message = 'The user does not have sufficient permissions for this file.';
  return new GoogleApiError(403, message, { domain: 'global', reason: 'insufficientFilePermissions', message });
}

/** The file, if the caller may share it (an editor or the owner); Google's 404 or 403 otherwise. */
function sharableFile(ws: Workspace, fileId: string): FileRecord {
  const record = ws.file(fileId);
  if (!record || roleOf(ws, record) === undefined) throw notFound(fileId);
  if (!allows(roleOf(ws, record), 'write')) throw insufficient();
  return record;
}

function permissionResource(email: string, role: Role): Record<string, unknown> {
  return { kind: 'drive#permission', id: permissionIdOf(email), type: 'user', role, emailAddress: email };
}

/** Keeps the fields `fields` names; without it, a Permission's default fields (kind, id, type, role). */
function select(resource: Record<string, unknown>, fields: string | undefined): Record<string, unknown> {
  const wanted = (fields ?? 'kind,id,type,role').split(',').map((f) => f.trim());
  return Object.fromEntries(Object.entries(resource).filter(([k]) => wanted.includes(k)));
}

function create(ws: Workspace, request: RestRequest, fileId: string): RestResponse {
  requireScopes(request.caller, writeScopes);
  const record = sharableFile(ws, fileId);
  const body = jsonBody(request) as { type?: unknown; role?: unknown; emailAddress?: unknown };
  if (body.type !== 'user')
    throw new Error(`emulator: permissions.create models user permissions only (${String(body.type)})`);
  if (!['reader', 'commenter', 'writer'].includes(String(body.role)))
    throw new Error(`emulator: permissions.create models reader, commenter and writer (${String(body.role)})`);
  let email: string;
  try {
    email = normalizeEmail(String(body.emailAddress ?? ''));
  } catch {
    // The emulator's wording (Google's reference gives none for a malformed address).
    throw new GoogleApiError(400, `Invalid email address: ${String(body.emailAddress)}`);
  }
  grant(record, email, body.role as Role);
  const role = email === record.owner ? 'owner' : record.permissions[email]!;
  return json(200, select(permissionResource(email, role), request.url.searchParams.get('fields') ?? undefined));
}

function list(ws: Workspace, request: RestRequest, fileId: string): RestResponse {
  requireScopes(request.caller, readScopes);
  const record = sharableFile(ws, fileId);
  const all = [
    permissionResource(record.owner, 'owner'),
    ...Object.entries(record.permissions).map(([email, role]) => permissionResource(email, role)),
  ];
  const fields = request.url.searchParams.get('fields') ?? undefined;
  const inner = /permissions\(([^)]*)\)/.exec(fields ?? '')?.[1];
  return json(200, { kind: 'drive#permissionList', permissions: all.map((p) => select(p, inner)) });
}

function remove(ws: Workspace, request: RestRequest, fileId: string, permissionId: string): RestResponse {
  requireScopes(request.caller, writeScopes);
  const record = sharableFile(ws, fileId);
  if (permissionIdOf(record.owner) === permissionId)
    // The emulator's wording; an owner's permission goes only by transferring ownership.
    throw new GoogleApiError(403, 'The owner of a file cannot be removed.', {
      domain: 'global',
      reason: 'cannotRemoveOwner',
      message: 'The owner of a file cannot be removed.',
    });
  const email = Object.keys(record.permissions).find((e) => permissionIdOf(e) === permissionId);
  if (!email) {
    const message = `Permission not found: ${permissionId}.`;
    throw new GoogleApiError(404, message, { domain: 'global', reason: 'notFound', message });
  }
  delete record.permissions[email];
  return json(204, undefined);
}

export function answerPermissions(
  ws: Workspace,
  request: RestRequest,
  route: NonNullable<ReturnType<typeof permissionsRoute>>,
): RestResponse {
  if (route.method === 'drive.permissions.create') return create(ws, request, route.fileId);
  if (route.method === 'drive.permissions.list') return list(ws, request, route.fileId);
  return remove(ws, request, route.fileId, route.permissionId!);
}
