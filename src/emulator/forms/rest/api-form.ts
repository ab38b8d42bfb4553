// The Forms API's view of a form (https://developers.google.com/workspace/forms/api/reference/rest/v1/forms), drawn
// from and written to the same saved form FormApp reads (../model.ts): a form built through the API opens with
// FormApp.openById, prefills, takes responses and fills its destination sheet like any other.
//
// Ids. The API names items and questions with hexadecimal strings; FormApp with integers (Item.getId()) and a
// prefilled link with "entry.<n>". The emulator keeps one number and shows it both ways: itemId is the hex of
// FormApp's item id, and questionId the hex of the question's prefill entry id — the relation people rely on to
// build prefilled links from the API ("<responderUri>?usp=pp_url&entry.<questionId in decimal>=<value>",
// https://qiita.com/que9/items/19dd5a3b24d654be9c7c). Google documents neither relation; both are observed.
// A grid (QuestionGroupItem) has one question per row, each its own entry, as FormApp's GridItem has.
//
// JSON as Google sends it: proto3 leaves out a field at its default (an empty description, `required: false`).
import { z } from 'zod';
import { GoogleApiError } from '../../google-api-error';
import type { Workspace } from '../../workspace';
import { nextNumber, type FormData, type ItemData } from '../model';
import { publishedUrl } from '../prefill';
import { contentHash } from '../../../core/content-hash';

const Option = z.object({ value: z.string() }).strict();

const ChoiceQuestion = z
  .object({
    type: z.enum(['CHOICE_TYPE_UNSPECIFIED', 'RADIO', 'CHECKBOX', 'DROP_DOWN']),
    options: z.array(Option),
    shuffle: z.boolean().optional(),
  })
  .strict();

const ScaleQuestion = z
  .object({
    low: z.number().int(),
    high: z.number().int(),
    lowLabel: z.string().optional(),
    highLabel: z.string().optional(),
  })
  .strict();

const TextQuestion = z.object({ paragraph: z.boolean().optional() }).strict();

const Question = z
  .object({
    questionId: z.string().optional(),
    required: z.boolean().optional(),
    choiceQuestion: ChoiceQuestion.optional(),
    scaleQuestion: ScaleQuestion.optional(),
    textQuestion: TextQuestion.optional(),
    rowQuestion: z.object({ title: z.string() }).strict().optional(),
  })
  .strict();

export const ApiItem = z
  .object({
    itemId: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    questionItem: z.object({ question: Question }).strict().optional(),
    questionGroupItem: z
      .object({
        questions: z.array(Question),
        grid: z.object({ columns: ChoiceQuestion, shuffleQuestions: z.boolean().optional() }).strict(),
      })
      .strict()
      .optional(),
    textItem: z.object({}).strict().optional(),
    pageBreakItem: z.object({}).strict().optional(),
  })
  .strict();
export type ApiItem = z.infer<typeof ApiItem>;
type ApiQuestion = z.infer<typeof Question>;
type ApiChoiceQuestion = z.infer<typeof ChoiceQuestion>;

export const emailCollectionTypes = ['DO_NOT_COLLECT', 'VERIFIED', 'RESPONDER_INPUT'] as const;

export const invalid = (message: string) => new GoogleApiError(400, message);

const hex = (n: number) => n.toString(16);

/** The form as forms.get answers it. */
export function apiForm(ws: Workspace, form: FormData): Record<string, unknown> {
  const info: Record<string, unknown> = { title: form.title, documentTitle: ws.files[form.id]?.name ?? form.title };
  if (form.description) info.description = form.description;
  const out: Record<string, unknown> = {
    formId: form.id,
    info,
    settings: { emailCollectionType: form.settings.emailCollection },
    revisionId: revisionOf(form),
    responderUri: publishedUrl(form),
  };
  if (form.items.length) out.items = form.items.map(apiItem);
  if (form.destination) out.linkedSheetId = form.destination.spreadsheetId;
  out.publishSettings = publishSettingsOf(form);
  return out;
}

