// What a facilitator records from the side panel, written into the agenda Doc itself (the Doc is the meeting's
// record; the hourly run reads it back into the registry): attendance marks in the attendance table, and
// outcomes and next steps under their headings.
import { attendanceHeaders, recordSections, type RecordSection } from '../core/agenda/agenda-blocks';

type Body = GoogleAppsScript.Document.Body;

export function markAttendance(body: Body, present: ReadonlySet<string>): number {
  const table = body
    .getTables()
    .find(
      (t) =>
        t.getNumRows() > 0 &&
        t.getRow(0).getNumCells() === attendanceHeaders.length &&
        t.getCell(0, 1).getText() === attendanceHeaders[1],
    );
  if (!table) return 0;
  let marked = 0;
  for (let r = 1; r < table.getNumRows(); r++) {
    const email = table.getCell(r, 1).getText().trim().toLowerCase();
    table.getCell(r, 2).setText(present.has(email) ? 'x' : '');
    if (present.has(email)) marked += 1;
  }
  return marked;
}

/** Puts `text` first under the section's heading, in place of the hint if the hint is still there. */
export function writeSection(body: Body, section: RecordSection, text: string): boolean {
  const { heading, hint } = recordSections[section];
  const paragraphs = body.getParagraphs();
  const at = paragraphs.findIndex(
    (p) => p.getText().trim() === heading && p.getHeading() !== DocumentApp.ParagraphHeading.NORMAL,
  );
  if (at < 0 || text.trim() === '') return false;
  const next = paragraphs[at + 1];
  // What a person wrote is never shown as a prompt: the hint's grey italic does not carry over to it.
  let written: GoogleAppsScript.Document.Paragraph;
  if (next && next.getText().trim() === hint) {
    next.setText(text.trim());
    written = next;
  } else written = body.insertParagraph(body.getChildIndex(paragraphs[at]!) + 1, text.trim());
  written.editAsText().setItalic(false).setForegroundColor('#000000');
  return true;
}
