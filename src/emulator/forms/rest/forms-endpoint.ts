// The Google Forms API v1 as UrlFetchApp reaches it (Apps Script has no Forms advanced service), over the same
// forms FormApp keeps. https://developers.google.com/workspace/forms/api/reference/rest/v1/forms
//
// - forms.create (POST /v1/forms): "Only the form.info.title and form.info.document_title fields are copied to
//   the new form. All other fields including the form description, items and settings are disallowed" — the
//   rest goes through batchUpdate. documentTitle names the Drive file (Info.documentTitle: "The title of the
//   document which is visible in Drive"); the form is made in the caller's My Drive, owned by them.
//   Published or not: the `unpublished` query parameter ("If set to true, the form doesn't accept responses");
//   without it, "forms created by the API will be published by default through June 30, 2026 … forms created
//   by the API after June 30, 2026 will be created in an unpublished state. You must publish the forms before
//   they can accept responses." (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms;
//   the reference pages' banner gave March 31, 2026 for a while — the guide's later date is the one modeled).
// - forms.get (GET /v1/forms/{formId}).
// - forms.batchUpdate (POST /v1/forms/{formId}:batchUpdate): ./batch-update.ts.
// - forms.setPublishSettings (POST /v1/forms/{formId}:setPublishSettings): publishState.isPublished and
//   isAcceptingResponses ("If is_published is set to false, this field is forced to false"); the answer holds
//   the form's publish settings.
//
// Scopes, from each method's "Authorization scopes": create, batchUpdate and setPublishSettings accept drive,
// drive.file or forms.body; get also drive.readonly and forms.body.readonly. FormApp's own scope (forms) is not
// among them. drive.file is taken as covering every form (the emulator does not track which files an app made
// or was given). Limits: the per-user "Read requests" and "Write requests" per minute (../urlfetch/rate-limits.ts).
// Access: reading needs any role on the form, changing it edit access; a form the caller cannot open answers
// 404 (Google never confirms it exists), one they may only view 403 — the API's NOT_FOUND and PERMISSION_DENIED
// texts, as the Sheets API's (../../spreadsheet/sheets-api.ts).
import { z } from 'zod';
import { requireAccess } from '../../access';
import { GoogleApiError } from '../../google-api-error';
import { scope } from '../../scopes';
import { mimeTypes, type Workspace } from '../../workspace';
import { overRateLimit, type RateBucket } from '../../urlfetch/rate-limits';
import {
  answering,
  json,
  jsonBody,
  requireScopes,
  type RestEndpoint,
  type RestRequest,
  type RestResponse,
} from '../../urlfetch/rest-endpoint';
import { createFormData, formData, formsState, type FormData } from '../model';
import { apiForm, invalid, publishSettingsOf } from './api-form';
import { BatchUpdateFormRequest, batchUpdate } from './batch-update';

const prefix = 'https://forms.googleapis.com/v1/';
const writeScopes = [scope.drive, scope.driveFile, scope.formsBody];
const readScopes = [scope.drive, scope.driveFile, scope.driveReadonly, scope.formsBody, scope.formsBodyReadonly];

/** The day from which a form created without `unpublished` starts unpublished. */
export const unpublishedByDefaultFrom = Date.parse('2026-07-01T00:00:00Z');

/** The server's own work per request of a batch, beyond the round trip (latency.ts has the round trip). */
export const batchRequestMs = 20;

type Route =
  | { method: 'forms.forms.create' }
  | { method: 'forms.forms.get' | 'forms.forms.batchUpdate' | 'forms.forms.setPublishSettings'; formId: string };

function route(request: Pick<RestRequest, 'method' | 'url'>): Route | undefined {
  const path = decodeURIComponent(request.url.pathname);
  if (request.method === 'POST' && path === '/v1/forms') return { method: 'forms.forms.create' };
  const match = /^\/v1\/forms\/([\w-]+)(?::(batchUpdate|setPublishSettings))?$/.exec(path);
  if (!match) return undefined;
  const formId = match[1]!;
  if (!match[2]) return request.method === 'GET' ? { method: 'forms.forms.get', formId } : undefined;
  if (request.method !== 'POST') return undefined;
  return { method: match[2] === 'batchUpdate' ? 'forms.forms.batchUpdate' : 'forms.forms.setPublishSettings', formId };
}

