// Turns a form model (core/feedback) into a Google Form, sets who may answer, and reads the settings back:
// forms created through the API start unpublished, email collection must be "do not collect" unless the school
// opted in, and setRequireLogin throws on consumer accounts — so what was asked is checked, not assumed.
//
// Where responses go. Individual responses never land in the registry: every editor of the registry (the admins)
// could read them there, including the lone response of a group the Dashboard hides. They go to one private
// spreadsheet, "PLG Hub responses (private — do not share)", beside the forms in the PLG Hub folder, made by (and
// so owned by) the admin whose account makes the forms, and shared by PLG Hub with nobody. Its "PLG Hub forms"
// tab records which tab holds which form's responses, and what each form collects (the group of a meeting-feedback
// form, the round of a survey), so Refresh dashboard reads a response as its form's — never as whatever group a
// respondent typed a key for. The record is written before the form is published, so no response can arrive in a
// tab PLG Hub does not know.
import { z } from 'zod';
import { fileIdOf } from '../core/drive-id';
import { escapeAsText, unescapeCell } from '../core/escape';
import type { FormItem, FormKind, FormModel } from '../core/feedback/form-model';

type Form = GoogleAppsScript.Forms.Form;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface BuiltFormSettings {
  published: boolean;
  acceptingResponses: boolean;
  emailCollection: string;
  requiresLogin: boolean | 'not available';
  limitOneResponsePerUser: boolean;
}

/**
 * Adds the model's items and settings to a new (or emptied) form, and sends its responses to the private responses
 * spreadsheet in the form's folder (made if missing). `registryId` is recorded with the form, so a registry reads
 * only its own forms' responses; the registry itself never receives any.
 */
export function buildForm(form: Form, model: FormModel, registryId: string): BuiltFormSettings {
  form.setTitle(model.title).setDescription(model.description);
  for (const item of model.items) addItem(form, item);
  const emailType =
    model.settings.emailCollection === 'VERIFIED'
      ? FormApp.EmailCollectionType.VERIFIED
      : FormApp.EmailCollectionType.DO_NOT_COLLECT;
  form.setEmailCollectionType(emailType);
  // One response per signed-in person for a survey round (Form.setLimitOneResponsePerUser: "Sets whether the form
  // allows only one response per respondent"); the address is not kept unless email collection is on.
  form.setLimitOneResponsePerUser(model.settings.limitOneResponsePerUser);
  form.setAllowResponseEdits(false);
  form.setShowLinkToRespondAgain(false);
  let requiresLogin: boolean | 'not available' = 'not available';
  try {
    form.setRequireLogin(model.settings.requireLogin);
    requiresLogin = form.requiresLogin();
  } catch (error) {
    // Only Workspace domains can require sign-in; on a consumer account the form stays open to its link. Google's
    // words for that refusal are not documented (README ▸ Known limits), so a consumer account is told by its
    // address, the known words being a second sign. Any other failure (a limit, a server error) stops the build,
    // so a school's form is never published open to outsiders.
    if (
      !isConsumerAccount() &&
      !/only available|Google Workspace|not supported/i.test(String((error as Error).message))
    )
      throw error;
    console.warn('Forms cannot require sign-in for this account', error);
  }
  const limited = form.hasLimitOneResponsePerUser();
  if (limited !== model.settings.limitOneResponsePerUser)
    throw new Error(`The form "${model.title}" did not keep its one-response-per-person setting`);
  linkResponses(form, model, ensureResponsesBook(folderOf(form)), registryId);
  form.setPublished(true);
  form.setAcceptingResponses(true);
  return {
    published: form.isPublished(),
    acceptingResponses: form.isAcceptingResponses(),
    emailCollection: String(form.getEmailCollectionType()),
    requiresLogin,
    limitOneResponsePerUser: limited,
  };
}

/** A consumer Google account (gmail.com), whose forms cannot be limited to a domain's signed-in users. */
function isConsumerAccount(): boolean {
  return /@(gmail|googlemail)\.com$/i.test(Session.getEffectiveUser().getEmail().trim());
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
      const choice =
        item.display === 'dropdown'
          ? form.addListItem()
          : item.display === 'checkboxes'
            ? form.addCheckboxItem()
            : form.addMultipleChoiceItem();
      choice
        .setTitle(item.title)
        .setChoiceValues([...item.choices])
        .setRequired(item.required);
      if (item.helpText) choice.setHelpText(item.helpText);
      return;
    }
  }
}

