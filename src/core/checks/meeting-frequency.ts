// Groups meeting often enough ("at least twice monthly"), counted from the Meetings tab as planned: canceled
// meetings and closures do not count.
import { groupsTab } from '../registry/tabs';
import { earlierDate, laterDate } from '../schedule/calendar-days';
import { guidelineWarning, isStaffPlg, type GuidelineCheck } from './guideline-check';
import { lengthAndFrequency } from './meeting-length';
import { describeThinMonth, thinMonths } from './thin-months';

export const meetingFrequency: GuidelineCheck = (registry) => {
  const { yearStart, yearEnd, minMeetingsPerMonth } = registry.settings;
  const datesByGroup = new Map<string, string[]>();
  for (const { row } of registry.meetings) {
    if (row.status !== 'scheduled') continue;
    const dates = datesByGroup.get(row.group) ?? [];
    dates.push(row.date);
    datesByGroup.set(row.group, dates);
  }
  return registry.groups.flatMap(({ row: group, rowNumber }) => {
    if (!isStaffPlg(group)) return [];
    const where = {
      tab: groupsTab.name,
      row: rowNumber,
      column: groupsTab.columns.cadence.header,
      value: group.cadence,
    };
    const dates = datesByGroup.get(group.id);
    if (!dates) {
      return [
        guidelineWarning(
          where,
          `${group.name} has no meetings on the Meetings tab yet — generate its meetings`,
          lengthAndFrequency,
        ),
      ];
    }
    const from = laterDate(group.firstMeeting, yearStart);
    const to = group.rosterTermEnd ? earlierDate(yearEnd, group.rosterTermEnd) : yearEnd;
    const thin = thinMonths(dates, from, to, minMeetingsPerMonth);
    if (thin.length === 0) return [];
    return [
      guidelineWarning(
        where,
        `${group.name} meets fewer than ${minMeetingsPerMonth} times in ${thin.map(describeThinMonth).join(', ')} — add a meeting on the Meetings tab or change its cadence`,
        lengthAndFrequency,
      ),
    ];
  });
};
