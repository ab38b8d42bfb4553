// School leaders in a PLG of their own, with fellow administrators.
import { rosterOn } from '../my-plg';
import { staffTab } from '../registry/tabs';
import { guidelineWarning, rosterDate, type GuidelineCheck } from './guideline-check';

const leadersOwnPlg =
  'Ensure school leaders participate in their own PLGs with fellow administrators, allowing them to speak from personal experience about the value and impact of this structure.';

export const administratorsPlg: GuidelineCheck = (registry, today) => {
  const onDate = rosterDate(registry, today);
  const inLeadersPlg = new Set(
    registry.groups
      .filter(({ row }) => row.active && row.configuration === 'administrators')
      .flatMap(({ row }) => rosterOn(registry, row.id, onDate))
      .filter((entry) => entry.role !== 'observer')
      .map((entry) => entry.email),
  );
  return registry.staff.flatMap(({ row: person, rowNumber }) =>
    person.active && person.role === 'administrator' && !inLeadersPlg.has(person.email)
      ? [
          guidelineWarning(
            { tab: staffTab.name, row: rowNumber, column: staffTab.columns.email.header, value: person.email },
            `${person.name} is in no administrators' PLG on ${onDate} — add them to a group whose configuration is "administrators"`,
            leadersOwnPlg,
          ),
        ]
      : [],
  );
};
