// What a Paragraph and a ListItem share: text with character styles, a heading, an alignment.
// https://developers.google.com/apps-script/reference/document/paragraph
import { applyBlockAttributes, blockAttributes, textStyleFrom } from './attributes';
import { appsScriptError } from '../errors';
import { DocElement, mustBeDetached } from './element';
import type { AlignmentName, HeadingName } from './enums';
import type { TextBlockNode } from './model';
import { findInBlocks, replaceInBlocks } from './search';
import { DocText } from './text';
import { applyStyle, replaceRange, runsText, styleAt, uniformStyle } from './text-runs';

type Text = GoogleAppsScript.Document.Text;

/** The methods TextBlock (and DocElement under it) implement for both Paragraph and ListItem. */
export type TextBlockMethods =
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'editAsText'
  | 'setHeading'
  | 'getHeading'
  | 'setAlignment'
  | 'getAlignment'
  | 'setLinkUrl'
  | 'getLinkUrl'
  | 'setAttributes'
  | 'getAttributes'
  | 'replaceText'
  | 'findText'
  | 'removeFromParent'
  | 'getType'
  | 'getParent'
  | 'getNextSibling'
  | 'getPreviousSibling';

export abstract class TextBlock<Self> extends DocElement {
  getText(): string {
    return runsText(this.block('getText').runs);
  }

  setText(text: string): Self {
    const block = this.block('setText');
    block.runs = replaceRange(block.runs, 0, runsText(block.runs).length, String(text));
    return this.changed();
  }

  /** The returned Text covers only the appended characters. */
  appendText(text: string | Text): Text {
    const block = this.block('appendText');
    if (typeof text === 'object') throw appsScriptError(mustBeDetached);
    const start = runsText(block.runs).length;
    block.runs = replaceRange(block.runs, start, start, String(text));
    this.ctx.changed();
    return new DocText(this.ctx, this.elementId, { start, length: String(text).length }) as unknown as Text;
  }

  editAsText(): Text {
    this.block('editAsText');
    return new DocText(this.ctx, this.elementId) as unknown as Text;
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Self {
    this.block('setHeading').heading = String(heading) as HeadingName;
    return this.changed();
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return this.block('getHeading').heading as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): Self {
    this.block('setAlignment').alignment = String(alignment) as AlignmentName;
    return this.changed();
  }

  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    const alignment = this.block('getAlignment').alignment ?? 'LEFT';
    return alignment as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }

  /** Links the whole paragraph; a null or empty url removes its links. */
  setLinkUrl(url: string): Self {
    const block = this.block('setLinkUrl');
    const end = runsText(block.runs).length - 1;
    block.runs = applyStyle(block.runs, 0, end, { linkUrl: url ? String(url) : undefined });
    return this.changed();
  }

  /** The paragraph's link if all of it has the same one, else null. */
  getLinkUrl(): string {
    return uniformStyle(this.block('getLinkUrl').runs, 'linkUrl') as string;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Apps Script types attribute maps as any
  setAttributes(attributes: any): Self {
    const block = this.block('setAttributes');
    const map = attributes as Record<string, unknown>;
    applyBlockAttributes(block, map);
    block.runs = applyStyle(block.runs, 0, runsText(block.runs).length - 1, textStyleFrom(map));
    return this.changed();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Apps Script types attribute maps as any
  getAttributes(): any {
    const block = this.block('getAttributes');
    return blockAttributes(block, styleAt(block.runs, 0));
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    if (replaceInBlocks([this.block('replaceText')], searchPattern, replacement)) this.ctx.changed();
    return this as unknown as GoogleAppsScript.Document.Element;
  }

  findText(
    searchPattern: string,
    from?: GoogleAppsScript.Document.RangeElement | null,
  ): GoogleAppsScript.Document.RangeElement {
    const block = this.block('findText');
    return findInBlocks(this.ctx, [block], searchPattern, from) as GoogleAppsScript.Document.RangeElement;
  }

  removeFromParent(): Self {
    this.detach('removeFromParent');
    return this as unknown as Self;
  }

  protected block(method: string): TextBlockNode {
    return this.located(method).node as TextBlockNode;
  }

  protected changed(): Self {
    this.ctx.changed();
    return this as unknown as Self;
  }
}
