// The Drive API requests that publish the teachers' card files (directory-store.ts decides what each needs), in
// as few requests as Google allows:
// - one files.list finds the files a stopped run made but never recorded, by name, in the card folder;
// - one files.generateIds gives the ids of every new file, since a card's signed body names the file it is in
//   (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/generateIds); an id generated
//   and never used is harmless;
// - each new file is made with its content in one multipart upload, all sent at once (UrlFetchApp.fetchAll,
//   https://developers.google.com/workspace/drive/api/guides/manage-uploads#multipart);
// - a file already there gets its new content in one simple upload to files.update, PATCH on the upload URI with
//   uploadType=media (https://developers.google.com/workspace/drive/api/guides/manage-uploads#simple,
//   https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update), all sent at once: its
//   name, folder and sharing stay as they are;
// - sharing is read and changed with Drive batch requests, one per file, sent together
//   (https://developers.google.com/workspace/drive/api/guides/performance#batch-requests): permissions.list,
//   then permissions.create (role reader, sendNotificationEmail=false: a data file a card reads needs no email)
//   and permissions.delete. A part Google asks to slow down is sent again after a backoff.
import { z } from 'zod';
import type { BatchCall } from '../core/batch-request';
import { multipartUpload } from '../core/multipart-upload';
import { sendBatches } from './batch-send';
import { isRetryable, parsedBody, restCall, restCalls, restFailure, type RestResult } from './google-rest';

const driveFiles = 'https://www.googleapis.com/drive/v3/files';
const uploadFiles = 'https://www.googleapis.com/upload/drive/v3/files';
export const driveBatchUrl = 'https://www.googleapis.com/batch/drive/v3';
/**
 * Calls in one batch. Google allows 100 ("You're limited to 100 calls in a single batch request"), but the calls
 * inside a batch are taken as done one after another (the emulator's conservative reading), while batches sent
 * together run side by side: a file's 14 new readers go as five batches at once, not one batch three times as
 * long.
 */
const maxBatchParts = 3;
/** Requests sent together in one UrlFetchApp.fetchAll. */
const parallel = 40;

const listing = z.object({
  files: z.array(z.object({ id: z.string(), name: z.string() })),
  nextPageToken: z.string().optional(),
});
const generated = z.object({ ids: z.array(z.string().min(1)) });
const permissionList = z.object({
  permissions: z.array(z.object({ id: z.string(), emailAddress: z.string().optional(), role: z.string() })),
});

export interface Permission {
  id: string;
  email: string;
  role: string;
}

