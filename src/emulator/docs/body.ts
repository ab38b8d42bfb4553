// Docs' Body: the Doc's main section.
// https://developers.google.com/apps-script/reference/document/body
import { ChildList } from './container';
import type { DocContext } from './context';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;
type Element = GoogleAppsScript.Document.Element;
type RangeElement = GoogleAppsScript.Document.RangeElement;

type BodyMethods =
  | 'appendParagraph'
  | 'insertParagraph'
  | 'appendListItem'
  | 'insertListItem'
  | 'appendTable'
  | 'insertTable'
  | 'appendHorizontalRule'
  | 'appendPageBreak'
  | 'getNumChildren'
  | 'getChild'
  | 'getChildIndex'
  | 'getParagraphs'
  | 'getListItems'
  | 'getTables'
  | 'getText'
  | 'setText'
  | 'clear'
  | 'replaceText'
  | 'findText'
  | 'getType';

export class BodyHandle implements Pick<Body, BodyMethods> {
  private readonly children: ChildList;

  constructor(private readonly ctx: DocContext) {
    this.children = new ChildList(ctx, 'Body', (doc) => doc.body);
  }

  /** On live Apps Script a Body prints "DocumentBodySection" (gas-fakes test/testdocs.js "Document basic methods"). */
  toString(): string {
    return 'DocumentBodySection';
  }

  appendParagraph(text: string | Paragraph): Paragraph {
    return this.children.appendParagraph(text);
  }

  insertParagraph(childIndex: number, text: string | Paragraph): Paragraph {
    return this.children.insertParagraph(childIndex, text);
  }

  appendListItem(text: string | ListItem): ListItem {
    return this.children.appendListItem(text);
  }

  insertListItem(childIndex: number, text: string | ListItem): ListItem {
    return this.children.insertListItem(childIndex, text);
  }

  /** With no cells, an empty table to fill with appendTableRow. */
  appendTable(cells?: string[][] | Table): Table {
    return this.children.appendTable(cells);
  }

  insertTable(childIndex: number, cells?: string[][] | Table): Table {
    return this.children.insertTable(childIndex, cells);
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this.children.appendHorizontalRule();
  }

  appendPageBreak(pageBreak?: GoogleAppsScript.Document.PageBreak): GoogleAppsScript.Document.PageBreak {
    return this.children.appendPageBreak(pageBreak);
  }

  getNumChildren(): number {
    return this.children.getNumChildren();
  }

  getChild(childIndex: number): Element {
    return this.children.getChild(childIndex);
  }

  getChildIndex(child: Element): number {
    return this.children.getChildIndex(child);
  }

  getParagraphs(): Paragraph[] {
    return this.children.getParagraphs();
  }

  getListItems(): ListItem[] {
    return this.children.getListItems();
  }

  getTables(): Table[] {
    return this.children.getTables();
  }

  getText(): string {
    return this.children.getText();
  }

  setText(text: string): Body {
    this.children.setText(text);
    return this.self();
  }

  clear(): Body {
    this.children.clear();
    return this.self();
  }

  replaceText(searchPattern: string, replacement: string): Element {
    this.children.replaceText(searchPattern, replacement);
    return this.self() as unknown as Element;
  }

  findText(searchPattern: string, from?: RangeElement | null): RangeElement {
    return this.children.findText(searchPattern, from);
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return 'BODY_SECTION' as unknown as GoogleAppsScript.Document.ElementType;
  }

  private self(): Body {
    return this as unknown as Body;
  }
}

export function bodyHandle(ctx: DocContext): Body {
  return new BodyHandle(ctx) as unknown as Body;
}
