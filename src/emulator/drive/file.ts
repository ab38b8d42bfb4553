// DriveApp's File.
// https://developers.google.com/apps-script/reference/drive/file
import { requireAccess } from '../access';
import type { Workspace } from '../workspace';
import { copyFile, copyQuota } from './copy';
import { DriveItem, driveErrors, type DriveItemMethods } from './drive-item';
import { openFolder } from './folder';
import { grant, normalizeEmail, revoke } from './sharing';
import { emailOf } from './user';

type FileMethods = DriveItemMethods | 'getMimeType' | 'addCommenter' | 'addCommenters' | 'removeCommenter' | 'makeCopy';

export class EmulatedFile
  extends DriveItem<GoogleAppsScript.Drive.File>
  implements Pick<GoogleAppsScript.Drive.File, FileMethods>
{
  constructor(ws: Workspace, id: string) {
    super(ws, id, 'File', (folderId) => openFolder(ws, folderId));
  }

  getMimeType(): string {
    return this.call('getMimeType').mimeType;
  }

  /** A commenter who is already an editor stays an editor. */
  addCommenter(user: string | GoogleAppsScript.Base.User): GoogleAppsScript.Drive.File {
    grant(this.call('addCommenter'), emailOf(user), 'commenter');
    return this.asFile();
  }

  addCommenters(emailAddresses: string[]): GoogleAppsScript.Drive.File {
    const record = this.call('addCommenters');
    for (const email of emailAddresses.map(normalizeEmail)) grant(record, email, 'commenter');
    return this.asFile();
  }

  removeCommenter(user: string | GoogleAppsScript.Base.User): GoogleAppsScript.Drive.File {
    revoke(this.call('removeCommenter'), emailOf(user), ['commenter']);
    return this.asFile();
  }

  /**
   * A copy named "Copy of <name>" unless named, in the given folder or else the original's folders. Sharing is
   * not copied: the copy belongs to the signed-in user alone. Anyone who can open the original may copy it;
   * the folder it goes into needs edit access.
   */
  makeCopy(
    nameOrDestination?: string | GoogleAppsScript.Drive.Folder,
    destination?: GoogleAppsScript.Drive.Folder,
  ): GoogleAppsScript.Drive.File {
    const original = this.record();
    this.ws.meter.call('DriveApp.File.makeCopy', copyQuota(original));
    requireAccess(this.ws, original, 'read', driveErrors);
    const name = typeof nameOrDestination === 'string' ? nameOrDestination : `Copy of ${original.name}`;
    const folder = typeof nameOrDestination === 'string' ? destination : nameOrDestination;
    if (folder) requireAccess(this.ws, this.ws.files[folder.getId()], 'write', driveErrors);
    const parents = folder ? [folder.getId()] : [...original.parents];
    const copy = copyFile(this.ws, original, name, parents);
    return openFile(this.ws, copy.id);
  }

  private asFile(): GoogleAppsScript.Drive.File {
    return this as unknown as GoogleAppsScript.Drive.File;
  }
}

export function openFile(ws: Workspace, id: string): GoogleAppsScript.Drive.File {
  return new EmulatedFile(ws, id) as unknown as GoogleAppsScript.Drive.File;
}
