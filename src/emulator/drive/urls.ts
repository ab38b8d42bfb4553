// The URLs Drive reports for each kind of file (File.getUrl / Folder.getUrl).
import { mimeTypes, type FileRecord } from '../workspace';

export function driveUrl(record: FileRecord): string {
  switch (record.mimeType) {
    case mimeTypes.folder:
      return `https://drive.google.com/drive/folders/${record.id}`;
    case mimeTypes.document:
      return `https://docs.google.com/document/d/${record.id}/edit?usp=drivesdk`;
    case mimeTypes.spreadsheet:
      return `https://docs.google.com/spreadsheets/d/${record.id}/edit?usp=drivesdk`;
    case mimeTypes.form:
      return `https://docs.google.com/forms/d/${record.id}/edit?usp=drivesdk`;
    default:
      return `https://drive.google.com/file/d/${record.id}/view?usp=drivesdk`;
  }
}
