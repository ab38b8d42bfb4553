// A short survey of facilitators on the support they get ("Train facilitators and provide them ongoing
// support", shared/seeds 001 "Sustainability"). It deliberately does not ask which group the respondent
// facilitates: each group has one or two facilitators, so the answer would name them.
import { surveyYear } from './health-survey-form';
import {
  agreementScale,
  formSettings,
  privacyNote,
  schoolYearLabel,
  type FormModel,
  type ParagraphItem,
  type ScaleItem,
  type SchoolYear,
} from './form-model';
import { monthNames } from '../calendar-names';

export const facilitatorScaleItems = [
  {
    kind: 'scale',
    id: 'trainingPrepares',
    title: 'My facilitator training prepares me to lead my PLG.',
    trait: 'skilledFacilitation',
    guidance: 'Provide additional training to facilitators.',
  },
  {
    kind: 'scale',
    id: 'clearOnPurpose',
    title: 'I am clear on the purpose and structures of our PLGs.',
    trait: 'sharedPurpose',
    guidance: 'Facilitators are not clear on the purpose or structures of PLGs.',
  },
  {
    kind: 'scale',
    id: 'timeWithFacilitators',
    title: 'I have time to plan and debrief with other facilitators.',
    trait: 'skilledFacilitation',
    guidance:
      'Ensure facilitators are well trained and supported, including having time to debrief and plan with each other.',
  },
  {
    kind: 'scale',
    id: 'coachSupport',
    title: 'A trained coach supports me when I need it.',
    trait: 'skilledFacilitation',
    guidance: 'Assign an experienced, trained coach to support facilitators.',
  },
  {
    kind: 'scale',
    id: 'stalledProtocols',
    title: 'I know what to do when a protocol stalls or is undermined.',
    trait: 'skilledFacilitation',
    guidance:
      "Protocols get stalled out or undermined by participants and facilitators aren't equipped to address these issues.",
  },
  {
    kind: 'scale',
    id: 'matchProtocol',
    title: 'I can explain why we use each protocol and match one to the work.',
    trait: 'skilledFacilitation',
    guidance:
      'Facilitators have knowledge of the tools and protocols but lack an understanding of why these structures and tools are necessary or how to match them to the situation.',
  },
] as const satisfies readonly Omit<ScaleItem, 'required' | 'lowLabel' | 'highLabel'>[];

export type FacilitatorScaleId = (typeof facilitatorScaleItems)[number]['id'];

export const facilitatorOpenItems: readonly ParagraphItem[] = [
  {
    kind: 'paragraph',
    id: 'supportWanted',
    title: 'What support would help you most as a facilitator?',
    required: false,
    guidance: 'Support the work of teacher facilitators',
  },
  {
    kind: 'paragraph',
    id: 'dilemma',
    title: "A dilemma or challenge you'd like to bring to the facilitators' group",
    required: false,
    guidance:
      'Organize facilitators into their own PLG which meets monthly to reflect on their experiences, share expertise, and strategize about challenges and opportunities moving forward;',
  },
];

/**
 * `round` is the month the survey goes out. Each round needs a title of its own: forms are found again by title,
 * and a round that took over an earlier round's form would refuse everyone who answered that one.
 */
export function facilitatorSurveyForm(schoolYear: SchoolYear, round?: number): FormModel {
  const month = round === undefined ? undefined : monthNames[round - 1];
  if (round !== undefined && month === undefined)
    throw new RangeError(`a survey round is a month from 1 to 12, not ${round}`);
  return {
    kind: 'facilitator',
    identity: round === undefined ? { yearStart: schoolYear.yearStart } : { yearStart: schoolYear.yearStart, round },
    title: `${schoolYear.school} PLG facilitator support survey — ${month ? `${month} ${surveyYear(schoolYear, round!)}` : schoolYearLabel(schoolYear)}`,
    description:
      'For PLG facilitators: what support do you have, and what do you need? ' +
      privacyNote(schoolYear, 'The coach and administrator liaison', 'once per survey'),
    items: [
      ...facilitatorScaleItems.map((item): ScaleItem => ({ ...item, required: true, ...agreementScale })),
      ...facilitatorOpenItems,
    ],
    settings: formSettings(schoolYear, 'once per survey'),
  };
}
