// DriveApp's Folder.
// https://developers.google.com/apps-script/reference/drive/folder
import { canOpen } from '../access';
import { mimeTypes, type FileRecord, type Workspace } from '../workspace';
import { DriveItem, type DriveItemMethods } from './drive-item';
import { openFile } from './file';
import { DriveIterator } from './iterator';
import { childrenOf } from './tree';

type FolderMethods =
  DriveItemMethods | 'createFolder' | 'getFiles' | 'getFolders' | 'getFilesByName' | 'getFoldersByName';

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
  return new DriveIterator(ids, (id) => openFile(ws, id)) as unknown as GoogleAppsScript.Drive.FileIterator;
}

export function folderIterator(ws: Workspace, records: FileRecord[]): GoogleAppsScript.Drive.FolderIterator {
  const ids = records.map((r) => r.id);
  return new DriveIterator(ids, (id) => openFolder(ws, id)) as unknown as GoogleAppsScript.Drive.FolderIterator;
}
