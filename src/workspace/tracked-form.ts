// The Forms PLG Hub creates exactly once each, whatever happens to the run: their ids are stored (in a record
// store, read back through zod) the moment forms.create answers, each marked ready only when fully built and
// published; a run stopped half-way rebuilds the same forms' questions, and a run stopped before the ids were
// stored adopts each form by its unique Drive file name (forms.create names the file, documentTitle). A form is
// made unpublished and published last, so a form left behind by a stopped run takes no responses before it is
// adopted and finished.
//
// All the forms a run makes are built together, phase by phase, each phase's requests sent at once
// (UrlFetchApp.fetchAll: as long as the slowest request, not their sum): one search for leftovers, forms.create
// for all and every new id recorded in one write, one move into the PLG Hub folder, one forms.batchUpdate each,
// then FormApp's settings and the responses spreadsheet form by form (no API has them), then setPublishSettings
// for all and every ready record in one write. A stop between any two calls leaves each form recorded (or
// findable by its name) and unpublished until its last phase, so the next run finishes the same forms.
import { z } from 'zod';
import type { FormModel } from '../core/feedback/form-model';
import { contentHash } from '../core/content-hash';
import type { ApplyBudget } from './calendar-apply';
import { checkBuilt, formRequests, linkAllResponses, setWhoMayAnswer, type FormPlace } from './form-builder';
import { formsNamed, moveIntoFolder } from './form-files';
import { createForms, formsWritePacer, getForms, publishForms, updateForms, type ApiForm } from './forms-api';
import type { SharedPacer } from './rate-log';

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

