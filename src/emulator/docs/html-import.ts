// A Google Doc made from HTML, as Drive makes one when a file is uploaded as text/html with the Google Docs type
// ("Google Docs: from HTML", https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs;
// import formats: https://developers.google.com/workspace/drive/api/reference/rest/v3/about importFormats).
// Modeled for the HTML PLG Hub sends: h1–h6 become headings, p and div paragraphs, ul/ol items list items
// (BULLET / NUMBER glyphs), table rows and cells a table (th text bold), a[href] a link, b/strong bold, i/em
// italic, u underline, and a span's inline style its colour, italic and bold. Text is collapsed as a browser
// collapses it (runs of white space become one space; leading and trailing space of a block go). Docs keeps a
// paragraph after a table that would end the body, and never leaves a body empty.
// Not confirmed from a primary source (README "Known limits"): whether Drive adds paragraphs of its own around
// lists or headings, and the exact glyph of an imported list; PLG Hub's read-back ignores empty paragraphs.
import { newElementId, type BlockNode, type DocData, type ListItemNode, type ParagraphNode } from './model';
import type { HeadingName } from './enums';
import type { TextRun, TextStyle } from './text-runs';

type Token = { kind: 'open' | 'close'; tag: string; attrs: Record<string, string> } | { kind: 'text'; text: string };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return entities[name.toLowerCase()] ?? whole;
  });
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|([^<]+)/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[4] !== undefined) tokens.push({ kind: 'text', text: decode(m[4]) });
    else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([^\s=>/]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
        attrs[a[1]!.toLowerCase()] = decode(a[3] ?? a[4] ?? a[5] ?? '');
      tokens.push({ kind: m[1] ? 'close' : 'open', tag: m[2].toLowerCase(), attrs });
    }
  }
  return tokens;
}

const headingOf: Record<string, HeadingName> = {
  h1: 'HEADING1',
  h2: 'HEADING2',
  h3: 'HEADING3',
  h4: 'HEADING4',
  h5: 'HEADING5',
  h6: 'HEADING6',
};
const skipped = new Set(['head', 'script', 'style', 'title']);

