// Rosters kept stable for a set term of one to three years ("Consistent groupings tend to deepen trust").
import { groupsTab } from '../registry/tabs';
import { addYears } from '../schedule/calendar-days';
import { guidelineWarning, isTeacherPlg, type GuidelineCheck } from './guideline-check';

const setPeriod = 'Create groups of 8-12 for a set period of time (1-3 years).';

export const rosterTerm: GuidelineCheck = (registry) =>
  registry.groups.flatMap(({ row: group, rowNumber }) => {
    if (!isTeacherPlg(group)) return [];
    const where = {
      tab: groupsTab.name,
      row: rowNumber,
      column: groupsTab.columns.rosterTermEnd.header,
      value: group.rosterTermEnd,
    };
    const end = group.rosterTermEnd;
    const oneYear = addYears(group.firstMeeting, 1);
    const threeYears = addYears(group.firstMeeting, 3);
    if (end === undefined) {
      return [
        guidelineWarning(
          where,
          `${group.name} has no roster term end — set when its roster will be reviewed, 1–3 years after ${group.firstMeeting}`,
          setPeriod,
        ),
      ];
    }
    // A roster that runs to the end of the school year counts as a year, whenever the group first met.
    if (end < oneYear && end < registry.settings.yearEnd) {
      return [
        guidelineWarning(
          where,
          `${group.name}'s roster ends ${end}, less than a year after ${group.firstMeeting} — keep it together at least through the school year`,
          setPeriod,
        ),
      ];
    }
    if (end > threeYears) {
      return [
        guidelineWarning(
          where,
          `${group.name}'s roster runs to ${end}, more than 3 years after ${group.firstMeeting} — plan a roster review by ${threeYears}`,
          setPeriod,
        ),
      ];
    }
    return [];
  });
