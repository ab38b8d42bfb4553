// Text a person typed (form answers, imports, agenda Docs) must land in a cell as the words they wrote, never
// as a formula: "=HYPERLINK(…)" in a comment would otherwise run with the registry owner's access when the
// sheet is opened. Sheets hides a leading apostrophe and stores the rest as literal text, so that is the
// escape. Tab and carriage return are included because spreadsheet tools strip them and then see the
// formula; a leading apostrophe is doubled so the person's own apostrophe survives. Whitespace before a
// formula character is escaped too, as a precaution: Google documents no rule for it, and other spreadsheet
// tools trim it before deciding.
const startsLikeAFormula = /^(?:[=+\-@\t\r']|\s+[=+\-@])/;

export function escapeForCell(value: string): string;
export function escapeForCell<T>(value: T): T;
export function escapeForCell(value: unknown): unknown {
  return typeof value === 'string' && startsLikeAFormula.test(value) ? `'${value}` : value;
}

/**
 * Free text that must stay text: escapeForCell, and an apostrophe before any other non-empty text too, so
 * Sheets keeps "2026-10-06", "1,5", "50%" or "TRUE" as the words typed instead of turning them into a date,
 * a number or a checkbox value (a date in a text column would make the whole row unreadable). For text that
 * escapeForCell changes the result is the same; the apostrophe never shows and getValues returns the text.
 */
export function escapeAsText(value: string): string {
  return value === '' ? value : `'${value}`;
}

/**
 * The text a person wrote, given what a cell holds after escapeForCell(text) was written: Sheets takes the
 * apostrophe away itself, but a cell formatted as plain text keeps it, so an escape apostrophe still in front
 * of text that needs one is taken off. Anything else is returned as it is.
 */
export function unescapeCell(value: string): string {
  return value.startsWith("'") && escapeForCell(value.slice(1)) === value ? value.slice(1) : value;
}

/**
 * Whether a cell's value is `text` as a writer using escapeForCell or escapeAsText stores it: Sheets hands
 * back the text itself, or (a plain-text cell) the text with its escape apostrophe still in front. Used to
 * compare what is already recorded with what is about to be written, so a recorded value is recognised.
 */
export function cellHoldsText(cell: unknown, text: string): boolean {
  if (cell === null || cell === undefined) return text === '';
  const held = String(cell);
  return held === text || held === escapeForCell(text) || held === escapeAsText(text);
}
