// An agenda's blocks as the HTML Drive turns into a Google Doc on upload (one request makes the whole agenda:
// headings, bulleted lists, the attendance table, links, and template prompts in Docs' own placeholder grey
// italic, so they are never mistaken for what a facilitator wrote). Everything from a person is escaped.
import { escapeHtml } from '../report/html-escape';
import type { AgendaBlock, Span } from './agenda-blocks';

/** Grey of Docs' own placeholder text. */
export const promptColor = '#80868b';

function inline(text: string, spans: readonly Span[] | undefined): string {
  const ordered = [...(spans ?? [])].filter((s) => s.to > s.from).sort((a, b) => a.from - b.from);
  let html = '';
  let at = 0;
  for (const span of ordered) {
    if (span.from < at) continue; // overlapping spans: the first wins
    html += escapeHtml(text.slice(at, span.from));
    const inner = escapeHtml(text.slice(span.from, span.to));
    html +=
      'url' in span
        ? `<a href="${escapeHtml(span.url)}">${inner}</a>`
        : `<span style="color:${promptColor};font-style:italic">${inner}</span>`;
    at = span.to;
  }
  return html + escapeHtml(text.slice(at));
}

function block(b: AgendaBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inline(b.text, b.spans)}</p>`;
    case 'list':
      return `<ul>${b.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'table': {
      const [header, ...rows] = b.rows;
      const cells = (row: string[], tag: 'th' | 'td') => row.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('');
      return `<table>${header ? `<tr>${cells(header, 'th')}</tr>` : ''}${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</table>`;
    }
  }
}

export function agendaHtml(blocks: readonly AgendaBlock[]): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${blocks.map(block).join('\n')}</body></html>`;
}
