// Docs' Text element: the characters of a paragraph (or of every paragraph in a table cell), with
// character-level styling. A Text returned by appendText covers just the appended characters, so
// `paragraph.appendText('Outcome: ').setBold(true)` bolds only those.
// https://developers.google.com/apps-script/reference/document/text
import { appsScriptError } from '../errors';
import { textStyleFrom } from './attributes';
import type { DocContext } from './context';
import { DocElement, elementRemoved } from './element';
import { isTextBlock, locate, newParagraph, type DocData, type TextBlockNode } from './model';
import { findInBlocks, replaceInBlocks } from './search';
import { applyStyle, replaceRange, runsText, styleAt, uniformStyle, type TextRun, type TextStyle } from './text-runs';

type TextMethods =
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'insertText'
  | 'deleteText'
  | 'setBold'
  | 'isBold'
  | 'setItalic'
  | 'isItalic'
  | 'setUnderline'
  | 'isUnderline'
  | 'setLinkUrl'
  | 'getLinkUrl'
  | 'setForegroundColor'
  | 'getForegroundColor'
  | 'setFontSize'
  | 'getFontSize'
  | 'setAttributes'
  | 'getAttributes'
  | 'replaceText'
  | 'findText'
  | 'getType'
  | 'getParent'
  | 'asText';

type Text = GoogleAppsScript.Document.Text;

interface Window {
  start: number;
  length: number;
}

export class DocText extends DocElement implements Pick<Text, TextMethods> {
  protected readonly className = 'Text';
  protected readonly elementType = 'TEXT' as const;

  /** `ownerId` is a paragraph, list item or table cell; `window` limits this Text to part of a paragraph. */
  constructor(
    ctx: DocContext,
    ownerId: string,
    private readonly window?: Window,
  ) {
    super(ctx, ownerId);
  }

  getText(): string {
    const { text, start, end } = this.view('getText');
    return text.slice(start, end);
  }

  setText(text: string): Text {
    const doc = this.ctx.call('Text.setText');
    const blocks = this.blocks(doc);
    if (this.window || blocks.length === 1) {
      const { start, end } = this.bounds(doc);
      const block = blocks[0]!;
      block.runs = replaceRange(block.runs, start, end, String(text));
    } else {
      const owner = locate(doc, this.elementId)!.node;
      if (owner.kind === 'tableCell') owner.children = [newParagraph(doc, String(text))];
    }
    this.ctx.changed();
    return this.self();
  }

  appendText(text: string): Text {
    const doc = this.ctx.call('Text.appendText');
    const block = this.blocks(doc).at(-1)!;
    const start = runsText(block.runs).length;
    block.runs = replaceRange(block.runs, start, start, String(text));
    this.ctx.changed();
    return new DocText(this.ctx, block.id, { start, length: String(text).length }) as unknown as Text;
  }

