// The short form members answer at the end of each meeting ("Get feedback at the end of every PLG mtg and
// periodically on how PLGs are functioning", shared/seeds 000).
//
// One form per group per school year: creating a form is the expensive Apps Script call (and each one adds a
// responses tab), so each meeting gets a prefilled link to its group's form instead of a form of its own. That
// keeps form creation to (number of groups) × 1 per year however many meetings there are.
import { plgTitle } from '../registry/plg-title';
import type { GroupRow } from '../registry/tabs';
import {
  agreementScale,
  formSettings,
  privacyNote,
  schoolYearLabel,
  type FormItem,
  type FormModel,
  type ParagraphItem,
  type ChoiceItem,
  type ScaleItem,
  type SchoolYear,
} from './form-model';

/** The question's title, and the responses column PLG Hub reads the meeting from (earlier forms' too). */
export const meetingItemTitle = 'Meeting';

/**
 * Which meeting: a dropdown of the group's meetings by date (core/feedback/meeting-choices.ts) that the meeting's
 * link picks — never a box for an internal id that someone without the link would have to guess. Forms made
 * before asked it as a text box the link filled with the meeting's key; their responses still read.
 */
export function meetingItem(choices: readonly string[]): ChoiceItem {
  return {
    kind: 'choice',
    display: 'dropdown',
    id: 'meeting',
    title: meetingItemTitle,
    helpText: "Your meeting's feedback link picks it for you; otherwise choose the date of the meeting.",
    required: true,
    choices: choices.length ? choices : [noMeetingYet],
    guidance: 'Get feedback at the end of every PLG mtg and periodically on how PLGs are functioning',
  };
}

/** The one choice of a group with no meeting yet: the next sync lists its meetings instead. */
export const noMeetingYet = 'No meeting planned yet';

export const meetingScaleItems = [
  {
    kind: 'scale',
    id: 'plgTime',
    title: 'The time was used for PLG work — not committee, department or data-team business.',
    required: true,
    ...agreementScale,
    trait: 'protectedTime',
    guidance: 'Meetings are called PLGs but are actually committee mtgs, dept mtgs, data team mtgs, etc.',
  },
  {
    kind: 'scale',
    id: 'useful',
    title: 'This meeting was useful for my practice.',
    required: true,
    ...agreementScale,
    trait: 'reflection',
    guidance: 'Are configured in a way that has value for each participant',
  },
  {
    kind: 'scale',
    id: 'safeToShare',
    title: 'I felt safe sharing real work and giving honest feedback.',
    required: true,
    ...agreementScale,
    trait: 'collaborationTrust',
    guidance: 'Participants are fearful/hesitant to share their real work and questions with colleagues.',
  },
  {
    kind: 'scale',
    id: 'protocolFit',
    title: 'The protocol fit the work we looked at.',
    required: true,
    ...agreementScale,
    trait: 'skilledFacilitation',
    guidance:
      'Facilitators have knowledge of the tools and protocols but lack an understanding of why these structures and tools are necessary or how to match them to the situation.',
  },
] as const satisfies readonly ScaleItem[];

export type MeetingScaleId = (typeof meetingScaleItems)[number]['id'];

export const oneThingToChangeItem: ParagraphItem = {
  kind: 'paragraph',
  id: 'change',
  title: 'One thing to change next time',
  required: false,
  guidance: 'Ask teachers for regular feedback',
};

const extraQuestionGuidance = 'Let participants help shape the practice through their feedback and leadership.';

export function meetingFeedbackForm(
  group: Pick<GroupRow, 'id' | 'name'> & { key?: string },
  schoolYear: SchoolYear,
  extraQuestions: readonly string[] = [],
  meetingChoices: readonly string[] = [],
): FormModel {
  const standard: FormItem[] = [meetingItem(meetingChoices), ...meetingScaleItems, oneThingToChangeItem];
  return {
    kind: 'meeting',
    // By key, like the form's own record (workspace/feedback-forms.ts): renaming the group's id keeps its form.
    identity: { yearStart: schoolYear.yearStart, group: group.key ?? group.id },
    title: `${plgTitle(group.name)} — meeting feedback ${schoolYearLabel(schoolYear)}`,
    description:
      `A minute at the end of each ${group.name} meeting: how did it go? ` +
      privacyNote(schoolYear, 'Your facilitator and the PLG coordinator', 'once per meeting, not enforced'),
    items: [...standard, ...groupQuestions(extraQuestions, standard)],
    settings: formSettings(schoolYear, 'once per meeting, not enforced'),
  };
}

/** The prefilled answer that ties a response to one meeting: the link each meeting's agenda and invite carry. */
export function prefilledAnswers(meetingLabel: string): Record<string, string> {
  return { [meetingItemTitle]: meetingLabel };
}

// Responses are read back by title, so a group's question that repeats a title (or another question) is dropped.
function groupQuestions(questions: readonly string[], standard: readonly FormItem[]): ParagraphItem[] {
  const taken = new Set(standard.map((item) => item.title.toLowerCase()));
  const items: ParagraphItem[] = [];
  for (const question of questions.map((q) => q.trim())) {
    if (question === '' || taken.has(question.toLowerCase())) continue;
    taken.add(question.toLowerCase());
    items.push({
      kind: 'paragraph',
      id: `group-${items.length + 1}`,
      title: question,
      required: false,
      guidance: extraQuestionGuidance,
    });
  }
  return items;
}
