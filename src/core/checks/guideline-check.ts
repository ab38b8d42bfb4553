// A guideline check reads the registry and returns warnings, each quoting the strategy it comes from
// (shared/seeds), so an admin sees why PLG Hub asks and can decide for their school.
import type { Problem } from '../problems';
import type { IsoDate } from '../registry/cells';
import type { Registry } from '../registry/registry';
import type { GroupRow } from '../registry/tabs';
import { earlierDate, laterDate } from '../schedule/calendar-days';

export type GuidelineCheck = (registry: Registry, today: IsoDate) => Problem[];

export function guidelineWarning(
  where: { tab: string; row?: number; column?: string; value?: string },
  message: string,
  strategy: string,
): Problem {
  return { severity: 'warning', ...where, message, strategy };
}

/** The day rosters are judged on: today, held within the school year so summer planning sees September's groups. */
export function rosterDate(registry: Registry, today: IsoDate): IsoDate {
  return earlierDate(laterDate(today, registry.settings.yearStart), registry.settings.yearEnd);
}

/** The facilitators' own group supports the PLGs; it is not one of a teacher's PLGs. */
export function isStaffPlg(group: GroupRow): boolean {
  return group.active && group.configuration !== 'facilitators';
}

/** The groups the guidance's numbers (size, roster term, goals) are about: neither leaders' nor facilitators' groups. */
export function isTeacherPlg(group: GroupRow): boolean {
  return isStaffPlg(group) && group.configuration !== 'administrators';
}
