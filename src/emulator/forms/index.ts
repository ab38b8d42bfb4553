// The emulated FormApp, and the test hooks that play a respondent.
// https://developers.google.com/apps-script/reference/forms/form-app
import { requireAccess } from '../access';
import { appsScriptError } from '../errors';
import { formErrors } from './access';
import { mimeTypes, type Workspace } from '../workspace';
import { recordResponse, refusal } from './acceptance';
import { normalizeAnswer } from './answers';
import { DestinationType, EmailCollectionType, ItemType } from './enums';
import { FormHandle } from './form';
import { missingForm } from './messages';
import { invalidArgument } from '../drive/messages';
import { createFormData, formsState, isQuestion, type DestinationData, type FormSettings } from './model';
import { publishedUrl } from './prefill';
import { destinationTabName } from './destination';

export { copyFormContent } from './model';

type Form = GoogleAppsScript.Forms.Form;

class EmulatedFormApp implements Pick<GoogleAppsScript.Forms.FormApp, 'create' | 'openById' | 'openByUrl'> {
  readonly ItemType = ItemType as unknown as typeof GoogleAppsScript.Forms.ItemType;
  readonly DestinationType = DestinationType as unknown as typeof GoogleAppsScript.Forms.DestinationType;
  readonly EmailCollectionType = EmailCollectionType as unknown as typeof GoogleAppsScript.Forms.EmailCollectionType;

  constructor(private readonly ws: Workspace) {}

  /**
   * The new form is unpublished: it takes no responses until setPublished(true). The title names the Drive file
   * only: on live Apps Script the form's own title stays '' until setTitle (gas-fakes test/testform.js "FormApp
   * basics", and Google's issue tracker 442747794 — a difference Google may yet fix, so PLG Hub sets it).
   */
  create(title: string): Form {
    this.ws.meter.call('FormApp.create', 'formsCreated');
    const file = this.ws.createFile({ name: String(title), mimeType: mimeTypes.form });
    createFormData(this.ws, file.id, '');
    return openForm(this.ws, file.id);
  }

  openById(id: string): Form {
    this.ws.meter.call('FormApp.openById');
    return openForm(this.ws, this.openableId(String(id)));
  }

  openByUrl(url: string): Form {
    this.ws.meter.call('FormApp.openByUrl');
    // A URL that names no form: "Invalid argument: url" (gas-fakes test/testform.js "FormApp basics", asserted
    // on live Apps Script). A published URL (/forms/d/e/…) carries no form id and is refused the same way
    // (unconfirmed: what live Apps Script does with one is not documented).
    const id = /\/forms\/d\/(?!e\/)([\w-]+)/.exec(String(url))?.[1];
    if (!id) throw appsScriptError(invalidArgument('url'));
    return openForm(this.ws, this.openableId(id));
  }

  /** A form the signed-in user can open (any role; changing it needs edit access, checked per call). */
  private openableId(id: string): string {
    const file = this.ws.file(id);
    if (!file || file.mimeType !== mimeTypes.form || !formsState(this.ws).forms[id]) {
      throw appsScriptError(missingForm);
    }
    requireAccess(this.ws, file, 'read', formErrors);
    return id;
  }
}

function openForm(ws: Workspace, id: string): Form {
  return new FormHandle(ws, id) as unknown as Form;
}

export function createFormApp(ws: Workspace): GoogleAppsScript.Forms.FormApp {
  return new EmulatedFormApp(ws) as unknown as GoogleAppsScript.Forms.FormApp;
}

/** An answer as a respondent gives it: text or a choice, ticked boxes, a scale number, or {row: column}. */
export type RespondentAnswer = string | string[] | number | Record<string, string>;

/**
 * Test hook: a person filling in the form (not metered). Refuses, by throwing, what Forms would refuse: an
 * unpublished or closed form, a missing sign-in or email, a second response when limited to one, a
 * required question left blank, an answer that is not one of the choices. Lands in the destination sheet.
 */
export function submitResponse(
  ws: Workspace,
  formId: string,
  answers: Record<string, RespondentAnswer>,
  options: { respondentEmail?: string; at?: Date } = {},
): string {
  const form = formsState(ws).forms[formId];
  if (!form) throw new Error(`submitResponse: no form ${formId}`);
  const submission = {
    respondentEmail: options.respondentEmail ?? '',
    timestamp: options.at ?? ws.now(),
    answers: Object.entries(answers).map(([title, raw]) => {
      const item = form.items.find((i) => isQuestion(i) && i.title === title);
      if (!item) throw new Error(`submitResponse: form "${form.title}" has no question "${title}"`);
      return { itemId: item.id, value: normalizeAnswer(item, raw) };
    }),
  };
  const reason = refusal(ws, form, submission);
  if (reason) throw new Error(reason);
  return recordResponse(ws, form, submission).id;
}

export interface FormSettingsView extends FormSettings {
  title: string;
  description: string;
  publishedUrl: string;
  destination: DestinationData | null;
  responseCount: number;
}

/** Test hook: the form's settings as a plain object. */
export function formSettings(ws: Workspace, formId: string): FormSettingsView {
  const form = formsState(ws).forms[formId];
  if (!form) throw new Error(`formSettings: no form ${formId}`);
  return {
    ...form.settings,
    title: form.title,
    description: form.description,
    publishedUrl: publishedUrl(form),
    // The tab as it is called now: a renamed responses tab is still the form's (forms/destination.ts).
    destination: form.destination
      ? {
          ...form.destination,
          sheetName: destinationTabName(ws, form.destination),
          columns: [...form.destination.columns],
          ...(form.destination.columnKeys ? { columnKeys: [...form.destination.columnKeys] } : {}),
        }
      : null,
    responseCount: form.responses.length,
  };
}
