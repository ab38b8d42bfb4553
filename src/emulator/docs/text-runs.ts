// A paragraph's text as runs of equally styled characters. Edits work on one character at a time and
// compress back into runs, so styles split and merge exactly where the offsets say.

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  linkUrl?: string;
  foregroundColor?: string;
  backgroundColor?: string;
  fontSize?: number;
}

export interface TextRun extends TextStyle {
  text: string;
}

interface StyledChar {
  ch: string;
  style: TextStyle;
}

export function runsText(runs: TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

function explode(runs: TextRun[]): StyledChar[] {
  return runs.flatMap(({ text, ...style }) => text.split('').map((ch) => ({ ch, style })));
}

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function compress(chars: StyledChar[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const { ch, style } of chars) {
    const last = runs[runs.length - 1];
    if (last && sameStyle(styleOf(last), style)) last.text += ch;
    else runs.push({ ...style, text: ch });
  }
  return runs;
}

function styleOf(run: TextRun): TextStyle {
  const { text: _text, ...style } = run;
  return style;
}

/** The style at `offset` (the last character's past the end; none in empty text). */
export function styleAt(runs: TextRun[], offset: number): TextStyle {
  const chars = explode(runs);
  const char = chars[Math.min(offset, chars.length - 1)];
  return char ? { ...char.style } : {};
}

/** Replaces [start, endExclusive) with `text` styled like the first replaced character. */
export function replaceRange(runs: TextRun[], start: number, endExclusive: number, text: string): TextRun[] {
  const chars = explode(runs);
  const style = styleAt(runs, start);
  const inserted = text.split('').map((ch) => ({ ch, style }));
  chars.splice(start, endExclusive - start, ...inserted);
  return compress(chars);
}

/** Sets (or, for an undefined value, clears) style properties on [start, endInclusive]. */
export function applyStyle(runs: TextRun[], start: number, endInclusive: number, change: TextStyle): TextRun[] {
  const chars = explode(runs).map((c, i) => {
    if (i < start || i > endInclusive) return c;
    const style: TextStyle = { ...c.style, ...change };
    for (const key of Object.keys(style) as (keyof TextStyle)[]) {
      if (style[key] === undefined || style[key] === null) delete style[key];
    }
    return { ch: c.ch, style };
  });
  return compress(chars);
}

/** The value of one style property if every character has the same one, else null (as Apps Script reports). */
export function uniformStyle<K extends keyof TextStyle>(runs: TextRun[], key: K): TextStyle[K] | null {
  const values = new Set(explode(runs).map((c) => c.style[key]));
  if (values.size !== 1) return null;
  const [value] = values;
  return value ?? null;
}
