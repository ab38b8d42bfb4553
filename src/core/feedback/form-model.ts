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

export interface FormModel {
  kind: FormKind;
  title: string;
  description: string;
  items: readonly FormItem[];
  settings: FormSettings;
}

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

export function formSettings(schoolYear: SchoolYear, oneLinkForManyResponses: boolean): FormSettings {
  return {
    emailCollection: schoolYear.collectEmails ? 'VERIFIED' : 'DO_NOT_COLLECT',
    requireLogin: true,
    // Limiting responses makes Forms tie each answer to a signed-in person, which only fits a school that chose
    // to collect emails; and a link answered once per meeting must accept many answers from the same person.
    limitOneResponsePerUser: schoolYear.collectEmails && !oneLinkForManyResponses,
    publish: true,
    acceptUntil: schoolYear.yearEnd,
  };
}

/** The privacy paragraph every form opens with: whether it is anonymous, and who sees what. */
export function privacyNote(schoolYear: SchoolYear, audience: string): string {
  const identity = schoolYear.collectEmails
    ? `${schoolYear.school} has chosen to record your school email with your answers; the registry owner can see it.`
    : 'It is anonymous: your name and email are not recorded.';
  return (
    `${identity} ${audience} see averages and comments only when at least ${schoolYear.anonymityThreshold} people ` +
    'have answered, and never who wrote what.'
  );
}

export const agreementScale = { lowLabel: 'Strongly disagree', highLabel: 'Strongly agree' } as const;