/** PublishSettings: "If is_published is set to false, [isAcceptingResponses] is forced to false." */
export function publishSettingsOf(form: FormData): Record<string, unknown> {
  const { published, acceptingResponses } = form.settings;
  return { publishState: { isPublished: published, isAcceptingResponses: published && acceptingResponses } };
}

/**
 * "If the revision ID is unchanged between calls, then the form has not changed. Conversely, a changed ID (for
 * the same form and user) usually means the form has been updated" (Form.revisionId): a hash of what the form
 * holds, so a change through FormApp moves it too.
 */
export function revisionOf(form: FormData): string {
  const content = JSON.stringify([form.title, form.description, form.items, form.settings.emailCollection]);
  return `00000${contentHash(content)}`;
}

export function apiItem(item: ItemData): ApiItem {
  const out: ApiItem = { itemId: hex(item.id) };
  if (item.title) out.title = item.title;
  if (item.helpText) out.description = item.helpText;
  const question = (extra: Partial<ApiQuestion>): ApiQuestion => ({
    questionId: hex(item.entryIds[0]!),
    ...(item.required ? { required: true } : {}),
    ...extra,
  });
  const choice = (type: ApiChoiceQuestion['type']): ApiChoiceQuestion => ({
    type,
    options: (item.choices ?? []).map((value) => ({ value })),
  });
  switch (item.type) {
    case 'MULTIPLE_CHOICE':
      return { ...out, questionItem: { question: question({ choiceQuestion: choice('RADIO') }) } };
    case 'CHECKBOX':
      return { ...out, questionItem: { question: question({ choiceQuestion: choice('CHECKBOX') }) } };
    case 'LIST':
      return { ...out, questionItem: { question: question({ choiceQuestion: choice('DROP_DOWN') }) } };
    case 'SCALE': {
      const scale: z.infer<typeof ScaleQuestion> = { low: item.lowerBound ?? 1, high: item.upperBound ?? 5 };
      if (item.leftLabel) scale.lowLabel = item.leftLabel;
      if (item.rightLabel) scale.highLabel = item.rightLabel;
      return { ...out, questionItem: { question: question({ scaleQuestion: scale }) } };
    }
    case 'TEXT':
      return { ...out, questionItem: { question: question({ textQuestion: {} }) } };
    case 'PARAGRAPH_TEXT':
      return { ...out, questionItem: { question: question({ textQuestion: { paragraph: true } }) } };
    case 'GRID':
      return {
        ...out,
        questionGroupItem: {
          questions: (item.rows ?? []).map((title, row) => ({
            questionId: hex(item.entryIds[row]!),
            ...(item.required ? { required: true } : {}),
            rowQuestion: { title },
          })),
          grid: { columns: { type: 'RADIO', options: (item.columns ?? []).map((value) => ({ value })) } },
        },
      };
    case 'SECTION_HEADER':
      return { ...out, textItem: {} };
    case 'PAGE_BREAK':
      return { ...out, pageBreakItem: {} };
    default:
      throw new Error(`emulator: the Forms API view of a ${item.type} item is not modeled`);
  }
}

/**
 * The saved item an API item describes. `kept` is the item it replaces (updateItem): its ids stay unless the
 * request names new ones. A new item's ids are the request's ("On creation, it can be provided but the ID must
 * not be already used in the form. If not provided, a new ID is assigned.", Item.itemId and Question.questionId)
 * or fresh ones.
 */
