// One answer to one question, built by item.createResponse or read from a submitted response.
// https://developers.google.com/apps-script/reference/forms/item-response
import type { Workspace } from '../workspace';
import { genericItem } from './items/generic-item';
import type { AnswerValue } from './model';

export class ItemResponseHandle implements Pick<GoogleAppsScript.Forms.ItemResponse, 'getItem' | 'getResponse'> {
  constructor(
    private readonly ws: Workspace,
    readonly formId: string,
    readonly itemId: number,
    readonly value: AnswerValue,
  ) {}

  getItem(): GoogleAppsScript.Forms.Item {
    return genericItem(this.ws, this.formId, this.itemId);
  }

  /** A string for text, choice and scale questions; an array for checkboxes and grids (one entry per row). */
  getResponse(): string[][] | string[] | string {
    return (Array.isArray(this.value) ? [...this.value] : this.value) as string[] | string;
  }
}

export function itemResponse(ws: Workspace, formId: string, itemId: number, value: AnswerValue) {
  return new ItemResponseHandle(ws, formId, itemId, value) as unknown as GoogleAppsScript.Forms.ItemResponse;
}
