// The PLG Hub folder in Drive (agenda Docs, one folder per group, and the Forms live there). Created once and
// recorded in Settings; a run stopped between creating and recording it finds it again by name.
import type { SheetTab } from './sheet-tab';
import { setSetting } from './settings-writer';

export function plgFolderName(school: string): string {
  return `PLG Hub — ${school}`;
}

export function ensurePlgFolder(
  settingsTab: SheetTab,
  settings: { folderId?: string; school: string },
): GoogleAppsScript.Drive.Folder {
  if (settings.folderId) return DriveApp.getFolderById(settings.folderId);
  const name = plgFolderName(settings.school);
  const found = DriveApp.getFoldersByName(name);
  const folder = found.hasNext() ? found.next() : DriveApp.createFolder(name);
  setSetting(settingsTab, 'folderId', folder.getId());
  return folder;
}
