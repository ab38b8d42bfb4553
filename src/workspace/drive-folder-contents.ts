// What a Drive folder holds, and new folders made in it, through the Drive API: one files.list for the whole
// folder (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list, v3 search terms
// https://developers.google.com/workspace/drive/api/guides/ref-search-terms) instead of a name lookup per item,
// and folders made with files.create, metadata only (no upload: "Create a folder",
// https://developers.google.com/workspace/drive/api/guides/folder#create), all sent at once (fetchAll).
import { z } from 'zod';
import { driveLiteral, parsedBody, queryString, restCall, restCalls, restFailure } from './google-rest';

const driveFiles = 'https://www.googleapis.com/drive/v3/files';
export const folderMime = 'application/vnd.google-apps.folder';
/** Requests sent together in one UrlFetchApp.fetchAll. */
const parallel = 40;

const listing = z.object({
  files: z.array(z.object({ id: z.string(), name: z.string() })),
  nextPageToken: z.string().optional(),
});
const created = z.object({ id: z.string().min(1) });

export interface ListOptions {
  /** Only items of this type (a folder's subfolders: folderMime). */
  mimeType?: string;
  /**
   * Only items the person running PLG Hub owns ('me' in owners): what a stopped run made is theirs, and a
   * look-alike someone else put there or shared with them is never taken for it (drive-ownership.ts).
   */
  mineOnly?: boolean;
  /** What a failure is reported as: "the card folder". */
  what: string;
}

/** The folder's items (not trashed) by name, the first made of each name. */
export function filesInFolder(folderId: string, options: ListOptions): Map<string, string> {
  const found = new Map<string, string>();
  const q = [
    `${driveLiteral(folderId)} in parents`,
    'trashed = false',
    ...(options.mimeType ? [`mimeType = ${driveLiteral(options.mimeType)}`] : []),
    ...(options.mineOnly ? ["'me' in owners"] : []),
  ].join(' and ');
  let pageToken: string | undefined;
  do {
    const params = { q, pageSize: '1000', fields: 'files(id,name),nextPageToken', ...(pageToken ? { pageToken } : {}) };
    const result = restCall({ method: 'get', url: `${driveFiles}?${queryString(params)}` });
    if (result.status !== 200) throw restFailure(result, `Listing ${options.what}`);
    const page = parsedBody(result, listing, `Listing ${options.what}`);
    for (const file of page.files) if (!found.has(file.name)) found.set(file.name, file.id);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return found;
}

/**
 * Makes a folder of each name in the parent, all at once; each answer is the new folder's id, or the Error Google
 * gave. A server error is not sent again: Drive may have made the folder before failing to answer, and the next
 * run finds it by name (filesInFolder, mineOnly) rather than make a second.
 */
export function createFolders(parentId: string, names: readonly string[]): (string | Error)[] {
  const answers: (string | Error)[] = [];
  for (let i = 0; i < names.length; i += parallel) {
    const group = names.slice(i, i + parallel);
    const results = restCalls(
      group.map((name) => ({
        method: 'post' as const,
        url: `${driveFiles}?fields=id`,
        body: { name, mimeType: folderMime, parents: [parentId] },
      })),
      { retryServerErrors: false },
    );
    results.forEach((result, k) =>
      answers.push(
        result.status === 200
          ? parsedBody(result, created, `Making the folder ${group[k]!}`).id
          : restFailure(result, `Making the folder ${group[k]!}`),
      ),
    );
  }
  return answers;
}
