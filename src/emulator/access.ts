// Who may do what with a Drive file, as the signed-in user (ws.user) — checked on every call, so access
// granted or removed takes effect at once, even on a handle the script opened earlier. Every editor service
// (DriveApp, SpreadsheetApp, DocumentApp, FormApp) goes through here, each with its own error texts.
//
// A user's role is the strongest of: owning the file, their own grant, a grant on a folder above it (sharing a
// folder shares what is in it), and general access ("anyone with the link", the owner's domain).
// https://support.google.com/drive/answer/2494822 (roles: viewer, commenter, editor, owner)
// https://developers.google.com/workspace/drive/api/guides/ref-roles (what each role may do)
import { effectiveRoles, domainOf } from './drive/sharing';
import type { FileRecord, Role, Workspace } from './workspace';

/**
 * What a call needs: `read` any role (viewers and commenters may read only), `write` an editor or the owner
 * (content, name, sharing, moving), `own` the owner alone (trash: "Only the file owner can trash a file" —
 * https://developers.google.com/workspace/drive/api/guides/delete).
 */
export type Need = 'read' | 'write' | 'own';

const strength: Record<Role, number> = { reader: 1, commenter: 2, writer: 3, owner: 4 };

/** The signed-in user's role on the file, or undefined when they cannot open it at all. */
export function roleOf(ws: Workspace, record: FileRecord): Role | undefined {
  const email = ws.user.email.trim().toLowerCase();
  if (record.owner.toLowerCase() === email) return 'owner';
  let role: Role | undefined = effectiveRoles(ws, record)[email];
  const general = generalRole(record, email);
  if (general && (!role || strength[general] > strength[role])) role = general;
  return role;
}

/** What general access grants this user: anyone (with the link), or anyone in the owner's domain. */
function generalRole(record: FileRecord, email: string): Role | undefined {
  if (record.access === 'PRIVATE') return undefined;
  if (record.access === 'ANYONE' || record.access === 'ANYONE_WITH_LINK') return record.accessRole;
  return domainOf(record.owner.toLowerCase()) === domainOf(email) ? record.accessRole : undefined;
}

export function allows(role: Role | undefined, need: Need): boolean {
  if (!role) return false;
  if (need === 'own') return role === 'owner';
  if (need === 'write') return role === 'owner' || role === 'writer';
  return true;
}

export function canOpen(ws: Workspace, record: FileRecord): boolean {
  return roleOf(ws, record) !== undefined;
}

/** The texts one service uses: for a file the user cannot see at all, and for one they may not change. */
export interface AccessErrors {
  hidden: () => Error;
  denied: () => Error;
}

/**
 * Throws the service's error unless the signed-in user may do `need` with the file. A file the user cannot
 * see at all reads as missing, as Google never confirms that a file exists to someone without access.
 */
export function requireAccess(ws: Workspace, record: FileRecord | undefined, need: Need, errors: AccessErrors): void {
  if (!record) throw errors.hidden();
  const role = roleOf(ws, record);
  if (!role) throw errors.hidden();
  if (!allows(role, need)) throw errors.denied();
}

/**
 * Whether a method of an editor service changes the file: by Apps Script's naming, setters, adders, inserts,
 * appends, updates (Sheet.updateChart), removals, replacements and clears write; getters, finders, `is…`, `can…`, `has…` and navigation
 * (`offset`, `editAsText`, `saveAndClose`) only read.
 */
export function isWriteMethod(method: string): boolean {
  return /^(set|add|append|insert|update|remove|delete|replace|clear|merge|move|rename|protect|hide|show|auto)/.test(
    method,
  );
}
