// One parsed form response. It keeps no email and no exact time: summaries are built from these, and neither
// is needed to count answers, while both would point at a person.
import type { IsoDate } from '../registry/cells';
import type { FacilitatorScaleId } from './facilitator-survey-form';
import type { FormKind } from './form-model';
import type { HealthScaleId } from './health-survey-form';
import type { MeetingScaleId } from './meeting-feedback-form';

export type ScaleIdOf<K extends FormKind> = {
  meeting: MeetingScaleId;
  health: HealthScaleId;
  facilitator: FacilitatorScaleId;
}[K];

export interface Comment {
  /** The item's id, or the question itself for a question added to the form by hand or by the group. */
  question: string;
  text: string;
}

export interface FormResponse<K extends FormKind = FormKind> {
  kind: K;
  /** The day it was sent, in the school's time zone. */
  submitted: IsoDate;
  /** Meeting feedback: the meeting key from the prefilled link. */
  meeting?: string;
  /** Meeting feedback: the meeting's group id. */
  group?: string;
  /**
   * Health survey: the PLG names chosen — several for a facilitator of one group who is a member of another;
   * absent when not in a PLG.
   */
  groups?: readonly string[];
  /** Answered scale items only, 1–5. */
  scores: Partial<Record<ScaleIdOf<K>, number>>;
  /** Non-blank free-text answers. */
  comments: readonly Comment[];
}
