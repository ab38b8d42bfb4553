// Every staff member in exactly one PLG ("ensure every staff member can clearly answer: Who is in my PLG?"),
// with outreach to the colleagues the guidance names as easy to leave out.
import { rosterOn } from '../my-plg';
import { outreachRoles } from '../registry/roles';
import { staffTab } from '../registry/tabs';
import { guidelineWarning, isStaffPlg, rosterDate, type GuidelineCheck } from './guideline-check';

const organizeStaff =
  'Organize staff into PLGs to align with the school/district purpose for the meetings; ensure every staff member can clearly answer: Who is in my PLG? Who is facilitating my PLG? When and where does my PLG meet?';
const outreach =
  'To ensure the work is relevant to them, single and small-cohort professionals (e.g. art, special education, world language, health), non-instructional professionals (guidance, social work) and paraprofessionals deserve thoughtful consideration and outreach as PLGs are configured.';

export const staffPlacement: GuidelineCheck = (registry, today) => {
  const onDate = rosterDate(registry, today);
  const groupNamesOf = new Map<string, string[]>();
  for (const { row: group } of registry.groups) {
    if (!isStaffPlg(group)) continue;
    for (const entry of rosterOn(registry, group.id, onDate)) {
      if (entry.role === 'observer') continue;
      const names = groupNamesOf.get(entry.email) ?? [];
      names.push(group.name);
      groupNamesOf.set(entry.email, names);
    }
  }
  // Administrators are checked for a PLG of their own (administrators-plg).
  return registry.staff.flatMap(({ row: person, rowNumber }) => {
    if (!person.active || person.role === 'administrator') return [];
    const groups = groupNamesOf.get(person.email) ?? [];
    const where = { tab: staffTab.name, row: rowNumber, column: staffTab.columns.email.header, value: person.email };
    if (groups.length === 0 && outreachRoles.includes(person.role)) {
      return [
        guidelineWarning(
          where,
          `${person.name} (${person.role}) is in no PLG on ${onDate} — reach out so their group's work is relevant to them`,
          outreach,
        ),
      ];
    }
    if (groups.length === 0) {
      return [
        guidelineWarning(
          where,
          `${person.name} is in no PLG on ${onDate} — add them on the Members tab`,
          organizeStaff,
        ),
      ];
    }
    if (groups.length > 1) {
      return [
        guidelineWarning(
          where,
          `${person.name} is in ${groups.length} PLGs on ${onDate} (${groups.join(', ')}) — one PLG lets them answer "Who is in my PLG?"; add an Until date to all but one, or make them an observer`,
          organizeStaff,
        ),
      ];
    }
    return [];
  });
};
