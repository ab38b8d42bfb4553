// Sharing follows the roster. A group's agenda folder is shared with exactly the people entitled to it today —
// its members (edit, or view where Settings says members may only comment) and its coach and administrator
// liaison (view) — and whoever leaves the group or the school loses access at the next run. With outside guests
// not allowed, an address outside the school's domain gets nothing. Because checking a folder costs Drive calls,
// each group's entitled lists are fingerprinted in the registry's state, and a folder is checked only when its
// group's lists changed (or it was never checked).
import { groupRoster } from '../core/my-plg';
import type { Registry } from '../core/registry/registry';
import type { GroupRow } from '../core/registry/tabs';
import { RegistryState } from './registry-state';
import type { OpenRegistry } from './registry-io';

export interface Entitled {
  editors: string[];
  viewers: string[];
}

/** Who may open the group's agenda folder today, and how. */
export function entitledTo(registry: Registry, group: GroupRow, today: string): Entitled {
  const domain = registry.settings.domain.toLowerCase();
  const allowed = (email: string) => registry.settings.allowExternalGuests || email.endsWith(`@${domain}`);
  const active = new Set(registry.staff.filter((s) => s.row.active).map((s) => s.row.email));
  const members = groupRoster(registry, group.id, today).filter((e) => active.has(e) && allowed(e));
  const supporters = [group.coach, group.adminLiaison].filter(
    (e): e is string => Boolean(e) && active.has(e!) && allowed(e!) && !members.includes(e!),
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

/**
 * Brings the folder's sharing to exactly `entitled` when the group's lists changed since the last check: adds
 * who is missing, removes who is no longer entitled. The owner and the registry's own editors (the admins) are
 * never removed. Returns how many people were added or removed.
 */
export function reconcileGroupSharing(
  open: OpenRegistry,
  group: GroupRow,
  folder: GoogleAppsScript.Drive.Folder,
  entitled: Entitled,
  state: RegistryState = RegistryState.of(open),
  keep: () => ReadonlySet<string> = () => registryEditors(open),
): number {
  if (!sharingChanged(state, group, folder.getId(), entitled)) return 0;
  const owner = folder.getOwner()?.getEmail().toLowerCase() ?? '';
  const kept = keep();
  const editors = folder.getEditors().map((u) => u.getEmail().toLowerCase());
  const viewers = folder.getViewers().map((u) => u.getEmail().toLowerCase());
  const mayStay = (email: string) => email === owner || kept.has(email);
  let changed = 0;
  const addEditors = entitled.editors.filter((e) => !editors.includes(e));
  if (addEditors.length) folder.addEditors(addEditors);
  const addViewers = entitled.viewers.filter((e) => !viewers.includes(e) && !entitled.editors.includes(e));
  if (addViewers.length) folder.addViewers(addViewers);
  changed += addEditors.length + addViewers.length;
  for (const email of editors) {
    if (entitled.editors.includes(email) || mayStay(email)) continue;
    folder.removeEditor(email);
    if (entitled.viewers.includes(email) && !viewers.includes(email)) folder.addViewer(email);
    changed += 1;
  }
  for (const email of viewers) {
    if (entitled.viewers.includes(email) || entitled.editors.includes(email) || mayStay(email)) continue;
    folder.removeViewer(email);
    changed += 1;
  }
  state.set(stateKey(group), fingerprintOf(folder.getId(), entitled));
  state.flush();
  return changed;
}

/** The registry's owner and editors (the admins): never removed from a folder. */
export function registryEditors(open: OpenRegistry): ReadonlySet<string> {
  const file = DriveApp.getFileById(open.spreadsheet.getId());
  return new Set(
    [file.getOwner()?.getEmail(), ...file.getEditors().map((u) => u.getEmail())].map((e) => String(e).toLowerCase()),
  );
}
