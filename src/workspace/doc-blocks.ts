// Agenda blocks (core/agenda) written as real Doc structure — headings, bulleted lists, tables — and read back
// the same way. Body edits are batched by DocumentApp and sent at saveAndClose, so a whole agenda costs a few
// round trips, not one per paragraph.
import type { AgendaBlock } from '../core/agenda/agenda-blocks';

type Body = GoogleAppsScript.Document.Body;

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
