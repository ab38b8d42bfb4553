// The Docs service's saved state: every Doc's body as a JSON-plain tree. Element handles hold only a doc
// id and an element id and look the node up here on every call.
import type { Workspace } from '../workspace';
import type { AlignmentName, GlyphName, HeadingName } from './enums';
import type { TextRun } from './text-runs';

interface TextBlockFields {
  id: string;
  runs: TextRun[];
  heading: HeadingName;
  alignment?: AlignmentName;
  /** Paragraph attributes set through setAttributes that the emulator stores but does not interpret. */
  extra?: Record<string, unknown>;
}

export interface ParagraphNode extends TextBlockFields {
  kind: 'paragraph';
  /** A paragraph made to hold a horizontal rule or a page break (Body.appendHorizontalRule / appendPageBreak). */
  inline?: 'horizontalRule' | 'pageBreak';
}

export interface ListItemNode extends TextBlockFields {
  kind: 'listItem';
  glyph: GlyphName;
  nesting: number;
  listId: string;
}

export type TextBlockNode = ParagraphNode | ListItemNode;

export interface TableCellNode {
  kind: 'tableCell';
  id: string;
  children: TextBlockNode[];
}

export interface TableRowNode {
  kind: 'tableRow';
  id: string;
  cells: TableCellNode[];
}

export interface TableNode {
  kind: 'table';
  id: string;
  rows: TableRowNode[];
}

export type BlockNode = TextBlockNode | TableNode;
export type DocNode = BlockNode | TableRowNode | TableCellNode;

export interface DocData {
  id: string;
  nextElementId: number;
  body: BlockNode[];
}

export interface DocsState {
  docs: Record<string, DocData>;
  activeDocumentId: string | null;
}

export function docsState(ws: Workspace): DocsState {
  return ws.slice<DocsState>('docs', () => ({ docs: {}, activeDocumentId: null }));
}

export function newElementId(doc: DocData): string {
  return `e${doc.nextElementId++}`;
}

export function newParagraph(doc: DocData, text = ''): ParagraphNode {
  return { kind: 'paragraph', id: newElementId(doc), runs: text ? [{ text }] : [], heading: 'NORMAL' };
}

export function newListItem(doc: DocData, text: string, listId: string): ListItemNode {
  const runs = text ? [{ text }] : [];
  // A list item made without a glyph reads back NUMBER on live Apps Script (gas-fakes test/testdocslistitems.js
  // "ListItem methods"); the reference names no default.
  return { kind: 'listItem', id: newElementId(doc), runs, heading: 'NORMAL', glyph: 'NUMBER', nesting: 0, listId };
}

export function newCell(doc: DocData, text = ''): TableCellNode {
  return { kind: 'tableCell', id: newElementId(doc), children: [newParagraph(doc, text)] };
}

export function newTable(doc: DocData, cells: string[][]): TableNode {
  const rows = cells.map((row) => ({
    kind: 'tableRow' as const,
    id: newElementId(doc),
    cells: row.map((text) => newCell(doc, String(text))),
  }));
  return { kind: 'table', id: newElementId(doc), rows };
}

/** A new, empty Doc: Docs always gives a body one empty paragraph. */
export function createDocData(ws: Workspace, id: string): DocData {
  const doc: DocData = { id, nextElementId: 1, body: [] };
  doc.body.push(newParagraph(doc));
  docsState(ws).docs[id] = doc;
  return doc;
}

/** Used by File.makeCopy: the copy gets the same content; element ids are per Doc, so they carry over. */
export function copyDocContent(ws: Workspace, fromId: string, toId: string): void {
  const state = docsState(ws);
  const original = state.docs[fromId];
  if (!original) throw new Error(`emulator: no Doc content for ${fromId}`);
  state.docs[toId] = { ...structuredClone(original), id: toId };
}

export interface Located {
  node: DocNode;
  /** The array holding the node, and where in it. */
  siblings: DocNode[];
  index: number;
  /** The id of the containing table, row or cell; null when the node is directly in the body. */
  parentId: string | null;
}

export function locate(doc: DocData, id: string): Located | undefined {
  return search(doc.body, null, id);
}

function search(list: DocNode[], parentId: string | null, id: string): Located | undefined {
  for (let index = 0; index < list.length; index++) {
    const node = list[index]!;
    if (node.id === id) return { node, siblings: list, index, parentId };
    const inner = childrenOf(node);
    if (inner) {
      const found = search(inner, node.id, id);
      if (found) return found;
    }
  }
  return undefined;
}

export function childrenOf(node: DocNode): DocNode[] | undefined {
  if (node.kind === 'table') return node.rows;
  if (node.kind === 'tableRow') return node.cells;
  if (node.kind === 'tableCell') return node.children;
  return undefined;
}

/** Every node under `list`, depth first, in document order. */
export function descendants(list: DocNode[]): DocNode[] {
  return list.flatMap((node) => [node, ...descendants(childrenOf(node) ?? [])]);
}

export function isTextBlock(node: DocNode): node is TextBlockNode {
  return node.kind === 'paragraph' || node.kind === 'listItem';
}

/**
 * The plain text of a run of blocks, as Body.getText reports it: one line per paragraph, and one per table cell
 * ("cells in a row are joined by \n, and rows are joined by \n", gas-fakes test/testdocsnext.js
 * "Table.getText()", a test that passes on live Apps Script). `cellSeparator` lets the emulator's own readers
 * (docText) keep a row on one line, as a person copying the table would see it.
 */
export function blocksText(list: DocNode[], cellSeparator = '\n'): string {
  return list.map((node) => nodeText(node, cellSeparator)).join('\n');
}

export function nodeText(node: DocNode, cellSeparator = '\n'): string {
  switch (node.kind) {
    case 'paragraph':
    case 'listItem':
      return node.runs.map((r) => r.text).join('');
    case 'table':
      return node.rows.map((row) => nodeText(row, cellSeparator)).join('\n');
    case 'tableRow':
      return node.cells.map((cell) => nodeText(cell, cellSeparator)).join(cellSeparator);
    case 'tableCell':
      return blocksText(node.children, cellSeparator);
  }
}
