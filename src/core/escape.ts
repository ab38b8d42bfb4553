// Text a person typed (form answers, imports) must land in a cell as the words they wrote, never as a
// formula: "=HYPERLINK(…)" in a comment would otherwise run with the registry owner's access when the
// sheet is opened. Sheets hides a leading apostrophe and stores the rest as literal text, so that is the
// escape. Tab and carriage return are included because spreadsheet tools strip them and then see the
// formula; a leading apostrophe is doubled so the person's own apostrophe survives.
const startsLikeAFormula = /^(?:[=+\-@\t\r']|\s+[=+\-@])/;

export function escapeForCell(value: string): string;
export function escapeForCell<T>(value: T): T;
export function escapeForCell(value: unknown): unknown {
  return typeof value === 'string' && startsLikeAFormula.test(value) ? `'${value}` : value;
}
