// A search result: part of one paragraph's text. Its getters are local (no server call).
// https://developers.google.com/apps-script/reference/document/range-element
import type { DocContext } from './context';
import { DocText } from './text';

type RangeElementMethods = 'getElement' | 'getStartOffset' | 'getEndOffsetInclusive' | 'isPartial';

export class RangeElementHandle implements Pick<GoogleAppsScript.Document.RangeElement, RangeElementMethods> {
  private constructor(
    private readonly ctx: DocContext,
    readonly blockId: string,
    private readonly start: number,
    private readonly endInclusive: number,
  ) {}

  static create(ctx: DocContext, blockId: string, start: number, endInclusive: number) {
    return new RangeElementHandle(
      ctx,
      blockId,
      start,
      endInclusive,
    ) as unknown as GoogleAppsScript.Document.RangeElement;
  }

  getElement(): GoogleAppsScript.Document.Element {
    return new DocText(this.ctx, this.blockId) as unknown as GoogleAppsScript.Document.Element;
  }

  getStartOffset(): number {
    return this.start;
  }

  getEndOffsetInclusive(): number {
    return this.endInclusive;
  }

  isPartial(): boolean {
    return true;
  }
}
