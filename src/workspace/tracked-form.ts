// A Form PLG Hub creates exactly once, whatever happens to the run: its id is stored (in a record store, read
// back through zod) the moment forms.create answers, marked ready only when fully built and published; a run
// stopped half-way rebuilds the same form's questions, and a run stopped before the id was stored adopts the form
// by its unique Drive file name (forms.create names the file, documentTitle). A form is made unpublished and
// published last, so a form left behind by a stopped run takes no responses before it is adopted and finished.
import { z } from 'zod';
import type { FormModel } from '../core/feedback/form-model';
import { contentHash } from '../core/content-hash';
import { buildForm, type BuiltForm, type FormPlace } from './form-builder';
import { createForm } from './forms-api';

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

/**
 * Creates (or finishes) the form for `key`; returns it ready, published, answering into the private responses
 * spreadsheet. `finish` adds what the caller keeps with the record (a prefilled link) from the built form.
 */
export function ensureTrackedForm(
  records: FormRecords,
  key: string,
  model: FormModel,
  place: FormPlace,
  registryId: string,
  finish: (built: BuiltForm) => Partial<StoredForm> = () => ({}),
): { form: GoogleAppsScript.Forms.Form; stored: StoredForm; created: boolean } {
  const stored = readStoredForm(records.all, key);
  if (stored?.ready) return { form: FormApp.openById(stored.formId), stored, created: false };
  let formId = stored?.formId;
  let fresh = false;
  if (!formId) {
    const fileName = fileNameOf(model.title, key, registryId);
    formId = leftoverForm(fileName);
    if (!formId) {
      formId = createForm(model.title, fileName).formId;
      fresh = true;
    }
    storeForm(records, key, { formId, ready: false });
  }
  // Into the PLG Hub folder: a new form starts in My Drive, and a run stopped before the move left it there.
  DriveApp.getFileById(formId).moveTo(place.folder());
  const built = buildForm(formId, model, place, registryId, fresh);
  const ready: StoredForm = { formId, ready: true, url: built.api.responderUri, ...finish(built) };
  storeForm(records, key, ready);
  return { form: built.form, stored: ready, created: true };
}

/**
 * The form's Drive file name: its title and a tag of its record key and registry, so a run stopped before the id
 * was stored adopts this form and never another — two groups of one Name, or the MATH-1 of another registry the
 * same admin runs. The Form's own title (what respondents see) is set when it is built; Google keeps the two apart.
 */
export function fileNameOf(title: string, key: string, registryId: string): string {
  return `${title} · ${contentHash(`${registryId} ${key}`).slice(0, 6)}`;
}

/** A form a stopped run made (or began) under this file name, which the record never got to hold. */
function leftoverForm(fileName: string): string | undefined {
  const files = DriveApp.getFilesByName(fileName);
  while (files.hasNext()) {
    const file = files.next();
    if (file.getMimeType() === MimeType.GOOGLE_FORMS) return file.getId();
  }
  return undefined;
}
