// DriveApp.searchFiles / Folder.searchFiles: the files the signed-in user's Drive search reaches that match a
// Drive API v2 query (search-query.ts).
// https://developers.google.com/apps-script/reference/drive/drive-app#searchFiles(String)
// https://developers.google.com/apps-script/reference/drive/folder#searchFiles(String)
//
// Real Drive search is eventually consistent: a file just created, renamed, shared or trashed can take seconds
// (sometimes minutes) to appear in or leave search results, while getFileById sees it at once. The emulator
// answers from the current records, immediately consistent, so code that needs a file it has just written
// should keep its id rather than search for it — a test here cannot show that race.
import { mimeTypes, type FileRecord, type Workspace } from '../workspace';
import { parseSearchQuery } from './search-query';
import { domainOf, effectiveRoles } from './sharing';
import { parentIdsOf, rootFolderId } from './tree';

/**
 * Files (not folders: searchFolders finds those) matching `q` that the user can find. Trashed files are NOT left
 * out unless the query says `trashed = false`: files.list "returns all files by default, including trashed
 * files. If you don't want trashed files to appear in the list, use the trashed=false query parameter"
 * (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list), and searchFiles passes its
 * query to that API as is. `within`: only the direct children of that folder (Folder.searchFiles).
 */
export function searchFileRecords(ws: Workspace, q: string, within?: string): FileRecord[] {
  const matches = parseSearchQuery(ws, q);
  rootFolderId(ws);
  return Object.values(ws.files).filter(
    (record) =>
      record.mimeType !== mimeTypes.folder &&
      (within === undefined || parentIdsOf(ws, record).includes(within)) &&
      findable(ws, record) &&
      matches(record),
  );
}

/**
 * Drive API v3 files.list: files and folders matching a v3 query (`name`, not `title`) that the user can find,
 * trashed ones included unless the query says otherwise.
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list
 */
export function listFileRecords(ws: Workspace, q: string): FileRecord[] {
  const matches = parseSearchQuery(ws, q, 'v3');
  rootFolderId(ws);
  return Object.values(ws.files).filter((record) => findable(ws, record) && matches(record));
}

/**
 * Whether the user's search reaches the file: they own it, hold a role on it or on a folder above it (owner,
 * editor, commenter, viewer), or its general access makes it discoverable to them (anyone, or their domain).
 * Link-only sharing ("anyone with the link", "people in the domain with the link") lets someone open a file
 * whose link they hold, not find it (the emulator's model of Drive's "anyone with the link" versus "public";
 * not confirmed in a reference page). Roles: https://support.google.com/drive/answer/2494822
 */
function findable(ws: Workspace, record: FileRecord): boolean {
  const email = ws.user.email.trim().toLowerCase();
  if (record.owner.toLowerCase() === email || effectiveRoles(ws, record)[email]) return true;
  if (record.access === 'ANYONE') return true;
  return record.access === 'DOMAIN' && domainOf(record.owner.toLowerCase()) === domainOf(email);
}
