// The Drive API requests that publish the teachers' card files (directory-store.ts decides what each needs), in
// as few requests as Google allows:
// - one files.list finds the files a stopped run made but never recorded, by name, in the card folder
//   (drive-folder-contents.ts);
// - one files.generateIds gives the ids of every new file, since a card's signed body names the file it is in
//   (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/generateIds); an id generated
//   and never used is harmless;
// - each new file is made with its content in one multipart upload, all sent at once (UrlFetchApp.fetchAll,
//   https://developers.google.com/workspace/drive/api/guides/manage-uploads#multipart);
// - a file already there gets its new content in one simple upload to files.update, PATCH on the upload URI with
//   uploadType=media (https://developers.google.com/workspace/drive/api/guides/manage-uploads#simple,
//   https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update), all sent at once: its
//   name, folder and sharing stay as they are;
// - sharing is read and changed in Drive batch requests sent together (drive-permissions.ts): a card file's
//   readers get role reader, with no email (a data file a card reads is not news to anyone).
import { z } from 'zod';
import { multipartUpload } from '../core/multipart-upload';
import { parsedBody, queryString, restCall, restCalls, restFailure } from './google-rest';

const driveFiles = 'https://www.googleapis.com/drive/v3/files';
const uploadFiles = 'https://www.googleapis.com/upload/drive/v3/files';
/** Requests sent together in one UrlFetchApp.fetchAll. */
const parallel = 40;

const generated = z.object({ ids: z.array(z.string().min(1)) });

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `count` ids for new files, in one request per thousand. */
export function generateFileIds(count: number): string[] {
  const ids: string[] = [];
  for (const size of chunks(new Array<number>(count).fill(0), 1000).map((c) => c.length)) {
    const result = restCall({
      method: 'get',
      url: `${driveFiles}/generateIds?${queryString({ count: String(size) })}`,
    });
    if (result.status !== 200) throw restFailure(result, 'Asking Drive for new file ids');
    ids.push(...parsedBody(result, generated, 'Asking Drive for new file ids').ids);
  }
  if (ids.length < count) throw new Error(`Drive gave ${ids.length} new file ids of the ${count} asked for`);
  return ids;
}

export interface NewFile {
  id: string;
  name: string;
  folderId: string;
  mimeType: string;
  text: string;
}

/** Makes each file, with its content, under its generated id; each answer is true or the Error Google gave. */
export function createFiles(files: readonly NewFile[]): (true | Error)[] {
  const answers: (true | Error)[] = [];
  for (const group of chunks(files, parallel)) {
    const results = restCalls(
      group.map((file) => ({
        method: 'post' as const,
        url: `${uploadFiles}?uploadType=multipart&fields=id`,
        raw: multipartUpload(
          { id: file.id, name: file.name, mimeType: file.mimeType, parents: [file.folderId] },
          { contentType: `${file.mimeType}; charset=UTF-8`, text: file.text },
          'plg-hub-card',
        ),
      })),
    );
    results.forEach((result, i) =>
      answers.push(result.status === 200 ? true : restFailure(result, `Making ${group[i]!.name}`)),
    );
  }
  return answers;
}

export interface FileContent {
  id: string;
  /** What a failure is reported as: the file's name. */
  name: string;
  mimeType: string;
  text: string;
}

/**
 * Replaces each file's content, keeping its name, folder and sharing; each answer is true or the Error Google
 * gave (a file someone deleted is Drive's 404). A request Google asks to slow down, or that fails on its side, is
 * sent again by restCalls: writing the same content twice leaves the same file.
 */
export function updateFiles(files: readonly FileContent[]): (true | 'gone' | Error)[] {
  const answers: (true | 'gone' | Error)[] = [];
  for (const group of chunks(files, parallel)) {
    const results = restCalls(
      group.map((file) => ({
        method: 'patch' as const,
        url: `${uploadFiles}/${encodeURIComponent(file.id)}?uploadType=media&fields=id`,
        raw: { contentType: `${file.mimeType}; charset=UTF-8`, payload: file.text },
      })),
    );
    results.forEach((result, i) =>
      // 404: someone deleted the file (or it is no longer shared with this admin): the caller makes it anew.
      answers.push(
        result.status === 200
          ? true
          : result.status === 404
            ? 'gone'
            : restFailure(result, `Writing ${group[i]!.name}`),
      ),
    );
  }
  return answers;
}
