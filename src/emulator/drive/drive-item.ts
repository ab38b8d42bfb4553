// What Drive's File and Folder have in common: name, dates, sharing, trash and parents. A thin handle over
// the workspace's file record, so it keeps working across a save and load of the workspace.
import { requireAccess, roleOf, allows, type AccessErrors, type Need } from '../access';
import { appsScriptError } from '../errors';
import type { FileRecord, Role, Workspace } from '../workspace';
import {
  Access,
  Permission,
  isSharingAccess,
  permissionForRole,
  roleForPermission,
  type PermissionName,
} from './enums';
import { FolderIterator } from './iterator';
import { accessDenied, invalidArgument, noSuchItem } from './messages';
import { effectiveRoles, grant, normalizeEmail, revoke, usersWithRole } from './sharing';
import { parentIdsOf, rootFolderId } from './tree';
import { driveUrl } from './urls';
import { DriveUser, emailOf } from './user';

type UserArg = string | GoogleAppsScript.Base.User;

/** The methods DriveItem implements for both File and Folder. */
export type DriveItemMethods =
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'getDateCreated'
  | 'getLastUpdated'
  | 'getDescription'
  | 'setDescription'
  | 'getOwner'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'getEditors'
  | 'addViewer'
  | 'addViewers'
  | 'removeViewer'
  | 'getViewers'
  | 'getAccess'
  | 'setSharing'
  | 'getSharingAccess'
  | 'getSharingPermission'
  | 'setTrashed'
  | 'isTrashed'
  | 'getParents'
  | 'moveTo';

export abstract class DriveItem<Self> {
  constructor(
    protected readonly ws: Workspace,
    protected readonly id: string,
    private readonly className: 'File' | 'Folder',
    private readonly openFolder: (id: string) => GoogleAppsScript.Drive.Folder,
  ) {}

  getId(): string {
    return this.id;
  }

  /**
   * A File or Folder prints its name, the root folder "My Drive" (gas-fakes test/testdrive.js: "folder.toString()
   * is folder.getName()", "DriveApp.getRootFolder().toString() is My Drive", tests that pass on live Apps Script).
   */
  toString(): string {
    return this.ws.files[this.id]?.name ?? '';
  }

  getName(): string {
    return this.call('getName').name;
  }

  setName(name: string): Self {
    const record = this.call('setName');
    record.name = String(name);
    record.updatedMs = this.ws.clock.nowMs;
    return this.self();
  }

  getUrl(): string {
    return driveUrl(this.call('getUrl'));
  }

  getDateCreated(): GoogleAppsScript.Base.Date {
    return new Date(this.call('getDateCreated').createdMs);
  }

  getLastUpdated(): GoogleAppsScript.Base.Date {
    return new Date(this.call('getLastUpdated').updatedMs);
  }

  getDescription(): string | null {
    return this.call('getDescription').description || null;
  }

  setDescription(description: string): Self {
    this.call('setDescription').description = String(description);
    return this.self();
  }

  getOwner(): GoogleAppsScript.Drive.User {
    return asUser(this.call('getOwner').owner);
  }

  addEditor(user: UserArg): Self {
    grant(this.call('addEditor'), emailOf(user), 'writer');
    return this.self();
  }

  addEditors(emailAddresses: string[]): Self {
    const record = this.call('addEditors');
    for (const email of emailAddresses.map(normalizeEmail)) grant(record, email, 'writer');
    return this.self();
  }

  removeEditor(user: UserArg): Self {
    revoke(this.call('removeEditor'), emailOf(user), ['writer']);
    return this.self();
  }

  /** "If the user who executes the script does not have edit access to the File, this method returns an empty array." */
  getEditors(): GoogleAppsScript.Drive.User[] {
    const record = this.call('getEditors');
    if (!allows(roleOf(this.ws, record), 'write')) return [];
    return usersWithRole(this.ws, record, ['writer']).map(asUser);
  }

  /** A viewer who is already an editor or commenter stays one (Drive's addViewer has no effect then). */
  addViewer(user: UserArg): Self {
    grant(this.call('addViewer'), emailOf(user), 'reader');
    return this.self();
  }

  addViewers(emailAddresses: string[]): Self {
    const record = this.call('addViewers');
    for (const email of emailAddresses.map(normalizeEmail)) grant(record, email, 'reader');
    return this.self();
  }

