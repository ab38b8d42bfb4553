// An agenda Doc as the facilitator and the group open it: the feedback link is a link they can click (not a URL to
// copy), the template's prompts are grey italic so nobody mistakes them for what someone wrote, and what the
// group writes in place of a prompt is read back into the registry as before.
import { setUpAndFill, applyButtonText, offersContinue, saysNothingToSend } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { userEditDoc } from '../../src/emulator/docs';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { keepFirstGroups } from '../../src/emulator/sample-school';
import { fileIdOf } from '../../src/core/drive-id';
import { recordSections } from '../../src/core/agenda/agenda-blocks';

jest.setTimeout(120_000);

let s: EmulatedSchool;
let docId: string;
let meetingKey: string;
let feedbackLink: string;

function meetingsRows(): Record<string, unknown>[] {
  const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, 'Meetings');
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
}

/** Every paragraph of the Doc as the facilitator sees it: its text, and how each character is shown. */
function paragraphs(id: string): GoogleAppsScript.Document.Paragraph[] {
  let found: GoogleAppsScript.Document.Paragraph[] = [];
  userEditDoc(s.ws, id, (body) => (found = body.getParagraphs()));
  return found;
}

beforeAll(() => {
  s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  keepFirstGroups(s.school, 2);
  setUpAndFill(s);
  for (let round = 0; round < 5; round++) {
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    if (saysNothingToSend(preview)) break;
    let shown = s.press(preview, applyButtonText(preview)!);
    for (let presses = 0; offersContinue(shown) && presses < 200; presses++) shown = s.press(shown, 'Continue');
  }
  s.press(s.open('onSheetsHomepage'), 'Generate agendas');
  const row = meetingsRows().find((m) => m.Agenda && m['Feedback link'])!;
  docId = fileIdOf(String(row.Agenda))!;
  meetingKey = String(row.Meeting);
  feedbackLink = String(row['Feedback link']);
});

describe('an agenda Doc', () => {
  it('links the feedback form on words the group can click', () => {
    const line = paragraphs(docId).find((p) => p.getText().startsWith('Before you leave'))!;
    const text = line.editAsText();
    const at = line.getText().indexOf('open the feedback form');
    expect(at).toBeGreaterThan(0);
    expect(text.getLinkUrl(at)).toBe(feedbackLink);
    expect(text.getLinkUrl(0)).toBeNull();
    expect(line.getText()).not.toContain('https://');
  });

  it('shows the template prompts grey and italic, and the words around them as ordinary text', () => {
    const all = paragraphs(docId);
    const work = all.find((p) => p.getText().startsWith('Work shared: '))!.editAsText();
    expect(work.isItalic(0)).toBe(false);
    expect(work.isItalic('Work shared: '.length)).toBe(true);
    expect(work.getForegroundColor('Work shared: '.length)).toBe('#80868b');
    const hint = all.find((p) => p.getText() === recordSections.outcomes.hint)!.editAsText();
    expect(hint.isItalic(0)).toBe(true);
    const title = all[0]!.editAsText();
    expect(title.isItalic(0)).toBe(false);
  });

  it('reads back the outcome a facilitator typed in place of the prompt, and never the prompt itself', () => {
    userEditDoc(s.ws, docId, (body) => {
      const hint = body.getParagraphs().find((p) => p.getText() === recordSections.outcomes.hint)!;
      hint.setText('We agreed on one rubric row.');
    });
    const row = meetingsRows().find((m) => m.Meeting === meetingKey)!;
    // The day after the meeting, the hourly run reads its agenda back.
    s.ws.clock.nowMs = new Date(`${(row.Date as Date).toISOString().slice(0, 10)}T17:00:00Z`).getTime() + 86_400_000;
    passAnHour(s);
    const after = meetingsRows().find((m) => m.Meeting === meetingKey)!;
    expect(after.Outcomes).toBe('We agreed on one rubric row.');
    expect(String(after['Next steps'] ?? '')).not.toContain(recordSections.nextSteps.hint);
  });
});
