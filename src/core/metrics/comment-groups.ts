// Comments as a principal reads them: the same suggestion written by several people shown once with how many wrote
// it, the most frequent first, then alphabetically — so nothing is dropped because of where it sorts, and the order
// still says nothing about who wrote what or when. Text that looks like a formula stays plain text (escaped by the
// caller before it reaches a cell).

export interface CommentGroup {
  text: string;
  count: number;
}

/** Two comments are the same suggestion when they differ only in case, spacing or closing punctuation. */
function sameness(comment: string): string {
  return comment
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?…]+$/u, '')
    .trim();
}

export function groupComments(comments: readonly string[]): CommentGroup[] {
  const groups = new Map<string, { texts: Map<string, number>; count: number }>();
  for (const raw of comments) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const key = sameness(text);
    const group = groups.get(key) ?? { texts: new Map(), count: 0 };
    group.count += 1;
    group.texts.set(text, (group.texts.get(text) ?? 0) + 1);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ texts, count }) => ({
      // The way most people wrote it; of equals, the first alphabetically.
      text: [...texts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'en'))[0]![0],
      count,
    }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'en'));
}

/** One line each, "• text (3 people)"; past `limit` characters, the rest is counted, never silently cut. */
export function commentLines(
  groups: readonly CommentGroup[],
  limit = 40_000,
  /** Where the rest can be read. */
  rest = 'on the Feedback tab',
): string {
  const lines: string[] = [];
  let length = 0;
  for (const [i, g] of groups.entries()) {
    const line = `• ${g.text}${g.count > 1 ? ` (${g.count} people)` : ''}`;
    if (length + line.length + 1 > limit) {
      lines.push(`… and ${groups.length - i} more ${rest}`);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}
