// Card text may carry a small HTML subset (developers.google.com/workspace/add-ons/guides/workspace-format-text):
// <b>, <i>, <u>, <s>, <font color="…">, <a href="…"> and <br>. Anything else is shown as the literal text.
// These turn such text into safe HTML for the preview, or into the plain words a user reads. Because card text is
// HTML, a character reference in it is a character: an add-on writes "Arts &amp; Wellness" to show
// "Arts & Wellness", and "&lt;" to show "<". The preview keeps such references as they are (escaping them again
// would show "&amp;" to the reader) and the plain words decode them.

import { escapeHtml } from '../../core/report/html-escape';

export { escapeHtml };

/** A character reference a browser decodes: named (`&amp;`), decimal (`&#39;`) or hexadecimal (`&#x2014;`). */
const referencePattern = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/g;

/** Card text between tags as safe HTML: escaped, except that character references stay references. */
function escapeCardText(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(referencePattern)) {
    html += escapeHtml(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

const namedReferences: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The character a reference stands for; a name this table does not know is left as it was written. */
function decodeReferences(text: string): string {
  return text.replace(referencePattern, (reference) => {
    const body = reference.slice(1, -1);
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return namedReferences[body] ?? reference;
  });
}

const tagPattern = /<(\/?)([a-zA-Z]+)([^<>]*)>/g;
const styleTags = new Set(['b', 'i', 'u', 's']);

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function safeColor(color: string | undefined): string | undefined {
  return color && /^(#[0-9a-f]{3,8}|[a-z]+)$/i.test(color) ? color : undefined;
}

function safeHref(href: string | undefined): string | undefined {
  return href && /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : undefined;
}

/**
 * Safe HTML for card text: the allowed tags are re-emitted in a canonical form (attributes checked), tags left
 * open are closed at the end so they cannot restyle the rest of the page, and everything else is escaped.
 */
export function formattedTextToHtml(text: string): string {
  let html = '';
  let last = 0;
  const open: string[] = [];
  for (const match of text.matchAll(tagPattern)) {
    html += escapeCardText(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [source, slash, rawName, attributes] = match;
    const name = rawName.toLowerCase();
    if (name === 'br' && !slash) {
      html += '<br>';
    } else if ((styleTags.has(name) || name === 'font' || name === 'a') && !slash) {
      if (name === 'font') {
        const color = safeColor(attribute(attributes, 'color'));
        html += color ? `<font color="${escapeHtml(color)}">` : '<font>';
      } else if (name === 'a') {
        const href = safeHref(attribute(attributes, 'href'));
        html += href ? `<a href="${escapeHtml(decodeReferences(href))}" target="_blank" rel="noopener">` : '<a>';
      } else {
        html += `<${name}>`;
      }
      open.push(name);
    } else if (slash && open.includes(name)) {
      // Closing a tag also closes any opened inside it and left unclosed, as a browser would.
      while (open.length > 0) {
        const closed = open.pop();
        html += `</${closed}>`;
        if (closed === name) break;
      }
    } else {
      html += escapeHtml(source);
    }
  }
  html += escapeCardText(text.slice(last));
  while (open.length > 0) html += `</${open.pop()}>`;
  return html;
}

/** The words a user sees: formatting tags dropped, <br> as a line break, character references decoded. */
export function formattedTextToPlain(text: string): string {
  const untagged = text.replace(tagPattern, (source, _slash: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (name === 'br') return '\n';
    return styleTags.has(name) || name === 'font' || name === 'a' ? '' : source;
  });
  return decodeReferences(untagged);
}
