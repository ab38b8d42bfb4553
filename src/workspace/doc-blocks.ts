// Blocks (core/agenda) written as real Doc structure — headings, bulleted lists, tables — and read back the same
// way. Agendas are made by upload (agenda-upload.ts); writing through DocumentApp serves a Doc rewritten in place
// (the year summary). Body edits are batched by DocumentApp and sent at saveAndClose, so a whole Doc costs a few
// round trips, not one per paragraph.
import type { AgendaBlock, Span } from '../core/agenda/agenda-blocks';
import { promptColor } from '../core/agenda/agenda-html';

type Body = GoogleAppsScript.Document.Body;

export function writeBlocks(body: Body, blocks: readonly AgendaBlock[]): void {
  body.clear();
  // A Doc always keeps one paragraph: the agenda's first block (its title) takes it over.
  const [first, ...rest] = blocks;
  if (first?.kind === 'heading') {
    const paragraph = body.getParagraphs()[0]!;
    paragraph.setText(first.text);
    paragraph.setHeading(headings[first.level]());
  }
  for (const block of first?.kind === 'heading' ? rest : blocks) {
    switch (block.kind) {
      case 'heading':
        body.appendParagraph(block.text).setHeading(headings[block.level]());
        break;
      case 'paragraph': {
        const paragraph = body.appendParagraph(block.text).setHeading(DocumentApp.ParagraphHeading.NORMAL);
        if (block.spans?.length && block.text !== '') styleSpans(paragraph.editAsText(), block.spans);
        break;
      }
      case 'list':
        for (const item of block.items) body.appendListItem(item).setGlyphType(DocumentApp.GlyphType.BULLET);
        break;
      case 'table': {
        const table = body.appendTable(block.rows);
        const header = table.getRow(0);
        for (let c = 0; c < header.getNumCells(); c++) header.getCell(c).editAsText().setBold(true);
        break;
      }
    }
  }
}

/**
 * Each span of a paragraph styled: a prompt grey italic, a link a link. Text.setLinkUrl and setItalic take an
 * inclusive end offset. https://developers.google.com/apps-script/reference/document/text#setLinkUrl(Integer,Integer,String)
 */
function styleSpans(text: GoogleAppsScript.Document.Text, spans: readonly Span[]): void {
  for (const span of spans) {
    if (span.to <= span.from) continue;
    if ('url' in span) text.setLinkUrl(span.from, span.to - 1, span.url);
    else text.setItalic(span.from, span.to - 1, true).setForegroundColor(span.from, span.to - 1, promptColor);
  }
}

const headings: Record<1 | 2 | 3, () => GoogleAppsScript.Document.ParagraphHeading> = {
  1: () => DocumentApp.ParagraphHeading.HEADING1,
  2: () => DocumentApp.ParagraphHeading.HEADING2,
  3: () => DocumentApp.ParagraphHeading.HEADING3,
};

/** The Doc as blocks again: headings, paragraphs, list items (as one-item lists) and tables, in order. */
export function readBlocks(body: Body): AgendaBlock[] {
  const blocks: AgendaBlock[] = [];
  let previousType: GoogleAppsScript.Document.ElementType | undefined;
  for (let i = 0; i < body.getNumChildren(); i++) {
    const child = body.getChild(i);
    const type = child.getType();
    const afterTable = previousType === DocumentApp.ElementType.TABLE;
    previousType = type;
    if (type === DocumentApp.ElementType.PARAGRAPH) {
      const paragraph = child.asParagraph();
      // Docs keeps an empty paragraph after every table that would otherwise end the body; it was never a block.
      if (afterTable && paragraph.getText() === '') continue;
      const heading = paragraph.getHeading();
      const level = headingLevel(heading);
      if (level) blocks.push({ kind: 'heading', level, text: paragraph.getText() });
      else if (heading !== DocumentApp.ParagraphHeading.TITLE)
        blocks.push({ kind: 'paragraph', text: paragraph.getText() });
    } else if (type === DocumentApp.ElementType.LIST_ITEM) {
      blocks.push({ kind: 'list', items: [child.asListItem().getText()] });
    } else if (type === DocumentApp.ElementType.TABLE) {
      const table = child.asTable();
      const rows: string[][] = [];
      for (let r = 0; r < table.getNumRows(); r++) {
        const row = table.getRow(r);
        const cells: string[] = [];
        for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
        rows.push(cells);
      }
      blocks.push({ kind: 'table', rows });
    }
  }
  return blocks;
}

function headingLevel(heading: GoogleAppsScript.Document.ParagraphHeading): 1 | 2 | 3 | undefined {
  if (heading === DocumentApp.ParagraphHeading.HEADING1) return 1;
  if (heading === DocumentApp.ParagraphHeading.HEADING2) return 2;
  if (heading === DocumentApp.ParagraphHeading.HEADING3) return 3;
  return undefined;
}
