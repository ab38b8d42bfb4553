// The Forms service's saved state: every form's questions, settings, responses and response destination,
// JSON-plain in the workspace slice. Handles hold ids and look everything up here.
import type { Workspace } from '../workspace';
import type { EmailCollectionName, ItemTypeName } from './enums';

export interface ItemData {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  /** The prefill "entry.N" ids: one per grid row, else one. */
  entryIds: number[];
  choices?: string[];
  lowerBound?: number;
  upperBound?: number;
  leftLabel?: string;
  rightLabel?: string;
  rows?: string[];
  columns?: string[];
}

/** A stored answer: text and scale answers as a string, checkboxes as the ticked values, grids per row. */
export type AnswerValue = string | string[] | (string | null)[];

export interface ResponseData {
  id: string;
  timestamp: Date;
  /** The email getRespondentEmail reports: '' unless the form collects emails. */
  respondentEmail: string;
  /** The signed-in respondent, whether or not the form collects emails (one response per user needs it). */
  account: string;
  answers: { itemId: number; value: AnswerValue }[];
}

export interface FormSettings {
  /** Forms made through the API start unpublished and take no responses until published. */
  published: boolean;
  acceptingResponses: boolean;
  emailCollection: EmailCollectionName;
  requireLogin: boolean;
  limitOneResponsePerUser: boolean;
  allowResponseEdits: boolean;
  showLinkToRespondAgain: boolean;
  confirmationMessage: string;
}

export interface DestinationData {
  type: 'SPREADSHEET';
  spreadsheetId: string;
  /** The responses tab's name when it was linked; `sheetId` finds it after a rename. */
  sheetName: string;
  sheetId?: number;
  /** The header row as it stands in the sheet: the columns in order, each titled. */
  columns: string[];
  /**
   * What each column holds, in the same order: "timestamp", "email", an item's id, or "id/row" for a grid's
   * row. A renamed question keeps its column; absent in state saved before columns were keyed (titles decide).
   */
  columnKeys?: string[];
}

export interface FormData {
  id: string;
  publishedId: string;
  title: string;
  description: string;
  items: ItemData[];
  settings: FormSettings;
  responses: ResponseData[];
  destination: DestinationData | null;
}

export interface FormsState {
  forms: Record<string, FormData>;
  nextNumber: number;
  /** How many response tabs each spreadsheet has been given ("Form Responses 1", "2", …). */
  destinationTabs: Record<string, number>;
}

export function formsState(ws: Workspace): FormsState {
  return ws.slice<FormsState>('forms', () => ({ forms: {}, nextNumber: 1, destinationTabs: {} }));
}

/** Item and entry ids are integers in Forms; these are deterministic and distinct. */
export function nextNumber(ws: Workspace): number {
  const state = formsState(ws);
  return 1_000_000_000 + 7_919 * state.nextNumber++;
}

/** A published form id looks like "1FAIpQLS…" and differs from the edit id. */
function newPublishedId(ws: Workspace): string {
  return `1FAIpQLS${ws.newId('e').padEnd(48, '0')}`;
}

export function createFormData(ws: Workspace, id: string, title: string): FormData {
  const form: FormData = {
    id,
    publishedId: newPublishedId(ws),
    title,
    description: '',
    items: [],
    settings: {
      published: false,
      acceptingResponses: true,
      emailCollection: 'DO_NOT_COLLECT',
      requireLogin: false,
      limitOneResponsePerUser: false,
      allowResponseEdits: false,
      showLinkToRespondAgain: true,
      confirmationMessage: '',
    },
    responses: [],
    destination: null,
  };
  formsState(ws).forms[id] = form;
  return form;
}

/** Used by File.makeCopy: questions and settings carry over; responses and the destination do not. */
export function copyFormContent(ws: Workspace, fromId: string, toId: string): void {
  const original = formsState(ws).forms[fromId];
  if (!original) throw new Error(`emulator: no form content for ${fromId}`);
  const copy = createFormData(ws, toId, original.title);
  copy.description = original.description;
  copy.items = structuredClone(original.items);
  copy.settings = { ...original.settings, published: false };
}

export function formData(ws: Workspace, id: string): FormData {
  const form = formsState(ws).forms[id];
  if (!form) throw new Error(`emulator: no form ${id}`);
  return form;
}

export function isQuestion(item: ItemData): boolean {
  return !['SECTION_HEADER', 'PAGE_BREAK', 'IMAGE', 'VIDEO'].includes(item.type);
}
