// Turns a form model (core/feedback) into a Google Form and sets who may answer. The questions and the settings the
// Forms API can set go in one batchUpdate (forms-api.ts); what only FormApp can set follows: requiring sign-in,
// one response per person, no "submit another response" link, and the responses spreadsheet (the API has no
// field for any of them — FormSettings holds only emailCollectionType and quiz settings,
// https://developers.google.com/workspace/forms/api/reference/rest/v1/forms#formsettings). The form is published
// last, through the API, once all of that is in place. What was asked is read back, not assumed: email collection
// from the batch's answer, publishing from setPublishSettings' answer, one response per person from FormApp.
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
import { escapeAsText, unescapeCell } from '../core/escape';
import type { FormItem, FormKind, FormModel } from '../core/feedback/form-model';
import { getForm, updateForm, type ApiForm, type FormRequest } from './forms-api';
import type { SharedPacer } from './rate-log';

type Form = GoogleAppsScript.Forms.Form;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Where a run's forms go: the PLG Hub folder and the private responses spreadsheet in it, each looked up once. */
export interface FormPlace {
  folder(): GoogleAppsScript.Drive.Folder;
  responsesBook(): Spreadsheet;
}

export function formPlace(folder: () => GoogleAppsScript.Drive.Folder): FormPlace {
  let theFolder: GoogleAppsScript.Drive.Folder | undefined;
  let book: Spreadsheet | undefined;
  const place: FormPlace = {
    folder: () => (theFolder ??= folder()),
    responsesBook: () => (book ??= ensureResponsesBook(place.folder())),
  };
  return place;
}

/**
 * Checks what the Forms API answered a form's batch with: the email setting asked for, kept. Anonymous unless the
 * school opted in, so a form that answers otherwise is never published.
 */
export function checkBuilt(api: ApiForm, model: FormModel): void {
  const collected = api.settings?.emailCollectionType ?? 'DO_NOT_COLLECT';
  if (collected !== model.settings.emailCollection)
    throw new Error(`The form "${model.title}" did not keep its email setting (${collected})`);
}

/** The one batch that makes the form the model: emptied of `existing` items, then titled, set and filled. */
export function formRequests(model: FormModel, existing: number): FormRequest[] {
  return [
    ...Array.from({ length: existing }, () => ({ deleteItem: { location: { index: 0 } } })),
    {
      updateFormInfo: { info: { title: model.title, description: model.description }, updateMask: 'title,description' },
    },
    {
      // Anonymous unless the school opted in: "do not collect" is set, never left to Google's default.
      updateSettings: {
        settings: { emailCollectionType: model.settings.emailCollection },
        updateMask: 'emailCollectionType',
      },
    },
    ...model.items.map((item, index) => ({ createItem: { item: apiItem(item), location: { index } } })),
  ];
}

/** A model item as the Forms API's Item (https://developers.google.com/workspace/forms/api/reference/rest/v1/forms#item). */
function apiItem(item: FormItem): Record<string, unknown> {
  const question = (kind: Record<string, unknown>) => ({
    title: item.title,
    ...(item.helpText ? { description: item.helpText } : {}),
    questionItem: { question: { required: item.required, ...kind } },
  });
  switch (item.kind) {
    case 'scale':
      return question({
        scaleQuestion: { low: 1, high: 5, lowLabel: item.lowLabel, highLabel: item.highLabel },
      });
    case 'shortAnswer':
      return question({ textQuestion: { paragraph: false } });
    case 'paragraph':
      return question({ textQuestion: { paragraph: true } });
    case 'choice': {
      const type = item.display === 'dropdown' ? 'DROP_DOWN' : item.display === 'checkboxes' ? 'CHECKBOX' : 'RADIO';
      return question({ choiceQuestion: { type, options: item.choices.map((value) => ({ value })) } });
    }
  }
}

