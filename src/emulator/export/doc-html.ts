// A Doc as a standalone HTML page that looks like it does in Docs: title, headings, paragraphs, lists,
// bordered tables, links and character styles, on a page-like sheet. All text is escaped.
import { escapeHtml } from '../cards/formatted-text';
import { docsState, type BlockNode, type ListItemNode, type TextBlockNode } from '../docs/model';
import type { TextRun } from '../docs/text-runs';
import type { Workspace } from '../workspace';

const headingTags: Record<string, string> = {
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
};

const orderedGlyphs: Record<string, string> = {
  NUMBER: '1',
  LATIN_UPPER: 'A',
  LATIN_LOWER: 'a',
  ROMAN_UPPER: 'I',
  ROMAN_LOWER: 'i',
};

const css = `
body { background: #f1f3f4; margin: 0; font: 11pt/1.5 Arial, sans-serif; color: #202124; }
.page { background: #fff; max-width: 8.5in; margin: 24px auto; padding: 1in; box-shadow: 0 1px 3px #0003; }
h1, h2, h3, h4, h5, h6 { font-weight: normal; margin: 1em 0 .4em; }
h1 { font-size: 20pt; } h2 { font-size: 16pt; } h3 { font-size: 14pt; color: #434343; }
.title { font-size: 26pt; margin: 0 0 .3em; } .subtitle { font-size: 15pt; color: #666; margin-top: 0; }
p { margin: 0 0 .2em; min-height: 1.5em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; }
td { border: 1px solid #000; padding: 5px 7px; vertical-align: top; }
td p { min-height: 0; }
a { color: #1155cc; }
.page-break { border-top: 1px dashed #bbb; margin: 1em 0; }
@media print { body { background: none; } .page { box-shadow: none; margin: 0; } }
`;

export function exportDocHtml(ws: Workspace, docId: string): string {
  const doc = docsState(ws).docs[docId];
  if (!doc) throw new Error(`exportDocHtml: no Doc ${docId}`);
  const name = ws.files[docId]?.name ?? docId;
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(name)}</title>`,
    `<style>${css}</style></head>`,
    `<body><div class="page">${blocksHtml(doc.body)}</div></body></html>`,
  ].join('\n');
}

function blocksHtml(blocks: BlockNode[]): string {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'listItem') {
      const list: ListItemNode[] = [];
      while (blocks[i]?.kind === 'listItem' && (blocks[i] as ListItemNode).listId === block.listId) {
        list.push(blocks[i++] as ListItemNode);
      }
      i--;
      out.push(listHtml(list));
    } else if (block.kind === 'table') {
      const rows = block.rows.map(
        (row) => `<tr>${row.cells.map((c) => `<td>${blocksHtml(c.children)}</td>`).join('')}</tr>`,
      );
      out.push(`<table>${rows.join('')}</table>`);
    } else {
      out.push(paragraphHtml(block));
    }
  }
  return out.join('\n');
}

function listHtml(items: ListItemNode[]): string {
  const glyph = items[0]!.glyph;
  const type = orderedGlyphs[glyph];
  const open = type ? `<ol type="${type}">` : `<ul style="list-style-type: ${bulletStyle(glyph)}">`;
  const lis = items.map((item) => {
    const indent = item.nesting > 0 ? ` style="margin-left: ${item.nesting * 36}px"` : '';
    return `<li${indent}>${runsHtml(item.runs)}</li>`;
  });
  return `${open}${lis.join('')}${type ? '</ol>' : '</ul>'}`;
}

function bulletStyle(glyph: string): string {
  if (glyph === 'HOLLOW_BULLET') return 'circle';
  if (glyph === 'SQUARE_BULLET') return 'square';
  return 'disc';
}

function paragraphHtml(block: TextBlockNode): string {
  if (block.kind === 'paragraph' && block.inline === 'horizontalRule') return '<hr>';
  if (block.kind === 'paragraph' && block.inline === 'pageBreak') return '<div class="page-break"></div>';
  const align =
    block.alignment && block.alignment !== 'LEFT' ? ` style="text-align: ${block.alignment.toLowerCase()}"` : '';
  const content = runsHtml(block.runs);
  if (block.heading === 'TITLE') return `<h1 class="title"${align}>${content}</h1>`;
  if (block.heading === 'SUBTITLE') return `<p class="subtitle"${align}>${content}</p>`;
  const tag = headingTags[block.heading] ?? 'p';
  return `<${tag}${align}>${content}</${tag}>`;
}

function runsHtml(runs: TextRun[]): string {
  return runs.map(runHtml).join('');
}

function runHtml(run: TextRun): string {
  let html = escapeHtml(run.text).replace(/\r|\n/g, '<br>');
  const styles: string[] = [];
  if (run.foregroundColor) styles.push(`color: ${run.foregroundColor}`);
  if (run.backgroundColor) styles.push(`background: ${run.backgroundColor}`);
  if (run.fontSize) styles.push(`font-size: ${run.fontSize}pt`);
  if (styles.length > 0) html = `<span style="${escapeHtml(styles.join('; '))}">${html}</span>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.underline) html = `<u>${html}</u>`;
  if (run.strikethrough) html = `<s>${html}</s>`;
  if (run.linkUrl) html = `<a href="${escapeHtml(run.linkUrl)}">${html}</a>`;
  return html;
}
