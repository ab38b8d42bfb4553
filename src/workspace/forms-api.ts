// The Google Forms API, as PLG Hub calls it through UrlFetchApp (google-rest.ts): Apps Script has no Forms
// advanced service, and FormApp spends one call per setting of every question (~30 per feedback form) where the
// API takes the whole form in one batchUpdate. https://developers.google.com/workspace/forms/api/reference/rest
//
// The token is the script's own (ScriptApp.getOAuthToken), so its scopes are the manifest's: the Forms API
// accepts the Drive scope PLG Hub already holds ("Authorization scopes" of create, batchUpdate, get and
// setPublishSettings: drive, drive.file or forms.body), and no Forms scope is added for it.
import { z } from 'zod';
import { RequestPacer } from '../core/request-pacing';
import { sharedPacer, type SharedPacer } from './rate-log';

let readPacer: RequestPacer | undefined;
import { isRetryable, parsedBody, restCalls, restFailure, type RestCall, type RestResult } from './google-rest';

const base = 'https://forms.googleapis.com/v1/forms';

/** Backoff within a card press: 1 s then 2 s, so a slowed-down request still fits the 30-second card limit. */
const retry = { attempts: 3, maxWaitMs: 4_000 };

const Question = z.object({
  questionId: z.string(),
  choiceQuestion: z.object({ type: z.string(), options: z.array(z.object({ value: z.string() })) }).optional(),
});

const Item = z.object({
  itemId: z.string(),
  title: z.string().optional(),
  questionItem: z.object({ question: Question }).optional(),
});

const PublishState = z.object({ isPublished: z.boolean(), isAcceptingResponses: z.boolean() });

/** A form as the API answers it, as far as PLG Hub reads it. */
export const ApiForm = z.object({
  formId: z.string().min(1),
  revisionId: z.string(),
  responderUri: z.string().startsWith('https://'),
  settings: z.object({ emailCollectionType: z.string().optional() }).optional(),
  items: z.array(Item).optional(),
  publishSettings: z.object({ publishState: PublishState }).optional(),
});
export type ApiForm = z.infer<typeof ApiForm>;

/** One update of a batchUpdate (https://developers.google.com/workspace/forms/api/reference/rest/v1/forms/batchUpdate#request). */
export type FormRequest = Record<string, unknown>;

/**
 * A new, empty form: its title (what respondents see) and the Drive file's name, the only fields create takes.
 * Made unpublished, whatever Google's default of the day (published until June 30, 2026, unpublished after:
 * https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms), so no response can
 * arrive before its questions, settings and responses sheet are in place.
 */
export function createForm(title: string, documentTitle: string): ApiForm {
  return settled(createForms([{ title, documentTitle }])[0]!);
}

/** Several new forms at once (one UrlFetchApp.fetchAll): each answer is the form made, or why it was not. */
export function createForms(
  forms: readonly { title: string; documentTitle: string }[],
  writes?: SharedPacer,
): (ApiForm | Error)[] {
  return sentAll(
    forms.map(({ title, documentTitle }) => ({
      method: 'post',
      url: `${base}?unpublished=true`,
      body: { info: { title, documentTitle } },
    })),
    'create',
    ApiForm,
    writes,
  );
}

export function getForm(formId: string): ApiForm {
  return settled(getForms([formId])[0]!);
}

export function getForms(formIds: readonly string[]): (ApiForm | Error)[] {
  return sentAll(
    formIds.map((formId) => ({ method: 'get', url: `${base}/${encodeURIComponent(formId)}` })),
    'get',
    ApiForm,
  );
}

/**
 * Applies `requests` in one batch — all of them or none — and answers the form as it now is. With `revision`,
 * the batch applies only if nobody changed the form since that revision was read (400 otherwise).
 */
export function updateForm(formId: string, requests: FormRequest[], revision?: string, writes?: SharedPacer): ApiForm {
  return settled(updateForms([{ formId, requests, revision }], writes)[0]!);
}