const CreateBody = z
  .object({ info: z.object({ title: z.string().optional(), documentTitle: z.string().optional() }).strict() })
  .strict();

const SetPublishSettingsBody = z
  .object({
    publishSettings: z
      .object({
        publishState: z.object({ isPublished: z.boolean(), isAcceptingResponses: z.boolean() }).strict(),
      })
      .strict(),
    updateMask: z.string().optional(),
  })
  .strict();

export const formsEndpoint: RestEndpoint = {
  prefix,
  methodOf: (request) => route(request)?.method,
  handle(ws, request) {
    return answering(() => {
      const found = route(request);
      if (!found) throw new GoogleApiError(404, 'Requested entity was not found.');
      const reading = found.method === 'forms.forms.get';
      requireScopes(request.caller, reading ? readScopes : writeScopes);
      const limited = limit(ws, reading ? 'forms.read' : 'forms.write', request);
      if (limited) return limited;
      if (found.method === 'forms.forms.create') return create(ws, request);
      const form = openForm(ws, found.formId, reading ? 'read' : 'write');
      if (found.method === 'forms.forms.get') return json(200, apiForm(ws, form));
      if (found.method === 'forms.forms.batchUpdate') {
        const body = parsed(BatchUpdateFormRequest, jsonBody(request));
        ws.meter.spend(batchRequestMs * body.requests.length);
        return json(200, batchUpdate(ws, form, body));
      }
      return json(200, setPublishSettings(form, parsed(SetPublishSettingsBody, jsonBody(request))));
    });
  },
};

function limit(ws: Workspace, bucket: RateBucket, request: RestRequest): RestResponse | undefined {
  return overRateLimit(ws, bucket, request.caller.email);
}

function create(ws: Workspace, request: RestRequest): RestResponse {
  const body = CreateBody.safeParse(jsonBody(request));
  if (!body.success)
    throw invalid(
      'Only info.title and info.documentTitle can be set when a form is created; add its items and settings with batchUpdate.',
    );
  const title = body.data.info.title ?? '';
  const documentTitle = body.data.info.documentTitle || title || 'Untitled form';
  const asked = request.url.searchParams.get('unpublished');
  const published = asked === null ? ws.clock.nowMs < unpublishedByDefaultFrom : asked !== 'true';
  const file = ws.createFile({ name: documentTitle, mimeType: mimeTypes.form });
  const form = createFormData(ws, file.id, title);
  form.settings.published = published;
  form.settings.acceptingResponses = published;
  return json(200, apiForm(ws, form));
}

function setPublishSettings(form: FormData, body: z.infer<typeof SetPublishSettingsBody>): Record<string, unknown> {
  const mask = body.updateMask?.trim();
  if (mask && mask !== '*' && mask !== 'publishState') throw invalid(`Invalid field in update mask: ${mask}`);
  const { isPublished, isAcceptingResponses } = body.publishSettings.publishState;
  form.settings.published = isPublished;
  form.settings.acceptingResponses = isPublished && isAcceptingResponses;
  return { formId: form.id, publishSettings: publishSettingsOf(form) };
}

function openForm(ws: Workspace, formId: string, need: 'read' | 'write'): FormData {
  const file = ws.file(formId);
  const hidden = () => new GoogleApiError(404, 'Requested entity was not found.');
  if (!file || file.mimeType !== mimeTypes.form || !formsState(ws).forms[formId]) throw hidden();
  requireAccess(ws, file, need, {
    hidden,
    denied: () => new GoogleApiError(403, 'The caller does not have permission'),
  });
  return formData(ws, formId);
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw invalid(`Invalid JSON payload received. ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
