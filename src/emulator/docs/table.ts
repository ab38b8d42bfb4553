// Docs' Table, TableRow and TableCell. A new cell holds one paragraph; a row made by appendTableRow starts
// with no cells.
// https://developers.google.com/apps-script/reference/document/table
import { appsScriptError } from '../errors';
import { ChildList, childIndexOutOfRange } from './container';
import type { DocContext } from './context';
import { DocElement, elementRemoved, mustBeDetached } from './element';
import {
  locate,
  newCell,
  newElementId,
  nodeText,
  type TableCellNode,
  type TableNode,
  type TableRowNode,
} from './model';
import { findInBlocks, replaceInBlocks } from './search';
import { DocText } from './text';

type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;
type Element = GoogleAppsScript.Document.Element;
type RangeElement = GoogleAppsScript.Document.RangeElement;

type TableMethods =
  | 'getNumRows'
  | 'getRow'
  | 'getCell'
  | 'appendTableRow'
  | 'removeRow'
  | 'getNumChildren'
  | 'getChild'
  | 'getText'
  | 'replaceText'
  | 'findText'
  | 'removeFromParent'
  | 'getType'
  | 'getParent'
  | 'getNextSibling'
  | 'getPreviousSibling'
  | 'asTable';

export class TableHandle extends DocElement implements Pick<Table, TableMethods> {
  protected readonly className = 'Table';
  protected readonly elementType = 'TABLE' as const;

  getNumRows(): number {
    return this.table('getNumRows').rows.length;
  }

  getNumChildren(): number {
    return this.table('getNumChildren').rows.length;
  }

  getRow(rowIndex: number): TableRow {
    return this.ctx.wrap(rowAt(this.table('getRow'), rowIndex)) as unknown as TableRow;
  }

  getChild(childIndex: number): Element {
    return this.ctx.wrap(rowAt(this.table('getChild'), childIndex));
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    const row = rowAt(this.table('getCell'), rowIndex);
    return this.ctx.wrap(cellAt(row, cellIndex)) as unknown as TableCell;
  }

  appendTableRow(tableRow?: TableRow): TableRow {
    const { doc, node } = this.located('appendTableRow');
    if (tableRow !== undefined) throw appsScriptError(mustBeDetached);
    const row: TableRowNode = { kind: 'tableRow', id: newElementId(doc), cells: [] };
    (node as TableNode).rows.push(row);
    this.ctx.changed();
    return this.ctx.wrap(row) as unknown as TableRow;
  }

  removeRow(rowIndex: number): TableRow {
    const table = this.table('removeRow');
    const row = rowAt(table, rowIndex);
    table.rows.splice(rowIndex, 1);
    this.ctx.changed();
    return this.ctx.wrap(row) as unknown as TableRow;
  }

  getText(): string {
    return nodeText(this.table('getText'));
  }

  replaceText(searchPattern: string, replacement: string): Element {
    const cells = this.table('replaceText').rows.flatMap((r) => r.cells);
    if (
      replaceInBlocks(
        cells.flatMap((c) => c.children),
        searchPattern,
        replacement,
      )
    )
      this.ctx.changed();
    return this as unknown as Element;
  }

  findText(searchPattern: string, from?: RangeElement | null): RangeElement {
    const blocks = this.table('findText').rows.flatMap((r) => r.cells.flatMap((c) => c.children));
    return findInBlocks(this.ctx, blocks, searchPattern, from) as RangeElement;
  }

  removeFromParent(): Table {
    this.detach('removeFromParent');
    return this.asTable();
  }

  asTable(): Table {
    return this as unknown as Table;
  }

  private table(method: string): TableNode {
    return this.located(method).node as TableNode;
  }
}

type TableRowMethods =
  | 'getNumCells'
  | 'getCell'
  | 'appendTableCell'
  | 'getNumChildren'
  | 'getChild'
  | 'getText'
  | 'getParentTable'
  | 'removeFromParent'
  | 'getType'
  | 'getParent'
  | 'getNextSibling'
  | 'getPreviousSibling'
  | 'asTableRow';

export class TableRowHandle extends DocElement implements Pick<TableRow, TableRowMethods> {
  protected readonly className = 'TableRow';
  protected readonly elementType = 'TABLE_ROW' as const;