/** Several forms' batches at once (one UrlFetchApp.fetchAll), each all or nothing on its own form. */
export function updateForms(
  updates: readonly { formId: string; requests: FormRequest[]; revision?: string }[],
  writes?: SharedPacer,
): (ApiForm | Error)[] {
  const answers = sentAll(
    updates.map(({ formId, requests, revision }) => {
      const body: Record<string, unknown> = { includeFormInResponse: true, requests };
      if (revision) body.writeControl = { requiredRevisionId: revision };
      return { method: 'post', url: `${base}/${encodeURIComponent(formId)}:batchUpdate`, body };
    }),
    'batchUpdate',
    z.object({ form: ApiForm }),
    writes,
  );
  return answers.map((a) => (a instanceof Error ? a : a.form));
}

type PublishState = z.infer<typeof PublishState>;

/** Publishes the form and opens it to responses; answers the state Google reports back. */
export function publishForm(formId: string): PublishState {
  return settled(publishForms([formId])[0]!);
}

/** Several forms published at once (one UrlFetchApp.fetchAll). */
export function publishForms(formIds: readonly string[], writes?: SharedPacer): (PublishState | Error)[] {
  const answers = sentAll(
    formIds.map((formId) => ({
      method: 'post',
      url: `${base}/${encodeURIComponent(formId)}:setPublishSettings`,
      body: {
        publishSettings: { publishState: { isPublished: true, isAcceptingResponses: true } },
        updateMask: 'publishState',
      },
    })),
    'setPublishSettings',
    z.object({ publishSettings: z.object({ publishState: PublishState }) }),
    writes,
  );
  return answers.map((a) => (a instanceof Error ? a : a.publishSettings.publishState));
}

/**
 * The requests sent together (google-rest.ts restCalls: one UrlFetchApp.fetchAll, a single request as one fetch),
 * each answer checked on its own: the parsed body, or an Error saying why that request failed. A caller records
 * what succeeded before it reports what did not.
 */
/**
 * Google's per-user limits on the Forms API, per minute over a sliding window: 150 writes and 390 reads
 * (https://developers.google.com/workspace/forms/api/limits), counted across the person's runs (rate-log.ts). A
 * run waits before sending what would not fit;
 * tracked-form.ts builds at most maxFormsPerBuild forms at a time, so one phase never needs more than the limit.
 */

/**
 * This person's Forms writes of the last minute, whichever run sent them (rate-log.ts), every write kept. A build of
 * forms makes one and hands it to each phase, so the record is read once a build and the build can ask, before a
 * phase, how long that phase would wait (tracked-form.ts counts the wait against its time budget).
 */
export function formsWritePacer(): SharedPacer {
  return sharedPacer('forms.write', formsWritesPerMinute, 1);
}
const formsWritesPerMinute = 150;

function pace(method: string, n: number, writes?: SharedPacer): void {
  // Reads (390 a minute) are paced within the run only: PLG Hub never comes near the limit across runs.
  const pacer = method === 'get' ? (readPacer ??= new RequestPacer(390)) : (writes ?? formsWritePacer());
  const wait = pacer.waitMs(Date.now(), n);
  if (wait > 0) Utilities.sleep(wait);
  pacer.record(Date.now(), n);
}

function sentAll<T>(calls: RestCall[], method: string, schema: z.ZodType<T>, writes?: SharedPacer): (T | Error)[] {
  const what = `Forms API forms.${method}`;
  if (calls.length === 0) return [];
  pace(method, calls.length, writes);
  // A create that failed with a 5xx may have made the form: it is not sent again; the next run adopts it by name.
  return restCalls(calls, method === 'create' ? { ...retry, retryServerErrors: false } : retry).map((result) => {
    if (result.status < 200 || result.status >= 300) return failure(result, what);
    try {
      return parsedBody(result, schema, what);
    } catch (error) {
      return error as Error;
    }
  });
}

/** The answer, or its failure thrown. */
export function settled<T>(answer: T | Error): T {
  if (answer instanceof Error) throw answer;
  return answer;
}

/** A "slow down" still held after the retries says "rate limit", so the card tells the person to try shortly. */
function failure(result: RestResult, what: string): Error {
  if (isRetryable(result) && result.status < 500)
    return new Error(`${what}: Google's rate limit held after retries (${result.status})`);
  return restFailure(result, what);
}
