// A Form PLG Hub creates exactly once, whatever happens to the run: its id is stored (in a record store, read
// back through zod) the moment it exists, marked ready only when fully built; a run stopped half-way rebuilds the
// same form's questions, and a run stopped before the id was stored adopts the form by its unique title.
import { z } from 'zod';
import type { FormModel } from '../core/feedback/form-model';
import { contentHash } from '../core/content-hash';
import { buildForm } from './form-builder';

export const StoredForm = z.object({
  formId: z.string(),
  ready: z.boolean(),
  /** Meeting feedback: a prefilled link with a placeholder for the meeting key (or its date, with `choices`). */
  template: z.string().optional(),
  /**
   * Meeting feedback asked as a dropdown of the group's meeting dates: the choices it holds now, so a sync changes
   * them only when a meeting moved, was added or was canceled. Absent on forms made with a text box for the key.
   */
  choices: z.array(z.string()).optional(),
  /** Surveys: how many of the audience the link was mailed to. */
  mailed: z.number().optional(),
  /**
   * Surveys: the round's fixed audience, its entries kept in `chunks` properties of their own (see
   * survey-send.ts and core/feedback/survey-round.ts); absent until the round's mail starts.
   */
  audience: z.object({ size: z.number().int().nonnegative(), chunks: z.number().int().nonnegative() }).optional(),
  url: z.string().optional(),
});
export type StoredForm = z.infer<typeof StoredForm>;

/** Where form records are kept: every record in one read (`all`), and a write that is stored before it returns. */
export interface FormRecords {
  readonly all: Record<string, string>;
  store(key: string, value: string): void;
}

/** Script properties: a survey round's records and audience (survey-send.ts writes several keys in one call). */
export function storedForms(): FormRecords {
  const properties = PropertiesService.getScriptProperties();
  const all = properties.getProperties();
  return {
    all,
    store(key, value) {
      all[key] = value;
      properties.setProperty(key, value);
    },
  };
}

export function readStoredForm(all: Record<string, string>, key: string): StoredForm | undefined {
  const raw = all[key];
  if (!raw) return undefined;
  try {
    const parsed = StoredForm.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function storeForm(records: FormRecords, key: string, form: StoredForm): void {
  records.store(key, JSON.stringify(form));
}

/** Creates (or finishes) the form for `key`; returns it ready, published, answering into the registry. */
export function ensureTrackedForm(
  records: FormRecords,
  key: string,
  model: FormModel,
  folder: () => GoogleAppsScript.Drive.Folder,
  destinationSpreadsheetId: string,
  finish: (form: GoogleAppsScript.Forms.Form) => Partial<StoredForm> = () => ({}),
): { form: GoogleAppsScript.Forms.Form; stored: StoredForm; created: boolean } {
  const stored = readStoredForm(records.all, key);
  if (stored?.ready) return { form: FormApp.openById(stored.formId), stored, created: false };
  let form: GoogleAppsScript.Forms.Form;
  if (stored) {
    form = FormApp.openById(stored.formId);
    for (const item of form.getItems()) form.deleteItem(item);
  } else {
    form = adoptOrCreate(fileNameOf(model.title, key, destinationSpreadsheetId));
    storeForm(records, key, { formId: form.getId(), ready: false });
    DriveApp.getFileById(form.getId()).moveTo(folder());
  }
  buildForm(form, model, destinationSpreadsheetId);
  const ready: StoredForm = { formId: form.getId(), ready: true, url: form.getPublishedUrl(), ...finish(form) };
  storeForm(records, key, ready);
  return { form, stored: ready, created: true };
}

/**
 * The form's Drive file name: its title and a tag of its record key and registry, so a run stopped before the id
 * was stored adopts this form and never another — two groups of one Name, or the MATH-1 of another registry the
 * same admin runs. The Form's own title (what respondents see) is set when it is built; Google keeps the two apart.
 */
export function fileNameOf(title: string, key: string, registryId: string): string {
  return `${title} · ${contentHash(`${registryId} ${key}`).slice(0, 6)}`;
}

function adoptOrCreate(fileName: string): GoogleAppsScript.Forms.Form {
  const files = DriveApp.getFilesByName(fileName);
  while (files.hasNext()) {
    const file = files.next();
    if (file.getMimeType() === MimeType.GOOGLE_FORMS) return FormApp.openById(file.getId());
  }
  return FormApp.create(fileName);
}
