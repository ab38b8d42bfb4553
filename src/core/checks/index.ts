// The guideline checks Validate runs. Adding a check is one line here.
import type { Problem } from '../problems';
import type { IsoDate } from '../registry/cells';
import type { Registry } from '../registry/registry';
import { administratorsPlg } from './administrators-plg';
import { facilitation } from './facilitation';
import { facilitatorsPlg } from './facilitators-plg';
import type { GuidelineCheck } from './guideline-check';
import { groupSize } from './group-size';
import { meetingFrequency } from './meeting-frequency';
import { meetingLength } from './meeting-length';
import { presenters } from './presenters';
import { rosterTerm } from './roster-term';
import { schoolGoal } from './school-goal';
import { staffPlacement } from './staff-placement';

export const guidelineChecks: readonly GuidelineCheck[] = [
  staffPlacement,
  groupSize,
  facilitation,
  meetingLength,
  meetingFrequency,
  schoolGoal,
  administratorsPlg,
  facilitatorsPlg,
  presenters,
  rosterTerm,
];

export function runGuidelineChecks(registry: Registry, today: IsoDate): Problem[] {
  return guidelineChecks.flatMap((check) => check(registry, today));
}