/**
 * Who may answer, which only FormApp sets: sign-in required (Workspace domains only; on a consumer account the form
 * stays open to its link), one response per signed-in person for a survey round (Form.setLimitOneResponsePerUser:
 * "Sets whether the form allows only one response per respondent"; the address is not kept unless email collection
 * is on), no link to answer again, no editing a response. A form this run created has Google's defaults, so a
 * setting is written only where the default is not what PLG Hub wants: "submit another response" is shown by
 * default (FormApp's setShowLinkToRespondAgain; the emulator's new form has it on) and sign-in is not required
 * (the emulator's default), so both are always set; one response per person and response editing are off by
 * default (Form.setLimitOneResponsePerUser, setAllowResponseEdits: both opt-in), so a new form skips them unless
 * a survey asks for one response per person; a form made by an earlier run may have been changed, so it gets all.
 */
export function setWhoMayAnswer(form: Form, model: FormModel, fresh: boolean): void {
  const { limitOneResponsePerUser, requireLogin } = model.settings;
  form.setShowLinkToRespondAgain(false);
  if (!fresh) form.setAllowResponseEdits(false);
  if (!fresh || limitOneResponsePerUser) {
    form.setLimitOneResponsePerUser(limitOneResponsePerUser);
    if (form.hasLimitOneResponsePerUser() !== limitOneResponsePerUser)
      throw new Error(`The form "${model.title}" did not keep its one-response-per-person setting`);
  }
  try {
    form.setRequireLogin(requireLogin);
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
  /** A consumer Google account (gmail.com), whose forms cannot be limited to a domain's signed-in users. */
  function isConsumerAccount(): boolean {
    return /@(gmail|googlemail)\.com$/i.test(Session.getEffectiveUser().getEmail().trim());
  }
}

/**
 * A prefilled link with a placeholder answer to the question `itemTitle`, made from the form as the API answered
 * it: "<responderUri>?usp=pp_url&entry.<questionId in decimal>=<answer>". Google documents the link's shape (a
 * prefilled link is the form's link with each answer as "entry.<id>") but not that the entry id is the questionId
 * read as hexadecimal; that is how the two are seen to relate (https://qiita.com/que9/items/19dd5a3b24d654be9c7c),
 * and the emulator's test holds it to FormApp's own toPrefilledUrl. Each meeting's link swaps in its answer.
 */
export function prefilledTemplate(form: ApiForm, itemTitle: string, placeholder: string): string {
  const item = form.items?.find((i) => i.title === itemTitle && i.questionItem);
  if (!item) throw new Error(`The form "${form.formId}" has no question "${itemTitle}"`);
  const entry = parseInt(item.questionItem!.question.questionId, 16);
  return `${form.responderUri}?usp=pp_url&entry.${entry}=${placeholder}`;
}

/** An answer as a prefilled link's query carries it (form-encoded: a space is "+"). */
export function prefillValue(answer: string): string {
  return encodeURIComponent(answer).replace(/%20/g, '+');
}

/**
 * Gives a form's dropdown new choices (the meetings of its group, after one moved or was added): read, then one
 * updateItem of the options only, applied only if the form is still as read — a question moved or retitled by
 * hand in between is never overwritten by the wrong one. A form whose question is not a dropdown is left alone.
 */
export function setDropdownChoices(
  formId: string,
  itemTitle: string,
  choices: readonly string[],
  /** This person's Forms minute, as the caller read it (forms-api.ts formsWritePacer). */
  writes?: SharedPacer,
): void {
  const form = getForm(formId);
  const index = (form.items ?? []).findIndex((i) => i.title === itemTitle);
  const question = form.items?.[index]?.questionItem?.question;
  if (question?.choiceQuestion?.type !== 'DROP_DOWN') return;
  updateForm(
    formId,
    [
      {
        updateItem: {
          item: {
            questionItem: {
              question: { choiceQuestion: { type: 'DROP_DOWN', options: choices.map((value) => ({ value })) } },
            },
          },
          location: { index },
          updateMask: 'questionItem.question.choiceQuestion.options',
        },
      },
    ],
    form.revisionId,
    writes,
  );
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
  return indexedForms(sheet.getDataRange().getValues());
}

/** The index's rows (header first) as forms, the latest record of each form winning. */
function indexedForms(values: readonly unknown[][]): IndexedForm[] {
  const byForm = new Map<string, IndexedForm>();
  for (const cells of values.slice(1)) {
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

/** A form whose responses go to the private spreadsheet: its id (known, so never asked of FormApp), its model. */
export interface LinkedForm {
  formId: string;
  form: Form;
  model: FormModel;
}

/**
 * Sends each form's responses to `book` and records the tab they land in, unless that is already so, for all the
 * forms together: one read of the index, a setDestination per form (the only way there is), one flush, one
 * pairing of the new tabs with the forms, a rename per tab and one write of all their index rows.
 */
export function linkAllResponses(forms: readonly LinkedForm[], book: Spreadsheet, registryId: string): void {
  const index = book.getSheetByName(formsIndexTab)!;
  const indexRows = index.getDataRange().getValues();
  const recorded = new Map(indexedForms(indexRows).map((f) => [f.formId, f]));
  const todo = forms.filter(({ formId, form }) => {
    const known = recorded.get(formId);
    return !(known && destinationOf(form) === book.getId() && book.getSheetByName(known.tab));
  });
  if (todo.length === 0) return;
  const before = new Set(book.getSheets().map((s) => s.getName()));
  for (const { form } of todo) form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
  SpreadsheetApp.flush();
  // Every tab's name read once: each getName is a call into Sheets, and the renames below keep this list current.
  const names = book.getSheets().map((s) => s.getName());
  const added = names.filter((name) => !before.has(name));
  // Each link makes a tab "Form Responses N", N the spreadsheet's next number (support.google.com/docs/answer/
  // 2917686; the emulator's destination.ts), so the forms, linked one after another, own the new tabs in the order
  // of their numbers. Anything else (a tab not made by these links) and nothing is assumed: the run stops, and the
  // forms are finished next run.
  const numbered = added
    .map((name) => ({ name, n: Number(/^Form Responses (\d+)$/i.exec(name)?.[1]) }))
    .sort((a, b) => a.n - b.n);
  const tabOf = new Map<string, string>();
  if (numbered.length === todo.length && numbered.every((t) => Number.isInteger(t.n)))
    todo.forEach(({ formId }, i) => tabOf.set(formId, numbered[i]!.name));
  else if (added.length === 1 && todo.length === 1) tabOf.set(todo[0]!.formId, added[0]!);
  const taken = new Set(names.map((name) => name.toLowerCase()));
  const rows: (string | number)[][] = [];
  for (const { formId, model } of todo) {
    const tab = tabOf.get(formId);
    if (!tab)
      throw new Error(`The responses tab of "${model.title}" could not be found; the form is finished next run`);
    // Named after the form ("Math PLG — meeting feedback 2026–27"), not "Form Responses 7": the form keeps writing
    // to its tab after a rename (https://support.google.com/docs/answer/2917686), and the index records the new name.
    const named = renameResponsesTab(book, tab, model.title, taken);
    const { identity } = model;
    // As text, so Sheets never turns a school year's first day (or a key like "10-12") into a date.
    const cells = [formId, named, model.kind, identity.group ?? '', identity.yearStart].map(escapeAsText);
    rows.push([...cells, identity.round ?? '', escapeAsText(registryId)]);
  }
  // Every form's row in one write, below the last row read (the index is only ever appended to).
  index.getRange(Math.max(indexRows.length, 1) + 1, 1, rows.length, indexHeaders.length).setValues(rows);
}

/** Sheets holds a tab name of up to 100 characters. */
const tabNameLimit = 100;

/**
 * Renames the responses tab `tab` after its form; a name another tab already has (`taken`, lower case, kept
 * current here) gets " (2)", " (3)"… Only a tab
 * Forms just made (still "Form Responses N") is renamed; any other name is a person's choice and is kept.
 */
function renameResponsesTab(book: Spreadsheet, tab: string, title: string, taken: Set<string>): string {
  if (!/^Form Responses \d+$/i.test(tab)) return tab;
  const base = title.replace(/\s+/g, ' ').trim().slice(0, tabNameLimit) || tab;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, tabNameLimit - ` (${n})`.length)} (${n})`;
  book.getSheetByName(tab)!.setName(name);
  taken.delete(tab.toLowerCase());
  taken.add(name.toLowerCase());
  return name;
}
