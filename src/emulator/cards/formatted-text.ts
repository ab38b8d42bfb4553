// Card text may carry a small HTML subset (developers.google.com/workspace/add-ons/guides/workspace-format-text):
// <b>, <i>, <u>, <s>, <font color="…">, <a href="…"> and <br>. Anything else is shown as the literal text.
// These turn such text into safe HTML for the preview, or into the plain words a user reads.

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
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
    html += escapeHtml(text.slice(last, match.index));
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
        html += href ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">` : '<a>';
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
  html += escapeHtml(text.slice(last));
  while (open.length > 0) html += `</${open.pop()}>`;
  return html;
}

/** The words a user sees: formatting tags dropped, <br> as a line break. */
export function formattedTextToPlain(text: string): string {
  return text.replace(tagPattern, (source, _slash: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (name === 'br') return '\n';
    return styleTags.has(name) || name === 'font' || name === 'a' ? '' : source;
  });
}
