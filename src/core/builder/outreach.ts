// Where a person whose cohort is too small for a group of its own does relevant work, and why, in words an
// admin can check. shared/seeds, "Structure": "To ensure the work is relevant to them, single and small-cohort
// professionals (e.g. art, special education, world language, health), non-instructional professionals
// (guidance, social work) and paraprofessionals deserve thoughtful consideration and outreach as PLGs are
// configured." Every such placement carries its reason; none is a silent "put wherever there is room".
import { outreachRoles, type StaffRole } from '../registry/roles';
import type { BuilderPerson } from './people';
import type { SizeBounds } from './sizing';
import type { WorkGroup } from './work-group';

/** Roles whose work is with students' supports across subjects: grade-level teams' intervention work fits them. */
const supportRoles: readonly StaffRole[] = ['special educator', 'paraprofessional', 'counselor', 'social worker'];

export interface GroupProfile {
  group: WorkGroup;
  departments: Map<string, number>;
  grades: Set<string>;
}

export function profileOf(group: WorkGroup, personOf: (email: string) => BuilderPerson | undefined): GroupProfile {
  const departments = new Map<string, number>();
  const grades = new Set<string>();
  for (const email of group.members) {
    const p = personOf(email);
    if (!p) continue;
    if (p.departmentKey) departments.set(p.departmentKey, (departments.get(p.departmentKey) ?? 0) + 1);
    for (const g of p.grades) grades.add(g);
  }
  return { group, departments, grades };
}

/** Adds a person to a profile as they are placed, so the next placement sees them. */
export function addToProfile(profile: GroupProfile, person: BuilderPerson): void {
  if (person.departmentKey)
    profile.departments.set(person.departmentKey, (profile.departments.get(person.departmentKey) ?? 0) + 1);
  for (const g of person.grades) profile.grades.add(g);
}

export interface Relevance {
  score: number;
  /** Why this group, in words ("2 Special Education colleagues there; shares grades 6, 7"). */
  why: string;
}

export function relevance(person: BuilderPerson, profile: GroupProfile, bounds: SizeBounds): Relevance {
  const { group } = profile;
  const size = group.members.length;
  const reasons: string[] = [];
  let score = 0;
  const colleagues = person.departmentKey ? (profile.departments.get(person.departmentKey) ?? 0) : 0;
  if (colleagues > 0) {
    // A colleague of one's own small cohort turns "the only one" into a pair; many more says little extra.
    score += colleagues < 3 ? 4 : 2;
    reasons.push(`${colleagues} ${person.department} colleague${colleagues === 1 ? '' : 's'} there`);
  }
  const shared = person.grades.filter((g) => profile.grades.has(g));
  if (person.grades.length > 0 && shared.length > 0) {
    score += (2 * shared.length) / person.grades.length;
    reasons.push(`shares grade${shared.length === 1 ? '' : 's'} ${shared.join(', ')}`);
  }
  if (supportRoles.includes(person.role) && group.configuration === 'grade level') {
    score += 3;
    reasons.push('a grade-level team develops flex grouping and responsive interventions');
  } else if (!supportRoles.includes(person.role) && group.configuration === 'interdisciplinary') {
    score += 3;
    reasons.push('an interdisciplinary group connects colleagues across subject areas');
  }
  if (size < bounds.min) {
    score += 5;
    reasons.push(`it needs members to reach ${bounds.min}`);
  }
  // Between equally relevant groups, the one with more room.
  score -= size / (bounds.max + 1);
  return { score, why: reasons.length ? reasons.join('; ') : 'the group with the most room' };
}

/** The most relevant group with room for `person` (none for whom `excluded` says no), or undefined. */
export function mostRelevant(
  person: BuilderPerson,
  profiles: readonly GroupProfile[],
  bounds: SizeBounds,
  excluded: (group: WorkGroup) => boolean,
  room = bounds.max,
): { profile: GroupProfile; relevance: Relevance } | undefined {
  let best: { profile: GroupProfile; relevance: Relevance } | undefined;
  for (const profile of profiles) {
    if (profile.group.leaders || profile.group.members.length >= room || excluded(profile.group)) continue;
    const r = relevance(person, profile, bounds);
    if (!best || r.score > best.relevance.score) best = { profile, relevance: r };
  }
  return best;
}

/** "Paraprofessional (Special Education)", "Art teacher": how a reason names the person's work. */
export function workOf(person: BuilderPerson): string {
  const role = person.role === 'teacher' ? 'teacher' : person.role;
  const dept = person.department.trim();
  if (person.role === 'teacher') return dept ? `${dept} teacher` : 'Teacher';
  const capital = role.charAt(0).toUpperCase() + role.slice(1);
  return dept ? `${capital} (${dept})` : capital;
}

/** Whether the guidance names this person's role among those deserving outreach. */
export function isOutreachRole(person: BuilderPerson): boolean {
  return outreachRoles.includes(person.role);
}
