// Every group led by a trained facilitator ("Ensure that groups are led by trained facilitators").
import { groupsTab } from '../registry/tabs';
import { guidelineWarning, type GuidelineCheck } from './guideline-check';

const ledByTrainedFacilitators = 'Ensure that groups are led by trained facilitators';
const trainAndSupport =
  'Ensure facilitators are well trained and supported, including having time to debrief and plan with each other.';

export const facilitation: GuidelineCheck = (registry, today) => {
  const staffByEmail = new Map(registry.staff.map((s) => [s.row.email, s.row]));
  return registry.groups.flatMap(({ row: group, rowNumber }) => {
    if (!group.active) return [];
    if (!group.facilitator) {
      return [
        guidelineWarning(
          { tab: groupsTab.name, row: rowNumber, column: groupsTab.columns.facilitator.header },
          `${group.name} has no facilitator — type the email of a trained facilitator`,
          ledByTrainedFacilitators,
        ),
      ];
    }
    const leads = [
      { email: group.facilitator, column: groupsTab.columns.facilitator.header },
      { email: group.coFacilitator, column: groupsTab.columns.coFacilitator.header },
    ];
    return leads.flatMap(({ email, column }) => {
      const person = email === undefined ? undefined : staffByEmail.get(email);
      if (!person) return [];
      const trainedOn = person.facilitatorTrainedOn;
      if (trainedOn !== undefined && trainedOn <= today) return [];
      const status =
        trainedOn === undefined
          ? 'has no facilitator training date on the Staff tab'
          : `is not trained until ${trainedOn}`;
      return [
        guidelineWarning(
          { tab: groupsTab.name, row: rowNumber, column, value: email },
          `${person.name}, who facilitates ${group.name}, ${status} — plan their training or record its date`,
          trainAndSupport,
        ),
      ];
    });
  });
};
