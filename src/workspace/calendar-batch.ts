// Sends Calendar batch requests (core/calendar/batch-body.ts builds and reads them) through PLG Hub's REST client
// with the script's own token, several at once (UrlFetchApp.fetchAll). Each is sent once: the caller paces, backs
// off and retries with its own time budget in view, part by part, since Google answers each part on its own.
import { batchRequestBody, calendarBatchUrl, parseBatchResponse } from '../core/calendar/batch-body';
import type { BatchAnswer, BatchCall } from '../core/calendar/batch-body';
import { restCalls, type RestResult } from './google-rest';

export type BatchOutcome = { answers: BatchAnswer[] } | { failed: RestResult };

/** Each batch's outcome, in the order given; the batches travel together and are answered side by side. */
export function sendCalendarBatches(batches: readonly (readonly BatchCall[])[]): BatchOutcome[] {
  const bodies = batches.map((calls) => batchRequestBody(calls));
  const results = restCalls(
    bodies.map(({ contentType, payload }) => ({
      method: 'post',
      url: calendarBatchUrl,
      raw: { contentType, payload },
    })),
    { attempts: 1 },
  );
  return results.map((result, i) =>
    result.status !== 200
      ? { failed: result }
      : { answers: parseBatchResponse(result.contentType, result.text, batches[i]!) },
  );
}
