// The agenda for one meeting: what a facilitator needs to run it and what the group fills in during it.
// It leads with purpose and goal ("Clearly define why… Repeat often"), checks norms first and gathers
// feedback last, names who presents, keeps time and takes notes, and records outcomes, next steps and
// attendance in the Doc itself, where PLG Hub reads them back.
import { plgTitle } from '../registry/plg-title';
import { clockRangeText, longDayText, neutralStyle, type LocalStyle } from '../schedule/local-style';
import type { Protocol } from '../protocols/protocol';
import { scaleSteps, type TimedStep } from '../protocols/scale-steps';
import type { GroupRow, MeetingRow, StaffRow } from '../registry/tabs';
import {
  attendanceHeaders,
  attendanceHeading,
  attendanceHint,
  paragraphWith,
  promptParagraph,
  recordSections,
  type AgendaBlock,
} from './agenda-blocks';
import type { KnownPlaceholder } from './template';

export interface AgendaInput {
  meeting: Pick<
    MeetingRow,
    | 'key'
    | 'date'
    | 'startTime'
    | 'minutes'
    | 'location'
    | 'presenter'
    | 'timekeeper'
    | 'noteTaker'
    | 'focus'
    | 'feedback'
  >;
  group: Pick<GroupRow, 'name' | 'purpose' | 'norms' | 'facilitator' | 'coFacilitator' | 'location'>;
  /** The text of the group's school goal. */
  schoolGoal?: string;
  /** The meeting's protocol, or its group's default; absent when neither names one. */
  protocol?: Protocol;
  roster: readonly string[];
  staff: readonly Pick<StaffRow, 'email' | 'name'>[];
  /** How the school writes dates and times (the registry's locale). */
  style?: LocalStyle;
}

export interface AgendaModel {
  title: string;
  blocks: AgendaBlock[];
  /** Values for a school's own template's {{placeholders}}. */
  fields: Record<KnownPlaceholder, string>;
  steps: TimedStep[];
  /** For the facilitator: a missing protocol, presenter or a meeting too short for its protocol. */
  warnings: string[];
}

const notYet = 'to be decided';

/** Used when no protocol is named, so the agenda still opens with norms and closes with feedback. */
const openDiscussion: Protocol = {
  id: 'open-discussion',
  name: 'Open discussion',
  purpose: 'Work on the focus question together.',
  whenToUse: '',
  bestFor: [],
  roles: ['facilitator', 'timekeeper', 'note-taker'],
  purposes: [],
  trustNeeded: 'some',
  minMinutes: 1,
  recommendedMinutes: 1,
  steps: [{ name: 'Discuss the work shared', minutes: 1, who: 'Group', prompt: 'Keep the focus question in view.' }],
};

export function buildAgenda(input: AgendaInput): AgendaModel {
  const { meeting, group } = input;
  const names = new Map(input.staff.map((s) => [s.email.toLowerCase(), s.name]));
  const nameOf = (email: string | undefined) => (email ? (names.get(email.toLowerCase()) ?? email) : notYet);
  const warnings: string[] = [];

  const protocol = input.protocol ?? openDiscussion;
  if (!input.protocol) warnings.push('No protocol is chosen for this meeting: name one in the Meetings or Groups tab.');
  if (!meeting.presenter) warnings.push('No presenter yet: the group has no work to look at.');
  const scaled = scaleSteps(protocol, meeting.minutes, { startTime: meeting.startTime });
  warnings.push(...scaled.warnings);

  const style = input.style ?? neutralStyle;
  const date = longDayText(meeting.date, style);
  const time = clockRangeText(scaled.steps[0]!.from, scaled.steps[scaled.steps.length - 1]!.to, style);
  const stepClock = (s: TimedStep) => clockRangeText(s.from, s.to, style);
  const location = meeting.location ?? group.location ?? '';
  const title = `${plgTitle(group.name)} — ${date}`;
  const norms = (group.norms ?? '')
    .split('\n')
    .map((n) => n.trim())
    .filter(Boolean);
  const roles: [string, string][] = [
    ['Facilitator', nameOf(group.facilitator)],
    ...(group.coFacilitator ? [['Co-facilitator', nameOf(group.coFacilitator)] as [string, string]] : []),
    ['Presenter', nameOf(meeting.presenter)],
    ['Timekeeper', nameOf(meeting.timekeeper)],
    ['Note-taker', nameOf(meeting.noteTaker)],
  ];
  const rosterRows = input.roster.map((email) => [nameOf(email), email, '']);
  // A real link on words, not a bare URL: the Doc is read on phones and projectors.
  const feedbackBlock = meeting.feedback
    ? paragraphWith('Before you leave, tell us how today went: ', 'open the feedback form', { url: meeting.feedback })
    : promptParagraph('The feedback form link will appear here.');

  const blocks: AgendaBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: [time, location].filter(Boolean).join(' · ') },
    { kind: 'heading', level: 2, text: 'Why we meet' },
    { kind: 'paragraph', text: `Purpose: ${group.purpose ?? notYet}` },
    { kind: 'paragraph', text: `School goal: ${input.schoolGoal ?? notYet}` },
    { kind: 'heading', level: 2, text: 'Norms' },
    norms.length > 0 ? { kind: 'list', items: norms } : promptParagraph('The group has not recorded its norms yet.'),
    { kind: 'heading', level: 2, text: 'Roles' },
    { kind: 'table', rows: [['Role', 'Name'], ...roles] },
    { kind: 'heading', level: 2, text: `Protocol: ${protocol.name}` },
    { kind: 'paragraph', text: protocol.purpose },
    {
      kind: 'table',
      rows: [['Time', 'Step', 'Who', 'Prompt'], ...scaled.steps.map((s) => [stepClock(s), s.name, s.who, s.prompt])],
    },
    { kind: 'heading', level: 2, text: 'The presenter’s focus' },
    meeting.focus
      ? { kind: 'paragraph', text: `Focus question: ${meeting.focus}` }
      : paragraphWith('Focus question: ', 'the presenter adds it here.', { prompt: true }),
    paragraphWith('Work shared: ', 'add a link to the work here', { prompt: true }),
    ...(['notes', 'outcomes', 'nextSteps'] as const).flatMap((section): AgendaBlock[] => [
      { kind: 'heading', level: 2, text: recordSections[section].heading },
      promptParagraph(recordSections[section].hint),
    ]),
    { kind: 'heading', level: 2, text: attendanceHeading },
    promptParagraph(attendanceHint),
    { kind: 'table', rows: [[...attendanceHeaders], ...rosterRows] },
    { kind: 'heading', level: 2, text: 'Feedback' },
    feedbackBlock,
  ];

  const fields: Record<KnownPlaceholder, string> = {
    group: group.name,
    date,
    time,
    location,
    purpose: group.purpose ?? '',
    goal: input.schoolGoal ?? '',
    norms: norms.join('\n'),
    facilitator: nameOf(group.facilitator),
    presenter: nameOf(meeting.presenter),
    timekeeper: nameOf(meeting.timekeeper),
    note_taker: nameOf(meeting.noteTaker),
    protocol: protocol.name,
    steps: scaled.steps.map((s) => `${stepClock(s)} ${s.name} (${s.who}): ${s.prompt}`).join('\n'),
    focus: meeting.focus ?? '',
    feedback_link: meeting.feedback ?? '',
    attendance: rosterRows.map(([name, email]) => `${name} (${email})`).join('\n'),
  };
  return { title, blocks, fields, steps: scaled.steps, warnings };
}
