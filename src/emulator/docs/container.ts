// The child-list operations the Body and a TableCell share: appending and inserting paragraphs, list
// items and tables, reading children back, and text search over them.
// https://developers.google.com/apps-script/reference/document/body
import { appsScriptError } from '../errors';
import type { DocContext } from './context';
import { mustBeDetached } from './element';
import { HorizontalRuleHandle, PageBreakHandle } from './inline';
import {
  blocksText,
  descendants,
  isTextBlock,
  newListItem,
  newParagraph,
  newTable,
  type BlockNode,
  type DocData,
  type DocNode,
  type ListItemNode,
  type TextBlockNode,
} from './model';
import { findInBlocks, replaceInBlocks } from './search';

type Element = GoogleAppsScript.Document.Element;

export const childIndexOutOfRange = (index: number, count: number) =>
  `Child index (${index}) must be less than the number of child elements (${count}).`;

export class ChildList {
  constructor(
    private readonly ctx: DocContext,
    private readonly className: string,
    private readonly childrenOf: (doc: DocData) => BlockNode[],
  ) {}

  appendParagraph(text: unknown): GoogleAppsScript.Document.Paragraph {
    return this.insertParagraph(Infinity, text, 'appendParagraph');
  }

  insertParagraph(index: number, text: unknown, method = 'insertParagraph'): GoogleAppsScript.Document.Paragraph {
    const [doc, children] = this.open(method);
    const node = newParagraph(doc, textArgument(text));
    return this.place(children, index, node) as GoogleAppsScript.Document.Paragraph;
  }

  appendListItem(text: unknown): GoogleAppsScript.Document.ListItem {
    return this.insertListItem(Infinity, text, 'appendListItem');
  }

  /** A list item right after another joins its list; otherwise it starts a new one. */
  insertListItem(index: number, text: unknown, method = 'insertListItem'): GoogleAppsScript.Document.ListItem {
    const [doc, children] = this.open(method);
    const at = Math.min(index, children.length);
    const previous = children[at - 1];
    const listId = previous?.kind === 'listItem' ? previous.listId : `kix.${doc.id.slice(-6)}${doc.nextElementId}`;
    const node: ListItemNode = newListItem(doc, textArgument(text), listId);
    return this.place(children, at, node) as GoogleAppsScript.Document.ListItem;
  }

  appendTable(cells: unknown): GoogleAppsScript.Document.Table {
    return this.insertTable(Infinity, cells, 'appendTable');
  }

  insertTable(index: number, cells: unknown, method = 'insertTable'): GoogleAppsScript.Document.Table {
    const [doc, children] = this.open(method);
    if (cells !== undefined && cells !== null && !Array.isArray(cells)) throw appsScriptError(mustBeDetached);
    const node = newTable(doc, (cells as string[][] | undefined) ?? []);
    const last = index >= children.length;
    const table = this.place(children, index, node) as GoogleAppsScript.Document.Table;
    // A Doc's section never ends in a table: "Appending a table in Apps Script automatically adds an empty
    // paragraph after it" (gas-fakes test/testdocs.js, a test that passes on live Apps Script), and what is
    // appended next goes after that paragraph (its testdocsnext.js "Body.getText()").
    if (last) children.push(newParagraph(doc));
    return table;
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    const [doc, children] = this.open('appendHorizontalRule');
    const node = { ...newParagraph(doc), inline: 'horizontalRule' as const };
    this.place(children, Infinity, node);
    return new HorizontalRuleHandle(this.ctx, node.id) as unknown as GoogleAppsScript.Document.HorizontalRule;
  }

  appendPageBreak(pageBreak?: unknown): GoogleAppsScript.Document.PageBreak {
    const [doc, children] = this.open('appendPageBreak');
    if (pageBreak !== undefined) throw appsScriptError(mustBeDetached);
    const node = { ...newParagraph(doc), inline: 'pageBreak' as const };
    this.place(children, Infinity, node);
    return new PageBreakHandle(this.ctx, node.id) as unknown as GoogleAppsScript.Document.PageBreak;
  }

  getNumChildren(): number {
    return this.open('getNumChildren')[1].length;
  }

  getChild(index: number): Element {
    const children = this.open('getChild')[1];
    const child = children[index];
    if (!child) throw appsScriptError(childIndexOutOfRange(index, children.length));
    return this.ctx.wrap(child);
  }

  getChildIndex(child: Element): number {
    const children = this.open('getChildIndex')[1];
    const id = (child as unknown as { elementId?: string }).elementId;
    const index = children.findIndex((c) => c.id === id);
    if (index < 0) throw appsScriptError('Element does not contain the specified child element.');
    return index;
  }

  getText(): string {
    return blocksText(this.open('getText')[1]);
  }

  /** Every paragraph, list item included, at any depth (table cells too). */
  getParagraphs(): GoogleAppsScript.Document.Paragraph[] {
    const all = descendants(this.open('getParagraphs')[1]).filter(isTextBlock);
    return all.map((node) => this.ctx.wrap(node)) as unknown as GoogleAppsScript.Document.Paragraph[];
  }

  getListItems(): GoogleAppsScript.Document.ListItem[] {
    const all = descendants(this.open('getListItems')[1]).filter((n) => n.kind === 'listItem');
    return all.map((node) => this.ctx.wrap(node)) as unknown as GoogleAppsScript.Document.ListItem[];
  }

  getTables(): GoogleAppsScript.Document.Table[] {
    const all = descendants(this.open('getTables')[1]).filter((n) => n.kind === 'table');
    return all.map((node) => this.ctx.wrap(node)) as unknown as GoogleAppsScript.Document.Table[];
  }

  /** Leaves a single empty paragraph, as Docs does. */
  clear(): void {
    const [doc, children] = this.open('clear');
    children.splice(0, children.length, newParagraph(doc));
    this.ctx.changed();
  }

  setText(text: string): void {
    const [doc, children] = this.open('setText');
    children.splice(0, children.length, newParagraph(doc, String(text)));
    this.ctx.changed();
  }

  replaceText(searchPattern: string, replacement: string): void {
    const children = this.open('replaceText')[1];
    if (replaceInBlocks(textBlocksIn(children), searchPattern, replacement)) this.ctx.changed();
  }

  findText(
    pattern: string,
    from?: GoogleAppsScript.Document.RangeElement | null,
  ): GoogleAppsScript.Document.RangeElement {
    const children = this.open('findText')[1];
    return findInBlocks(this.ctx, textBlocksIn(children), pattern, from) as GoogleAppsScript.Document.RangeElement;
  }

  private open(method: string): [DocData, BlockNode[]] {
    const doc = this.ctx.call(`${this.className}.${method}`);
    return [doc, this.childrenOf(doc)];
  }

  private place(children: BlockNode[], index: number, node: BlockNode): Element {
    children.splice(Math.min(Math.max(0, index), children.length), 0, node);
    this.ctx.changed();
    return this.ctx.wrap(node);
  }
}

function textBlocksIn(children: DocNode[]): TextBlockNode[] {
  return descendants(children).filter(isTextBlock);
}

function textArgument(text: unknown): string {
  if (typeof text === 'object' && text !== null) throw appsScriptError(mustBeDetached);
  return text === undefined ? '' : String(text);
}