function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The folder's files (not trashed) by name, the first of each name. */
export function filesInFolder(folderId: string): Map<string, string> {
  const found = new Map<string, string>();
  let pageToken: string | undefined;
  do {
    const q = `'${folderId.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}' in parents and trashed = false`;
    const params = { q, pageSize: '1000', fields: 'files(id,name),nextPageToken', ...(pageToken ? { pageToken } : {}) };
    const result = restCall({ method: 'get', url: `${driveFiles}?${query(params)}` });
    if (result.status !== 200) throw restFailure(result, 'Listing the card folder');
    const page = parsedBody(result, listing, 'Listing the card folder');
    for (const file of page.files) if (!found.has(file.name)) found.set(file.name, file.id);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return found;
}

/** `count` ids for new files, in one request per thousand. */
export function generateFileIds(count: number): string[] {
  const ids: string[] = [];
  for (const size of chunks(new Array<number>(count).fill(0), 1000).map((c) => c.length)) {
    const result = restCall({ method: 'get', url: `${driveFiles}/generateIds?${query({ count: String(size) })}` });
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

function permissionsPath(fileId: string, rest = '', params: Record<string, string> = {}): string {
  const search = query(params);
  return `/drive/v3/files/${encodeURIComponent(fileId)}/permissions${rest}${search ? `?${search}` : ''}`;
}

interface Part {
  call: BatchCall;
  /** What a failure is reported as. */
  what: string;
  /** Statuses that mean the part's work is already done (a permission deleted before). */
  fine?: number[];
}

/**
 * Sends the parts in Drive batches, one file's parts together (`fileOf`), the batches at once; parts Google asked
 * to slow down go again after a backoff. Each part's answer, by call id; an Error for the first that failed for
 * good.
 */
function sendParts(parts: readonly Part[], fileOf: (part: Part) => string): Map<string, RestResult> {
  const answers = new Map<string, RestResult>();
  let pending = [...parts];
  for (let attempt = 1; pending.length > 0; attempt++) {
    const byFile = new Map<string, Part[]>();
    for (const part of pending) byFile.set(fileOf(part), [...(byFile.get(fileOf(part)) ?? []), part]);
    const batches = [...byFile.values()].flatMap((list) => chunks(list, maxBatchParts));
    const again: Part[] = [];
    for (const round of chunks(batches, parallel)) {
      const outcomes = sendBatches(
        driveBatchUrl,
        'Drive',
        round.map((batch) => batch.map((p) => p.call)),
      );
      outcomes.forEach((outcome, b) => {
        if ('failed' in outcome) {
          if (isRetryable(outcome.failed)) again.push(...round[b]!);
          else throw restFailure(outcome.failed, round[b]![0]!.what);
          return;
        }
        for (const answer of outcome.answers) {
          const part = round[b]!.find((p) => p.call.id === answer.id)!;
          const result: RestResult = { status: answer.status, text: answer.text, contentType: 'application/json' };
          if (isRetryable(result)) again.push(part);
          else answers.set(answer.id, result);
        }
      });
    }
    if (again.length === 0) break;
    if (attempt >= 4) throw restFailure(answerOf(again[0]!, answers) ?? slowDown, again[0]!.what);
    Utilities.sleep(1000 * 2 ** (attempt - 1));
    pending = again;
  }
  for (const part of parts) {
    const result = answers.get(part.call.id)!;
    const ok = result.status >= 200 && result.status < 300;
    if (!ok && !part.fine?.includes(result.status)) throw restFailure(result, part.what);
  }
  return answers;
}

const slowDown: RestResult = {
  status: 429,
  text: JSON.stringify({
    error: { code: 429, message: 'Rate Limit Exceeded', errors: [{ reason: 'rateLimitExceeded' }] },
  }),
  contentType: 'application/json',
};

function answerOf(part: Part, answers: Map<string, RestResult>): RestResult | undefined {
  return answers.get(part.call.id);
}

/** Each file's permissions (its owner's included), for all files in one round of batches. */
export function permissionsOf(fileIds: readonly string[]): Map<string, Permission[] | 'gone'> {
  const parts: Part[] = fileIds.map((fileId, i) => ({
    call: {
      id: `list-${i}`,
      method: 'GET',
      path: permissionsPath(fileId, '', { fields: 'permissions(id,emailAddress,role)' }),
    },
    what: 'Reading who a card file is shared with',
    // Deleted, or no longer this admin's to see: answered as gone, so the caller makes the file anew.
    fine: [404],
  }));
  const answers = sendParts(parts, (p) => fileIds[Number(p.call.id.slice('list-'.length))]!);
  const found = new Map<string, Permission[] | 'gone'>();
  fileIds.forEach((fileId, i) => {
    const answer = answers.get(`list-${i}`)!;
    if (answer.status === 404) {
      found.set(fileId, 'gone');
      return;
    }
    const page = parsedBody(answer, permissionList, 'Reading who a card file is shared with');
    found.set(
      fileId,
      page.permissions.map((p) => ({ id: p.id, email: (p.emailAddress ?? '').toLowerCase(), role: p.role })),
    );
  });
  return found;
}

export interface SharingChange {
  fileId: string;
  /** Addresses to make readers of the file. */
  add: readonly string[];
  /** Permission ids to delete. */
  remove: readonly string[];
}

/** Makes every change, all files' batches sent together; an Error for the first change that failed for good. */
export function changeSharing(changes: readonly SharingChange[]): void {
  const parts: (Part & { fileId: string })[] = [];
  let n = 0;
  for (const change of changes) {
    for (const email of change.add)
      parts.push({
        fileId: change.fileId,
        call: {
          id: `add-${n++}`,
          method: 'POST',
          path: permissionsPath(change.fileId, '', { sendNotificationEmail: 'false', fields: 'id' }),
          body: { type: 'user', role: 'reader', emailAddress: email },
        },
        what: `Sharing a card file with ${email}`,
      });
    for (const permissionId of change.remove)
      parts.push({
        fileId: change.fileId,
        call: {
          id: `remove-${n++}`,
          method: 'DELETE',
          path: permissionsPath(change.fileId, `/${encodeURIComponent(permissionId)}`),
        },
        what: 'Unsharing a card file',
        // Already gone: someone removed it by hand, or an earlier run did before it stopped.
        fine: [404],
      });
  }
  if (parts.length) sendParts(parts, (p) => (p as Part & { fileId: string }).fileId);
}
