// Sends Google API batch requests (core/batch-request.ts builds and reads them) through PLG Hub's REST client with
// the script's own token, several at once (UrlFetchApp.fetchAll). Each is sent once: the caller retries the parts
// Google asked to slow down, since Google answers each part on its own.
import { batchRequestBody, parseBatchResponse, type BatchAnswer, type BatchCall } from '../core/batch-request';
import { restCalls, type RestResult } from './google-rest';

export type BatchOutcome = { answers: BatchAnswer[] } | { failed: RestResult };

/** Each batch's outcome, in the order given; the batches travel together and are answered side by side. */
export function sendBatches(url: string, api: string, batches: readonly (readonly BatchCall[])[]): BatchOutcome[] {
  const bodies = batches.map((calls) => batchRequestBody(calls));
  const results = restCalls(
    bodies.map(({ contentType, payload }) => ({ method: 'post', url, raw: { contentType, payload } })),
    { attempts: 1 },
  );
  return results.map((result, i) =>
    result.status !== 200
      ? { failed: result }
      : { answers: parseBatchResponse(result.contentType, result.text, batches[i]!, api) },
  );
}
