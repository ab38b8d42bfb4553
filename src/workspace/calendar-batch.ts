// Sends Calendar batch requests (core/calendar/batch-body.ts) through the shared batch sender (batch-send.ts).
// Each is sent once: the caller paces, backs off and retries with its own time budget in view, part by part.
import { calendarBatchUrl, type BatchCall } from '../core/calendar/batch-body';
import { sendBatches, type BatchOutcome } from './batch-send';

export type { BatchOutcome } from './batch-send';

/** Each batch's outcome, in the order given; the batches travel together and are answered side by side. */
export function sendCalendarBatches(batches: readonly (readonly BatchCall[])[]): BatchOutcome[] {
  return sendBatches(calendarBatchUrl, 'Calendar', batches);
}
