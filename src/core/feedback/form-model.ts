// A form as plain data: the Forms adapter turns it into FormApp calls, and the response parser reads the
// "Form Responses" tab by the same item titles. Every item quotes the guidance line it serves
// (shared/seeds), so a school can see why each question is asked.
import type { IsoDate } from '../registry/cells';
import type { Settings } from '../registry/settings';
import type { TraitId } from './traits';

export type FormKind = 'meeting' | 'health' | 'facilitator';

export const scaleLow = 1;
export const scaleHigh = 5;

interface ItemBase {
  /** Stable id the summaries use; the title is what Forms shows and what the responses tab's header says. */
  id: string;
  title: string;
  helpText?: string;
  required: boolean;
  /** The guidance line this item traces to, quoted. */
  guidance: string;
}

export interface ScaleItem extends ItemBase {
  kind: 'scale';
  lowLabel: string;
  highLabel: string;
  trait?: TraitId;
}

export interface ShortAnswerItem extends ItemBase {
  kind: 'shortAnswer';
}

export interface ParagraphItem extends ItemBase {
  kind: 'paragraph';
}

export interface ChoiceItem extends ItemBase {
  kind: 'choice';
  choices: readonly string[];
  /** One answer from round buttons (the default), one from a dropdown (a long list), or several from checkboxes. */
  display?: 'buttons' | 'dropdown' | 'checkboxes';
}

export type FormItem = ScaleItem | ShortAnswerItem | ParagraphItem | ChoiceItem;

export type EmailCollection = 'DO_NOT_COLLECT' | 'VERIFIED';

export interface FormSettings {
  emailCollection: EmailCollection;
  /** Respondents sign in to the school's domain, so outsiders cannot answer. */
  requireLogin: boolean;
  limitOneResponsePerUser: boolean;
  publish: true;
  acceptUntil: IsoDate;
}

/**
 * Which responses a form collects: the dashboard reads a form's responses as this, not as whatever a respondent
 * typed. A meeting-feedback form belongs to one group, so a response it receives is about that group's meetings.
 */
export interface FormIdentity {
  /** First day of the school year the form serves. */
  yearStart: IsoDate;
  /** Meeting feedback: the group's PLG Hub key (its id until the key is filled in). */
  group?: string;
  /** Surveys: the round, the month (1–12) it goes out. */
  round?: number;
}

export interface FormModel {
  kind: FormKind;
  identity: FormIdentity;
  title: string;
  description: string;
  items: readonly FormItem[];
  settings: FormSettings;
}

/**
 * How often one person may answer. A survey round is one form: Google Forms can hold each signed-in person to
 * one response (Form.setLimitOneResponsePerUser). Meeting feedback is one form per group for the whole year, a
 * response per meeting: a per-meeting limit cannot be set on one form, so it takes many responses per person.
 */
export type AnswersPerPerson = 'once per survey' | 'once per meeting, not enforced';

/** The settings a form depends on; the school year runs from yearStart to yearEnd. */
export type SchoolYear = Pick<
  Settings,
  'school' | 'yearStart' | 'yearEnd' | 'collectEmails' | 'anonymityThreshold' | 'surveyAudience'
>;

/** "2026–27" for a year that starts in 2026 and ends in 2027. */
export function schoolYearLabel(schoolYear: Pick<SchoolYear, 'yearStart' | 'yearEnd'>): string {
  const start = schoolYear.yearStart.slice(0, 4);
  const end = schoolYear.yearEnd.slice(0, 4);
  return start === end ? start : `${start}–${end.slice(2)}`;
}

export function formSettings(schoolYear: SchoolYear, answers: AnswersPerPerson): FormSettings {
  return {
    emailCollection: schoolYear.collectEmails ? 'VERIFIED' : 'DO_NOT_COLLECT',
    requireLogin: true,
    // One response per signed-in person: Forms needs the sign-in to refuse a second response, and it does not put
    // the address in the response unless email collection is on ("Gets the email address of the person who
    // submitted a response, if the Form.setCollectEmail(collect) setting is enabled", FormResponse reference).
    limitOneResponsePerUser: answers === 'once per survey',
    publish: true,
    acceptUntil: schoolYear.yearEnd,
  };
}

/** Who can open individual responses: the form's owner, who made it, in the form and its responses spreadsheet. */
export const rawResponsesReader = 'the PLG Hub administrator who made this form';

/**
 * The privacy paragraph every form opens with: whether it is anonymous, how often one may answer, who sees what,
 * and who can open the individual responses. Each sentence is what the form and the dashboard do (tested in
 * test/core/feedback/forms.test.ts and test/e2e/anonymity.test.ts).
 */
export function privacyNote(schoolYear: SchoolYear, audience: string, answers: AnswersPerPerson): string {
  const threshold = schoolYear.anonymityThreshold;
  const identity = schoolYear.collectEmails
    ? `${schoolYear.school} has chosen to record your school email with your answers; ${rawResponsesReader} can see it.`
    : 'It is anonymous: your name and email are not recorded with your answers.';
  const once =
    answers === 'once per survey'
      ? ' You can answer once: you sign in so that Google Forms can refuse a second response.'
      : '';
  const people = threshold === 1 ? '1 person has' : `${threshold} people have`;
  const responses = threshold === 1 ? '1 response' : `${threshold} responses`;
  const shown =
    answers === 'once per survey'
      ? `${audience} see averages and comments only when at least ${people} answered`
      : `${audience} see this group's averages and comments only once its form has at least ${responses} ` +
        "(responses, not people: one form serves all of the group's meetings, so it cannot stop a person answering " +
        "twice), and only for this group's own meetings";
  return (
    `${identity}${once} ${shown}; PLG Hub never shows anyone who wrote what. ` +
    `Individual responses are kept where only ${rawResponsesReader} can open them.`
  );
}

export const agreementScale = { lowLabel: 'Strongly disagree', highLabel: 'Strongly agree' } as const;