/** The inline style a tag (and its style attribute) adds. */
function styleOf(tag: string, attrs: Record<string, string>): TextStyle {
  const style: TextStyle = {};
  if (tag === 'b' || tag === 'strong') style.bold = true;
  if (tag === 'i' || tag === 'em') style.italic = true;
  if (tag === 'u') style.underline = true;
  if (tag === 'a' && attrs.href) style.linkUrl = attrs.href;
  for (const decl of (attrs.style ?? '').split(';')) {
    const [prop, value] = decl.split(':').map((s) => s?.trim().toLowerCase());
    if (prop === 'color' && /^#[0-9a-f]{6}$/.test(value ?? '')) style.foregroundColor = value;
    if (prop === 'font-style' && value === 'italic') style.italic = true;
    if (prop === 'font-weight' && (value === 'bold' || Number(value) >= 600)) style.bold = true;
  }
  return style;
}

/** Replaces `doc`'s body with the HTML's blocks. */
export function importHtml(doc: DocData, html: string): void {
  const blocks: BlockNode[] = [];
  const styles: TextStyle[] = [];
  let runs: TextRun[] | undefined;
  let heading: HeadingName = 'NORMAL';
  let listKind: ('ul' | 'ol')[] = [];
  let listIds: string[] = [];
  let table: string[][][] | undefined; // rows → cells → paragraphs' runs are kept as plain text + bold
  let tableBold: boolean[][] = [];
  let cell: { text: string; bold: boolean } | undefined;
  let skipDepth = 0;
  let item: ListItemNode | undefined;

  const current = (): TextStyle => Object.assign({}, ...styles) as TextStyle;
  const addText = (text: string) => {
    if (cell) {
      cell.text += text;
      if (current().bold) cell.bold = true;
      return;
    }
    runs ??= [];
    runs.push({ text, ...current() });
  };
  const endBlock = () => {
    if (!runs) return;
    const cleaned = collapse(runs);
    runs = undefined;
    if (item) {
      item.runs = cleaned;
      blocks.push(item);
      item = undefined;
    } else if (cleaned.length > 0 || heading !== 'NORMAL') {
      const paragraph: ParagraphNode = { kind: 'paragraph', id: newElementId(doc), runs: cleaned, heading };
      blocks.push(paragraph);
    }
    heading = 'NORMAL';
  };

  for (const token of tokenize(html)) {
    if (token.kind === 'text') {
      if (skipDepth === 0) addText(token.text);
      continue;
    }
    const { tag } = token;
    if (skipped.has(tag)) {
      skipDepth += token.kind === 'open' ? 1 : -1;
      continue;
    }
    if (token.kind === 'open') {
      if (tag in headingOf || tag === 'p' || tag === 'div') {
        endBlock();
        heading = headingOf[tag] ?? 'NORMAL';
        runs = [];
      } else if (tag === 'ul' || tag === 'ol') {
        endBlock();
        listKind = [...listKind, tag];
        listIds = [...listIds, `l${newElementId(doc)}`];
      } else if (tag === 'li') {
        endBlock();
        const kind = listKind.at(-1) ?? 'ul';
        item = {
          kind: 'listItem',
          id: newElementId(doc),
          runs: [],
          heading: 'NORMAL',
          glyph: kind === 'ol' ? 'NUMBER' : 'BULLET',
          nesting: Math.max(0, listKind.length - 1),
          listId: listIds.at(-1) ?? `l${newElementId(doc)}`,
        };
        runs = [];
      } else if (tag === 'table') {
        endBlock();
        table = [];
        tableBold = [];
      } else if (tag === 'tr' && table) {
        table.push([]);
        tableBold.push([]);
      } else if ((tag === 'td' || tag === 'th') && table) {
        cell = { text: '', bold: tag === 'th' };
      } else if (tag === 'br') {
        addText('\n');
      } else styles.push(styleOf(tag, token.attrs));
    } else {
      if (tag in headingOf || tag === 'p' || tag === 'div' || tag === 'li') endBlock();
      else if (tag === 'ul' || tag === 'ol') {
        endBlock();
        listKind = listKind.slice(0, -1);
        listIds = listIds.slice(0, -1);
      } else if ((tag === 'td' || tag === 'th') && table && cell) {
        table.at(-1)?.push([collapseText(cell.text)]);
        tableBold.at(-1)?.push(cell.bold);
        cell = undefined;
      } else if (tag === 'table' && table) {
        blocks.push(tableNode(doc, table, tableBold));
        table = undefined;
      } else if (tag !== 'tr' && tag !== 'br') styles.pop();
    }
  }
  endBlock();
  // Docs never ends a body with a table, and never leaves one empty.
  if (blocks.length === 0 || blocks.at(-1)!.kind === 'table')
    blocks.push({ kind: 'paragraph', id: newElementId(doc), runs: [], heading: 'NORMAL' });
  doc.body = blocks;
}

function tableNode(doc: DocData, rows: string[][][], bold: boolean[][]): BlockNode {
  return {
    kind: 'table',
    id: newElementId(doc),
    rows: rows.map((row, r) => ({
      kind: 'tableRow' as const,
      id: newElementId(doc),
      cells: row.map((paragraphs, c) => ({
        kind: 'tableCell' as const,
        id: newElementId(doc),
        children: [
          {
            kind: 'paragraph' as const,
            id: newElementId(doc),
            heading: 'NORMAL' as const,
            runs: paragraphs[0] ? [{ text: paragraphs[0], ...(bold[r]?.[c] ? { bold: true } : {}) }] : [],
          },
        ],
      })),
    })),
  };
}

function collapseText(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ').trim();
}

/** White space collapsed across runs as a browser lays it out; empty runs dropped, equal neighbours merged. */
function collapse(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  let lastSpace = true; // a block's leading space goes
  for (const run of runs) {
    let text = '';
    for (const ch of run.text) {
      const space = /[ \t\r\n\f]/.test(ch);
      if (space && lastSpace) continue;
      text += space ? ' ' : ch;
      lastSpace = space;
    }
    if (!text) continue;
    const { text: _t, ...style } = run;
    const prev = out.at(-1);
    if (prev && JSON.stringify({ ...prev, text: '' }) === JSON.stringify({ ...style, text: '' })) prev.text += text;
    else out.push({ ...style, text });
  }
  const last = out.at(-1);
  if (last && last.text.endsWith(' ')) {
    last.text = last.text.slice(0, -1);
    if (!last.text) out.pop();
  }
  return out;
}
