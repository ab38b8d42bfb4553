// forms.batchUpdate: "Change the form with a batch of updates." Every request of the batch is applied or none
// is ("A batch of updates to perform on a form. All the specified updates are made or none of them are.",
// BatchUpdateFormRequest), so the requests run on a copy that replaces the form only when all succeeded.
// https://developers.google.com/workspace/forms/api/reference/rest/v1/forms/batchUpdate
//
// Modeled: updateFormInfo (title, description; documentTitle "cannot be modified by a batchUpdate request"),
// updateSettings (emailCollectionType), createItem, updateItem, deleteItem, moveItem — each with the field mask
// its reference asks for — and writeControl.requiredRevisionId ("If this is not the latest revision of the form,
// the request is not processed and returns a 400 bad request error"). A targetRevisionId merge (collaborators'
// changes transformed against the request) is applied as if on the latest revision: the emulator has no
// concurrent editors to merge with.
import { z } from 'zod';
import type { Workspace } from '../../workspace';
import type { FormData } from '../model';
import { ApiItem, apiForm, apiItem, emailCollectionTypes, invalid, itemFromApi, revisionOf } from './api-form';

const Location = z.object({ index: z.number().int() }).strict();
const Mask = z.string();

const Request = z
  .object({
    updateFormInfo: z
      .object({
        info: z.object({ title: z.string().optional(), description: z.string().optional() }).strict(),
        updateMask: Mask,
      })
      .strict()
      .optional(),
    updateSettings: z
      .object({
        settings: z
          .object({
            emailCollectionType: z.enum(['EMAIL_COLLECTION_TYPE_UNSPECIFIED', ...emailCollectionTypes]).optional(),
            quizSettings: z.object({ isQuiz: z.boolean().optional() }).strict().optional(),
          })
          .strict(),
        updateMask: Mask,
      })
      .strict()
      .optional(),
    createItem: z.object({ item: ApiItem, location: Location }).strict().optional(),
    updateItem: z.object({ item: ApiItem, location: Location, updateMask: Mask }).strict().optional(),
    deleteItem: z.object({ location: Location }).strict().optional(),
    moveItem: z.object({ originalLocation: Location, newLocation: Location }).strict().optional(),
  })
  .strict();

export const BatchUpdateFormRequest = z
  .object({
    includeFormInResponse: z.boolean().optional(),
    requests: z.array(Request),
    writeControl: z
      .object({ requiredRevisionId: z.string().optional(), targetRevisionId: z.string().optional() })
      .strict()
      .optional(),
  })
  .strict();
export type BatchUpdateFormRequest = z.infer<typeof BatchUpdateFormRequest>;

/** Applies the batch to `form` (all or nothing) and answers a BatchUpdateFormResponse. */
export function batchUpdate(ws: Workspace, form: FormData, body: BatchUpdateFormRequest): Record<string, unknown> {
  const required = body.writeControl?.requiredRevisionId;
  if (required !== undefined && required !== revisionOf(form))
    throw invalid(`The required revision ID '${required}' does not match the latest revision.`);
  const draft = structuredClone(form);
  const replies = body.requests.map((request) => apply(ws, draft, request));
  form.title = draft.title;
  form.description = draft.description;
  form.items = draft.items;
  form.settings.emailCollection = draft.settings.emailCollection;
  const out: Record<string, unknown> = { replies, writeControl: { requiredRevisionId: revisionOf(form) } };
  if (body.includeFormInResponse) out.form = apiForm(ws, form);
  return out;
}

type Request = z.infer<typeof Request>;

function apply(ws: Workspace, form: FormData, request: Request): Record<string, unknown> {
  const kinds = Object.keys(request);
  if (kinds.length !== 1) throw invalid('Each request must set exactly one kind of update.');
  if (request.updateFormInfo) {
    const { info, updateMask } = request.updateFormInfo;
    for (const field of fields(updateMask, ['title', 'description'])) {
      if (field === 'title') form.title = info.title ?? '';
      else form.description = info.description ?? '';
    }
    return {};
  }
  if (request.updateSettings) {
    const { settings, updateMask } = request.updateSettings;
    for (const field of fields(updateMask, ['emailCollectionType', 'quizSettings.isQuiz'])) {
      if (field === 'emailCollectionType') {
        const type = settings.emailCollectionType;
        if (!type || type === 'EMAIL_COLLECTION_TYPE_UNSPECIFIED') throw invalid('Invalid emailCollectionType.');
        form.settings.emailCollection = type;
      } else if (settings.quizSettings?.isQuiz) throw new Error('emulator: quizzes are not modeled');
    }
    return {};
  }
  if (request.createItem) {
    const { item, location } = request.createItem;
    at(form, location.index, true);
    const created = itemFromApi(ws, form, item);
    form.items.splice(location.index, 0, created);
    const shown = apiItem(created);
    const questionIds = shown.questionItem
      ? [shown.questionItem.question.questionId!]
      : (shown.questionGroupItem?.questions.map((q) => q.questionId!) ?? []);
    // CreateItemResponse: "The ID of the created item" and "The ID of the question created as part of this item,
    // for a question group it lists IDs of all the questions created for this item."
    return { createItem: { itemId: shown.itemId, ...(questionIds.length ? { questionId: questionIds } : {}) } };
  }
  if (request.updateItem) {
    const { item, location, updateMask } = request.updateItem;
    const current = at(form, location.index, false);
    const merged = masked(apiItem(current), item, updateMask);
    form.items[location.index] = itemFromApi(ws, form, ApiItem.parse(merged), current);
    return {};
  }
  if (request.deleteItem) {
    at(form, request.deleteItem.location.index, false);
    form.items.splice(request.deleteItem.location.index, 1);
    return {};
  }
  const { originalLocation, newLocation } = request.moveItem!;
  at(form, originalLocation.index, false);
  const [moved] = form.items.splice(originalLocation.index, 1);
  if (newLocation.index < 0 || newLocation.index > form.items.length) throw invalid('Location index out of range.');
  form.items.splice(newLocation.index, 0, moved!);
  return {};
}

/** The item at `index` (or, for an insertion, that `index` is a place in the form). */
function at(form: FormData, index: number, inserting: boolean): FormData['items'][number] {
  const last = inserting ? form.items.length : form.items.length - 1;
  if (index < 0 || index > last) throw invalid(`Location index ${index} is out of range.`);
  return form.items[index]!;
}

/** The fields a mask names: "*" is all of them; a mask is required, and may name only fields it can change. */
function fields(mask: string, allowed: readonly string[]): string[] {
  const named = mask
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (named.length === 0) throw invalid('An update mask is required.');
  if (named.includes('*')) return [...allowed];
  for (const field of named) if (!allowed.includes(field)) throw invalid(`Invalid field in update mask: ${field}`);
  return named;
}

/**
 * updateItem: "Only values named in this mask are changed." The new item's values at each masked path replace
 * the current item's ("*" replaces the whole item).
 */
function masked(current: ApiItem, update: ApiItem, mask: string): Record<string, unknown> {
  const paths = mask
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (paths.length === 0) throw invalid('An update mask is required.');
  if (paths.includes('*')) return { ...update, itemId: update.itemId ?? current.itemId };
  const out = structuredClone(current) as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    let from: unknown = update;
    for (const key of keys) from = (from as Record<string, unknown> | undefined)?.[key];
    let into = out;
    for (const key of keys.slice(0, -1)) {
      if (typeof into[key] !== 'object' || into[key] === null) into[key] = {};
      into = into[key] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1]!;
    if (from === undefined) delete into[last];
    else into[last] = structuredClone(from);
  }
  return out;
}