/** Where form records are kept: every record in one read (`all`), and writes stored before they return. */
export interface FormRecords {
  readonly all: Record<string, string>;
  store(key: string, value: string): void;
  /** Several records in one write: all of them stored, or none. */
  storeAll(entries: Record<string, string>): void;
  /**
   * Several records left for the caller's next write (the registry's state tab goes with the next flush of any of
   * its tabs); where records cannot wait, the same as storeAll.
   */
  stageAll(entries: Record<string, string>): void;
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
    storeAll(entries) {
      if (Object.keys(entries).length === 0) return;
      properties.setProperties(entries);
      Object.assign(all, entries);
    },
    // Script properties take each write as it comes: nothing can wait for a later one.
    stageAll(entries) {
      this.storeAll(entries);
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

/** A form to make (or finish): its record key, its model, and what the caller keeps from the built form. */
export interface FormJob {
  key: string;
  model: FormModel;
  /** What the caller keeps with the record (a prefilled link), from the form as the API answered its batch. */
  finish?: (api: ApiForm) => Partial<StoredForm>;
}

export interface MadeForm {
  key: string;
  stored: StoredForm;
  /** The form's editor link, for the registry. */
  editUrl: string;
}

export interface FormsBuild {
  /** Forms made ready and published by this run, in the jobs' order. */
  made: MadeForm[];
  /** Jobs still to finish: the time left did not allow them (they are recorded, if begun). */
  left: number;
}

/**
 * The modeled time of each phase (latency.ts: the slowest request of a fetchAll, a state write, a flush), and of
 * each form's FormApp work (openById 400 ms, two to four settings, setDestination, its tab found and renamed),
 * with room for Apps Script's own time. A run takes only as many forms as all phases can finish with.
 */
const phaseMs = { lookup: 400, create: 1_400, record: 400, move: 400, read: 400, update: 1_000, publish: 500 };
/** Finding the responses spreadsheet, or making it and moving it into the folder (about 2 s when it is made). */
const linkMs = 1_100;
/**
 * Forms built together at most: each takes three Forms API writes (create, batchUpdate, publish), and Google allows
 * 150 writes a minute per user (forms-api.ts paces them), so a build's phases never wait on one another's minute.
 */
export const maxFormsPerBuild = 40;
/**
 * Linking one form to the responses spreadsheet: setDestination (80 ms), its tab found and renamed (local reads and
 * one 20 ms rename), with room to spare.
 */
const linkPerFormMs = 200;
/** One form's FormApp work: openById (400 ms) and two settings (80 each), or five when it names respondents. */
function formMs(model: FormModel): number {
  return model.settings.limitOneResponsePerUser ? 1_000 : 700;
}
const buildMs = (models: readonly FormModel[]) =>
  Object.values(phaseMs).reduce((a, b) => a + b, 0) + linkMs * 2 + models.reduce((t, m) => t + formMs(m), 0);

interface Building {
  job: FormJob;
  fileName: string;
  formId?: string;
  /** Made by this run: empty, with Google's defaults, in My Drive. */
  fresh: boolean;
  /** Where the file is, when known (a new form is in My Drive); a form an earlier run recorded: unknown. */
  from?: string[];
  editUrl?: string;
  api?: ApiForm;
  form?: GoogleAppsScript.Forms.Form;
}

/**
 * Creates (or finishes) the forms of `jobs` that are not ready yet, as many as `budget` allows, all together;
 * each comes out published, answering into the private responses spreadsheet, and recorded ready. `registryId`
 * tags each form's file name and is recorded with it, so a registry reads only its own forms' responses.
 */
export function ensureTrackedForms(
  records: FormRecords,
  jobs: readonly FormJob[],
  place: FormPlace,
  registryId: string,
  budget: ApplyBudget,
  /** Forms to finish in this build at most (maxFormsPerBuild in any case). */
  most = maxFormsPerBuild,
  /** This person's Forms minute (forms-api.ts): each write phase's wait counts against the budget before it. */
  writes: SharedPacer = formsWritePacer(),
): FormsBuild {
  const pending = jobs.filter((j) => !readStoredForm(records.all, j.key)?.ready);
  let n = Math.min(pending.length, maxFormsPerBuild, most);
  while (n > 0 && !budget.allows(buildMs(pending.slice(0, n).map((j) => j.model)))) n--;
  const left = () => ({ made: [], left: pending.length });
  if (n === 0) return left();
  let forms: Building[] = pending.slice(0, n).map((job) => ({
    job,
    fileName: fileNameOf(job.model.title, job.key, registryId),
    formId: readStoredForm(records.all, job.key)?.formId,
    fresh: false,
  }));

  // 1. Forms a stopped run made but never recorded: every name in one search.
  const unrecorded = forms.filter((f) => !f.formId);
  if (unrecorded.length > 0) {
    const found = formsNamed(unrecorded.map((f) => f.fileName));
    for (const f of unrecorded) {
      const file = found.get(f.fileName);
      if (file) Object.assign(f, { formId: file.id, from: file.parents });
    }
  }

  // 2. The rest made, all at once, and every id recorded in one write before anything else happens to them.
  // Each write phase's wait for this person's Forms minute counts against the budget like the phase itself.
  const waitMs = (n: number) => writes.waitMs(Date.now(), n);
  const toMake = unrecorded.filter((f) => !f.formId);
  if (toMake.length > 0 && !budget.allows(waitMs(toMake.length) + phaseMs.create + phaseMs.record)) return left();
  const made = createForms(
    toMake.map((f) => ({ title: f.job.model.title, documentTitle: f.fileName })),
    writes,
  );
  toMake.forEach((f, i) => {
    const answer = made[i]!;
    if (!(answer instanceof Error)) Object.assign(f, { formId: answer.formId, fresh: true, from: ['root'] });
  });
  records.storeAll(
    Object.fromEntries(
      unrecorded.filter((f) => f.formId).map((f) => [f.job.key, JSON.stringify({ formId: f.formId, ready: false })]),
    ),
  );
  throwFirst(made);

  // 3. Into the PLG Hub folder: a new form starts in My Drive, and a run stopped before the move left it there.
  if (!budget.allows(phaseMs.move)) return left();
  const folder = place.folder();
  const known = forms.filter((f) => f.from);
  const moved = moveIntoFolder(
    known.map((f) => ({ id: f.formId!, from: f.from! })),
    folder.getId(),
  );
  known.forEach((f, i) => {
    const answer = moved[i]!;
    if (!(answer instanceof Error)) f.editUrl = answer;
  });
  throwFirst(moved);
  // A form an earlier run recorded may be anywhere by now (moved already, or not): DriveApp moves it from wherever.
  for (const f of forms.filter((x) => !x.from)) DriveApp.getFileById(f.formId!).moveTo(folder);

  // 4. Questions and settings: one batch per form, all sent together. A form this run made is empty; any other
  // is read first and emptied in its batch, which applies only if nobody changed it since it was read.
  const older = forms.filter((f) => !f.fresh);
  if (!budget.allows(waitMs(forms.length) + phaseMs.update + (older.length ? phaseMs.read : 0))) return left();
  const current = getForms(older.map((f) => f.formId!));
  throwFirst(current);
  const read = new Map(older.map((f, i) => [f, current[i] as ApiForm]));
  const built = updateForms(
    forms.map((f) => ({
      formId: f.formId!,
      requests: formRequests(f.job.model, read.get(f)?.items?.length ?? 0),
      revision: read.get(f)?.revisionId,
    })),
    writes,
  );
  throwFirst(built);
  forms.forEach((f, i) => {
    f.api = built[i] as ApiForm;
    checkBuilt(f.api, f.job.model);
  });

  // 5. What only FormApp sets, form by form: who may answer. Form by form against the budget, keeping time for
  // linking and publishing: a form that does not fit waits, recorded, for the next run, and the forms that did fit
  // are finished now — so every run finishes at least one form, whatever the estimates above missed (the script's
  // own CPU time, a slow Google), and no run can leave all of them half-built again and again.
  // Each form's work is timed as it goes; where it takes longer than modeled, what is still to come is assumed
  // to as well.
  const rest = (forms: number) => linkMs * 2 + forms * linkPerFormMs + phaseMs.publish + phaseMs.record;
  const settled: Building[] = [];
  let slower = 1;
  for (const f of forms) {
    // Publishing may wait for the Forms minute: as long as it would now, at most (the minute only empties).
    if (!budget.allows((formMs(f.job.model) + rest(settled.length + 1)) * slower + waitMs(settled.length + 1))) break;
    const startedMs = Date.now();
    f.form = FormApp.openById(f.formId!);
    setWhoMayAnswer(f.form, f.job.model, f.fresh);
    f.editUrl ??= f.form.getEditUrl();
    settled.push(f);
    slower = Math.max(slower, (Date.now() - startedMs) / formMs(f.job.model));
  }
  if (settled.length === 0) return left();
  forms = settled;

  // 6. The responses spreadsheet: every form's tab linked, found, named and recorded together.
  linkAllResponses(
    forms.map((f) => ({ formId: f.formId!, form: f.form!, model: f.job.model })),
    place.responsesBook(),
    registryId,
  );

  // 7. Published, all at once, only now that each is whole; then every ready record in one write.
  if (!budget.allows(waitMs(forms.length) + phaseMs.publish + phaseMs.record)) return left();
  const published = publishForms(
    forms.map((f) => f.formId!),
    writes,
  );
  throwFirst(published);
  published.forEach((state, i) => {
    const { isPublished, isAcceptingResponses } = state as Exclude<typeof state, Error>;
    if (!isPublished || !isAcceptingResponses)
      throw new Error(`The form "${forms[i]!.job.model.title}" was not published; it is finished next run`);
  });
  const ready = forms.map((f) => ({
    key: f.job.key,
    editUrl: f.editUrl!,
    stored: { formId: f.formId!, ready: true, url: f.api!.responderUri, ...(f.job.finish?.(f.api!) ?? {}) },
  }));
  // Staged, not sent: the caller writes them with the links it fills next, in one call. A run stopped before that
  // write finds these forms recorded but not ready, and finishes them again (each step checks first).
  const readyRecords = Object.fromEntries(ready.map((r) => [r.key, JSON.stringify(r.stored)]));
  records.stageAll(readyRecords);
  return { made: ready, left: pending.length - ready.length };
}

/** The first failure among a phase's answers, thrown once what succeeded is recorded. */
function throwFirst(answers: readonly unknown[]): void {
  const failed = answers.find((a) => a instanceof Error);
  if (failed) throw failed;
}

/**
 * The form's Drive file name: its title and a tag of its record key and registry, so a run stopped before the id
 * was stored adopts this form and never another — two groups of one Name, or the MATH-1 of another registry the
 * same admin runs. The Form's own title (what respondents see) is set when it is built; Google keeps the two apart.
 */
export function fileNameOf(title: string, key: string, registryId: string): string {
  return `${title} · ${contentHash(`${registryId} ${key}`).slice(0, 6)}`;
}