export function itemFromApi(ws: Workspace, form: FormData, item: ApiItem, kept?: ItemData): ItemData {
  const kinds = ['questionItem', 'questionGroupItem', 'textItem', 'pageBreakItem'] as const;
  const given = kinds.filter((k) => item[k] !== undefined);
  if (given.length !== 1) throw invalid('An item must have exactly one kind (questionItem, textItem, …).');
  const taken = (except?: ItemData) => form.items.filter((i) => i !== except);
  const id =
    item.itemId !== undefined && item.itemId !== (kept ? hex(kept.id) : undefined)
      ? newId(
          item.itemId,
          taken(kept).map((i) => i.id),
          'item',
        )
      : (kept?.id ?? nextNumber(ws));
  const usedEntries = taken(kept).flatMap((i) => i.entryIds);
  const entry = (question: ApiQuestion, index: number): number => {
    const keptEntry = kept?.entryIds[index];
    if (question.questionId === undefined || (keptEntry !== undefined && question.questionId === hex(keptEntry)))
      return keptEntry ?? nextNumber(ws);
    return newId(question.questionId, usedEntries, 'question');
  };
  const base = { id, title: item.title ?? '', helpText: item.description ?? '' };
  if (item.textItem) return { ...base, type: 'SECTION_HEADER', required: false, entryIds: [] };
  if (item.pageBreakItem) return { ...base, type: 'PAGE_BREAK', required: false, entryIds: [] };
  if (item.questionGroupItem) {
    const { questions, grid } = item.questionGroupItem;
    if (questions.length === 0 || questions.some((q) => !q.rowQuestion))
      throw invalid('A question group needs at least one row question.');
    if (grid.columns.type !== 'RADIO')
      throw new Error('emulator: only radio grids are modeled (FormApp GridItem); a checkbox grid is not');
    return {
      ...base,
      type: 'GRID',
      required: questions.some((q) => q.required === true),
      entryIds: questions.map(entry),
      rows: questions.map((q) => q.rowQuestion!.title),
      columns: options(grid.columns),
    };
  }
  const question = item.questionItem!.question;
  const { choiceQuestion, scaleQuestion, textQuestion } = question;
  const asked = [choiceQuestion, scaleQuestion, textQuestion].filter((q) => q !== undefined);
  if (asked.length !== 1) throw invalid('A question must have exactly one kind (choiceQuestion, scaleQuestion, …).');
  const common = { ...base, required: question.required === true, entryIds: [entry(question, 0)] };
  if (choiceQuestion) {
    const type = ({ RADIO: 'MULTIPLE_CHOICE', CHECKBOX: 'CHECKBOX', DROP_DOWN: 'LIST' } as const)[
      choiceQuestion.type as 'RADIO'
    ];
    if (!type) throw invalid('ChoiceQuestion.type is required.');
    return { ...common, type, choices: options(choiceQuestion) };
  }
  if (scaleQuestion) {
    // The same bounds FormApp's ScaleItem.setBounds holds a scale to (a lower bound of 0 or 1, an upper one of
    // 3 to 10): one form, whichever door it is built through.
    const { low, high } = scaleQuestion;
    if (![0, 1].includes(low) || high < 3 || high > 10) throw invalid('Invalid scale bounds.');
    return {
      ...common,
      type: 'SCALE',
      lowerBound: low,
      upperBound: high,
      leftLabel: scaleQuestion.lowLabel ?? '',
      rightLabel: scaleQuestion.highLabel ?? '',
    };
  }
  return { ...common, type: textQuestion!.paragraph ? 'PARAGRAPH_TEXT' : 'TEXT' };
}

/** ChoiceQuestion.options: "Required. List of options that a respondent must choose from." */
function options(question: ApiChoiceQuestion): string[] {
  if (question.options.length === 0) throw invalid('A choice question needs at least one option.');
  if (question.options.some((o) => o.value === '')) throw invalid('An option needs a value.');
  return question.options.map((o) => o.value);
}

/** A client-chosen id: hex, as the API's own ids are, and not already used in the form. */
function newId(wanted: string, used: readonly number[], what: 'item' | 'question'): number {
  if (!/^[0-9a-f]{1,8}$/.test(wanted)) throw invalid(`Invalid ${what} ID: ${wanted}`);
  const n = parseInt(wanted, 16);
  if (used.includes(n)) throw invalid(`The ${what} ID ${wanted} is already used in the form.`);
  return n;
}
