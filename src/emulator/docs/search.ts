// findText and replaceText over a run of paragraphs. Each paragraph is matched on its own, as Docs does:
// "the provided regular expression pattern is independently matched against each text block"
// (https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)).
// The replacement is inserted as written: "$1" is not a group reference.
import type { DocContext } from './context';
import type { TextBlockNode } from './model';
import { matchesIn, re2Pattern } from './pattern';
import { RangeElementHandle } from './range-element';
import { replaceRange, runsText } from './text-runs';

/** Replaces every match in every block; true when anything changed. */
export function replaceInBlocks(blocks: TextBlockNode[], pattern: string, replacement: string): boolean {
  const re = re2Pattern(pattern);
  let changed = false;
  for (const block of blocks) {
    const matches = matchesIn(re, runsText(block.runs));
    for (const match of matches.reverse()) {
      block.runs = replaceRange(block.runs, match.start, match.endExclusive, String(replacement));
      changed = true;
    }
  }
  return changed;
}

/** The first match after `from` (or from the start), as a RangeElement over the paragraph's text. */
export function findInBlocks(
  ctx: DocContext,
  blocks: TextBlockNode[],
  pattern: string,
  from?: GoogleAppsScript.Document.RangeElement | null,
): GoogleAppsScript.Document.RangeElement | null {
  const re = re2Pattern(pattern);
  const after = from instanceof RangeElementHandle ? from : null;
  let startIndex = 0;
  if (after) {
    startIndex = blocks.findIndex((b) => b.id === after.blockId);
    if (startIndex < 0) return null;
  }
  for (let i = startIndex; i < blocks.length; i++) {
    const block = blocks[i]!;
    const minimumStart = after && i === startIndex ? after.getEndOffsetInclusive() + 1 : 0;
    const match = matchesIn(re, runsText(block.runs)).find((m) => m.start >= minimumStart);
    if (match) return RangeElementHandle.create(ctx, block.id, match.start, match.endExclusive - 1);
  }
  return null;
}