  insertText(offset: number, text: string): Text {
    const doc = this.ctx.call('Text.insertText');
    const { block, local } = this.position(doc, offset);
    block.runs = replaceRange(block.runs, local, local, String(text));
    this.ctx.changed();
    return new DocText(this.ctx, block.id, { start: local, length: String(text).length }) as unknown as Text;
  }

  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    const doc = this.ctx.call('Text.deleteText');
    this.spans(doc, startOffset, endOffsetInclusive, (block, start, end) => {
      block.runs = replaceRange(block.runs, start, end + 1, '');
    });
    this.ctx.changed();
    return this.self();
  }

  setBold(a: boolean | number, b?: number, c?: boolean): Text {
    return this.style('setBold', 'bold', a, b, c);
  }

  isBold(offset?: number | null): boolean {
    return Boolean(this.read('isBold', 'bold', offset));
  }

  setItalic(a: boolean | number, b?: number, c?: boolean): Text {
    return this.style('setItalic', 'italic', a, b, c);
  }

  isItalic(offset?: number | null): boolean {
    return Boolean(this.read('isItalic', 'italic', offset));
  }

  setUnderline(a: boolean | number, b?: number, c?: boolean): Text {
    return this.style('setUnderline', 'underline', a, b, c);
  }

  isUnderline(offset?: number | null): boolean {
    return Boolean(this.read('isUnderline', 'underline', offset));
  }

  /** A null or empty url removes the link. */
  setLinkUrl(a: string | number, b?: number, c?: string): Text {
    const clear = (url: unknown) => (url ? String(url) : undefined);
    if (typeof a === 'number') return this.style('setLinkUrl', 'linkUrl', a, b, clear(c));
    return this.style('setLinkUrl', 'linkUrl', clear(a));
  }

  getLinkUrl(offset?: number | null): string {
    return (this.read('getLinkUrl', 'linkUrl', offset) ?? null) as string;
  }

  setForegroundColor(a: string | number, b?: number, c?: string): Text {
    return this.style('setForegroundColor', 'foregroundColor', a, b, c);
  }

  getForegroundColor(offset?: number | null): string {
    return (this.read('getForegroundColor', 'foregroundColor', offset) ?? null) as string;
  }

  setFontSize(a: number, b?: number, c?: number): Text {
    return this.style('setFontSize', 'fontSize', a, b, c);
  }

  getFontSize(offset?: number | null): number {
    return (this.read('getFontSize', 'fontSize', offset) ?? null) as number;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Apps Script types attribute maps as any
  setAttributes(a: any, b?: number, c?: any): Text {
    const doc = this.ctx.call('Text.setAttributes');
    const [start, end, attributes] = typeof a === 'number' ? [a, b!, c] : [0, this.length(doc) - 1, a];
    const style = textStyleFrom(attributes as Record<string, unknown>);
    this.spans(doc, start, end, (block, s, e) => (block.runs = applyStyle(block.runs, s, e, style)));
    this.ctx.changed();
    return this.self();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Apps Script types attribute maps as any
  getAttributes(offset?: number | null): any {
    const doc = this.ctx.call('Text.getAttributes');
    const style = this.styleOver(doc, offset);
    return {
      BOLD: style.bold ?? null,
      ITALIC: style.italic ?? null,
      UNDERLINE: style.underline ?? null,
      STRIKETHROUGH: style.strikethrough ?? null,
      LINK_URL: style.linkUrl ?? null,
      FOREGROUND_COLOR: style.foregroundColor ?? null,
      BACKGROUND_COLOR: style.backgroundColor ?? null,
      FONT_SIZE: style.fontSize ?? null,
    };
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    const doc = this.ctx.call('Text.replaceText');
    if (replaceInBlocks(this.blocks(doc), searchPattern, replacement)) this.ctx.changed();
    return this.self() as unknown as GoogleAppsScript.Document.Element;
  }

  findText(
    searchPattern: string,
    from?: GoogleAppsScript.Document.RangeElement | null,
  ): GoogleAppsScript.Document.RangeElement {
    const doc = this.ctx.call('Text.findText');
    return findInBlocks(this.ctx, this.blocks(doc), searchPattern, from) as GoogleAppsScript.Document.RangeElement;
  }

  override getParent(): GoogleAppsScript.Document.ContainerElement {
    const owner = locate(this.ctx.call('Text.getParent'), this.elementId);
    if (!owner) throw appsScriptError(elementRemoved);
    return this.ctx.wrap(owner.node) as unknown as GoogleAppsScript.Document.ContainerElement;
  }

  asText(): Text {
    return this.self();
  }

  /** The paragraphs this Text spans: its owner, or every paragraph of the owning table cell. */
  private blocks(doc: DocData): TextBlockNode[] {
    const owner = locate(doc, this.elementId)?.node;
    if (!owner) throw appsScriptError(elementRemoved);
    if (isTextBlock(owner)) return [owner];
    if (owner.kind === 'tableCell') return owner.children.filter(isTextBlock);
    return [];
  }

  private fullText(doc: DocData): string {
    return this.blocks(doc)
      .map((b) => runsText(b.runs))
      .join('\n');
  }

  private bounds(doc: DocData): { start: number; end: number } {
    if (!this.window) return { start: 0, end: this.fullText(doc).length };
    return { start: this.window.start, end: this.window.start + this.window.length };
  }

  private length(doc: DocData): number {
    const { start, end } = this.bounds(doc);
    return end - start;
  }

  private view(method: string): { text: string; start: number; end: number } {
    const doc = this.ctx.call(`Text.${method}`);
    return { text: this.fullText(doc), ...this.bounds(doc) };
  }

  /** Calls `edit` for each paragraph's share of [start, endInclusive] (offsets relative to this Text). */
  private spans(
    doc: DocData,
    start: number,
    endInclusive: number,
    edit: (block: TextBlockNode, start: number, endInclusive: number) => void,
  ): void {
    const base = this.bounds(doc).start;
    let offset = 0;
    for (const block of this.blocks(doc)) {
      const length = runsText(block.runs).length;
      const from = Math.max(base + start, offset) - offset;
      const to = Math.min(base + endInclusive, offset + length - 1) - offset;
      if (from <= to) edit(block, from, to);
      offset += length + 1;
    }
  }

  private position(doc: DocData, offset: number): { block: TextBlockNode; local: number } {
    let remaining = this.bounds(doc).start + offset;
    const blocks = this.blocks(doc);
    for (const block of blocks) {
      const length = runsText(block.runs).length;
      if (remaining <= length) return { block, local: remaining };
      remaining -= length + 1;
    }
    const last = blocks.at(-1)!;
    return { block: last, local: runsText(last.runs).length };
  }

  private style<K extends keyof TextStyle>(
    method: string,
    key: K,
    a: TextStyle[K] | number,
    b?: number,
    c?: TextStyle[K],
  ): Text {
    const doc = this.ctx.call(`Text.${method}`);
    const ranged = b !== undefined;
    const [start, end, value] = ranged ? [a as number, b, c] : [0, this.length(doc) - 1, a as TextStyle[K]];
    const change = { [key]: value } as TextStyle;
    this.spans(doc, start, end, (block, s, e) => (block.runs = applyStyle(block.runs, s, e, change)));
    this.ctx.changed();
    return this.self();
  }

  /** The style value at `offset`, or over the whole Text when no offset is given (null if mixed). */
  private read<K extends keyof TextStyle>(method: string, key: K, offset?: number | null): TextStyle[K] | null {
    const doc = this.ctx.call(`Text.${method}`);
    if (offset !== undefined && offset !== null) return this.styleOver(doc, offset)[key] ?? null;
    const values = new Set<unknown>();
    this.spans(doc, 0, this.length(doc) - 1, (block, s, e) => {
      values.add(uniformStyle(sliceRuns(block.runs, s, e), key));
    });
    return values.size === 1 ? ([...values][0] as TextStyle[K] | null) : null;
  }

  private styleOver(doc: DocData, offset?: number | null): TextStyle {
    const { block, local } = this.position(doc, offset ?? 0);
    return styleAt(block.runs, local);
  }

  private self(): Text {
    return this as unknown as Text;
  }
}

/** The runs covering [start, endInclusive]. */
function sliceRuns(runs: TextRun[], start: number, endInclusive: number): TextRun[] {
  const total = runsText(runs).length;
  const withoutTail = replaceRange(runs, endInclusive + 1, total, '');
  return replaceRange(withoutTail, 0, start, '');
}