/**
 * A prefilled link with a placeholder answer, made once per form; each meeting's link swaps in its own answer.
 * A dropdown takes only one of its choices (ListItem.createResponse throws on any other), so the link is made with
 * its first choice and that one answer's value becomes the placeholder.
 * https://developers.google.com/apps-script/reference/forms/list-item#createResponse(String)
 */
export function prefilledTemplate(form: Form, itemTitle: string, placeholder: string): string {
  const item = form.getItems().find((i) => i.getTitle() === itemTitle);
  if (!item) throw new Error(`The form "${form.getTitle()}" has no question "${itemTitle}"`);
  if (item.getType() === FormApp.ItemType.LIST) {
    const list = item.asListItem();
    const first = list.getChoices()[0]!.getValue();
    const url = form.createResponse().withItemResponse(list.createResponse(first)).toPrefilledUrl();
    return url.replace(/(entry\.\d+=)[^&]*/, `$1${placeholder}`);
  }
  const response = form.createResponse().withItemResponse(item.asTextItem().createResponse(placeholder));
  return response.toPrefilledUrl();
}

/** An answer as a prefilled link's query carries it (form-encoded: a space is "+"). */
export function prefillValue(answer: string): string {
  return encodeURIComponent(answer).replace(/%20/g, '+');
}

/** Gives a form's dropdown new choices (the meetings of its group, after one moved or was added). */
export function setDropdownChoices(form: Form, itemTitle: string, choices: readonly string[]): void {
  const item = form.getItems().find((i) => i.getTitle() === itemTitle);
  if (item?.getType() === FormApp.ItemType.LIST) item.asListItem().setChoiceValues([...choices]);
}

// ---------------------------------------------------------------------------------------------------------------
// The private responses spreadsheet

export const responsesBookName = 'PLG Hub responses (private — do not share)';
export const formsIndexTab = 'PLG Hub forms';
const indexHeaders = ['Form id', 'Responses tab', 'Kind', 'Group key', 'School year', 'Round', 'Registry'] as const;

export interface IndexedForm {
  formId: string;
  tab: string;
  kind: FormKind;
  /** Meeting feedback: the group's PLG Hub key. */
  group?: string;
  yearStart: string;
  round?: number;
  registryId: string;
}

const IndexRow = z
  .tuple([
    z.string().min(1),
    z.string().min(1),
    z.enum(['meeting', 'health', 'facilitator']),
    z.string(),
    z.string(),
    z.union([z.number(), z.string()]),
    z.string(),
  ])
  .transform(([formId, tab, kind, group, yearStart, round, registryId]): IndexedForm => ({
    formId,
    tab,
    kind,
    group: group || undefined,
    yearStart,
    round: round === '' ? undefined : Number(round),
    registryId,
  }));

/** The forms the spreadsheet records, the latest record of each form winning (a form linked again). */
export function readFormsIndex(book: Spreadsheet): IndexedForm[] {
  const sheet = book.getSheetByName(formsIndexTab);
  if (!sheet) return [];
  const byForm = new Map<string, IndexedForm>();
  for (const cells of sheet.getDataRange().getValues().slice(1)) {
    const parsed = IndexRow.safeParse(
      cells.slice(0, indexHeaders.length).map((c) => (typeof c === 'string' ? unescapeCell(c) : c)),
    );
    if (parsed.success) byForm.set(parsed.data.formId, parsed.data);
  }
  return [...byForm.values()];
}

/** The responses spreadsheet in `folder`, if PLG Hub has made one there. */
export function findResponsesBook(folder: GoogleAppsScript.Drive.Folder): Spreadsheet | undefined {
  const files = folder.getFilesByName(responsesBookName);
  while (files.hasNext()) {
    const file = files.next();
    if (file.getMimeType() === MimeType.GOOGLE_SHEETS) return SpreadsheetApp.openById(file.getId());
  }
  return undefined;
}

function folderOf(form: Form): GoogleAppsScript.Drive.Folder {
  const parents = DriveApp.getFileById(form.getId()).getParents();
  return parents.hasNext() ? parents.next() : DriveApp.getRootFolder();
}

