// The emulated DriveApp over the workspace's Drive file records.
// https://developers.google.com/apps-script/reference/drive/drive-app
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import { createContentFile } from './content';
import { Access, Permission } from './enums';
import { openFile } from './file';
import { createFolderRecord, fileIterator, folderIterator, isFolder, openFolder } from './folder';
import { invalidArgument, noSuchItem } from './messages';
import { canOpen } from '../access';
import { searchFileRecords } from './search';
import { permissionsOf, type FilePermissions } from './sharing';
import { rootFolderId } from './tree';

export type { FilePermissions } from './sharing';

type DriveAppMethods =
  | 'getFileById'
  | 'getFolderById'
  | 'getRootFolder'
  | 'createFolder'
  | 'createFile'
  | 'getFoldersByName'
  | 'getFilesByName'
  | 'searchFiles';

class EmulatedDriveApp implements Pick<GoogleAppsScript.Drive.DriveApp, DriveAppMethods> {
  readonly Access = Access as unknown as typeof GoogleAppsScript.Drive.Access;
  readonly Permission = Permission as unknown as typeof GoogleAppsScript.Drive.Permission;

  constructor(private readonly ws: Workspace) {}

  /** DriveApp prints "Drive" (gas-fakes test/testdrive.js, live-passing). */
  toString(): string {
    return 'Drive';
  }

  getFileById(id: string): GoogleAppsScript.Drive.File {
    this.ws.meter.call('DriveApp.getFileById');
    return openFile(this.ws, this.visibleRecord(id, 'getFileById').id);
  }

  getFolderById(id: string): GoogleAppsScript.Drive.Folder {
    this.ws.meter.call('DriveApp.getFolderById');
    const record = this.visibleRecord(id, 'getFolderById');
    if (!isFolder(record)) throw appsScriptError(noSuchItem);
    return openFolder(this.ws, record.id);
  }

  getRootFolder(): GoogleAppsScript.Drive.Folder {
    this.ws.meter.call('DriveApp.getRootFolder');
    return openFolder(this.ws, rootFolderId(this.ws));
  }

  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    this.ws.meter.call('DriveApp.createFolder');
    return openFolder(this.ws, createFolderRecord(this.ws, name, rootFolderId(this.ws)).id);
  }

  /**
   * A file in the root of the signed-in user's Drive, owned by them: (name, content) is a text/plain file,
   * (name, content, mimeType) any uploadable type, (blob) the blob's bytes, name and type.
   * https://developers.google.com/apps-script/reference/drive/drive-app#createFile(String,String,String)
   */
  createFile(
    nameOrBlob: string | GoogleAppsScript.Base.BlobSource,
    content?: string,
    mimeType?: string,
  ): GoogleAppsScript.Drive.File {
    this.ws.meter.call('DriveApp.createFile');
    const root = rootFolderId(this.ws);
    return openFile(this.ws, createContentFile(this.ws, 'DriveApp.createFile', root, nameOrBlob, content, mimeType).id);
  }

  /**
   * Files the signed-in user can find that match a Drive API v2 query (search-query.ts, search.ts); a query
   * Drive cannot parse throws "Invalid argument: q".
   * https://developers.google.com/apps-script/reference/drive/drive-app#searchFiles(String)
   */
  searchFiles(params: string): GoogleAppsScript.Drive.FileIterator {
    this.ws.meter.call('DriveApp.searchFiles');
    return fileIterator(this.ws, searchFileRecords(this.ws, params));
  }

  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    this.ws.meter.call('DriveApp.getFoldersByName');
    return folderIterator(
      this.ws,
      this.searchable().filter((f) => isFolder(f) && f.name === name),
    );
  }

  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    this.ws.meter.call('DriveApp.getFilesByName');
    return fileIterator(
      this.ws,
      this.searchable().filter((f) => !isFolder(f) && f.name === name),
    );
  }

  /**
   * The file if the signed-in user can open it: owner, a grant on it or a folder above it, or general access
   * that covers them; otherwise "No item with the given ID could be found…", whether or not it exists (the
   * reference: "Throws a scripting exception if the file does not exist or the user does not have permission to
   * access it"; the words are not documented). Trashed files stay reachable by id (Drive lets you restore them),
   * but not by search. A null or undefined id is "Invalid argument: id" and an empty one an "Unexpected error"
   * (gas-fakes test/testdrive.js "trap null ids", live-passing; only "Unexpected error" is recorded of the
   * latter's text, the rest is Apps Script's usual wording).
   */
  private visibleRecord(id: string, method: string) {
    if (id === null || id === undefined) throw appsScriptError(invalidArgument('id'));
    if (String(id) === '')
      throw appsScriptError(`Unexpected error while getting the method or property ${method} on object DriveApp.`);
    const record = this.ws.files[String(id)];
    if (!record || !canOpen(this.ws, record)) throw appsScriptError(noSuchItem);
    return record;
  }

  /** What the user's Drive search covers: every file they can open, their own or shared with them. */
  private searchable() {
    rootFolderId(this.ws);
    return Object.values(this.ws.files).filter((f) => !f.trashed && canOpen(this.ws, f));
  }
}

export function createDriveApp(ws: Workspace): GoogleAppsScript.Drive.DriveApp {
  return new EmulatedDriveApp(ws) as unknown as GoogleAppsScript.Drive.DriveApp;
}

/** Test hook: who holds which role on a file (inherited folder grants included), and its general access. */
export function filePermissions(ws: Workspace, id: string): FilePermissions {
  const record = ws.files[id];
  if (!record) throw new Error(`filePermissions: no file ${id}`);
  return permissionsOf(ws, record);
}
