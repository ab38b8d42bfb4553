// Who a Drive file or folder is shared with, read and changed through the Drive API in as few round trips as
// Google allows: Drive batch requests, one per item, sent together
// (https://developers.google.com/workspace/drive/api/guides/performance#batch-requests) — permissions.list
// (https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/list), then
// permissions.create with the role each address gets and sendNotificationEmail=false
// (https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create: PLG Hub's own
// records are not news to anyone — a teacher finds a card's data through the card and an agenda through the
// meeting's invitation) and permissions.delete
// (https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/delete). A part Google asks to
// slow down is sent again after a backoff. Card files (directory-store.ts) and agenda folders (group-sharing.ts)
// share through here.
import { z } from 'zod';
import type { BatchCall } from '../core/batch-request';
import { sendBatches } from './batch-send';
import { isRetryable, parsedBody, queryString, restFailure, type RestResult } from './google-rest';

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

const permissionList = z.object({
  permissions: z.array(z.object({ id: z.string(), emailAddress: z.string().optional(), role: z.string() })),
});

export interface Permission {
  id: string;
  email: string;
  role: string;
}

/** The roles PLG Hub gives: view (card files, a group's coach and liaison) or edit (a group's members). */
export type GrantedRole = 'reader' | 'writer';

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function permissionsPath(fileId: string, rest = '', params: Record<string, string> = {}): string {
  const search = queryString(params);
  return `/drive/v3/files/${encodeURIComponent(fileId)}/permissions${rest}${search ? `?${search}` : ''}`;
}

interface Part {
  call: BatchCall;
  /** The file or folder the part is about: its parts travel in the same batches. */
  fileId: string;
  /** What a failure is reported as. */
  what: string;
  /** Statuses that mean the part's work is already done (a permission deleted before). */
  fine?: number[];
}

const slowDown: RestResult = {
  status: 429,
  text: JSON.stringify({
    error: { code: 429, message: 'Rate Limit Exceeded', errors: [{ reason: 'rateLimitExceeded' }] },
  }),
  contentType: 'application/json',
};

/**
 * Sends the parts in Drive batches, one item's parts together, the batches at once; parts Google asked to slow
 * down go again after a backoff (and the run stops with Google's rate limit if it goes on asking). Each part's
 * answer, by call id.
 */
function sendParts(parts: readonly Part[]): Map<string, RestResult> {
  const answers = new Map<string, RestResult>();
  let pending = [...parts];
  for (let attempt = 1; pending.length > 0; attempt++) {
    const byFile = new Map<string, Part[]>();
    for (const part of pending) byFile.set(part.fileId, [...(byFile.get(part.fileId) ?? []), part]);
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
    if (attempt >= 4) throw restFailure(answers.get(again[0]!.call.id) ?? slowDown, again[0]!.what);
    Utilities.sleep(1000 * 2 ** (attempt - 1));
    pending = again;
  }
  return answers;
}

/** The part's failure for good, if it failed: not a success, nor a status that means its work was done. */
function failureOf(part: Part, answers: Map<string, RestResult>): Error | undefined {
  const result = answers.get(part.call.id)!;
  const ok = result.status >= 200 && result.status < 300;
  return ok || part.fine?.includes(result.status) ? undefined : restFailure(result, part.what);
}

/**
 * Each item's permissions (its owner's included), all items in one round of batches; `what` names the kind of
 * item for a failure ("a card file"). An item deleted, or no longer this admin's to see, is 'gone'; one Google
 * refused otherwise, the Error it gave.
 */
export function permissionsOfEach(
  fileIds: readonly string[],
  what: string,
): Map<string, Permission[] | 'gone' | Error> {
  const parts: Part[] = fileIds.map((fileId, i) => ({
    fileId,
    call: {
      id: `list-${i}`,
      method: 'GET',
      path: permissionsPath(fileId, '', { fields: 'permissions(id,emailAddress,role)' }),
    },
    what: `Reading who ${what} is shared with`,
    fine: [404],
  }));
  const answers = sendParts(parts);
  const found = new Map<string, Permission[] | 'gone' | Error>();
  fileIds.forEach((fileId, i) => {
    const answer = answers.get(`list-${i}`)!;
    const failure = failureOf(parts[i]!, answers);
    if (failure || answer.status === 404) {
      found.set(fileId, failure ?? 'gone');
      return;
    }
    const page = parsedBody(answer, permissionList, `Reading who ${what} is shared with`);
    found.set(
      fileId,
      page.permissions.map((p) => ({ id: p.id, email: (p.emailAddress ?? '').toLowerCase(), role: p.role })),
    );
  });
  return found;
}

/** As permissionsOfEach; an Error for the first item Google refused. */
export function permissionsOf(fileIds: readonly string[], what: string): Map<string, Permission[] | 'gone'> {
  const found = permissionsOfEach(fileIds, what);
  for (const answer of found.values()) if (answer instanceof Error) throw answer;
  return found as Map<string, Permission[] | 'gone'>;
}

export interface SharingChange {
  fileId: string;
  /** Who to share the item with, and how. */
  add: readonly { email: string; role: GrantedRole }[];
  /** Permission ids to delete. */
  remove: readonly string[];
}

/**
 * Makes every change, all items' batches sent together; `what` names the kind of item for a failure ("a card
 * file"). Each item whose change failed for good, with the first Error Google gave for it (the rest of its
 * change, and every other item's, is made all the same).
 */
export function changeSharingEach(changes: readonly SharingChange[], what: string): Map<string, Error> {
  const parts: Part[] = [];
  let n = 0;
  for (const change of changes) {
    for (const { email, role } of change.add)
      parts.push({
        fileId: change.fileId,
        call: {
          id: `add-${n++}`,
          method: 'POST',
          path: permissionsPath(change.fileId, '', { sendNotificationEmail: 'false', fields: 'id' }),
          body: { type: 'user', role, emailAddress: email },
        },
        what: `Sharing ${what} with ${email}`,
      });
    for (const permissionId of change.remove)
      parts.push({
        fileId: change.fileId,
        call: {
          id: `remove-${n++}`,
          method: 'DELETE',
          path: permissionsPath(change.fileId, `/${encodeURIComponent(permissionId)}`),
        },
        what: `Unsharing ${what}`,
        // Already gone: someone removed it by hand, or an earlier run did before it stopped.
        fine: [404],
      });
  }
  const failed = new Map<string, Error>();
  if (parts.length === 0) return failed;
  const answers = sendParts(parts);
  for (const part of parts) {
    const failure = failureOf(part, answers);
    if (failure && !failed.has(part.fileId)) failed.set(part.fileId, failure);
  }
  return failed;
}

/** As changeSharingEach; an Error for the first change that failed for good. */
export function changeSharing(changes: readonly SharingChange[], what: string): void {
  const failed = changeSharingEach(changes, what);
  for (const error of failed.values()) throw error;
}
