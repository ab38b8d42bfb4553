// The configurations an admin may ask the builder for, each as the guidance describes it (shared/seeds,
// "Structure": "Consider the impact of various grouping configurations"), and what each one means for placing
// people: which cohorts groups are cut from, and how a cohort too big for one group is split.
import type { GroupConfiguration } from '../registry/roles';
import type { BuilderPerson } from './people';

export const builderConfigurations = ['department', 'vertical', 'grade level', 'interdisciplinary', 'mixed'] as const;
export type BuilderConfiguration = (typeof builderConfigurations)[number];

/** A way of cutting people into cohorts: the key of a person's cohort, or undefined when this key does not fit them. */
export interface Keyer {
  /** What the cohort is, for ids, names and reasons. */
  kind: 'department' | 'grade' | 'all';
  key: (person: BuilderPerson) => string | undefined;
}

export interface ConfigurationSpec {
  label: string;
  /** The guidance line this configuration serves, quoted on the card and the README. */
  guidance: string;
  /** Tried in turn: a cohort big enough for a group under the first keyer is formed; the rest try the next. */
  keyers: Keyer[];
  /**
   * How a cohort larger than one group is split: "together" keeps like with like (a department's grade-6
   * teachers together), "across" deals people round so every group spans the cohort (a vertical team spans the
   * grades; a grade-level team spans the subjects).
   */
  split: 'together' | 'across';
  /** What the sort for splitting reads: grade then department, or department then grade. */
  sortBy: 'grade' | 'department';
  /** The Groups tab's Configuration for groups cut from department cohorts (grade cohorts are "grade level"). */
  groupConfiguration: GroupConfiguration;
}

/** The Groups tab's Configuration of a group cut from a cohort of this kind. */
export function configurationOf(spec: ConfigurationSpec, kind: Keyer['kind']): GroupConfiguration {
  return kind === 'grade' ? 'grade level' : kind === 'all' ? 'interdisciplinary' : spec.groupConfiguration;
}

const byDepartment: Keyer = { kind: 'department', key: (p) => p.departmentKey || undefined };
/**
 * A person's grade-level team: the one grade they teach, or the lowest of two. Someone across three or more
 * grades (a specialist, a counselor) works across the grades: their placement is one of the thoughtful ones.
 */
const byGrade: Keyer = {
  kind: 'grade',
  key: (p) => (p.grades.length >= 1 && p.grades.length <= 2 ? [...p.grades].sort(gradeOrder)[0] : undefined),
};
const everyone: Keyer = { kind: 'all', key: () => 'all' };

export const configurations: Record<BuilderConfiguration, ConfigurationSpec> = {
  department: {
    label: 'Department / content area',
    guidance:
      'Departments / Content area configurations can maximize the benefits of shared content knowledge, overlapping course responsibilities, common assessments, explore content-specific pedagogy, and tune shared curricular materials.',
    keyers: [byDepartment],
    split: 'together',
    sortBy: 'grade',
    groupConfiguration: 'department',
  },
  vertical: {
    label: 'Vertical team',
    guidance:
      "Vertical team configurations can follow student achievement across years, develop spiralled curriculum and assessments, and reinforce members' content area knowledge.",
    keyers: [byDepartment],
    split: 'across',
    sortBy: 'grade',
    groupConfiguration: 'vertical',
  },
  'grade level': {
    label: 'Grade level team',
    guidance:
      "Grade level team configurations can review students' learning across disciplines, develop flex grouping and other responsive intervention strategies, and improve instructional strategies appropriate to an age group.",
    keyers: [byGrade],
    split: 'across',
    sortBy: 'department',
    groupConfiguration: 'grade level',
  },
  interdisciplinary: {
    label: 'Multi-grade, interdisciplinary',
    guidance:
      'Multi-grade, interdisciplinary configurations are well-suited for connecting colleagues across subject areas to explore broad topics in pedagogy, examine school-wide data, and focus on attaining other whole-school purposes and goals.',
    keyers: [everyone],
    split: 'across',
    sortBy: 'department',
    groupConfiguration: 'interdisciplinary',
  },
  mixed: {
    label: 'Mix: departments where big enough, grade levels for the rest',
    guidance:
      "Departments / Content area configurations can maximize the benefits of shared content knowledge ... Grade level team configurations can review students' learning across disciplines.",
    keyers: [byDepartment, byGrade],
    split: 'together',
    sortBy: 'grade',
    groupConfiguration: 'department',
  },
};

/** Kindergarten first, then grades in number order (2 before 10), then anything else as typed. */
export function gradeOrder(a: string, b: string): number {
  return gradeRank(a) - gradeRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function gradeRank(grade: string): number {
  if (/^(K|TK|PK|PRE-?K)$/i.test(grade)) return -1;
  const n = Number(grade);
  return Number.isFinite(n) ? n : 100;
}

/** A short code for ids: "Social Studies" → SOCIALST, "6" → G6. At most 8 letters or digits. */
export function cohortCode(kind: Keyer['kind'], key: string): string {
  if (kind === 'grade')
    return `G${key
      .replace(/[^A-Za-z0-9]/g, '')
      .toUpperCase()
      .slice(0, 7)}`;
  if (kind === 'all') return 'ID';
  return (
    key
      .replace(/[^A-Za-z0-9]/g, '')
      .toUpperCase()
      .slice(0, 8) || 'DEPT'
  );
}
