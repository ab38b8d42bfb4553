// Groups of the size the guidance suggests ("Create groups of 8-12"), counted without observers.
import { rosterOn } from '../my-plg';
import { groupsTab } from '../registry/tabs';
import { guidelineWarning, isTeacherPlg, rosterDate, type GuidelineCheck } from './guideline-check';

const groupsOfEightToTwelve = 'Create groups of 8-12 for a set period of time (1-3 years).';

export const groupSize: GuidelineCheck = (registry, today) => {
  const { groupSizeMin, groupSizeMax } = registry.settings;
  const onDate = rosterDate(registry, today);
  return registry.groups.flatMap(({ row: group, rowNumber }) => {
    if (!isTeacherPlg(group)) return [];
    const size = rosterOn(registry, group.id, onDate).filter((entry) => entry.role !== 'observer').length;
    if (size >= groupSizeMin && size <= groupSizeMax) return [];
    const advice = size < groupSizeMin ? 'add members or merge it with another group' : 'split it or move some members';
    return [
      guidelineWarning(
        { tab: groupsTab.name, row: rowNumber, column: groupsTab.columns.id.header, value: group.id },
        `${group.name} has ${size} people on ${onDate} (facilitators included, observers not); the school aims for ${groupSizeMin}–${groupSizeMax} — ${advice}`,
        groupsOfEightToTwelve,
      ),
    ];
  });
};
