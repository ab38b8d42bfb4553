// DriveApp's Folder.
// https://developers.google.com/apps-script/reference/drive/folder
import { canOpen } from '../access';
import { mimeTypes, type FileRecord, type Workspace } from '../workspace';
import { createContentFile } from './content';
import { DriveItem, type DriveItemMethods } from './drive-item';
import { openFile } from './file';
import { FileIterator, FolderIterator } from './iterator';
import { searchFileRecords } from './search';
import { childrenOf } from './tree';

type FolderMethods =
  | DriveItemMethods
  | 'createFolder'
  | 'createFile'
  | 'getFiles'
  | 'getFolders'
  | 'getFilesByName'
  | 'getFoldersByName'
  | 'searchFiles';

export class EmulatedFolder
  extends DriveItem<GoogleAppsScript.Drive.Folder>
  implements Pick<GoogleAppsScript.Drive.Folder, FolderMethods>
{
  constructor(ws: Workspace, id: string) {
    super(ws, id, 'Folder', (folderId) => openFolder(ws, folderId));
  }

  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    this.call('createFolder');
    return openFolder(this.ws, createFolderRecord(this.ws, name, this.id).id);
  }

  /**
   * A file in this folder, owned by the signed-in user; needs edit access to the folder.
   * https://developers.google.com/apps-script/reference/drive/folder#createFile(String,String,String)
   */
  createFile(
    nameOrBlob: string | GoogleAppsScript.Base.BlobSource,
    content?: string,
    mimeType?: string,
  ): GoogleAppsScript.Drive.File {
    this.call('createFile');
    const record = createContentFile(this.ws, 'Folder.createFile', this.id, nameOrBlob, content, mimeType);
    return openFile(this.ws, record.id);
  }

  /**
   * "Gets a collection of all files that are children of the current folder and match the given search
   * criteria" — the folder's own files only, as DriveApp.searchFiles finds them (search.ts).
   * https://developers.google.com/apps-script/reference/drive/folder#searchFiles(String)
   */
  searchFiles(params: string): GoogleAppsScript.Drive.FileIterator {
    this.call('searchFiles');
    return fileIterator(this.ws, searchFileRecords(this.ws, params, this.id));
  }

  getFiles(): GoogleAppsScript.Drive.FileIterator {
    this.call('getFiles');
    return fileIterator(
      this.ws,
      this.children((f) => !isFolder(f)),
    );
  }

  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    this.call('getFilesByName');
    return fileIterator(
      this.ws,
      this.children((f) => !isFolder(f) && f.name === name),
    );
  }

  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    this.call('getFolders');
    return folderIterator(this.ws, this.children(isFolder));
  }

  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    this.call('getFoldersByName');
    return folderIterator(
      this.ws,
      this.children((f) => isFolder(f) && f.name === name),
    );
  }

  /** The folder's items that the signed-in user can open (a listing shows nobody what they cannot see). */
  private children(keep: (record: FileRecord) => boolean): FileRecord[] {
    return childrenOf(this.ws, this.id).filter((f) => keep(f) && canOpen(this.ws, f));
  }
}

export function isFolder(record: FileRecord): boolean {
  return record.mimeType === mimeTypes.folder;
}

export function createFolderRecord(ws: Workspace, name: string, parentId: string): FileRecord {
  return ws.createFile({ name: String(name), mimeType: mimeTypes.folder, parents: [parentId] });
}

export function openFolder(ws: Workspace, id: string): GoogleAppsScript.Drive.Folder {
  return new EmulatedFolder(ws, id) as unknown as GoogleAppsScript.Drive.Folder;
}

export function fileIterator(ws: Workspace, records: FileRecord[]): GoogleAppsScript.Drive.FileIterator {
  const ids = records.map((r) => r.id);
  return new FileIterator(ids, (id) => openFile(ws, id)) as unknown as GoogleAppsScript.Drive.FileIterator;
}

export function folderIterator(ws: Workspace, records: FileRecord[]): GoogleAppsScript.Drive.FolderIterator {
  const ids = records.map((r) => r.id);
  return new FolderIterator(ids, (id) => openFolder(ws, id)) as unknown as GoogleAppsScript.Drive.FolderIterator;
}
