// The periodic survey on how PLGs are functioning ("use surveys to collect and act on feedback from staff",
// shared/seeds 001 "Sustainability"). Each scale item is tagged with the trait it measures, so results can be
// averaged per trait and weak traits matched to the guidance's strategies.
import {
  agreementScale,
  formSettings,
  privacyNote,
  type ChoiceItem,
  type FormModel,
  type ParagraphItem,
  type ScaleItem,
  type SchoolYear,
} from './form-model';
import { monthNames } from '../calendar-names';

export const healthScaleItems = [
  {
    kind: 'scale',
    id: 'purposeClear',
    title: 'I can explain why our school has PLGs and what my PLG is working toward.',
    trait: 'sharedPurpose',
    guidance: 'Members are unclear on the goals and purpose of PLGs.',
  },
  {
    kind: 'scale',
    id: 'purposeWorthIt',
    title: 'My PLG is worth the time; it is more than a required task.',
    trait: 'sharedPurpose',
    guidance: 'Rather than purpose driven by agreed-upon goals, PLGs are seen as a required task.',
  },
  {
    kind: 'scale',
    id: 'reflectOnPractice',
    title: 'In my PLG I reflect on my own practice and learn something I use.',
    trait: 'reflection',
    guidance: 'There is a culture of reflection and continuous professional learning among participants.',
  },
  {
    kind: 'scale',
    id: 'mistakesAccepted',
    title: 'In my PLG it is fine to try something new and get it wrong.',
    trait: 'reflection',
    guidance: 'Expect and accept mistakes; foster and promote a growth mindset among adults',
  },
  {
    kind: 'scale',
    id: 'safeToShare',
    title: 'I feel safe sharing my real work and questions with my PLG.',
    trait: 'collaborationTrust',
    guidance: 'Participants are fearful/hesitant to share their real work and questions with colleagues.',
  },
  {
    kind: 'scale',
    id: 'honestFeedback',
    title: 'Members give honest, critical feedback on work that is shared.',
    trait: 'collaborationTrust',
    guidance: 'Participants are fearful/hesitant to provide critical feedback on work shared.',
  },
  {
    kind: 'scale',
    id: 'examineWork',
    title: 'Our meetings focus on student and teacher work.',
    trait: 'focusOnWork',
    guidance: 'Use PLG meetings and protocols to examine student and teacher work.',
  },
  {
    kind: 'scale',
    id: 'knowWhatToBring',
    title: 'I know what work to bring to my PLG.',
    trait: 'focusOnWork',
    guidance: 'Teachers may be unclear about what work to share or bring to a PLG.',
  },
  {
    kind: 'scale',
    id: 'teachersLead',
    title: 'Teachers, not only administrators, lead our PLG work.',
    trait: 'sharedLeadership',
    guidance: 'Leadership rests with administrators.',
  },
  {
    kind: 'scale',
    id: 'groupShapesAgenda',
    title: "Our group decides how to shape its agendas toward the school's goals.",
    trait: 'sharedLeadership',
    guidance: 'Agendas can be imposed/influenced heavily by district or school needs.',
  },
  {
    kind: 'scale',
    id: 'protocolsOnTrack',
    title: 'Our facilitator keeps protocols on track, even when discussion stalls.',
    trait: 'skilledFacilitation',
    guidance:
      "Protocols get stalled out or undermined by participants and facilitators aren't equipped to address these issues.",
  },
  {
    kind: 'scale',
    id: 'protocolsFit',
    title: 'Our facilitator chooses protocols that fit the work we bring.',
    trait: 'skilledFacilitation',
    guidance:
      'Facilitators have knowledge of the tools and protocols but lack an understanding of why these structures and tools are necessary or how to match them to the situation.',
  },
  {
    kind: 'scale',
    id: 'scheduleKept',
    title: 'My PLG meets on a regular schedule that is kept.',
    trait: 'protectedTime',
    guidance: 'Publicize and commit to a regular schedule for PLG mtgs. Hold this time sacred.',
  },
  {
    kind: 'scale',
    id: 'timeNotTakenOver',
    title: 'PLG time is used for PLG work, not for other business.',
    trait: 'protectedTime',
    guidance: 'Meetings are called PLGs but are actually committee mtgs, dept mtgs, data team mtgs, etc.',
  },
] as const satisfies readonly Omit<ScaleItem, 'required' | 'lowLabel' | 'highLabel'>[];

export type HealthScaleId = (typeof healthScaleItems)[number]['id'];

export const whichPlgTitle = 'Which PLG are you in?';
export const notInAPlg = 'I am not in a PLG';

export const healthOpenItems: readonly ParagraphItem[] = [
  {
    kind: 'paragraph',
    id: 'moreValuable',
    title: 'What one change would make PLG time more valuable for you?',
    required: false,
    guidance: 'Let participants help shape the practice through their feedback and leadership.',
  },
  {
    kind: 'paragraph',
    id: 'workToBring',
    title: 'What work would you like to bring to your PLG, and what would help you share it?',
    required: false,
    guidance: 'Teachers are reluctant to share their work.',
  },
];

/** The calendar year of the school year's month `round` (a September start: October 2026, then March 2027). */
export function surveyYear(schoolYear: Pick<SchoolYear, 'yearStart'>, round: number): number {
  const startYear = Number(schoolYear.yearStart.slice(0, 4));
  return round >= Number(schoolYear.yearStart.slice(5, 7)) ? startYear : startYear + 1;
}

/** `round` is the month the survey goes out (one of settings.surveyMonths, 1–12). */
export function healthSurveyForm(schoolYear: SchoolYear, round: number, groupNames: readonly string[]): FormModel {
  const month = monthNames[round - 1];
  if (month === undefined) throw new RangeError(`a survey round is a month from 1 to 12, not ${round}`);
  // Results are grouped by PLG, and a name is the one thing every member can answer without looking it up. Ticks,
  // not one choice: a facilitator of one group is often a member of another (core/metrics/health-summary.ts
  // counts such an answer in each group, and once for the whole school).
  const whichPlg: ChoiceItem = {
    kind: 'choice',
    display: 'checkboxes',
    id: 'group',
    title: whichPlgTitle,
    helpText: 'Tick each PLG you belong to.',
    choices: schoolYear.surveyAudience === 'all staff' ? [...groupNames, notInAPlg] : [...groupNames],
    required: true,
    guidance: 'Who is in my PLG?',
  };
  return {
    kind: 'health',
    identity: { yearStart: schoolYear.yearStart, round },
    // What it is for the people answering: this month's survey ("PLG health survey — October 2026"), in the
    // calendar year of that month, not the school year's "2026–27".
    title: `${schoolYear.school} PLG health survey — ${month} ${surveyYear(schoolYear, round)}`,
    description:
      'How are PLGs working for you? About five minutes. ' +
      privacyNote(schoolYear, 'School leaders and facilitators', 'once per survey'),
    items: [
      whichPlg,
      ...healthScaleItems.map((item): ScaleItem => ({ ...item, required: true, ...agreementScale })),
      ...healthOpenItems,
    ],
    settings: formSettings(schoolYear, 'once per survey'),
  };
}
