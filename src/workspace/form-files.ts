// The Drive side of building many forms at once, through the Drive API v3 (UrlFetchApp, one fetchAll for all the
// forms): finding the forms a stopped run made but never recorded, by their tagged file names, and moving new
// forms into the PLG Hub folder. DriveApp would take a search per name and two calls per move (getFileById,
// moveTo); the API takes one request per form, sent together.
// - files.list: https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list (q in the v3
//   grammar, https://developers.google.com/workspace/drive/api/guides/ref-search-terms: `name = '…'` joined by
//   `or`, strings single-quoted with \' and \\ escaped).
// - files.update: https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update — addParents
//   and removeParents move a file ("a file can only have one parent folder"); `root` names My Drive, where
//   forms.create puts a new form. Its webViewLink is the form's editor link.
import { z } from 'zod';
import { driveLiteral, parsedBody, queryString, restCalls, restFailure, type RestCall } from './google-rest';

const driveFiles = 'https://www.googleapis.com/drive/v3/files';
const formMime = 'application/vnd.google-apps.form';
/** UrlFetchApp refuses a URL over 2 KB; a search's names are split over requests that stay well inside it. */
const maxQueryChars = 1_500;
/** Backoff within a card press (as forms-api.ts): 1 s then 2 s. */
const cardRetry = { attempts: 3, maxWaitMs: 4_000 };

const listing = z.object({
  files: z.array(z.object({ id: z.string().min(1), name: z.string(), parents: z.array(z.string()).optional() })),
  nextPageToken: z.string().optional(),
});

const moved = z.object({ id: z.string().min(1), webViewLink: z.string().startsWith('https://').optional() });

export interface FoundFile {
  id: string;
  parents: string[];
}

/** The names, in groups whose search fits in one URL. */
function nameGroups(names: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const name of names) {
    const term = encodeURIComponent(`name = ${driveLiteral(name)} or `).length;
    if (current.length > 0 && size + term > maxQueryChars) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(name);
    size += term;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function searchCall(names: readonly string[], pageToken?: string): RestCall {
  // Only forms this admin owns ('me' in owners): a look-alike someone else shared is never adopted.
  const q = `mimeType = '${formMime}' and trashed = false and 'me' in owners and (${names.map((n) => `name = ${driveLiteral(n)}`).join(' or ')})`;
  const params = queryString({
    q,
    pageSize: '1000',
    fields: 'files(id,name,parents),nextPageToken',
    ...(pageToken ? { pageToken } : {}),
  });
  return { method: 'get', url: `${driveFiles}?${params}` };
}

/**
 * The forms (not in the trash) named each of `names`, every name searched at once: the first found of each name,
 * with where it is. A name is a form's tagged file name (tracked-form.ts fileNameOf), so it finds that form only.
 */
export function formsNamed(names: readonly string[]): Map<string, FoundFile> {
  const found = new Map<string, FoundFile>();
  let pending = nameGroups([...new Set(names)]).map((group) => ({ group, pageToken: undefined as string | undefined }));
  while (pending.length > 0) {
    const results = restCalls(
      pending.map((p) => searchCall(p.group, p.pageToken)),
      cardRetry,
    );
    const next: typeof pending = [];
    results.forEach((result, i) => {
      if (result.status !== 200) throw restFailure(result, 'Looking for forms a stopped run made');
      const page = parsedBody(result, listing, 'Looking for forms a stopped run made');
      for (const f of page.files) if (!found.has(f.name)) found.set(f.name, { id: f.id, parents: f.parents ?? [] });
      if (page.nextPageToken) next.push({ group: pending[i]!.group, pageToken: page.nextPageToken });
    });
    pending = next;
  }
  return found;
}

/**
 * Moves each file into `folderId` from the folders it is in (`from`; "root" is My Drive), all at once. Answers,
 * per file in order, its editor link or why it could not be moved.
 */
export function moveIntoFolder(
  files: readonly { id: string; from: readonly string[] }[],
  folderId: string,
): (string | Error)[] {
  if (files.length === 0) return [];
  const calls: RestCall[] = files.map(({ id, from }) => {
    const params: Record<string, string> = { addParents: folderId, fields: 'id,webViewLink' };
    const remove = from.filter((p) => p !== folderId);
    if (remove.length > 0) params.removeParents = remove.join(',');
    return { method: 'patch', url: `${driveFiles}/${encodeURIComponent(id)}?${queryString(params)}`, body: {} };
  });
  return restCalls(calls, cardRetry).map((result, i) => {
    if (result.status !== 200) return restFailure(result, 'Moving a form into the PLG Hub folder');
    try {
      const file = parsedBody(result, moved, 'Moving a form into the PLG Hub folder');
      // The editor link without Drive's "?usp=drivesdk" tag, as FormApp's getEditUrl gives it.
      return (file.webViewLink ?? `https://docs.google.com/forms/d/${files[i]!.id}/edit`).replace(/\?.*$/, '');
    } catch (error) {
      return error as Error;
    }
  });
}
