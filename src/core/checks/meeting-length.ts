// Meetings long enough to do the work ("at least 50 minutes"), as the school set it in Settings.
import { groupsTab, meetingsTab } from '../registry/tabs';
import { guidelineWarning, type GuidelineCheck } from './guideline-check';

export const lengthAndFrequency =
  'Schedule PLGs of sufficient length (at least 50 minutes) and frequency (at least twice monthly) to build momentum and accomplish the stated purpose;';

export const meetingLength: GuidelineCheck = (registry) => {
  const { minMinutes } = registry.settings;
  const groupMinutes = new Map(registry.groups.map((g) => [g.row.id, g.row.minutes]));
  const shortGroups = registry.groups.flatMap(({ row: group, rowNumber }) =>
    group.active && group.minutes < minMinutes
      ? [
          guidelineWarning(
            {
              tab: groupsTab.name,
              row: rowNumber,
              column: groupsTab.columns.minutes.header,
              value: String(group.minutes),
            },
            `${group.name} meets for ${group.minutes} minutes; the school asks for at least ${minMinutes}`,
            lengthAndFrequency,
          ),
        ]
      : [],
  );
  // A meeting as long as its group's usual length is already covered by the group's warning.
  const shortMeetings = registry.meetings.flatMap(({ row: meeting, rowNumber }) =>
    meeting.status === 'scheduled' &&
    meeting.minutes < minMinutes &&
    meeting.minutes !== groupMinutes.get(meeting.group)
      ? [
          guidelineWarning(
            {
              tab: meetingsTab.name,
              row: rowNumber,
              column: meetingsTab.columns.minutes.header,
              value: String(meeting.minutes),
            },
            `the ${meeting.group} meeting on ${meeting.date} is ${meeting.minutes} minutes; the school asks for at least ${minMinutes}`,
            lengthAndFrequency,
          ),
        ]
      : [],
  );
  return [...shortGroups, ...shortMeetings];
};
