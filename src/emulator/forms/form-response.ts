// FormResponse: either a response being built by the script (withItemResponse, then submit or
// toPrefilledUrl) or one already submitted (read back with getItemResponses).
// https://developers.google.com/apps-script/reference/forms/form-response
import { checkFormAccess } from './access';
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import { recordResponse, refusal } from './acceptance';
import { ItemResponseHandle, itemResponse } from './item-response';
import { formData, type AnswerValue } from './model';
import { prefilledUrl } from './prefill';

type FormResponse = GoogleAppsScript.Forms.FormResponse;

type FormResponseMethods =
  | 'getId'
  | 'getTimestamp'
  | 'getRespondentEmail'
  | 'getItemResponses'
  | 'getResponseForItem'
  | 'withItemResponse'
  | 'toPrefilledUrl'
  | 'submit';

export class FormResponseHandle implements Pick<FormResponse, FormResponseMethods> {
  /** Answers of a response still being built; a submitted response reads its answers from the form. */
  private readonly draft = new Map<number, AnswerValue>();

  constructor(
    private readonly ws: Workspace,
    private readonly formId: string,
    private responseId: string | null,
  ) {}

  getId(): string {
    return this.responseId as string;
  }

  getTimestamp(): GoogleAppsScript.Base.Date {
    const stored = this.stored('getTimestamp');
    return (stored ? new Date(stored.timestamp.getTime()) : null) as GoogleAppsScript.Base.Date;
  }

  getRespondentEmail(): string {
    return this.stored('getRespondentEmail')?.respondentEmail ?? '';
  }

  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] {
    this.ws.meter.call('FormApp.FormResponse.getItemResponses');
    checkFormAccess(this.ws, this.formId, 'getItemResponses');
    return this.answers().map((a) => itemResponse(this.ws, this.formId, a.itemId, a.value));
  }

  getResponseForItem(item: GoogleAppsScript.Forms.Item): GoogleAppsScript.Forms.ItemResponse {
    this.ws.meter.call('FormApp.FormResponse.getResponseForItem');
    checkFormAccess(this.ws, this.formId, 'getResponseForItem');
    const answer = this.answers().find((a) => a.itemId === item.getId());
    return (
      answer ? itemResponse(this.ws, this.formId, answer.itemId, answer.value) : null
    ) as GoogleAppsScript.Forms.ItemResponse;
  }

  /** Builds the response locally; nothing reaches the server until submit or toPrefilledUrl. */
  withItemResponse(response: GoogleAppsScript.Forms.ItemResponse): FormResponse {
    if (!(response instanceof ItemResponseHandle) || response.formId !== this.formId) {
      throw appsScriptError('Invalid argument: response');
    }
    this.draft.set(response.itemId, response.value);
    return this as unknown as FormResponse;
  }

  toPrefilledUrl(): string {
    this.ws.meter.call('FormApp.FormResponse.toPrefilledUrl');
    checkFormAccess(this.ws, this.formId, 'toPrefilledUrl');
    return prefilledUrl(formData(this.ws, this.formId), this.answers());
  }

  /** Submits as the signed-in user, subject to the same rules as a person filling in the form. */
  submit(): FormResponse {
    this.ws.meter.call('FormApp.FormResponse.submit');
    const form = formData(this.ws, this.formId);
    const submission = { respondentEmail: this.ws.user.email, timestamp: this.ws.now(), answers: this.answers() };
    const reason = refusal(this.ws, form, submission);
    if (reason) throw appsScriptError(reason);
    this.responseId = recordResponse(this.ws, form, submission).id;
    this.draft.clear();
    return this as unknown as FormResponse;
  }

  private stored(method: string) {
    this.ws.meter.call(`FormApp.FormResponse.${method}`);
    checkFormAccess(this.ws, this.formId, method);
    return formData(this.ws, this.formId).responses.find((r) => r.id === this.responseId);
  }

  private answers(): { itemId: number; value: AnswerValue }[] {
    const stored = formData(this.ws, this.formId).responses.find((r) => r.id === this.responseId);
    if (stored) return stored.answers;
    return [...this.draft].map(([itemId, value]) => ({ itemId, value }));
  }
}

export function formResponse(ws: Workspace, formId: string, responseId: string | null): FormResponse {
  return new FormResponseHandle(ws, formId, responseId) as unknown as FormResponse;
}
