// Turns a form model (core/feedback) into a Google Form, sets who may answer, and reads the settings back:
// forms created through the API start unpublished, email collection must be "do not collect" unless the school
// opted in, and setRequireLogin throws on consumer accounts — so what was asked is checked, not assumed.
import type { FormItem, FormModel } from '../core/feedback/form-model';

type Form = GoogleAppsScript.Forms.Form;

export interface BuiltFormSettings {
  published: boolean;
  acceptingResponses: boolean;
  emailCollection: string;
  requiresLogin: boolean | 'not available';
}

/** Adds the model's items and settings to a new (or emptied) form, and sends responses to the registry. */
export function buildForm(form: Form, model: FormModel, destinationSpreadsheetId: string): BuiltFormSettings {
  form.setTitle(model.title).setDescription(model.description);
  for (const item of model.items) addItem(form, item);
  const emailType =
    model.settings.emailCollection === 'VERIFIED'
      ? FormApp.EmailCollectionType.VERIFIED
      : FormApp.EmailCollectionType.DO_NOT_COLLECT;
  form.setEmailCollectionType(emailType);
  form.setLimitOneResponsePerUser(model.settings.limitOneResponsePerUser);
  form.setAllowResponseEdits(false);
  form.setShowLinkToRespondAgain(false);
  let requiresLogin: boolean | 'not available' = 'not available';
  try {
    form.setRequireLogin(model.settings.requireLogin);
    requiresLogin = form.requiresLogin();
  } catch (error) {
    // Only Workspace domains can require sign-in; on a consumer account the form stays open to its link.
    // Any other failure (a rate limit, a quota) stops the build, so the form is never published half-set.
    if (!/only available|Google Workspace|not supported/i.test(String((error as Error).message))) throw error;
    console.warn('Forms cannot require sign-in for this account', error);
  }
  form.setDestination(FormApp.DestinationType.SPREADSHEET, destinationSpreadsheetId);
  form.setPublished(true);
  form.setAcceptingResponses(true);
  return {
    published: form.isPublished(),
    acceptingResponses: form.isAcceptingResponses(),
    emailCollection: String(form.getEmailCollectionType()),
    requiresLogin,
  };
}

function addItem(form: Form, item: FormItem): void {
  switch (item.kind) {
    case 'scale': {
      const scale = form
        .addScaleItem()
        .setTitle(item.title)
        .setBounds(1, 5)
        .setLabels(item.lowLabel, item.highLabel)
        .setRequired(item.required);
      if (item.helpText) scale.setHelpText(item.helpText);
      return;
    }
    case 'shortAnswer': {
      const text = form.addTextItem().setTitle(item.title).setRequired(item.required);
      if (item.helpText) text.setHelpText(item.helpText);
      return;
    }
    case 'paragraph': {
      const text = form.addParagraphTextItem().setTitle(item.title).setRequired(item.required);
      if (item.helpText) text.setHelpText(item.helpText);
      return;
    }
    case 'choice': {
      const choice = form
        .addMultipleChoiceItem()
        .setTitle(item.title)
        .setChoiceValues([...item.choices])
        .setRequired(item.required);
      if (item.helpText) choice.setHelpText(item.helpText);
      return;
    }
  }
}

/** A prefilled link with a placeholder answer, made once per form; each meeting's link swaps in its key. */
export function prefilledTemplate(form: Form, itemTitle: string, placeholder: string): string {
  const item = form.getItems().find((i) => i.getTitle() === itemTitle);
  if (!item) throw new Error(`The form "${form.getTitle()}" has no question "${itemTitle}"`);
  const response = form.createResponse().withItemResponse(item.asTextItem().createResponse(placeholder));
  return response.toPrefilledUrl();
}
