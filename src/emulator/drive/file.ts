// DriveApp's File.
// https://developers.google.com/apps-script/reference/drive/file
import { requireAccess } from '../access';
import { EmulatedBlob } from '../base-services/blob';
import type { Workspace } from '../workspace';
import { readContent, writeContent } from './content';
import { copyFile, copyQuota } from './copy';
import { DriveItem, driveErrors, type DriveItemMethods } from './drive-item';
import { openFolder } from './folder';
import { grant, normalizeEmail, revoke } from './sharing';
import { emailOf } from './user';

type FileMethods =
  | DriveItemMethods
  | 'getMimeType'
  | 'getSize'
  | 'getBlob'
  | 'setContent'
  | 'addCommenter'
  | 'addCommenters'
  | 'removeCommenter'
  | 'makeCopy';

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

  /**
   * "Gets the number of bytes used to store the File in Drive": the uploaded content's length. Google's own
   * formats (Docs, Sheets, Forms) hold no uploaded bytes, and Drive reports no stored size for them: 0.
   * https://developers.google.com/apps-script/reference/drive/file#getSize()
   */
  getSize(): GoogleAppsScript.Integer {
    const record = this.call('getSize');
    return readContent(this.ws, record.id)?.length ?? 0;
  }

  /**
   * The file's content as a Blob named and typed like the file (getDataAsString() gives back what
   * createFile/setContent stored). For a Google Docs/Sheets/Forms file Apps Script would convert to PDF,
   * which the emulator cannot; it says so rather than hand back something else.
   * https://developers.google.com/apps-script/reference/drive/file#getBlob()
   */
  getBlob(): GoogleAppsScript.Base.Blob {
    const record = this.call('getBlob');
    const bytes = readContent(this.ws, record.id);
    if (!bytes) throw new Error(`emulator: File.getBlob cannot export a ${record.mimeType} file`);
    return new EmulatedBlob(Buffer.from(bytes), record.mimeType, record.name) as unknown as GoogleAppsScript.Base.Blob;
  }

  /**
   * "Overwrites the content of the file with a given replacement" (UTF-8 text; the MIME type is kept).
   * Editors and the owner only: a viewer or commenter gets DriveApp's refusal, "Access denied: DriveApp." —
   * the text DriveApp gives for other changes a viewer may not make; for setContent itself it is unconfirmed.
   * A Google Docs/Sheets/Forms file has no uploaded content to overwrite; the emulator refuses that too.
   * https://developers.google.com/apps-script/reference/drive/file#setContent(String)
   */
  setContent(content: string): GoogleAppsScript.Drive.File {
    const record = this.call('setContent');
    if (!readContent(this.ws, record.id)) {
      throw new Error(`emulator: File.setContent cannot overwrite a ${record.mimeType} file`);
    }
    writeContent(this.ws, record.id, Buffer.from(String(content), 'utf8'));
    record.updatedMs = this.ws.clock.nowMs;
    return this.asFile();
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
