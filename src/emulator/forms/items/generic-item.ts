// The plain Item that Form.getItems / getItemById return, and its casts to a specific kind of item.
// https://developers.google.com/apps-script/reference/forms/item
import { appsScriptError } from '../../errors';
import type { Workspace } from '../../workspace';
import type { ItemTypeName } from '../enums';
import { cannotCast } from '../messages';
import { ItemBase } from './item-base';
import {
  CheckboxItemHandle,
  GridItemHandle,
  ListItemHandle,
  MultipleChoiceItemHandle,
  ParagraphTextItemHandle,
  ScaleItemHandle,
  SectionHeaderItemHandle,
  TextItemHandle,
} from './question-items';

type Item = GoogleAppsScript.Forms.Item;
type Casts =
  | 'asScaleItem'
  | 'asGridItem'
  | 'asMultipleChoiceItem'
  | 'asCheckboxItem'
  | 'asListItem'
  | 'asTextItem'
  | 'asParagraphTextItem'
  | 'asSectionHeaderItem';

const supportedTypes = [
  'SCALE',
  'GRID',
  'MULTIPLE_CHOICE',
  'CHECKBOX',
  'LIST',
  'TEXT',
  'PARAGRAPH_TEXT',
  'SECTION_HEADER',
] as const satisfies readonly ItemTypeName[];

export type SupportedItemType = (typeof supportedTypes)[number];

export class GenericItemHandle
  extends ItemBase<Item>
  implements
    Pick<Item, 'getId' | 'getTitle' | 'setTitle' | 'getHelpText' | 'setHelpText' | 'getType' | 'getIndex' | Casts>
{
  protected readonly className = 'Item';

  asScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this.cast('SCALE');
  }

  asGridItem(): GoogleAppsScript.Forms.GridItem {
    return this.cast('GRID');
  }

  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.cast('MULTIPLE_CHOICE');
  }

  asCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.cast('CHECKBOX');
  }

  asListItem(): GoogleAppsScript.Forms.ListItem {
    return this.cast('LIST');
  }

  asTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.cast('TEXT');
  }

  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.cast('PARAGRAPH_TEXT');
  }

  asSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.cast('SECTION_HEADER');
  }

  private cast<T>(type: SupportedItemType): T {
    const actual = this.data().type;
    if (actual !== type) throw appsScriptError(cannotCast(actual, type));
    return typedItem(this.ws, this.formId, this.itemId, type) as T;
  }
}

export function genericItem(ws: Workspace, formId: string, itemId: number): Item {
  return new GenericItemHandle(ws, formId, itemId) as unknown as Item;
}

// A function rather than a lookup table: the item classes are read when called, not when this module loads
// (they and this module import each other).
export function typedItem(ws: Workspace, formId: string, itemId: number, type: SupportedItemType): unknown {
  switch (type) {
    case 'SCALE':
      return new ScaleItemHandle(ws, formId, itemId);
    case 'GRID':
      return new GridItemHandle(ws, formId, itemId);
    case 'MULTIPLE_CHOICE':
      return new MultipleChoiceItemHandle(ws, formId, itemId);
    case 'CHECKBOX':
      return new CheckboxItemHandle(ws, formId, itemId);
    case 'LIST':
      return new ListItemHandle(ws, formId, itemId);
    case 'TEXT':
      return new TextItemHandle(ws, formId, itemId);
    case 'PARAGRAPH_TEXT':
      return new ParagraphTextItemHandle(ws, formId, itemId);
    case 'SECTION_HEADER':
      return new SectionHeaderItemHandle(ws, formId, itemId);
  }
}

export function isSupportedType(type: ItemTypeName | undefined): type is SupportedItemType {
  return (supportedTypes as readonly string[]).includes(type ?? '');
}
