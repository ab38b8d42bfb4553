// The question items PLG Hub's forms use: scale, grid, multiple choice, checkbox, list (drop-down), short
// and paragraph text, plus the section header that separates them.
// https://developers.google.com/apps-script/reference/forms/scale-item (and grid-item, multiple-choice-item, …)
import { appsScriptError } from '../../errors';
import { normalizeAnswer } from '../answers';
import { itemResponse } from '../item-response';
import { invalidData } from '../messages';
import { nextNumber } from '../model';
import { ItemBase, QuestionItem } from './item-base';

type ItemResponse = GoogleAppsScript.Forms.ItemResponse;
type Common = 'getId' | 'getTitle' | 'setTitle' | 'getHelpText' | 'setHelpText' | 'getType' | 'getIndex';
type Question = Common | 'setRequired' | 'isRequired' | 'createResponse';

export class ScaleItemHandle
  extends QuestionItem<GoogleAppsScript.Forms.ScaleItem>
  implements
    Pick<
      GoogleAppsScript.Forms.ScaleItem,
      Question | 'setBounds' | 'getLowerBound' | 'getUpperBound' | 'setLabels' | 'getLeftLabel' | 'getRightLabel'
    >
{
  protected readonly className = 'ScaleItem';

  /** Forms allows a lower bound of 0 or 1 and an upper bound from 3 to 10. */
  setBounds(lower: number, upper: number): GoogleAppsScript.Forms.ScaleItem {
    const item = this.item('setBounds');
    if (![0, 1].includes(lower) || !Number.isInteger(upper) || upper < 3 || upper > 10) {
      throw appsScriptError(invalidData);
    }
    item.lowerBound = lower;
    item.upperBound = upper;
    return this.self();
  }

  getLowerBound(): number {
    return this.item('getLowerBound').lowerBound ?? 1;
  }

  getUpperBound(): number {
    return this.item('getUpperBound').upperBound ?? 5;
  }

  setLabels(lower: string, upper: string): GoogleAppsScript.Forms.ScaleItem {
    const item = this.item('setLabels');
    item.leftLabel = String(lower);
    item.rightLabel = String(upper);
    return this.self();
  }

  getLeftLabel(): string {
    return this.item('getLeftLabel').leftLabel ?? '';
  }

  getRightLabel(): string {
    return this.item('getRightLabel').rightLabel ?? '';
  }

  createResponse(response: number): ItemResponse {
    return itemResponse(this.ws, this.formId, this.itemId, normalizeAnswer(this.data(), response));
  }
}

export class GridItemHandle
  extends QuestionItem<GoogleAppsScript.Forms.GridItem>
  implements Pick<GoogleAppsScript.Forms.GridItem, Question | 'setRows' | 'getRows' | 'setColumns' | 'getColumns'>
{
  protected readonly className = 'GridItem';

  /** Each row is its own prefill entry. */
  setRows(rows: string[]): GoogleAppsScript.Forms.GridItem {
    const item = this.item('setRows');
    item.rows = rows.map(String);
    item.entryIds = item.rows.map((_, i) => item.entryIds[i] ?? nextNumber(this.ws));
    this.columnsChanged();
    return this.self();
  }

  getRows(): string[] {
    return [...(this.item('getRows').rows ?? [])];
  }

  setColumns(columns: string[]): GoogleAppsScript.Forms.GridItem {
    this.item('setColumns').columns = columns.map(String);
    return this.self();
  }

  getColumns(): string[] {
    return [...(this.item('getColumns').columns ?? [])];
  }

  /** One column per row, in row order; null leaves a row blank. */
  createResponse(responses: string[]): ItemResponse {
    return itemResponse(this.ws, this.formId, this.itemId, normalizeAnswer(this.data(), responses));
  }
}

abstract class ChoiceItem<Self> extends QuestionItem<Self> {
  setChoiceValues(values: string[]): Self {
    this.item('setChoiceValues').choices = values.map(String);
    return this.self();
  }

  getChoices(): GoogleAppsScript.Forms.Choice[] {
    const values = this.item('getChoices').choices ?? [];
    return values.map((value) => new ChoiceHandle(value)) as unknown as GoogleAppsScript.Forms.Choice[];
  }
}

/** A choice of a list, multiple-choice or checkbox item (https://developers.google.com/apps-script/reference/forms/choice). */
export class ChoiceHandle {
  constructor(private readonly value: string) {}

  getValue(): string {
    return this.value;
  }
}

type ChoiceMethods = Question | 'setChoiceValues' | 'getChoices';

export class MultipleChoiceItemHandle
  extends ChoiceItem<GoogleAppsScript.Forms.MultipleChoiceItem>
  implements Pick<GoogleAppsScript.Forms.MultipleChoiceItem, ChoiceMethods>
{
  protected readonly className = 'MultipleChoiceItem';

  createResponse(response: string): ItemResponse {
    return itemResponse(this.ws, this.formId, this.itemId, normalizeAnswer(this.data(), response));
  }
}

export class ListItemHandle
  extends ChoiceItem<GoogleAppsScript.Forms.ListItem>
  implements Pick<GoogleAppsScript.Forms.ListItem, ChoiceMethods>
{
  protected readonly className = 'ListItem';

  createResponse(response: string): ItemResponse {
    return itemResponse(this.ws, this.formId, this.itemId, normalizeAnswer(this.data(), response));
  }
}

export class CheckboxItemHandle
  extends ChoiceItem<GoogleAppsScript.Forms.CheckboxItem>
  implements Pick<GoogleAppsScript.Forms.CheckboxItem, ChoiceMethods>
{
  protected readonly className = 'CheckboxItem';

  createResponse(responses: string[]): ItemResponse {
    return itemResponse(this.ws, this.formId, this.itemId, normalizeAnswer(this.data(), responses));
  }
}

export class TextItemHandle
  extends QuestionItem<GoogleAppsScript.Forms.TextItem>
  implements Pick<GoogleAppsScript.Forms.TextItem, Question>
{
  protected readonly className = 'TextItem';

  createResponse(response: string): ItemResponse {
    return itemResponse(this.ws, this.formId, this.itemId, normalizeAnswer(this.data(), response));
  }
}

export class ParagraphTextItemHandle
  extends QuestionItem<GoogleAppsScript.Forms.ParagraphTextItem>
  implements Pick<GoogleAppsScript.Forms.ParagraphTextItem, Question>
{
  protected readonly className = 'ParagraphTextItem';

  createResponse(response: string): ItemResponse {
    return itemResponse(this.ws, this.formId, this.itemId, normalizeAnswer(this.data(), response));
  }
}

export class SectionHeaderItemHandle
  extends ItemBase<GoogleAppsScript.Forms.SectionHeaderItem>
  implements Pick<GoogleAppsScript.Forms.SectionHeaderItem, Common>
{
  protected readonly className = 'SectionHeaderItem';
}