  /** Removes a viewer or commenter; an editor is left as is. */
  removeViewer(user: UserArg): Self {
    revoke(this.call('removeViewer'), emailOf(user), ['reader', 'commenter']);
    return this.self();
  }

  /**
   * Viewers and commenters, as Drive's getViewers reports them; like getEditors, an empty array to someone who
   * cannot edit the item.
   */
  getViewers(): GoogleAppsScript.Drive.User[] {
    const record = this.call('getViewers');
    if (!allows(roleOf(this.ws, record), 'write')) return [];
    return usersWithRole(this.ws, record, ['reader', 'commenter']).map(asUser);
  }

  getAccess(user: UserArg): GoogleAppsScript.Drive.Permission {
    const record = this.call('getAccess');
    const email = normalizeEmail(emailOf(user));
    const role: Role | undefined = effectiveRoles(this.ws, record)[email];
    return (role ? permissionForRole[role] : Permission.NONE) as unknown as GoogleAppsScript.Drive.Permission;
  }

  setSharing(accessType: GoogleAppsScript.Drive.Access, permissionType: GoogleAppsScript.Drive.Permission): Self {
    const record = this.call('setSharing');
    const access = String(accessType);
    if (!isSharingAccess(access)) throw appsScriptError(invalidArgument('accessType'));
    const role = roleForPermission[String(permissionType) as PermissionName];
    if (access !== 'PRIVATE' && !role) throw appsScriptError(invalidArgument('permissionType'));
    record.access = access;
    if (role) record.accessRole = role;
    return this.self();
  }

  getSharingAccess(): GoogleAppsScript.Drive.Access {
    return Access[this.call('getSharingAccess').access] as unknown as GoogleAppsScript.Drive.Access;
  }

  /** NONE while the file is private: general access then grants nothing. */
  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    const record = this.call('getSharingPermission');
    const name = record.access === 'PRIVATE' ? Permission.NONE : permissionForRole[record.accessRole];
    return name as unknown as GoogleAppsScript.Drive.Permission;
  }

  setTrashed(trashed: boolean): Self {
    this.call('setTrashed').trashed = Boolean(trashed);
    return this.self();
  }

  isTrashed(): boolean {
    return this.call('isTrashed').trashed;
  }

  getParents(): GoogleAppsScript.Drive.FolderIterator {
    const record = this.call('getParents');
    if (record.parents.length === 0) rootFolderId(this.ws, record.owner);
    const ids = parentIdsOf(this.ws, record).filter((id) => this.ws.files[id] && roleOf(this.ws, this.ws.files[id]!));
    return new FolderIterator(ids, this.openFolder) as unknown as GoogleAppsScript.Drive.FolderIterator;
  }

  /** Moving needs edit access to the item and to the folder it goes into. */
  moveTo(destination: GoogleAppsScript.Drive.Folder): Self {
    const record = this.call('moveTo');
    const target = this.ws.files[destination.getId()];
    requireAccess(this.ws, target, 'write', driveErrors);
    record.parents = [target!.id];
    return this.self();
  }

  /**
   * Meters one server call and returns the file's record, if the signed-in user may do what the method does
   * (checked on every call: access removed a moment ago is gone now). Trashed files stay reachable, as in
   * Drive.
   */
  protected call(method: string): FileRecord {
    this.ws.meter.call(`DriveApp.${this.className}.${method}`);
    const record = this.ws.files[this.id];
    requireAccess(this.ws, record, driveNeed(method), driveErrors);
    return record!;
  }

  protected record(): FileRecord {
    const record = this.ws.files[this.id];
    if (!record) throw appsScriptError(noSuchItem);
    return record;
  }

  private self(): Self {
    return this as unknown as Self;
  }
}

export const driveErrors: AccessErrors = {
  hidden: () => appsScriptError(noSuchItem),
  denied: () => appsScriptError(accessDenied),
};

/**
 * What each DriveApp method needs: trashing is the owner's alone; renaming, describing, sharing, moving and
 * making folders inside need edit access; everything else reads.
 */
export function driveNeed(method: string): Need {
  if (method === 'setTrashed') return 'own';
  if (/^(set|add|remove|move|create)/.test(method)) return 'write';
  return 'read';
}

function asUser(email: string): GoogleAppsScript.Drive.User {
  return new DriveUser(email) as unknown as GoogleAppsScript.Drive.User;
}