/**
 * The responses spreadsheet in the form's folder, made if missing: SpreadsheetApp.create makes it owned by the
 * person running PLG Hub and shared with nobody; it is moved next to the forms. A run stopped between making and
 * moving it finds it again in My Drive by name.
 */
function ensureResponsesBook(folder: GoogleAppsScript.Drive.Folder): Spreadsheet {
  const book = findResponsesBook(folder) ?? adoptLooseBook(folder) ?? createBook(folder);
  if (!book.getSheetByName(formsIndexTab)) {
    const first = book.getSheets()[0];
    const sheet =
      first && first.getLastRow() === 0 && !first.getFormUrl?.()
        ? first.setName(formsIndexTab)
        : book.insertSheet(formsIndexTab);
    sheet.getRange(1, 1, 1, indexHeaders.length).setValues([[...indexHeaders]]);
  }
  return book;
}

function adoptLooseBook(folder: GoogleAppsScript.Drive.Folder): Spreadsheet | undefined {
  const rootId = DriveApp.getRootFolder().getId();
  const files = DriveApp.getFilesByName(responsesBookName);
  while (files.hasNext()) {
    const file = files.next();
    if (file.getMimeType() !== MimeType.GOOGLE_SHEETS) continue;
    const parents = file.getParents();
    if (parents.hasNext() && parents.next().getId() !== rootId) continue;
    file.moveTo(folder);
    return SpreadsheetApp.openById(file.getId());
  }
  return undefined;
}

function createBook(folder: GoogleAppsScript.Drive.Folder): Spreadsheet {
  const book = SpreadsheetApp.create(responsesBookName);
  DriveApp.getFileById(book.getId()).moveTo(folder);
  return book;
}

function destinationOf(form: Form): string | undefined {
  try {
    return form.getDestinationId();
  } catch {
    return undefined; // no destination yet
  }
}

/** Sends the form's responses to `book` and records the tab they land in, unless that is already so. */
function linkResponses(form: Form, model: FormModel, book: Spreadsheet, registryId: string): void {
  const formId = form.getId();
  const recorded = readFormsIndex(book).find((f) => f.formId === formId);
  if (recorded && destinationOf(form) === book.getId() && book.getSheetByName(recorded.tab)) return;
  const before = new Set(book.getSheets().map((s) => s.getName()));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
  SpreadsheetApp.flush();
  const sheets = book.getSheets();
  const added = sheets.filter((s) => !before.has(s.getName()));
  const tab =
    added.length === 1
      ? added[0]!.getName()
      : sheets.find((s) => fileIdOf(s.getFormUrl?.() ?? undefined) === formId)?.getName();
  if (!tab) throw new Error(`The responses tab of "${model.title}" could not be found; the form is finished next run`);
  // Named after the form ("Math PLG — meeting feedback 2026–27"), not "Form Responses 7": the form keeps writing
  // to its tab after a rename (https://support.google.com/docs/answer/2917686), and the index records the new name.
  const named = renameResponsesTab(book, tab, model.title);
  const { identity } = model;
  // As text, so Sheets never turns a school year's first day (or a key like "10-12") into a date.
  const cells = [formId, named, model.kind, identity.group ?? '', identity.yearStart].map(escapeAsText);
  book.getSheetByName(formsIndexTab)!.appendRow([...cells, identity.round ?? '', escapeAsText(registryId)]);
}

/** Sheets holds a tab name of up to 100 characters. */
const tabNameLimit = 100;

/**
 * Renames the responses tab `tab` after its form; a name another tab already has gets " (2)", " (3)"… Only a tab
 * Forms just made (still "Form Responses N") is renamed; any other name is a person's choice and is kept.
 */
function renameResponsesTab(book: Spreadsheet, tab: string, title: string): string {
  if (!/^Form Responses \d+$/i.test(tab)) return tab;
  const taken = new Set(book.getSheets().map((s) => s.getName().toLowerCase()));
  const base = title.replace(/\s+/g, ' ').trim().slice(0, tabNameLimit) || tab;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, tabNameLimit - ` (${n})`.length)} (${n})`;
  book.getSheetByName(tab)!.setName(name);
  return name;
}
