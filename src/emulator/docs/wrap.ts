// The handle for each kind of node: the one place that knows every element class, so the classes need
// not import one another.
import { BodyHandle } from './body';
import type { DocContext } from './context';
import { ListItemHandle } from './list-item';
import type { DocNode } from './model';
import { ParagraphHandle } from './paragraph';
import { TableCellHandle, TableHandle, TableRowHandle } from './table';

export function wrapNode(ctx: DocContext, node: DocNode | 'body'): GoogleAppsScript.Document.Element {
  return handleFor(ctx, node) as unknown as GoogleAppsScript.Document.Element;
}

function handleFor(ctx: DocContext, node: DocNode | 'body') {
  if (node === 'body') return new BodyHandle(ctx);
  switch (node.kind) {
    case 'paragraph':
      return new ParagraphHandle(ctx, node.id);
    case 'listItem':
      return new ListItemHandle(ctx, node.id);
    case 'table':
      return new TableHandle(ctx, node.id);
    case 'tableRow':
      return new TableRowHandle(ctx, node.id);
    case 'tableCell':
      return new TableCellHandle(ctx, node.id);
  }
}
