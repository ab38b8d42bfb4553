// Sharing follows the roster. A group's agenda folder is shared with exactly the people entitled to it today —
// its members (edit, or view where Settings says members may only comment) and its coach and administrator
// liaison (view) — and whoever leaves the group or the school loses access at the next run. With outside guests
// not allowed, an address outside the school's domain gets nothing. Because checking a folder costs Drive calls,
// each group's entitled lists are fingerprinted in the registry's state, and a folder is checked only when its
// group's lists changed (or it was never checked). The folders that need it are read and changed together,
// through the Drive API's batch requests (drive-permissions.ts), with no sharing email: members find their
// agendas through their meetings' invitations.
import { groupRoster } from '../core/my-plg';
import type { Registry } from '../core/registry/registry';
import type { GroupRow } from '../core/registry/tabs';
import { me } from './drive-ownership';
import { changeSharingEach, permissionsOfEach, type SharingChange } from './drive-permissions';
import type { RegistryState } from './registry-state';
import type { OpenRegistry } from './registry-io';

export interface Entitled {
  editors: string[];
  viewers: string[];
}

/** Who may be given anything of a group's agendas: active staff, and outside addresses only where Settings allow. */
function mayBeGiven(registry: Registry): (email: string) => boolean {
  const domain = registry.settings.domain.toLowerCase();
  const allowed = (email: string) => registry.settings.allowExternalGuests || email.endsWith(`@${domain}`);
  const active = new Set(registry.staff.filter((s) => s.row.active).map((s) => s.row.email));
  return (email) => active.has(email) && allowed(email);
}

/**
 * The group's members who may have its agendas today: the roster less staff made inactive and (unless Settings
 * allow outside guests) addresses outside the domain. Also who may comment on a comment-only agenda Doc.
 */
export function entitledMembers(registry: Registry, group: GroupRow, today: string): string[] {
  return groupRoster(registry, group.id, today).filter(mayBeGiven(registry));
}

/** Who may open the group's agenda folder today, and how. */
export function entitledTo(registry: Registry, group: GroupRow, today: string): Entitled {
  const may = mayBeGiven(registry);
  const members = groupRoster(registry, group.id, today).filter(may);
  const supporters = [group.coach, group.adminLiaison].filter(
    (e): e is string => Boolean(e) && may(e!) && !members.includes(e!),
  );
  const commentOnly = registry.settings.agendaAccess === 'comment';
  return {
    editors: commentOnly ? [] : [...members].sort(),
    viewers: [...(commentOnly ? members : []), ...supporters].sort(),
  };
}

const stateKey = (group: GroupRow) => `share.${(group.key ?? group.id).toUpperCase()}`;

/** What was last applied to the group's folder, as stored in the registry's state. */
function fingerprintOf(folderId: string, entitled: Entitled): string {
  return JSON.stringify([folderId, entitled.editors, entitled.viewers]);
}

/** Whether the folder needs checking: the group's entitled lists changed since they were last applied. */
export function sharingChanged(state: RegistryState, group: GroupRow, folderId: string, entitled: Entitled): boolean {
  return state.get(stateKey(group)) !== fingerprintOf(folderId, entitled);
}

export interface FolderToShare {
  group: GroupRow;
  folderId: string;
  entitled: Entitled;
  /** Made by this run: shared with nobody yet but its owner, this admin, so nothing is read for it. */
  madeNow?: boolean;
}

/** How a person holds the folder, as DriveApp's owner, editors and viewers lists put it. */
type Held = 'editor' | 'viewer' | 'owner';

function heldAs(role: string): Held {
  if (role === 'owner') return 'owner';
  // DriveApp's getViewers lists commenters too: a commenter counts as a viewer here, as it always has.
  return role === 'writer' ? 'editor' : 'viewer';
}

/**
 * Brings each folder whose group's lists changed since the last check to exactly `entitled`: adds who is
 * missing (members as editors, others as viewers), removes who is no longer entitled, and turns an editor who is
 * now only entitled to view into a viewer. The owner and the registry's own editors (the admins) are never
 * removed or demoted. All folders' permissions are read in one round of Drive batches and changed in another
 * (a demotion takes one more: the editor's permission goes before the viewer's is made). A folder's new
 * fingerprint is kept only once its changes are all made, so a run stopped half-way checks it again.
 * Returns each group whose folder could not be brought up to date, with why (a folder deleted: "not found").
 */
export function reconcileGroupSharing(
  folders: readonly FolderToShare[],
  state: RegistryState,
  keep: () => ReadonlySet<string>,
): Map<string, Error> {
  const failed = new Map<string, Error>();
  const changed = folders.filter((f) => sharingChanged(state, f.group, f.folderId, f.entitled));
  if (changed.length === 0) return failed;
  const kept = keep();
  const current = permissionsOfEach(
    changed.filter((f) => !f.madeNow).map((f) => f.folderId),
    'an agenda folder',
  );
  const owner = changed.some((f) => f.madeNow) ? me() : '';
  const first: SharingChange[] = [];
  const then: SharingChange[] = [];
  for (const folder of changed) {
    const found = folder.madeNow ? [] : current.get(folder.folderId)!;
    if (found instanceof Error || found === 'gone') {
      failed.set(folder.group.id, found === 'gone' ? new Error('the folder was not found') : found);
      continue;
    }
    // Only people's own permissions: a link or domain setting someone chose is left as it is.
    const people = found.filter((p) => p.email !== '');
    const held = new Map(people.map((p) => [p.email, { id: p.id, as: heldAs(p.role) }]));
    const folderOwner = folder.madeNow ? owner : (people.find((p) => p.role === 'owner')?.email ?? '');
    const mayStay = (email: string) => email === folderOwner || kept.has(email);
    const { editors, viewers } = folder.entitled;
    const add: SharingChange['add'][number][] = [];
    const demoted: SharingChange['add'][number][] = [];
    const remove: string[] = [];
    for (const email of editors)
      if (email !== folderOwner && held.get(email)?.as !== 'editor') add.push({ email, role: 'writer' });
    for (const email of viewers) {
      if (email === folderOwner || editors.includes(email)) continue;
      const now = held.get(email)?.as;
      if (now === undefined) add.push({ email, role: 'reader' });
      else if (now === 'editor' && !mayStay(email)) demoted.push({ email, role: 'reader' });
    }
    for (const [email, { id, as }] of held) {
      if (as === 'owner' || mayStay(email) || editors.includes(email)) continue;
      if (as === 'viewer' && viewers.includes(email)) continue;
      remove.push(id);
    }
    first.push({ fileId: folder.folderId, add, remove });
    if (demoted.length) then.push({ fileId: folder.folderId, add: demoted, remove: [] });
  }
  const failures = changeSharingEach(first, 'an agenda folder');
  for (const [fileId, error] of changeSharingEach(
    then.filter((c) => !failures.has(c.fileId)),
    'an agenda folder',
  ))
    failures.set(fileId, error);
  for (const folder of changed) {
    if (failed.has(folder.group.id)) continue;
    const error = failures.get(folder.folderId);
    if (error) failed.set(folder.group.id, error);
    else state.set(stateKey(folder.group), fingerprintOf(folder.folderId, folder.entitled));
  }
  state.flush();
  return failed;
}

/** The registry's owner and editors (the admins): never removed from a folder. */
export function registryEditors(open: OpenRegistry): ReadonlySet<string> {
  const file = DriveApp.getFileById(open.spreadsheet.getId());
  return new Set(
    [file.getOwner()?.getEmail(), ...file.getEditors().map((u) => u.getEmail())].map((e) => String(e).toLowerCase()),
  );
}
