// Weeks of school life between admin actions: meetings happen, members answer the feedback form from their
// meeting's prefilled link. Includes what a real school produces: a group too quiet to show (two answers) and an
// answer that looks like a formula. (A response for a meeting that does not exist can no longer be sent: the form
// offers only the group's own meetings; parse-responses tests cover one arriving anyway.)
import { fileIdOf } from '../core/drive-id';
import { healthScaleItems, whichPlgTitle } from '../core/feedback/health-survey-form';
import { meetingItemTitle, meetingScaleItems, oneThingToChangeItem } from '../core/feedback/meeting-feedback-form';
import { plgTitle } from '../core/registry/plg-title';
import { docText, userEditDoc } from './docs';
import { submitResponse } from './forms';
import { prefilledAnswerOf } from './forms/prefill';
import type { EmulatedSchool } from './harness';
import { readSheetValues } from './spreadsheet';
import { mimeTypes } from './workspace';

const suggestions = [
  'More time for the protocol, less for announcements.',
  'Bring student work samples ahead of time.',
  'Start on time.',
  '=HYPERLINK("http://example.com","click me")',
  'Keep the norms visible.',
  '',
];

export interface SimulatedWeeks {
  responses: number;
  quietGroup: string;
}

export function simulateWeeks(s: EmulatedSchool, until: Date): SimulatedWeeks {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, 'Meetings');
  const col = (name: string) => header!.indexOf(name);
  const groups = readSheetValues(s.ws, s.spreadsheetId, 'Groups').slice(1);
  const forms = Object.values(s.ws.files).filter((f) => f.mimeType === mimeTypes.form);
  const formOf = new Map(
    groups.map((g) => [
      String(g[0]),
      forms.find((f) => f.name.startsWith(`${plgTitle(String(g[1]))} — meeting feedback`))?.id,
    ]),
  );
  const quietGroup = String(groups.find((g) => String(g[2]) === 'interdisciplinary')?.[0] ?? groups[0]![0]);
  let responses = 0;
  let quietAnswers = 0;
  for (const row of rows) {
    const date = row[col('Date')] as Date;
    const group = String(row[col('Group id')]);
    const formId = formOf.get(group);
    if (!formId || row[col('Status')] !== 'scheduled' || date.getTime() > until.getTime()) continue;
    // The quiet group answers twice in all: below the threshold of 3, so its results must stay hidden.
    const count = group === quietGroup ? (quietAnswers++ < 2 ? 1 : 0) : 3 + Math.floor(rand() * 5);
    for (let i = 0; i < count; i++) {
      // What the meeting's link picks on the form: its date (forms made earlier: its key).
      const picked = prefilledAnswerOf(String(row[col('Feedback link')])) ?? String(row[col('Meeting')]);
      const answers: Record<string, string | number> = { [meetingItemTitle]: picked };
      for (const item of meetingScaleItems) answers[item.title] = 2 + Math.floor(rand() * 4);
      const suggestion = suggestions[Math.floor(rand() * suggestions.length)]!;
      if (suggestion) answers[oneThingToChangeItem.title] = suggestion;
      submitResponse(s.ws, formId, answers, {
        respondentEmail: s.ws.user.email,
        at: new Date(date.getTime() + 17 * 3600_000),
      });
      responses += 1;
    }
  }
  s.ws.clock.nowMs = Math.max(s.ws.clock.nowMs, until.getTime());
  return { responses, quietGroup };
}

/** Members answer the health survey; protected time scores low, as it does where PLG time gets borrowed. */
export function simulateHealthSurvey(s: EmulatedSchool): number {
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const form = Object.values(s.ws.files).find(
    (f) => f.mimeType === mimeTypes.form && f.name.includes('PLG health survey'),
  );
  if (!form) return 0;
  const groups = readSheetValues(s.ws, s.spreadsheetId, 'Groups').slice(1);
  const [memberHeader, ...memberRows] = readSheetValues(s.ws, s.spreadsheetId, 'Members');
  const groupCol = memberHeader!.indexOf('Group id');
  const emailCol = memberHeader!.indexOf('Staff email');
  const answeredBy = new Set<string>();
  let answered = 0;
  for (const group of groups) {
    const name = String(group[1]);
    const respondents = name.startsWith('Administrators') ? 2 : 4 + Math.floor(rand() * 4);
    // Each member answers once: the survey takes one response per signed-in person.
    const members = memberRows
      .filter((m) => m[groupCol] === group[0] && String(m[emailCol]).includes('@'))
      .map((m) => String(m[emailCol]))
      .filter((email) => !answeredBy.has(email))
      .slice(0, respondents);
    for (const email of members) {
      answeredBy.add(email);
      const answers: Record<string, string | number> = { [whichPlgTitle]: name };
      for (const item of healthScaleItems)
        answers[item.title] = item.trait === 'protectedTime' ? 1 + Math.floor(rand() * 3) : 3 + Math.floor(rand() * 3);
      submitResponse(s.ws, form.id, answers, { respondentEmail: email });
      answered += 1;
    }
  }
  return answered;
}

const typedOutcome = 'We agreed on a shared rubric row for evidence';

/** Facilitators fill in their past agendas: attendance marks, outcomes and next steps, as people type them. */
export function simulateFacilitatorsTyping(s: EmulatedSchool, until: Date): number {
  const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, 'Meetings');
  const col = (name: string) => header!.indexOf(name);
  let typed = 0;
  for (const row of rows) {
    const docId = fileIdOf(String(row[col('Agenda')]));
    if (!docId || (row[col('Date')] as Date).getTime() > until.getTime() || docText(s.ws, docId).includes(typedOutcome))
      continue;
    userEditDoc(s.ws, docId, (body) => {
      const tables = body.getTables();
      const attendance = tables[tables.length - 1]!;
      for (let r = 1; r < attendance.getNumRows(); r++)
        attendance.getCell(r, 2).setText(r % 5 === 0 ? '' : r % 3 === 0 ? '✓' : 'x');
      const paragraphs = body.getParagraphs();
      const after = (heading: string, text: string) => {
        const at = paragraphs.findIndex((p) => p.getText() === heading);
        if (at >= 0) body.insertParagraph(body.getChildIndex(paragraphs[at]!) + 1, text);
      };
      after('Outcomes', `${typedOutcome} (${String(row[col('Meeting')])}).`);
      after('Next steps', 'Each member tries the rubric with one class and brings two samples next time.');
    });
    typed += 1;
  }
  return typed;
}
