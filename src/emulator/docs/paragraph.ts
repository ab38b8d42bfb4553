// Docs' Paragraph. A paragraph that holds a horizontal rule or page break is still a Paragraph.
// https://developers.google.com/apps-script/reference/document/paragraph
import { TextBlock, type TextBlockMethods } from './text-block';

type Paragraph = GoogleAppsScript.Document.Paragraph;

type ParagraphMethods = TextBlockMethods | 'asParagraph';

export class ParagraphHandle extends TextBlock<Paragraph> implements Pick<Paragraph, ParagraphMethods> {
  protected readonly className = 'Paragraph';
  protected readonly elementType = 'PARAGRAPH' as const;

  asParagraph(): Paragraph {
    return this as unknown as Paragraph;
  }
}
