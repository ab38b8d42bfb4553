// Every member planned to present at least once in the school year.
import { rosterOn } from '../my-plg';
import { groupsTab } from '../registry/tabs';
import { guidelineWarning, isStaffPlg, rosterDate, type GuidelineCheck } from './guideline-check';

const everyonePresents = 'Create an expectation that all participants are the presenter at least once a year.';

export const presenters: GuidelineCheck = (registry, today) => {
  const { yearStart, yearEnd } = registry.settings;
  const onDate = rosterDate(registry, today);
  const nameOf = new Map(registry.staff.map((s) => [s.row.email, s.row.name]));
  const presentersByGroup = new Map<string, Set<string>>();
  for (const { row } of registry.meetings) {
    if (row.status !== 'scheduled' || !row.presenter || row.date < yearStart || row.date > yearEnd) continue;
    presentersByGroup.set(row.group, (presentersByGroup.get(row.group) ?? new Set()).add(row.presenter));
  }
  return registry.groups.flatMap(({ row: group, rowNumber }) => {
    if (!isStaffPlg(group)) return [];
    const planned = presentersByGroup.get(group.id) ?? new Set();
    const notYet = rosterOn(registry, group.id, onDate).filter((e) => e.role === 'member' && !planned.has(e.email));
    if (notYet.length === 0) return [];
    return [
      guidelineWarning(
        { tab: groupsTab.name, row: rowNumber, column: groupsTab.columns.id.header, value: group.id },
        `${group.name}: ${notYet.map((e) => nameOf.get(e.email) ?? e.email).join(', ')} ${notYet.length === 1 ? 'is' : 'are'} not yet planned to present this year — presenter rotation will fill these in, or type them in the Presenter column of the Meetings tab`,
        everyonePresents,
      ),
    ];
  });
};
