// Each PLG's purpose tied to a school-wide goal.
import { groupsTab } from '../registry/tabs';
import { guidelineWarning, isStaffPlg, type GuidelineCheck } from './guideline-check';

const schoolWideGoals =
  'Generate consensus about school-wide goals for the year and allow each PLG to decide how to shape agendas to achieve those goals.';

export const schoolGoal: GuidelineCheck = (registry) =>
  registry.groups.flatMap(({ row: group, rowNumber }) => {
    if (!isStaffPlg(group) || group.goal !== undefined) return [];
    const purpose = group.purpose === undefined ? ' and has no purpose written either' : '';
    return [
      guidelineWarning(
        { tab: groupsTab.name, row: rowNumber, column: groupsTab.columns.goal.header },
        `${group.name} names no school goal${purpose} — type the id of the goal from the Goals tab that its purpose serves`,
        schoolWideGoals,
      ),
    ];
  });
