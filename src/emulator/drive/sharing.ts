// Who may do what with a Drive file. A user's role is the strongest of the file's own grant and those of
// the folders above it: sharing a folder shares what is inside it.
// https://support.google.com/drive/answer/2494822 (sharing folders)
import type { FileRecord, Role, SharingAccess, Workspace } from '../workspace';
import { appsScriptError } from '../errors';
import { invalidEmail } from './messages';
import { ancestorsOf } from './tree';

const strength: Record<Role, number> = { reader: 1, commenter: 2, writer: 3, owner: 4 };

export function stronger(a: Role | undefined, b: Role): Role {
  return a && strength[a] >= strength[b] ? a : b;
}

/**
 * Every user's effective role (owners included), direct or inherited from a parent folder. General access
 * (link or domain sharing) is not in it: see roleOf in ../access.ts for what the signed-in user may do.
 */
export function effectiveRoles(ws: Workspace, record: FileRecord): Record<string, Role> {
  const roles: Record<string, Role> = {};
  for (const source of [record, ...ancestorsOf(ws, record)]) {
    for (const [email, role] of Object.entries(source.permissions)) roles[email] = stronger(roles[email], role);
  }
  roles[record.owner] = 'owner';
  return roles;
}

export function usersWithRole(ws: Workspace, record: FileRecord, roles: Role[]): string[] {
  return Object.entries(effectiveRoles(ws, record))
    .filter(([, role]) => roles.includes(role))
    .map(([email]) => email)
    .sort();
}

/** Grants `role` unless the user already has it or a stronger one (adding a viewer never demotes an editor). */
export function grant(record: FileRecord, email: string, role: Role): void {
  const normalized = normalizeEmail(email);
  if (normalized === record.owner) return;
  record.permissions[normalized] = stronger(record.permissions[normalized], role);
}

/** Removes the user's own grant if it is one of `roles`; inherited and general access stay. */
export function revoke(record: FileRecord, email: string, roles: Role[]): void {
  const normalized = normalizeEmail(email);
  const current = record.permissions[normalized];
  if (current && roles.includes(current)) delete record.permissions[normalized];
}

export function normalizeEmail(email: string): string {
  const trimmed = String(email).trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) throw appsScriptError(invalidEmail(String(email)));
  return trimmed;
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

export interface FilePermissions {
  owner: string;
  editors: string[];
  commenters: string[];
  viewers: string[];
  /** General access ("anyone with the link", the domain, or nobody beyond the lists above). */
  access: SharingAccess;
  /** The role general access grants; meaningless when access is PRIVATE. */
  accessRole: Role;
}

export function permissionsOf(ws: Workspace, record: FileRecord): FilePermissions {
  return {
    owner: record.owner,
    editors: usersWithRole(ws, record, ['writer']),
    commenters: usersWithRole(ws, record, ['commenter']),
    viewers: usersWithRole(ws, record, ['reader']),
    access: record.access,
    accessRole: record.accessRole,
  };
}
