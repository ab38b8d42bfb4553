// Docs' ListItem: a paragraph in a bulleted or numbered list. Consecutive items share a list id.
// https://developers.google.com/apps-script/reference/document/list-item
import type { GlyphName } from './enums';
import { TextBlock, type TextBlockMethods } from './text-block';
import type { ListItemNode } from './model';

type ListItem = GoogleAppsScript.Document.ListItem;

type ListItemMethods =
  | TextBlockMethods
  | 'setGlyphType'
  | 'getGlyphType'
  | 'setNestingLevel'
  | 'getNestingLevel'
  | 'getListId'
  | 'asListItem';

export class ListItemHandle extends TextBlock<ListItem> implements Pick<ListItem, ListItemMethods> {
  protected readonly className = 'ListItem';
  protected readonly elementType = 'LIST_ITEM' as const;

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): ListItem {
    this.item('setGlyphType').glyph = String(glyphType) as GlyphName;
    return this.changed();
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return this.item('getGlyphType').glyph as unknown as GoogleAppsScript.Document.GlyphType;
  }

  setNestingLevel(nestingLevel: number): ListItem {
    this.item('setNestingLevel').nesting = Math.max(0, Math.floor(nestingLevel));
    return this.changed();
  }

  getNestingLevel(): number {
    return this.item('getNestingLevel').nesting;
  }

  getListId(): string {
    return this.item('getListId').listId;
  }

  asListItem(): ListItem {
    return this as unknown as ListItem;
  }

  private item(method: string): ListItemNode {
    return this.block(method) as ListItemNode;
  }
}
