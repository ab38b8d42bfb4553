// Sends one Calendar batch request (core/calendar/batch-body.ts builds and reads it) through PLG Hub's REST client
// with the script's own token. Sent once: the caller paces, backs off and retries with its own time budget in
// view, part by part, since Google answers each part on its own.
import { batchRequestBody, calendarBatchUrl, parseBatchResponse } from '../core/calendar/batch-body';
import type { BatchAnswer, BatchCall } from '../core/calendar/batch-body';
import { restCall, type RestResult } from './google-rest';

export type BatchOutcome = { answers: BatchAnswer[] } | { failed: RestResult };

export function sendCalendarBatch(calls: readonly BatchCall[]): BatchOutcome {
  const { contentType, payload } = batchRequestBody(calls);
  const result = restCall({ method: 'post', url: calendarBatchUrl, raw: { contentType, payload } }, { attempts: 1 });
  if (result.status !== 200) return { failed: result };
  return { answers: parseBatchResponse(result.contentType, result.text, calls) };
}
