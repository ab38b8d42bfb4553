// The horizontal rule and page break that Body.appendHorizontalRule / appendPageBreak put in a new
// paragraph of their own; the handle's parent is that paragraph.
// https://developers.google.com/apps-script/reference/document/horizontal-rule
import { DocElement } from './element';

export class HorizontalRuleHandle
  extends DocElement
  implements Pick<GoogleAppsScript.Document.HorizontalRule, 'getType' | 'getParent'>
{
  protected readonly className = 'HorizontalRule';
  protected readonly elementType = 'HORIZONTAL_RULE' as const;

  override getParent(): GoogleAppsScript.Document.ContainerElement {
    return this.ctx.wrap(this.located('getParent').node) as unknown as GoogleAppsScript.Document.ContainerElement;
  }
}

export class PageBreakHandle
  extends DocElement
  implements Pick<GoogleAppsScript.Document.PageBreak, 'getType' | 'getParent'>
{
  protected readonly className = 'PageBreak';
  protected readonly elementType = 'PAGE_BREAK' as const;

  override getParent(): GoogleAppsScript.Document.ContainerElement {
    return this.ctx.wrap(this.located('getParent').node) as unknown as GoogleAppsScript.Document.ContainerElement;
  }
}
