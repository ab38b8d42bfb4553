// What every form item has (title, help text, id, type, position), and what every question adds (required).
// https://developers.google.com/apps-script/reference/forms/item
import { checkFormAccess } from '../access';
import type { Workspace } from '../../workspace';
import { formData, type ItemData } from '../model';
import { appsScriptError } from '../../errors';
import { missingForm } from '../messages';
import { refreshDestinationHeader } from '../destination';

export abstract class ItemBase<Self> {
  protected abstract readonly className: string;

  constructor(
    protected readonly ws: Workspace,
    readonly formId: string,
    readonly itemId: number,
  ) {}

  /** An item prints its class: "MultipleChoiceItem", "CheckboxItem" (gas-fakes test/testform.js, live-passing). */
  toString(): string {
    return this.className;
  }

  getId(): number {
    return this.itemId;
  }

  getTitle(): string {
    return this.item('getTitle').title;
  }

  /** A question's new title is its column's new header in the responses tab (forms/destination.ts). */
  setTitle(title: string): Self {
    this.item('setTitle').title = String(title);
    this.columnsChanged();
    return this.self();
  }

  getHelpText(): string {
    return this.item('getHelpText').helpText;
  }

  setHelpText(text: string): Self {
    this.item('setHelpText').helpText = String(text);
    return this.self();
  }

  getType(): GoogleAppsScript.Forms.ItemType {
    return this.item('getType').type as unknown as GoogleAppsScript.Forms.ItemType;
  }

  getIndex(): number {
    this.item('getIndex');
    return formData(this.ws, this.formId).items.findIndex((i) => i.id === this.itemId);
  }

  /** Meters one call and returns the item's data. */
  /** After a change to what the responses tab's columns are: keeps its header row in step. */
  protected columnsChanged(): void {
    refreshDestinationHeader(this.ws, formData(this.ws, this.formId));
  }

  protected item(method: string): ItemData {
    this.ws.meter.call(`FormApp.${this.className}.${method}`);
    checkFormAccess(this.ws, this.formId, method);
    return this.data();
  }

  protected data(): ItemData {
    const item = formData(this.ws, this.formId).items.find((i) => i.id === this.itemId);
    if (!item) throw appsScriptError(missingForm);
    return item;
  }

  protected self(): Self {
    return this as unknown as Self;
  }
}

export abstract class QuestionItem<Self> extends ItemBase<Self> {
  setRequired(enabled: boolean): Self {
    this.item('setRequired').required = Boolean(enabled);
    return this.self();
  }

  isRequired(): boolean {
    return this.item('isRequired').required;
  }
}
