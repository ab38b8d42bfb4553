// DocumentApp.Attribute keys as they map onto the emulator's text styles and paragraph fields.
// https://developers.google.com/apps-script/reference/document/attribute
import type { AlignmentName, GlyphName, HeadingName } from './enums';
import type { ListItemNode, TextBlockNode } from './model';
import type { TextStyle } from './text-runs';

export const textStyleKeys: Record<string, keyof TextStyle> = {
  BOLD: 'bold',
  ITALIC: 'italic',
  UNDERLINE: 'underline',
  STRIKETHROUGH: 'strikethrough',
  LINK_URL: 'linkUrl',
  FOREGROUND_COLOR: 'foregroundColor',
  BACKGROUND_COLOR: 'backgroundColor',
  FONT_SIZE: 'fontSize',
};

/** The text-style part of an attributes object; null values mean "leave as is", as in Apps Script. */
export function textStyleFrom(attributes: Record<string, unknown>): TextStyle {
  const style: Record<string, unknown> = {};
  for (const [attribute, key] of Object.entries(textStyleKeys)) {
    const value = attributes[attribute];
    if (value !== null && value !== undefined) style[key] = value;
  }
  return style as TextStyle;
}

/** Applies the paragraph-level attributes (heading, alignment, list glyph and nesting, and the rest verbatim). */
export function applyBlockAttributes(node: TextBlockNode, attributes: Record<string, unknown>): void {
  for (const [attribute, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || attribute in textStyleKeys) continue;
    if (attribute === 'HEADING') node.heading = String(value) as HeadingName;
    else if (attribute === 'HORIZONTAL_ALIGNMENT') node.alignment = String(value) as AlignmentName;
    else if (attribute === 'GLYPH_TYPE' && node.kind === 'listItem') node.glyph = String(value) as GlyphName;
    else if (attribute === 'NESTING_LEVEL' && node.kind === 'listItem') node.nesting = Number(value);
    else node.extra = { ...node.extra, [attribute]: value };
  }
}

export function blockAttributes(node: TextBlockNode, style: TextStyle): Record<string, unknown> {
  const out: Record<string, unknown> = { ...node.extra, HEADING: node.heading };
  out.HORIZONTAL_ALIGNMENT = node.alignment ?? null;
  if (node.kind === 'listItem') Object.assign(out, listAttributes(node));
  for (const [attribute, key] of Object.entries(textStyleKeys)) out[attribute] = style[key] ?? null;
  return out;
}

function listAttributes(node: ListItemNode): Record<string, unknown> {
  return { GLYPH_TYPE: node.glyph, NESTING_LEVEL: node.nesting, LIST_ID: node.listId };
}
