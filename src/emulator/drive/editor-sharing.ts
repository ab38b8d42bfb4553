// The sharing methods the editor services offer on their own files (Spreadsheet, Document and Form each have
// addEditor, getEditors, removeEditor…, authorized by that service's own scope rather than Drive's):
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addEditor(String)
// https://developers.google.com/apps-script/reference/document/document#addEditor(String)
// https://developers.google.com/apps-script/reference/forms/form#addEditor(String)
// They change the same Drive record DriveApp does, with the same rules (sharing.ts).
import { allows, roleOf } from '../access';
import type { FileRecord, Role, Workspace } from '../workspace';
import { grant, normalizeEmail, revoke, usersWithRole } from './sharing';
import { DriveUser, emailOf } from './user';

type UserArg = string | GoogleAppsScript.Base.User;

export function ownerOf(record: FileRecord): GoogleAppsScript.Drive.User {
  return new DriveUser(record.owner) as unknown as GoogleAppsScript.Drive.User;
}

/** Holders of `roles`, or nobody to someone who cannot edit the file (as DriveApp's getEditors does). */
export function holders(ws: Workspace, record: FileRecord, roles: Role[]): GoogleAppsScript.Drive.User[] {
  if (!allows(roleOf(ws, record), 'write')) return [];
  return usersWithRole(ws, record, roles).map(
    (email) => new DriveUser(email) as unknown as GoogleAppsScript.Drive.User,
  );
}

export function grantAll(record: FileRecord, users: UserArg[], role: Role): void {
  for (const user of users) grant(record, normalizeEmail(emailOf(user)), role);
}

export function revokeOne(record: FileRecord, user: UserArg, roles: Role[]): void {
  revoke(record, emailOf(user), roles);
}