  getNumCells(): number {
    return this.row('getNumCells').cells.length;
  }

  getNumChildren(): number {
    return this.row('getNumChildren').cells.length;
  }

  getCell(cellIndex: number): TableCell {
    return this.ctx.wrap(cellAt(this.row('getCell'), cellIndex)) as unknown as TableCell;
  }

  getChild(childIndex: number): Element {
    return this.ctx.wrap(cellAt(this.row('getChild'), childIndex));
  }

  appendTableCell(textContents?: string | TableCell): TableCell {
    const { doc, node } = this.located('appendTableCell');
    if (typeof textContents === 'object' && textContents !== null) throw appsScriptError(mustBeDetached);
    const cell = newCell(doc, textContents === undefined ? '' : String(textContents));
    (node as TableRowNode).cells.push(cell);
    this.ctx.changed();
    return this.ctx.wrap(cell) as unknown as TableCell;
  }

  getText(): string {
    return nodeText(this.row('getText'));
  }

  getParentTable(): Table {
    return this.getParent() as unknown as Table;
  }

  removeFromParent(): TableRow {
    this.detach('removeFromParent');
    return this.asTableRow();
  }

  asTableRow(): TableRow {
    return this as unknown as TableRow;
  }

  private row(method: string): TableRowNode {
    return this.located(method).node as TableRowNode;
  }
}

type TableCellMethods =
  | 'getText'
  | 'setText'
  | 'editAsText'
  | 'appendParagraph'
  | 'appendListItem'
  | 'getNumChildren'
  | 'getChild'
  | 'clear'
  | 'replaceText'
  | 'findText'
  | 'getParentRow'
  | 'getParentTable'
  | 'getType'
  | 'getParent'
  | 'getNextSibling'
  | 'getPreviousSibling'
  | 'asTableCell';

export class TableCellHandle extends DocElement implements Pick<TableCell, TableCellMethods> {
  protected readonly className = 'TableCell';
  protected readonly elementType = 'TABLE_CELL' as const;
  private readonly children: ChildList;

  constructor(ctx: DocContext, elementId: string) {
    super(ctx, elementId);
    this.children = new ChildList(ctx, 'TableCell', (doc) => {
      const found = locate(doc, elementId);
      if (found?.node.kind !== 'tableCell') throw appsScriptError(elementRemoved);
      return found.node.children;
    });
  }

  getText(): string {
    return this.children.getText();
  }

  /** Replaces the cell's content with one paragraph holding `text`. */
  setText(text: string): TableCell {
    this.children.setText(text);
    return this.asTableCell();
  }

  editAsText(): GoogleAppsScript.Document.Text {
    this.located('editAsText');
    return new DocText(this.ctx, this.elementId) as unknown as GoogleAppsScript.Document.Text;
  }

  appendParagraph(text: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    return this.children.appendParagraph(text);
  }

  appendListItem(text: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    return this.children.appendListItem(text);
  }

  getNumChildren(): number {
    return this.children.getNumChildren();
  }

  getChild(childIndex: number): Element {
    return this.children.getChild(childIndex);
  }

  clear(): TableCell {
    this.children.clear();
    return this.asTableCell();
  }

  replaceText(searchPattern: string, replacement: string): Element {
    this.children.replaceText(searchPattern, replacement);
    return this as unknown as Element;
  }

  findText(searchPattern: string, from?: RangeElement | null): RangeElement {
    return this.children.findText(searchPattern, from);
  }

  getParentRow(): TableRow {
    return this.getParent() as unknown as TableRow;
  }

  getParentTable(): Table {
    return (this.getParent() as unknown as TableRow).getParent() as unknown as Table;
  }

  asTableCell(): TableCell {
    return this as unknown as TableCell;
  }
}

function rowAt(table: TableNode, index: number): TableRowNode {
  const row = table.rows[index];
  if (!row) throw appsScriptError(childIndexOutOfRange(index, table.rows.length));
  return row;
}

function cellAt(row: TableRowNode, index: number): TableCellNode {
  const cell = row.cells[index];
  if (!cell) throw appsScriptError(childIndexOutOfRange(index, row.cells.length));
  return cell;
}
