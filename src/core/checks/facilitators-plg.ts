// Facilitators in a PLG of their own that meets every month.
import { rosterOn } from '../my-plg';
import { groupsTab, staffTab } from '../registry/tabs';
import { earlierDate, laterDate } from '../schedule/calendar-days';
import { guidelineWarning, isTeacherPlg, rosterDate, type GuidelineCheck } from './guideline-check';
import { describeThinMonth, thinMonths } from './thin-months';

const facilitatorsOwnPlg =
  'Organize facilitators into their own PLG which meets monthly to reflect on their experiences, share expertise, and strategize about challenges and opportunities moving forward;';

export const facilitatorsPlg: GuidelineCheck = (registry, today) => {
  const { yearStart, yearEnd } = registry.settings;
  const onDate = rosterDate(registry, today);
  const facilitatorGroups = registry.groups.filter(({ row }) => row.active && row.configuration === 'facilitators');
  const inFacilitatorsPlg = new Set(
    facilitatorGroups
      .flatMap(({ row }) => rosterOn(registry, row.id, onDate))
      .filter((entry) => entry.role !== 'observer')
      .map((entry) => entry.email),
  );
  const facilitators = new Set(
    registry.groups.filter(({ row }) => isTeacherPlg(row)).flatMap(({ row }) => [row.facilitator, row.coFacilitator]),
  );
  const rowOfStaff = new Map(registry.staff.map((s) => [s.row.email, s]));

  const outside = [...facilitators].flatMap((email) => {
    const staff = email === undefined ? undefined : rowOfStaff.get(email);
    if (!staff || inFacilitatorsPlg.has(staff.row.email)) return [];
    return [
      guidelineWarning(
        { tab: staffTab.name, row: staff.rowNumber, column: staffTab.columns.email.header, value: staff.row.email },
        `${staff.row.name} facilitates a PLG but is in no facilitators' PLG — add them to a group whose configuration is "facilitators"`,
        facilitatorsOwnPlg,
      ),
    ];
  });

  const gaps = facilitatorGroups.flatMap(({ row: group, rowNumber }) => {
    const dates = registry.meetings
      .filter(({ row }) => row.group === group.id && row.status === 'scheduled')
      .map(({ row }) => row.date);
    const from = laterDate(group.firstMeeting, yearStart);
    const to = group.rosterTermEnd ? earlierDate(yearEnd, group.rosterTermEnd) : yearEnd;
    const thin = thinMonths(dates, from, to, 1);
    if (thin.length === 0) return [];
    return [
      guidelineWarning(
        { tab: groupsTab.name, row: rowNumber, column: groupsTab.columns.cadence.header, value: group.cadence },
        `${group.name} has no meeting in ${thin.map((t) => describeThinMonth(t).replace(/ \(.*\)$/, '')).join(', ')} — facilitators' PLGs meet monthly`,
        facilitatorsOwnPlg,
      ),
    ];
  });
  return [...outside, ...gaps];
};
