// What every element of a Doc's body has: a type, a place among its siblings, and a parent.
// https://developers.google.com/apps-script/reference/document/element
import { appsScriptError } from '../errors';
import type { DocContext } from './context';
import type { ElementTypeName } from './enums';
import { locate, type DocData, type Located } from './model';

export const elementRemoved = 'Element does not exist.';
// Docs keeps at least one paragraph in the body.
// Apps Script refuses an element that already sits in a document; it must be a detached copy.
export const mustBeDetached = 'Element must be detached.';
export const lastParagraph = "Can't remove the last paragraph in a document section.";

type Element = GoogleAppsScript.Document.Element;

export abstract class DocElement {
  /** The class name used in meter kinds, e.g. "Paragraph" for "DocumentApp.Paragraph.setHeading". */
  protected abstract readonly className: string;
  protected abstract readonly elementType: ElementTypeName;

  constructor(
    readonly ctx: DocContext,
    readonly elementId: string,
  ) {}

  /** Apps Script objects print as their class (gas-fakes' live-passing tests: a Paragraph prints "Paragraph"). */
  toString(): string {
    return this.className;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return this.elementType as unknown as GoogleAppsScript.Document.ElementType;
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    const { parentId } = this.located('getParent');
    return this.parentHandle(parentId) as unknown as GoogleAppsScript.Document.ContainerElement;
  }

  getNextSibling(): Element {
    const { siblings, index } = this.located('getNextSibling');
    const next = siblings[index + 1];
    return (next ? this.ctx.wrap(next) : null) as Element;
  }

  getPreviousSibling(): Element {
    const { siblings, index } = this.located('getPreviousSibling');
    const previous = siblings[index - 1];
    return (previous ? this.ctx.wrap(previous) : null) as Element;
  }

  /** Meters the call and finds this element in its Doc. */
  protected located(method: string): Located & { doc: DocData } {
    const doc = this.ctx.call(`${this.className}.${method}`);
    const found = locate(doc, this.elementId);
    if (!found) throw appsScriptError(elementRemoved);
    return { ...found, doc };
  }

  protected detach(method: string): void {
    const { siblings, index, parentId, node } = this.located(method);
    const paragraphsLeft = siblings.filter((n) => n.kind === 'paragraph' || n.kind === 'listItem').length;
    const isParagraph = node.kind === 'paragraph' || node.kind === 'listItem';
    if (parentId === null && isParagraph && paragraphsLeft === 1) throw appsScriptError(lastParagraph);
    siblings.splice(index, 1);
    this.ctx.changed();
  }

  private parentHandle(parentId: string | null): Element {
    if (parentId === null) return this.ctx.wrap('body');
    const parent = locate(this.ctx.data(), parentId);
    if (!parent) throw appsScriptError(elementRemoved);
    return this.ctx.wrap(parent.node);
  }
}
